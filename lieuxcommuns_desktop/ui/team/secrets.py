"""Team server passwords: the system keyring when asked, else this session's memory only.

The one place the window reads or writes a password. Nothing here touches
the ``.lieux`` or QSettings; the keyring goes through ``core.team.credentials``
(the CLI's own), and a password typed without "remember" lives in
:data:`_session` until the application quits.
"""

from __future__ import annotations

import logging

from .link import TeamLink

log = logging.getLogger(__name__)

_session: dict[tuple[str, str], str] = {}


def get(link: TeamLink) -> str | None:
    """The password known for ``link``: typed in this session, else the keyring's."""
    known = _session.get((link.url, link.user))
    if known is not None:
        return known
    from ...core.team import credentials

    return credentials.get_password(link.url, link.user)  # None without a usable keyring


def remember(link: TeamLink, password: str, *, keyring: bool) -> bool:
    """Keep ``password`` for the session, and in the keyring when asked; False if it failed."""
    _session[(link.url, link.user)] = password
    if not keyring:
        return True
    from ...core.team import credentials

    return bool(credentials.set_password(link.url, password, link.user))


def forget(link: TeamLink) -> None:
    """Drop the password from the session and the keyring (a refused password, a new user)."""
    _session.pop((link.url, link.user), None)
    from ...core.team import credentials

    credentials.forget_password(link.url, link.user)
