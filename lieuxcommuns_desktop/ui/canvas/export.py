"""PNG and SVG export of a map with its title and legend (window and CLI).

The picture is ``width`` × ``height_for(width)`` pixels: the square map on the
left, the title and the legend in a column on the right. Items are painted
without their screen caches so the SVG holds vector shapes and real text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QWidget

from ...core.errors import LieuxError
from ...core.fileio import write_atomic, write_atomic_bytes
from . import items, style
from .painting import MAP_RECT, legend_size, paint_legend
from .scene import MapScene

log = logging.getLogger(__name__)

DEFAULT_WIDTH = 2000
MIN_WIDTH, MAX_WIDTH = 300, 12000


def height_for(width: int) -> int:
    return round(width * 0.66)


@contextmanager
def _print_state(scene: MapScene) -> Iterator[None]:
    """No selection, no device caches, full detail while exporting; restored after."""
    selected = scene.selectedItems()
    scene.clearSelection()
    modes = {}
    for item in scene.items():
        if item.cacheMode() != QGraphicsItem.CacheMode.NoCache:
            modes[item] = item.cacheMode()
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    items.FORCE_DETAIL[0] = True
    try:
        yield
    finally:
        items.FORCE_DETAIL[0] = False
        for item, mode in modes.items():
            item.setCacheMode(mode)
        for item in selected:
            item.setSelected(True)


def render(painter: QPainter, scene: MapScene, width: int, height: int) -> None:
    """Paint the map, its title and legend into a ``width`` × ``height`` device."""
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    painter.fillRect(QRectF(0, 0, width, height), QColor("#FFFFFF"))
    side = min(height, width)
    with _print_state(scene):
        scene.render(painter, QRectF(0, 0, side, side), MAP_RECT,
                     Qt.AspectRatioMode.KeepAspectRatio)
    column = QRectF(side + side * 0.02, side * 0.03, width - side - side * 0.04, side * 0.94)
    if column.width() < 40:
        return
    cats, kinds = scene.legend()
    unit = legend_size(cats, kinds, 10).width() / 10
    px = max(6.0, min(side / 50, column.width() / unit))
    y = column.top()
    if scene.title:
        font = style.font(px * 1.35, bold=True)
        painter.setFont(font)
        painter.setPen(QColor("#111111"))
        metrics = QFontMetricsF(font)
        bound = metrics.boundingRect(column.adjusted(0, 0, 0, -column.height() / 2),
                                     int(Qt.TextFlag.TextWordWrap), scene.title)
        painter.drawText(QRectF(column.left(), y, column.width(), bound.height()),
                         int(Qt.TextFlag.TextWordWrap), scene.title)
        y += bound.height() + px
    paint_legend(painter, QPointF(column.left(), y), cats, kinds, px)


def export_png(scene: MapScene, path: Path | str, width: int = DEFAULT_WIDTH) -> Path:
    width = _check_width(width)
    height = height_for(width)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    try:
        render(painter, scene, width, height)
    finally:
        painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise LieuxError("io", path=path, reason="PNG")
    return write_atomic_bytes(path, bytes(buffer.data().data()))


def export_svg(scene: MapScene, path: Path | str, width: int = DEFAULT_WIDTH) -> Path:
    """The SVG is generated in memory, then written in one atomic step."""
    from PySide6.QtSvg import QSvgGenerator

    from ...printing.text import xml_safe_document  # reportlab: only when exporting

    width = _check_width(width)
    height = height_for(width)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRect(0, 0, width, height))
    generator.setTitle(scene.title)
    generator.setDescription("Lieux Communs")
    painter = QPainter()
    if not painter.begin(generator):
        raise LieuxError("io", path=path, reason="SVG")
    try:
        render(painter, scene, width, height)
    finally:
        painter.end()
    written = bytes(buffer.data().data()).decode("utf-8", errors="replace")
    if not written:
        raise LieuxError("io", path=path, reason="SVG")
    # Qt writes a NUL, BEL or ESC of a title or name raw: drop what XML 1.0 forbids.
    return write_atomic(path, xml_safe_document(written))


def export(scene: MapScene, path: Path | str, width: int = DEFAULT_WIDTH) -> Path:
    """PNG or SVG from the file name's suffix."""
    suffix = Path(path).suffix.lower()
    if suffix == ".svg":
        return export_svg(scene, path, width)
    if suffix == ".png":
        return export_png(scene, path, width)
    raise LieuxError("invalid_value", field="-o", value=str(path))


def _check_width(width: int) -> int:
    if not MIN_WIDTH <= int(width) <= MAX_WIDTH:
        raise LieuxError("invalid_value", field="width", value=width)
    return int(width)


# -- the export dialogs (the tool's "Exporter en PNG/SVG…") ------------------------------
def suggested_path(folder: Path, title: str, suffix: str) -> str:
    """Beside the notebook, named after the map (characters a file system refuses replaced)."""
    title = title or "carte"
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip()
    return str(folder / f"{safe or 'carte'}{suffix}")


def ask_png(parent: QWidget, suggested: str, export: Callable[[Path, int], object]) -> None:
    """Ask where and how wide, then export (the texts keep the tool's translation context)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("MapTool", "Exporter la carte en PNG"), suggested,
        QCoreApplication.translate("MapTool", "Image PNG (*.png)"))
    if not path:
        return
    width, ok = QInputDialog.getInt(
        parent, QCoreApplication.translate("MapTool", "Exporter en PNG"),
        QCoreApplication.translate("MapTool", "Largeur de l'image (pixels) :"),
        DEFAULT_WIDTH, MIN_WIDTH, MAX_WIDTH, 100)
    if ok:
        export(Path(path).with_suffix(".png"), width)


def ask_svg(parent: QWidget, suggested: str, export: Callable[[Path], object]) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("MapTool", "Exporter la carte en SVG"), suggested,
        QCoreApplication.translate("MapTool", "Image vectorielle SVG (*.svg)"))
    if path:
        export(Path(path).with_suffix(".svg"))
