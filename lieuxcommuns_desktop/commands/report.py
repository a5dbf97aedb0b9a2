"""``report FILE --experiments [--since YYYY-MM-DD] --format pdf|html -o OUT``, and
``report FILE --evaluation --format pdf|html -o OUT`` (``report_evaluation.py``).

The *lettre de suivi* for the second circle: every experiment, or those that
changed on or after ``--since``. A bad date is a usage error (exit 2, one
line, nothing written), checked before the notebook is even opened.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re

from ..core.errors import LieuxError
from ..core.i18n import QT_TRANSLATE_NOOP, tr

NAME = "report"
HELP = QT_TRANSLATE_NOOP(
    "cli", "écrire la lettre de suivi des expérimentations (PDF ou HTML)")
CTX = "cli"  # a name, not a literal: lupdate reads tr("cli", x) as a message "cli"

BAD_SINCE = QT_TRANSLATE_NOOP(
    "cli", "date --since invalide « {value} » : attendue au format AAAA-MM-JJ "
    "(par exemple 2026-09-01) ; rien n'a été écrit.")
NO_KIND = QT_TRANSLATE_NOOP(
    "cli", "précisez le rapport voulu : --experiments (la lettre de suivi) ou --evaluation "
    "(l'évaluation du programme) ; rien n'a été écrit.")
BOTH_KINDS = QT_TRANSLATE_NOOP(
    "cli", "un seul rapport à la fois : --experiments ou --evaluation ; rien n'a été écrit.")


class ReportUsageError(LieuxError):
    """A bad option value: exits 2 like argparse, in one line."""

    exit_code = 2

    @property
    def message(self) -> str:
        return tr(CTX, self.code, **self.params)


def _h(text: str) -> str:
    return tr(CTX, text)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=_h(QT_TRANSLATE_NOOP("cli", "carnet .lieux")))
    parser.add_argument("--experiments", action="store_true", help=_h(QT_TRANSLATE_NOOP(
        "cli", "la lettre de suivi des expérimentations")))
    from . import report_evaluation

    report_evaluation.add_arguments(parser, with_common=False)
    parser.add_argument("--since", metavar="AAAA-MM-JJ", help=_h(QT_TRANSLATE_NOOP(
        "cli", "seulement les expérimentations qui ont changé depuis cette date")))
    parser.add_argument("--format", choices=("pdf", "html"), default="pdf",
                        help=_h(QT_TRANSLATE_NOOP("cli", "format du rapport")))
    parser.add_argument("-o", "--output", required=True,
                        help=_h(QT_TRANSLATE_NOOP("cli", "fichier à écrire")))


def parse_since(value: str | None) -> dt.date | None:
    """``YYYY-MM-DD`` between 1990 and 2100, else :class:`ReportUsageError`."""
    if value is None:
        return None
    shown = value if len(value) <= 40 else value[:39] + "…"
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value, re.ASCII):
        raise ReportUsageError(BAD_SINCE, value=shown)
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise ReportUsageError(BAD_SINCE, value=shown) from None
    if not 1990 <= day.year <= 2100:
        raise ReportUsageError(BAD_SINCE, value=shown)
    return day


def run(args: argparse.Namespace) -> int:
    from ..core.fileio import check_output
    from ..core.services.notebook import Notebook

    if args.experiments and args.evaluation:
        raise ReportUsageError(BOTH_KINDS)
    if args.evaluation:
        from . import report_evaluation

        return report_evaluation.run(args)
    if not args.experiments:
        raise ReportUsageError(NO_KIND)
    since = parse_since(args.since)
    check_output(args.output, notebook=args.file)
    nb = Notebook.open(args.file, readonly=True)
    try:
        if args.format == "pdf":
            from ..printing.letter import write_letter

            written = write_letter(nb, args.output, since=since)
        else:
            from ..printing.letter_html import write_letter_html

            written = write_letter_html(nb, args.output, since=since)
    finally:
        nb.close()
    print(written)
    return 0
