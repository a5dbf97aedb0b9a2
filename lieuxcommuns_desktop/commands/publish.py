"""``publish FILE -o FOLDER``: the programme as a static web site (Creative Commons).

Prints, before writing, every person's name the site would hold and what is
published instead (the same review as *Fichier › Publier…*), then a summary.
"""

from __future__ import annotations

import argparse

from ..core.i18n import QT_TRANSLATE_NOOP, tr, translate
from ._common import add_notebook_argument

NAME = "publish"
HELP = QT_TRANSLATE_NOOP("cli", "publier le programme en site web statique (hors ligne)")
CTX = "cli"  # a name, not a literal: lupdate reads tr("cli", x) as a message "cli"


def _h(text: str, **params: object) -> str:
    return tr(CTX, text, **params)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_notebook_argument(parser)
    parser.add_argument("-o", "--output", required=True, help=_h(QT_TRANSLATE_NOOP(
        "cli", "dossier du site (vide, ou celui d'une publication précédente)")))
    parser.add_argument("--base-url", default="", help=_h(QT_TRANSLATE_NOOP(
        "cli", "adresse où le site sera en ligne (pour le plan du site et le flux)")))
    parser.add_argument("--quiet", action="store_true", help=_h(QT_TRANSLATE_NOOP(
        "cli", "ne pas afficher la revue des noms")))


def run(args: argparse.Namespace) -> int:
    from ..core.fileio import check_output
    from ..core.services.notebook import Notebook
    from ..core.terminal import clean
    from ..publishing.publish import prepare
    from ..publishing.writer import check_folder, write_site

    check_output(args.output, notebook=args.file, folder=True)
    check_folder(args.output)
    nb = Notebook.open(args.file, readonly=True)
    try:
        publication = prepare(nb, base_url=args.base_url)
    finally:
        nb.close()
    if not args.quiet:
        for line in publication.review:
            mark = "!" if line.flagged else " "
            print(clean(f"{mark} {line.name} — {line.where} → {line.published}"))
    report = write_site(publication.files, args.output)
    print(clean(_h(
        QT_TRANSLATE_NOOP("cli", "{folder} : {written}, {unchanged}, {removed}"),
        folder=args.output,
        written=translate("cli", "%n fichier(s) écrit(s)", None, len(report.written)),
        unchanged=translate("cli", "%n inchangé(s)", None, len(report.unchanged)),
        removed=translate("cli", "%n retiré(s)", None, len(report.removed)))))
    return 0
