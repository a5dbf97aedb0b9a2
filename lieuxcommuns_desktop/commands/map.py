"""``lieuxcommuns-desktop map FILE --atelier X [--map TITLE] -o OUT.svg|OUT.png``.

Exports a stakeholder map headless, without Qt: the map is read through the
read model (``core/services/atelier_views.map_data``) and drawn by the same
Qt-free renderer as the printed kit and the minutes (``printing/map_image``),
so the command needs no display, no ``QApplication``, and starts faster.
The file is written atomically (``core/fileio``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ._common import add_atelier_argument, add_notebook_argument, atelier_in

if TYPE_CHECKING:  # imported lazily at run time: the CLI starts fast
    from ..core.model import StakeholderMap
    from ..core.services.notebook import Notebook

NAME = "map"
HELP = QT_TRANSLATE_NOOP("cli", "exporter une carte des acteurs en PNG ou SVG")
CTX = "cli"  # a name, not a literal: lupdate reads tr("cli", x) as a message "cli"
DEFAULT_WIDTH = 2000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_notebook_argument(parser)
    add_atelier_argument(parser)
    parser.add_argument("--map", dest="map_title", help=tr(CTX, QT_TRANSLATE_NOOP(
        "cli", "titre de la carte (par défaut la première de l'atelier)")))
    parser.add_argument("-o", "--output", required=True, help=tr(CTX, QT_TRANSLATE_NOOP(
        "cli", "fichier à écrire, .svg ou .png")))
    parser.add_argument("--width", type=int, default=DEFAULT_WIDTH, help=tr(CTX,
                        QT_TRANSLATE_NOOP("cli", "largeur de l'image en pixels")))


def _resolve_map(nb: Notebook, atelier_id: str, title: str | None) -> StakeholderMap:
    from ..core.errors import LieuxError
    from ..core.services import maps

    rows = maps.maps_of(nb, atelier_id)
    if title is None:
        if not rows:
            raise LieuxError("not_found", what="carte", key="*")
        return rows[0]
    wanted = title.strip().casefold()
    matches = [m for m in rows if m.title.strip().casefold() == wanted or m.id == title]
    if not matches:
        raise LieuxError("not_found", what="carte", key=title)
    if len(matches) > 1:
        raise LieuxError("ambiguous", key=title,
                         candidates=", ".join(f"{m.title} ({m.id})" for m in matches))
    return matches[0]


def run(args: argparse.Namespace) -> int:
    from ..core.errors import LieuxError
    from ..core.fileio import check_output, write_atomic, write_atomic_bytes
    from ..core.services.atelier_views import map_data
    from ..printing import map_image

    out = Path(args.output)
    suffix = out.suffix.lower()
    if suffix not in (".svg", ".png"):
        raise LieuxError("invalid_value", field="-o", value=args.output)
    check_output(out, notebook=args.file)
    width = map_image.check_width(args.width)
    with atelier_in(args.file, args.atelier) as (nb, atelier):
        data = map_data(nb, _resolve_map(nb, atelier.id, args.map_title).id)
    if suffix == ".svg":
        write_atomic(out, map_image.svg(data, width))
    else:
        write_atomic_bytes(out, map_image.png(data, width))
    print(out)
    return 0
