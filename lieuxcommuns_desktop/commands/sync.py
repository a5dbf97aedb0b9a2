"""``lieuxcommuns-desktop sync FILE postgresql://USER@HOST/DB [--prefer mine|theirs] [--share]``.

Syncs a notebook with its team server (``core/team``): pull, merge, push.
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

from ..core.i18n import QT_TRANSLATE_NOOP, tr, translate

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
    from ..core.team.sync import share_with, sync_with
    from .import_ import window_lock

    address = parse(args.url)
    password = password_for(args.url, address.user, address.password)
    path = Path(args.file)
    with TeamServer.connect(args.url, password) as server:
        server.check()  # refused here: the notebook is not even opened
        with window_lock(path):
            nb = Notebook.open(path)
            try:
                if args.share:
                    report = share_with(nb, server)
                else:
                    report = sync_with(nb, server, prefer=args.prefer)
            finally:
                nb.close()
    from ..core.terminal import clean

    for line in report_lines(report, args.prefer):
        print(clean(line))
    return 0


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


def report_lines(report, prefer: str) -> list[str]:  # noqa: ANN001 - a core.team SyncReport
    """Counts, then one line per conflict and how it was resolved."""
    lines = [tr(CTX, QT_TRANSLATE_NOOP("cli", "Serveur : {server}"), server=report.server)]
    if report.shared:
        lines.append(tr(CTX, QT_TRANSLATE_NOOP("cli", "Carnet partagé sur le serveur.")))
    lines.append(translate("cli", "Reçu(s) du serveur : %n{detail}", None, report.received,
                           detail=_detail(report.added, report.updated, report.deleted)))
    lines.append(translate("cli", "Envoyé(s) au serveur : %n enregistrement(s)", None,
                           report.pushed))
    lines.append(translate("cli", "Suppression(s) envoyée(s) : %n", None,
                           report.pushed_deletions))
    lines.append(translate("cli", "Conflit(s) : %n", None, len(report.conflicts)))
    for conflict in report.conflicts:
        lines.append(conflict_line(conflict, prefer))
    return lines


def conflict_line(conflict, prefer: str) -> str:  # noqa: ANN001 - a core.sync Conflict
    kept = (tr(CTX, QT_TRANSLATE_NOOP("cli", "ma version conservée")) if prefer == "mine"
            else tr(CTX, QT_TRANSLATE_NOOP("cli", "version du serveur retenue")))
    column = getattr(conflict, "column", None)
    if column is not None:
        return tr(CTX, QT_TRANSLATE_NOOP("cli", "  {table} « {label} » ({id}), {column} : {kept}"),
                  table=conflict.table, label=conflict.label, id=conflict.id, column=column,
                  kept=kept)
    deleted_by = getattr(conflict, "deleted_by", "")
    what = (tr(CTX, QT_TRANSLATE_NOOP("cli", "supprimé ici, modifié sur le serveur"))
            if deleted_by == "mine"
            else tr(CTX, QT_TRANSLATE_NOOP("cli", "modifié ici, supprimé sur le serveur")))
    return tr(CTX, QT_TRANSLATE_NOOP("cli", "  {table} « {label} » ({id}) : {what} ; {kept}"),
              table=conflict.table, label=conflict.label, id=conflict.id, what=what, kept=kept)


def _detail(*counts: dict[str, int]) -> str:
    total: dict[str, int] = {}
    for part in counts:
        for table, n in part.items():
            total[table] = total.get(table, 0) + n
    shown = [f"{table} {n}" for table, n in sorted(total.items()) if n]
    return f" ({', '.join(shown)})" if shown else ""
