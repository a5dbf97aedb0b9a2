"""Which team server a notebook syncs with: URL and user, per notebook, on this computer.

Kept in the user's settings (QSettings) keyed by the notebook's path, not in
the notebook itself: the user name is this facilitator's own role on the
server, and a ``.lieux`` copied to a colleague (or merged, or pushed to the
server, since the server holds the notebook's tables) must not carry it.
The password is never here: the system keyring holds it when the user asks,
else it is asked once per session and kept in memory only.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .. import settings

translate = QCoreApplication.translate


class LinkError(ValueError):
    """A URL the dialog refuses; the message is for the user, one line."""


@dataclass(frozen=True)
class TeamLink:
    """A server URL (user included, never a password) and the user alone."""

    url: str
    user: str


def _group(path: Path | str) -> str:
    digest = hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"team/{digest}"


def load(path: Path | str) -> TeamLink | None:
    """The notebook's server, if it was shared or joined on this computer."""
    store = settings.settings()
    url = store.value(f"{_group(path)}/url")
    user = store.value(f"{_group(path)}/user")
    if not url or not user:
        return None
    return TeamLink(str(url), str(user))


def save(path: Path | str, link: TeamLink) -> None:
    store = settings.settings()
    store.setValue(f"{_group(path)}/url", link.url)
    store.setValue(f"{_group(path)}/user", link.user)
    store.setValue(f"{_group(path)}/notebook", str(Path(path).resolve()))


def forget(path: Path | str) -> None:
    settings.settings().remove(_group(path))


def parse(url: str, user: str) -> tuple[TeamLink, str | None]:
    """The link for ``url`` and ``user``, and a password typed inside the URL (taken out).

    The user may be typed in its own field or inside the URL
    (``postgresql://marie@serveur/base``), not two different ones. The URL is
    then read by ``core.team.address`` (the CLI's reader): one set of rules.
    Raises :class:`LinkError` with the user's message.
    """
    from urllib.parse import quote, urlsplit

    from ...core.team.address import parse as parse_address
    from ...core.team.errors import TeamError

    text = url.strip()
    if not text:
        raise LinkError(translate("team_link", "Indiquez l'adresse du serveur."))
    try:
        in_url = urlsplit(text).username
    except ValueError:
        in_url = None
    name = user.strip()
    if in_url and name and in_url != name:
        raise LinkError(translate(
            "team_link", "L'utilisateur de l'adresse ({url_user}) n'est pas celui indiqué "
            "({user}).").format(url_user=in_url, user=name))
    if not in_url:
        if not name:
            raise LinkError(translate("team_link",
                                      "Indiquez votre nom d'utilisateur sur le serveur."))
        scheme, sep, rest = text.partition("://")
        if sep:
            text = f"{scheme}://{quote(name, safe='')}@{rest}"
    try:
        address = parse_address(text)
    except TeamError as exc:
        raise LinkError(exc.message) from None
    return TeamLink(address.url, address.user), address.password


def display(link: TeamLink) -> str:
    """The server as messages name it: ``host:port/db``."""
    from ...core.team.address import parse as parse_address

    return parse_address(link.url).server
