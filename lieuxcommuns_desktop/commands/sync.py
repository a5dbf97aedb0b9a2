"""``lieuxcommuns-desktop sync FILE postgresql://USER@HOST/DB [--prefer mine|theirs] [--share]``.

Syncs a notebook with its team server (``core/team``): pull, merge, push.
``--share`` first shares the notebook on an empty database; a ``FILE`` that
does not exist yet is created with the programme the server shares (a new
laptop joining the team).
The password comes from ``LIEUX_PASSWORD``, else the system keyring, else a
prompt when on a terminal; it is never stored by this command. The server is
connected and checked *before* the notebook is opened for writing: a refused
server (unreachable, wrong password, another application's database, a newer
schema, missing rights) leaves the file with its bytes. Conflicts are
resolved by ``--prefer`` (default: mine) and listed one per line.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.i18n import QT_TRANSLATE_NOOP, tr, translate

if TYPE_CHECKING:  # imported lazily at run time: the CLI starts fast
    from ..core.team.sync import SyncReport

NAME = "sync"
HELP = QT_TRANSLATE_NOOP("cli", "synchroniser un carnet avec le serveur d'équipe (PostgreSQL)")
CTX = "cli"
PASSWORD_VARIABLE = "LIEUX_PASSWORD"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=tr(CTX, QT_TRANSLATE_NOOP("cli", "carnet .lieux")))
    parser.add_argument("url", metavar="postgresql://USER@HOST/DB", help=tr(CTX, QT_TRANSLATE_NOOP(
        "cli", "adresse du serveur d'équipe, sans mot de passe (?sslmode=require pour chiffrer)")))
    parser.add_argument("--prefer", choices=("mine", "theirs"), default="mine", help=tr(
        CTX, QT_TRANSLATE_NOOP("cli", "version retenue en cas de conflit (défaut : mine)")))
    parser.add_argument("--share", action="store_true", help=tr(CTX, QT_TRANSLATE_NOOP(
        "cli", "partager le carnet sur une base vide (crée les tables), puis synchroniser")))


def run(args: argparse.Namespace) -> int:
    from ..core.services.notebook import Notebook
    from ..core.team.address import parse
    from ..core.team.server import TeamServer
    from ..core.team.sync import join_with, share_with, sync_with
    from .import_ import window_lock

    address = parse(args.url)
    password = password_for(args.url, address.user, address.password)
    path = Path(args.file)
    with TeamServer.connect(args.url, password) as server:
        server.check()  # refused here: the notebook is not even opened
        if not path.exists() and not args.share:  # a new laptop: the programme from the server
            nb, report = join_with(path, server)
            nb.close()
            _print(report, args.prefer)
            return 0
        with window_lock(path):
            nb = Notebook.open(path)
            try:
                if args.share:
                    report = share_with(nb, server)
                else:
                    report = sync_with(nb, server, prefer=args.prefer)
            finally:
                nb.close()
    _print(report, args.prefer)
    return 0


def _print(report: SyncReport, prefer: str) -> None:
    from ..core.terminal import clean

    for line in report_lines(report, prefer):
        print(clean(line))


def password_for(url: str, user: str, in_url: str | None) -> str | None:
    """``LIEUX_PASSWORD``, else the keyring, else a prompt on a terminal, else None."""
    from ..core.team import credentials

    if in_url is not None:
        return in_url
    from_env = os.environ.get(PASSWORD_VARIABLE)
    if from_env:
        return from_env
    stored = credentials.get_password(url, user)
    if stored is not None:
        return stored
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        prompt = tr(CTX, QT_TRANSLATE_NOOP("cli", "Mot de passe de {user} : "), user=user)
        return getpass.getpass(prompt)
    return None


def report_lines(report: SyncReport, prefer: str) -> list[str]:
    """The server, what came in and the conflicts (as ``merge`` lists them), what went out."""
    from .merge import report_lines as merge_lines

    lines = [tr(CTX, QT_TRANSLATE_NOOP("cli", "Serveur : {server}"), server=report.server)]
    if report.shared:
        lines.append(tr(CTX, QT_TRANSLATE_NOOP("cli", "Carnet partagé sur le serveur.")))
    if report.joined:
        lines.append(tr(CTX, QT_TRANSLATE_NOOP(
            "cli", "Nouveau carnet créé avec le programme du serveur.")))
    lines.extend(merge_lines(report, prefer))
    lines.append(translate("cli", "Envoyé(s) au serveur : %n enregistrement(s)", None,
                           report.pushed))
    lines.append(translate("cli", "Suppression(s) envoyée(s) au serveur : %n", None,
                           report.pushed_deletions))
    return lines
