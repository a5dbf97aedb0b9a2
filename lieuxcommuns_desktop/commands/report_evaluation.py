"""``report FILE --evaluation --format pdf|html -o OUT``: the programme's evaluation report.

Kept apart from ``commands/report.py`` (the experiments report, another
branch): no ``NAME`` here, so ``cli.discover`` does not register it as a
command of its own. ``report.py`` calls :func:`add_arguments` on its parser
and :func:`run` when ``--evaluation`` is given.
"""

from __future__ import annotations

import argparse

from ..core.i18n import QT_TRANSLATE_NOOP, tr

CTX = "cli"  # a name, not a literal: lupdate reads tr("cli", x) as a message "cli"


def _h(text: str, **params: object) -> str:
    return tr(CTX, text, **params)


def add_arguments(parser: argparse.ArgumentParser, *, with_common: bool = True) -> None:
    """``--evaluation``; and FILE, ``--format``, ``-o`` unless the caller has them."""
    parser.add_argument("--evaluation", action="store_true", help=_h(QT_TRANSLATE_NOOP(
        "cli", "rapport d'évaluation du programme (questions partagées, co-décision, communs)")))
    if with_common:
        from ._common import add_notebook_argument

        add_notebook_argument(parser)
        parser.add_argument("--format", choices=("pdf", "html"), default="pdf",
                            help=_h(QT_TRANSLATE_NOOP("cli", "format du rapport")))
        parser.add_argument("-o", "--output", required=True,
                            help=_h(QT_TRANSLATE_NOOP("cli", "fichier à écrire")))


def run(args: argparse.Namespace) -> int:
    from ..core.fileio import check_output
    from ..core.services.notebook import Notebook
    from ..core.terminal import clean
    from ..publishing.evaluation_report import write_report

    check_output(args.output, notebook=args.file)
    nb = Notebook.open(args.file, readonly=True)
    try:
        written = write_report(nb, args.output, args.format)
    finally:
        nb.close()
    print(clean(written))
    return 0
