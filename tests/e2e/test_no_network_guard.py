"""The guard of the end-to-end test really refuses the network, and says so."""

from __future__ import annotations

import socket
import urllib.request

import pytest


def test_every_way_to_the_network_is_refused_and_recorded(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 80), timeout=1)
    with pytest.raises(OSError):
        socket.getaddrinfo("example.org", 443)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        with pytest.raises(OSError):
            sock.connect(("127.0.0.1", 9))
        with pytest.raises(OSError):
            sock.connect_ex(("127.0.0.1", 9))
    with pytest.raises(OSError):  # what a library does (http.client)
        urllib.request.urlopen("http://example.org/", timeout=1)
    seen = [a.split("(")[0] for a in no_network]
    no_network.clear()  # seen and expected here: the guard must not fail this test
    assert seen == ["socket.create_connection", "socket.getaddrinfo", "socket.connect",
                    "socket.connect_ex", "socket.create_connection"]


def test_local_sockets_without_connect_still_work(no_network):
    """socketpair (used by event loops) opens nothing outside the process."""
    a, b = socket.socketpair()
    with a, b:
        a.sendall(b"ok")
        assert b.recv(2) == b"ok"
    assert no_network == []
