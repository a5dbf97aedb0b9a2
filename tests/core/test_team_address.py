"""Team server addresses (``core/team/address.py``): no server needed, so tested everywhere."""

from __future__ import annotations

import pytest

from lieuxcommuns_desktop.core.team.address import parse
from lieuxcommuns_desktop.core.team.credentials import service_name
from lieuxcommuns_desktop.core.team.errors import TeamError


def test_a_url_is_read_and_shown_without_its_password() -> None:
    address = parse("postgres://camille:s%40cret@db.example.org/lieux_prog?sslmode=verify-full"
                    "&sslrootcert=/etc/ca.crt")
    assert (address.user, address.host, address.port, address.database) == (
        "camille", "db.example.org", 5432, "lieux_prog")
    assert address.password == "s@cret"
    assert address.sslmode == "verify-full"
    assert "s@cret" not in address.url and "cret" not in repr(address)
    assert address.url == ("postgresql://camille@db.example.org:5432/lieux_prog"
                           "?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.crt")
    assert parse(address.url) == address  # the shown URL reads back the same
    engine_url = address.sqlalchemy_url("autre")
    assert engine_url.drivername == "postgresql+psycopg" and engine_url.password == "autre"
    assert engine_url.query == {"sslmode": "verify-full", "sslrootcert": "/etc/ca.crt"}


def test_ipv6_hosts_and_ports() -> None:
    address = parse("postgresql://a@[::1]:6543/db")
    assert (address.host, address.port) == ("::1", 6543)
    assert address.server == "[::1]:6543/db"


def test_the_keyring_entry_names_the_server_not_the_user() -> None:
    assert service_name("postgresql://a@h:5433/db") == service_name("postgresql://b@h:5433/db")
    assert service_name("postgresql://a@h/db") == "Lieux Communs postgresql://h:5432/db"


@pytest.mark.parametrize("url", [
    "", "h/db", "mysql://a@h/db", "postgresql://h/db", "postgresql://a@h", "postgresql://a@h/",
    "postgresql://a@h/db/x", "postgresql://a@h/db?sslmode=sometimes",
    "postgresql://a@h/db?host=/var/run", "postgresql://a:pw@h:99999/db", "postgresql://a@h/db#x",
])
def test_bad_urls_say_how_a_url_is_written(url: str) -> None:
    with pytest.raises(TeamError) as caught:
        parse(url)
    assert caught.value.code == "bad_url"
    assert "postgresql://UTILISATEUR@SERVEUR/BASE" in caught.value.message
    assert "pw@" not in caught.value.message
