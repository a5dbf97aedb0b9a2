"""``lieuxcommuns-desktop map FILE --atelier X [--map TITLE] -o OUT.svg|OUT.png``.

Exports a stakeholder map headless (works with ``QT_QPA_PLATFORM=offscreen``,
which is chosen automatically when no display is set).
"""

from __future__ import annotations

import argparse
import os
import sys
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
    from ..core.fileio import check_output

    out = Path(args.output)
    if out.suffix.lower() not in (".svg", ".png"):
        raise LieuxError("invalid_value", field="-o", value=args.output)
    check_output(out, notebook=args.file)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from .. import language

    existing = QCoreApplication.instance()
    if existing is not None and not isinstance(existing, QGuiApplication):
        existing.shutdown()  # a translator-only core app: fonts need a GUI one
        existing = None
    app = existing or QApplication(sys.argv[:1])
    if existing is None:
        language.install(language.from_environment())

    from ..ui.canvas.export import export
    from ..ui.canvas.scene import MapScene

    with atelier_in(args.file, args.atelier) as (nb, atelier):
        smap = _resolve_map(nb, atelier.id, args.map_title)
        scene = MapScene(nb, smap.id)
        try:
            export(scene, out, args.width)
        finally:
            scene.clear()
            scene.deleteLater()
            del scene
            app.processEvents()
    print(out)
    return 0
