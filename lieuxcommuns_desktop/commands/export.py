"""``export FILE --format json [-o OUT] [--atelier X]`` and ``--format csv --atelier X -o FOLDER``.

JSON is the whole notebook (or one atelier) as text; CSV is one file per
matrix of an atelier (roles, decisions today and target, commons grid) in a
folder, for spreadsheets.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import LieuxError
from ..core.i18n import QT_TRANSLATE_NOOP, tr

if TYPE_CHECKING:  # imported lazily at run time: the CLI starts fast
    from ..core.services.notebook import Notebook

NAME = "export"
HELP = QT_TRANSLATE_NOOP(
    "cli", "exporter un carnet ou un atelier (JSON), ou les matrices d'un atelier (CSV)"
)
CTX = "cli"


def _export_json(nb: Notebook, atelier_id: str | None, with_sync: bool = False) -> str:
    from ..core.interchange import export_json

    return export_json(nb, atelier_id=atelier_id, with_sync=with_sync)


#: Text exporters per ``--format``; each returns the whole text to write.
FORMATS: dict[str, Callable[..., str]] = {"json": _export_json}
#: Folder exporters: they write several files and need an atelier.
FOLDER_FORMATS = ("csv",)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=tr(CTX, QT_TRANSLATE_NOOP("cli", "carnet .lieux à exporter")))
    parser.add_argument(
        "--format", choices=sorted([*FORMATS, *FOLDER_FORMATS]), default="json",
        help=tr(CTX, QT_TRANSLATE_NOOP("cli", "format de sortie (json par défaut)")),
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT",
        help=tr(CTX, QT_TRANSLATE_NOOP(
            "cli", "fichier à écrire (sinon la sortie standard)"
        )),
    )
    parser.add_argument(
        "--atelier", metavar="ID_OR_TITLE",
        help=tr(CTX, QT_TRANSLATE_NOOP(
            "cli", "n'exporter que cet atelier (identifiant ou titre exact) "
            "et ce dont il dépend"
        )),
    )
    parser.add_argument(
        "--sync", action="store_true",
        help=tr(CTX, QT_TRANSLATE_NOOP(
            "cli", "json d'un carnet entier : joindre le suivi des modifications, pour que "
            "« merge » en fasse une fusion à trois voies (suppressions comprises)"
        )),
    )


def run(args: argparse.Namespace) -> int:
    from ..core.fileio import check_output
    from ..core.interchange import write_atomic
    from ..core.services.lookup import atelier_by_id_or_title
    from ..core.services.notebook import Notebook

    if args.format in FOLDER_FORMATS and not (args.atelier and args.output):
        raise LieuxError("invalid_value", field="--format csv",
                         value=tr(CTX, QT_TRANSLATE_NOOP("cli", "--atelier et -o DOSSIER requis")))
    if getattr(args, "sync", False) and (args.atelier or args.format != "json"):
        raise LieuxError("invalid_value", field="--sync",
                         value=tr(CTX, QT_TRANSLATE_NOOP(
                             "cli", "json d'un carnet entier seulement")))
    if args.output:
        check_output(args.output, notebook=args.file, folder=args.format in FOLDER_FORMATS)
    nb = Notebook.open(Path(args.file), readonly=True)
    try:
        atelier_id = atelier_by_id_or_title(nb, args.atelier).id if args.atelier else None
        if args.format == "csv":
            from ..core.matrix_export import export_atelier_matrices

            folder = Path(args.output)
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LieuxError("io", path=folder, reason=exc.strerror or exc) from exc
            assert atelier_id is not None  # checked above: csv needs --atelier
            for path in export_atelier_matrices(nb, atelier_id, folder):
                print(path)
            return 0
        extra = {"with_sync": True} if getattr(args, "sync", False) else {}
        text = FORMATS[args.format](nb, atelier_id, **extra)
    finally:
        nb.close()
    if args.output:
        write_atomic(Path(args.output), text)
    else:
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
    return 0
