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

    Raises :class:`LinkError` for anything that is not a PostgreSQL URL with a
    host and a database, or a user that differs from the URL's.
    """
    from sqlalchemy.engine import URL, make_url
    from sqlalchemy.exc import ArgumentError

    text = url.strip()
    if not text:
        raise LinkError(translate("team_link", "Indiquez l'adresse du serveur."))
    try:
        parsed = make_url(text)
    except (ArgumentError, ValueError):
        raise LinkError(translate(
            "team_link", "Adresse invalide : elle doit ressembler à "
            "postgresql://serveur/base.")) from None
    if not parsed.drivername.startswith("postgresql"):
        raise LinkError(translate(
            "team_link", "Seuls les serveurs PostgreSQL sont pris en charge "
            "(l'adresse commence par postgresql://)."))
    if not parsed.host or not parsed.database:
        raise LinkError(translate(
            "team_link", "L'adresse doit nommer le serveur et la base : "
            "postgresql://serveur/base."))
    name = user.strip() or (parsed.username or "")
    if not name:
        raise LinkError(translate("team_link", "Indiquez votre nom d'utilisateur sur le serveur."))
    if parsed.username and parsed.username != name:
        raise LinkError(translate(
            "team_link", "L'utilisateur de l'adresse ({url_user}) n'est pas celui indiqué "
            "({user}).").format(url_user=parsed.username, user=name))
    password = parsed.password
    clean = URL.create(parsed.drivername, username=name, password=None, host=parsed.host,
                       port=parsed.port, database=parsed.database, query=parsed.query)
    return TeamLink(clean.render_as_string(hide_password=False), name), (
        str(password) if password else None)


def display(link: TeamLink) -> str:
    """The server as the status bar names it: host and database."""
    from sqlalchemy.engine import make_url

    parsed = make_url(link.url)
    return f"{parsed.host}/{parsed.database}"
