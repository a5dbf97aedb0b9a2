"""``minutes FILE --atelier X --format md|html -o OUT``: the minutes for the blog."""

from __future__ import annotations

import argparse

from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ._common import add_atelier_argument, add_notebook_argument, atelier_in

NAME = "minutes"
HELP = QT_TRANSLATE_NOOP("cli", "exporter le compte-rendu d'un atelier (Markdown ou HTML)")
CTX = "cli"  # a name, not a literal: lupdate reads tr("cli", x) as a message "cli"


def _h(text: str, **params: object) -> str:
    return tr(CTX, text, **params)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_notebook_argument(parser)
    add_atelier_argument(parser)
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
    from ..core.fileio import check_output
    from ..printing import blog, photos_votes
    from ..printing.data import load
    from ..publishing.site_data import censored_minutes

    check_output(args.output, notebook=args.file)
    with atelier_in(args.file, args.atelier) as (nb, atelier):
        data = censored_minutes(nb, load(nb, atelier.id))  # for the blog: consent applies
    photos_votes.refuse_missing_alt_text(data)
    if args.format == "md":
        folder = photos_votes.image_folder_for(args.output)
        content = blog.markdown(data, folder.name)
        photos_votes.photo_files(data, args.output)
    else:
        content = blog.html_page(data, with_maps=True)
    print(blog.write_text(args.output, content))
    return 0
