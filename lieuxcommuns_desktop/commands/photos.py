"""``lieuxcommuns-desktop photos FILE --atelier X PHOTO_OR_FOLDER…``: import photos.

One line per photo, tab-separated: the file's name and where it went (the
séquence running when it was taken, the atelier, or the séquences to choose
between), or why it was refused. Each photo is one committed transaction, so
an interrupted import leaves only complete photos. Exit status 1 when a file
was refused (the others are imported all the same).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.i18n import QT_TRANSLATE_NOOP, tr, translate
from ._common import add_atelier_argument, add_notebook_argument

if TYPE_CHECKING:  # imported lazily at run time: the CLI starts fast
    from ..core.services.photos import ImportResult

NAME = "photos"
HELP = QT_TRANSLATE_NOOP("cli", "importer des photos des tableaux dans un atelier")
CTX = "cli"  # a name, not a literal: lupdate reads tr("cli", x) as a message "cli"

TO_SEQUENCE = QT_TRANSLATE_NOOP("cli", "séquence « {title} »")
TO_ATELIER = QT_TRANSLATE_NOOP("cli", "atelier (prise hors des séquences)")
AMBIGUOUS = QT_TRANSLATE_NOOP(
    "cli", "à choisir entre {choices} : rattachée pour l'instant à {where}")
REFUSED = QT_TRANSLATE_NOOP("cli", "refusée : {reason}")
SUMMARY = QT_TRANSLATE_NOOP(
    "cli", "{imported}, {refused} ; position GPS et autres métadonnées retirées des photos.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_notebook_argument(parser)
    add_atelier_argument(parser)
    parser.add_argument("paths", nargs="+", metavar="PHOTO_OR_FOLDER", help=tr(
        CTX, QT_TRANSLATE_NOOP("cli", "photos ou dossiers de photos (JPEG, PNG…)")))


def _where(sequence_id: str | None, titles: dict[str, str]) -> str:
    if sequence_id is None:
        return tr(CTX, TO_ATELIER)
    return tr(CTX, TO_SEQUENCE, title=titles.get(sequence_id, sequence_id))


def describe(result: ImportResult, titles: dict[str, str]) -> str:
    """Where one photo went, or why it was refused, in the user's language."""
    if not result.ok:
        return tr(CTX, REFUSED, reason=result.error)
    if len(result.candidates) > 1:
        choices = ", ".join(f"« {titles.get(c, c)} »" for c in result.candidates)
        return tr(CTX, AMBIGUOUS, choices=choices,
                  where=_where(result.sequence_id, titles))
    return _where(result.sequence_id, titles)


def run(args: argparse.Namespace) -> int:
    import sys

    from ..core import terminal
    from ..core.services import photos
    from ..core.services.lookup import atelier_by_id_or_title
    from ..core.services.notebook import Notebook
    from .import_ import window_lock

    path = Path(args.file)
    with window_lock(path):
        nb = Notebook.open(path)
        try:
            atelier = atelier_by_id_or_title(nb, args.atelier)
            titles = photos.sequence_titles(nb, atelier.id)

            def progress(_index: int, _total: int, result: photos.ImportResult) -> None:
                print(terminal.fields(result.path.name, describe(result, titles)), flush=True)

            report = photos.import_files(nb, atelier.id, args.paths, progress=progress,
                                         keep_edits=False)
        finally:
            nb.close()
    print(terminal.clean(tr(
        CTX, SUMMARY, imported=translate("cli", "%n importée(s)", None, len(report.imported)),
        refused=translate("cli", "%n refusée(s)", None, len(report.refused)))), file=sys.stderr)
    return 1 if report.refused else 0
