"""``calendar FILE -o OUT.ics``: the programme's dated ateliers for a calendar application."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ._common import add_notebook_argument

NAME = "calendar"
HELP = QT_TRANSLATE_NOOP("cli", "exporter le calendrier des ateliers (iCalendar .ics)")
CTX = "cli"  # a name, not a literal: lupdate reads tr("cli", x) as a message "cli"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_notebook_argument(parser)
    parser.add_argument("-o", "--output", required=True, metavar="OUT.ics", help=tr(
        CTX, QT_TRANSLATE_NOOP("cli", "fichier .ics à écrire (jamais un carnet .lieux)")))


def run(args: argparse.Namespace) -> int:
    from ..core.fileio import check_output
    from ..core.ical import write_calendar
    from ..core.services.notebook import Notebook

    # Refused before the notebook is even opened.
    output = check_output(args.output, notebook=args.file)
    nb = Notebook.open(args.file, readonly=True)
    try:
        path = write_calendar(nb, output, notebook_path=Path(args.file))
    finally:
        nb.close()
    print(path)
    return 0
