"""``minutes FILE --atelier X --format md|html -o OUT``: the minutes for the blog."""

from __future__ import annotations

import argparse

from ..core.i18n import QT_TRANSLATE_NOOP, tr

NAME = "minutes"
HELP = QT_TRANSLATE_NOOP("cli", "exporter le compte-rendu d'un atelier (Markdown ou HTML)")
CTX = "cli"  # a name, not a literal: lupdate reads tr("cli", x) as a message "cli"


def _h(text: str, **params: object) -> str:
    return tr(CTX, text, **params)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=_h(QT_TRANSLATE_NOOP("cli", "carnet .lieux")))
    parser.add_argument(
        "--atelier",
        required=True,
        help=_h(QT_TRANSLATE_NOOP("cli", "identifiant ou titre de l'atelier")),
    )
    parser.add_argument(
        "--format",
        choices=("md", "html"),
        default="md",
        help=_h(QT_TRANSLATE_NOOP("cli", "format du compte-rendu")),
    )
    parser.add_argument(
        "-o", "--output", required=True, help=_h(QT_TRANSLATE_NOOP("cli", "fichier à écrire"))
    )


def run(args: argparse.Namespace) -> int:
    from ..core.services.lookup import atelier_by_id_or_title
    from ..core.services.notebook import Notebook
    from ..printing import blog
    from ..printing.data import load

    nb = Notebook.open(args.file, readonly=True)
    try:
        atelier = atelier_by_id_or_title(nb, args.atelier)
        data = load(nb, atelier.id)
    finally:
        nb.close()
    if args.format == "md":
        content = blog.markdown(data)
    else:
        content = blog.html_page(data, blog.first_map_svg(data))
    print(blog.write_text(args.output, content))
    return 0
