"""``lieuxcommuns-desktop search FILE "QUERY"``: the notes search, headless.

One result per line, tab-separated: atelier, séquence, kind, note id and the
snippet with the matches between brackets, so the output can be piped to
``grep``/``cut``.
"""

from __future__ import annotations

import argparse

from ..core.i18n import QT_TRANSLATE_NOOP, tr

NAME = "search"
HELP = QT_TRANSLATE_NOOP("cli", "chercher dans toutes les notes d'un carnet")
CTX = "cli"  # a name, not a literal: lupdate reads tr("cli", x) as a message "cli"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=tr(CTX, QT_TRANSLATE_NOOP("cli", "carnet .lieux")))
    parser.add_argument("query", help=tr(CTX, QT_TRANSLATE_NOOP(
        "cli", "mots cherchés (sans tenir compte des accents ni des majuscules)")))
    parser.add_argument("--limit", type=int, default=200, help=tr(CTX, QT_TRANSLATE_NOOP(
        "cli", "nombre maximal de résultats")))


def run(args: argparse.Namespace) -> int:
    from ..core import search, terminal
    from ..core.services.notebook import Notebook

    nb = Notebook.open(args.file, readonly=True)
    try:
        hits = search.search(nb, args.query, limit=args.limit)
    finally:
        nb.close()
    for hit in hits:
        print(terminal.fields(hit.atelier_title, hit.sequence_title or "-", hit.kind,
                              hit.note_id, search.plain(hit.snippet)))
    return 0
