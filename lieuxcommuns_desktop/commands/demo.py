"""``lieuxcommuns-desktop demo FILE``: write the demo notebook."""

from __future__ import annotations

import argparse

from ..core.i18n import QT_TRANSLATE_NOOP, tr

NAME = "demo"
HELP = QT_TRANSLATE_NOOP("cli", "écrire un carnet de démonstration (ne remplace aucun fichier)")
CTX = "cli"  # a name, not a literal: lupdate reads tr("cli", x) as a message "cli"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", help=tr(CTX, QT_TRANSLATE_NOOP("cli", "carnet .lieux à créer"))
    )


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..core.demo import build_demo

    path = build_demo(Path(args.file))
    print(tr(CTX, QT_TRANSLATE_NOOP("cli", "Carnet de démonstration écrit : {path}"),
             path=path))
    return 0
