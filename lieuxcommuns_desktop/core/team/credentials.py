"""Team-server passwords in the system keyring, by (server, user).

A password is never written into the ``.lieux`` nor into plain settings: it is
kept by the ``keyring`` library (Secret Service / KWallet on Linux, the macOS
Keychain, Windows' Credential Locker), under a service name made of the
server's URL without user nor password. Where no keyring works (a bare Linux
session, a locked-down machine), :func:`available` says so, nothing is stored
and the caller asks each time (``TeamError("no_keyring").message`` tells the
facilitator why).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from .address import parse

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE_PREFIX = "Lieux Communs"


def service_name(url: str) -> str:
    """``Lieux Communs postgresql://host:port/db``: one entry per server and database."""
    address = parse(url)
    return f"{SERVICE_PREFIX} postgresql://{address.server}"


def _backend() -> KeyringBackend | None:
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # keyring missing or its configuration broken
        log.exception("no keyring")
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return backend


def available() -> bool:
    """True when a real keyring backend is there to keep passwords."""
    return _backend() is not None


def get_password(url: str, user: str | None = None) -> str | None:
    """The stored password of ``user`` (default: the URL's) on that server, or None."""
    backend = _backend()
    if backend is None:
        return None
    who = user or parse(url).user
    try:
        found = backend.get_password(service_name(url), who)
    except Exception:  # a locked or broken keyring: ask instead
        log.exception("keyring read failed")
        return None
    return found if isinstance(found, str) else None


def set_password(url: str, password: str, user: str | None = None) -> bool:
    """Keep ``password``; False when no keyring could keep it (ask each time)."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(service_name(url), user or parse(url).user, password)
    except Exception:
        log.exception("keyring write failed")
        return False
    return True


def forget_password(url: str, user: str | None = None) -> None:
    """Remove the stored password (a refused password, a role revoked); no error if none."""
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(service_name(url), user or parse(url).user)
    except Exception:  # keyring.errors.PasswordDeleteError: nothing stored
        log.debug("nothing to forget in the keyring", exc_info=True)
