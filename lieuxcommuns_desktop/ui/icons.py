"""The application icon, from the PNGs rendered from ``resources/icons/lieuxcommuns.svg``."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ..resources import resource

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    folder = resource("icons")
    for size in SIZES:
        png = folder / f"lieuxcommuns-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    if icon.isNull():
        svg = folder / "lieuxcommuns.svg"
        if svg.is_file():
            icon.addFile(str(svg))
    return icon
