"""``kit FILE --atelier X -o OUT.pdf``: print an atelier's workshop kit headless.

``kit FILE --programme -o OUT.pdf`` prints the programme's A3 poster and A4 summary.
"""

from __future__ import annotations

import argparse

from ..core.errors import LieuxError
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ._common import add_notebook_argument, atelier_in

NAME = "kit"
HELP = QT_TRANSLATE_NOOP("cli", "imprimer le kit d'un atelier en PDF")
CTX = "cli"  # a name, not a literal: lupdate reads tr("cli", x) as a message "cli"


def _h(text: str, **params: object) -> str:
    return tr(CTX, text, **params)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from ..printing.options import DOCUMENTS

    add_notebook_argument(parser)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--atelier", metavar="ID_OR_TITLE", help=_h(
        QT_TRANSLATE_NOOP("cli", "identifiant ou titre exact de l'atelier")))
    which.add_argument("--programme", action="store_true", help=_h(QT_TRANSLATE_NOOP(
        "cli", "imprimer l'affiche A3 et la synthèse A4 du programme, et le rapport "
        "d'évaluation sur demande (--only poster,summary,evaluation_report)")))
    parser.add_argument(
        "-o", "--output", required=True, help=_h(QT_TRANSLATE_NOOP("cli", "fichier PDF à écrire"))
    )
    parser.add_argument(
        "--only",
        default="",
        help=_h(
            QT_TRANSLATE_NOOP("cli", "documents séparés par des virgules : {names}"),
            names=",".join(DOCUMENTS),
        ),
    )
    parser.add_argument(
        "--paper",
        choices=("a4", "a3"),
        default="a3",
        help=_h(QT_TRANSLATE_NOOP("cli", "format des canevas (cartes, modèles vierges)")),
    )
    parser.add_argument(
        "--blank-rows",
        type=int,
        default=10,
        help=_h(QT_TRANSLATE_NOOP("cli", "lignes vierges de la feuille d'émargement")),
    )


def run(args: argparse.Namespace) -> int:
    if args.programme:
        return _programme(args)
    from ..core.fileio import check_output
    from ..printing.kit import write_kit
    from ..printing.options import DOCUMENTS, KitOptions

    documents = tuple(d.strip() for d in args.only.split(",") if d.strip()) or DOCUMENTS
    unknown = [d for d in documents if d not in DOCUMENTS]
    if unknown:
        raise LieuxError("invalid_value", field="--only", value=",".join(unknown))
    if args.blank_rows < 0 or args.blank_rows > 200:
        raise LieuxError("invalid_value", field="--blank-rows", value=args.blank_rows)
    check_output(args.output, notebook=args.file)
    options = KitOptions(documents=documents, paper=args.paper, blank_rows=args.blank_rows)
    with atelier_in(args.file, args.atelier) as (nb, atelier):
        path = write_kit(nb, atelier.id, args.output, options)
    print(path)
    return 0


def _programme(args: argparse.Namespace) -> int:
    from ..core.fileio import check_output
    from ..core.services.notebook import Notebook
    from ..printing.programme import DEFAULT_DOCUMENTS, PROGRAMME_DOCUMENTS, write_programme

    documents = tuple(d.strip() for d in args.only.split(",") if d.strip()) \
        or DEFAULT_DOCUMENTS
    unknown = [d for d in documents if d not in PROGRAMME_DOCUMENTS]
    if unknown:
        raise LieuxError("invalid_value", field="--only", value=",".join(unknown))
    check_output(args.output, notebook=args.file)
    nb = Notebook.open(args.file, readonly=True)
    try:
        path = write_programme(nb, args.output, documents)
    finally:
        nb.close()
    print(path)
    return 0
