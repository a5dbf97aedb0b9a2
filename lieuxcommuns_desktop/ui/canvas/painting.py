"""Backgrounds (onion rings, power/interest grid) and the legend, drawn with QPainter.

Shared by the views (screen), the PNG/SVG export and the projector. Label
sizes follow the level of detail so they stay readable zoomed in or out.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QPolygonF

from ...core import map_layout as ml
from ...core import map_style as ms
from ...core.enums import ActeurCategory, MapLayout, RelationKind
from . import style

MAP_RECT = QRectF(-ml.SPAN, -ml.SPAN, 2 * ml.SPAN, 2 * ml.SPAN)
LINE = QColor("#9AA5B1")
LABEL = QColor("#4A5560")


def _label_px(painter: QPainter, base: float, large: bool) -> float:
    """A label size in scene units: ``base`` at 1:1, never under ~12 device pixels."""
    scale = painter.worldTransform().m11() or 1.0
    minimum = (17 if large else 12) / abs(scale)
    return min(max(base * (1.4 if large else 1.0), minimum), 60)


def paint_background(painter: QPainter, layout: MapLayout, *, large: bool = False) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(MAP_RECT, QColor("#FFFFFF"))
    if layout is MapLayout.ONION:
        _paint_onion(painter, large)
    elif layout is MapLayout.POWER_INTEREST:
        _paint_grid(painter, large)
    painter.restore()


def _paint_onion(painter: QPainter, large: bool) -> None:
    pen = QPen(LINE, 1.5)
    pen.setCosmetic(True)
    for level in reversed(range(len(ml.RING_RADII))):
        r = ml.RING_RADII[level]
        painter.setPen(pen)
        painter.setBrush(QColor(ms.ZONE_FILLS[level]))
        painter.drawEllipse(QPointF(0, 0), r, r)
    px = _label_px(painter, 15, large)
    painter.setFont(style.font(px, bold=True))
    painter.setPen(LABEL)
    metrics = QFontMetricsF(painter.font())
    for level, key in enumerate(ml.RING_KEYS):
        _inner, outer = ml.ring_bounds(level)
        text = ms.label(ms.ZONE_LABELS[key]).upper()
        w = metrics.horizontalAdvance(text)
        painter.drawText(QPointF(-w / 2, -outer + metrics.ascent() + 6), text)


def _paint_grid(painter: QPainter, large: bool) -> None:
    g = ml.GRID
    for level, rect in enumerate(ml.QUADRANTS):
        painter.fillRect(QRectF(rect.left, rect.top, rect.width, rect.height),
                         QColor(ms.ZONE_FILLS[level]))
    pen = QPen(LINE, 1.5)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(-g, -g, 2 * g, 2 * g))
    painter.drawLine(QPointF(0, -g), QPointF(0, g))
    painter.drawLine(QPointF(-g, 0), QPointF(g, 0))
    px = _label_px(painter, 16, large)
    painter.setFont(style.font(px, bold=True))
    painter.setPen(LABEL)
    metrics = QFontMetricsF(painter.font())
    pad = 8
    for level, key in enumerate(ml.QUADRANT_KEYS):
        rect = ml.QUADRANTS[level]
        text = ms.label(ms.ZONE_LABELS[key]).upper()
        w = metrics.horizontalAdvance(text)
        x = rect.right - w - pad if rect.left >= 0 else rect.left + pad
        if rect.top < 0:
            y = rect.top + metrics.ascent() + pad
        else:
            y = rect.bottom - pad - metrics.descent()
        painter.drawText(QPointF(x, y), text)
    # axes: arrows and titles outside the grid
    axis_pen = QPen(QColor("#33404D"), 2)
    axis_pen.setCosmetic(True)
    painter.setPen(axis_pen)
    painter.setBrush(QColor("#33404D"))
    painter.drawLine(QPointF(-g, g + 14), QPointF(g, g + 14))
    painter.drawPolygon(QPolygonF([QPointF(g + 12, g + 14), QPointF(g, g + 9), QPointF(g, g + 19)]))
    painter.drawLine(QPointF(-g - 14, g), QPointF(-g - 14, -g))
    painter.drawPolygon(QPolygonF([QPointF(-g - 14, -g - 12), QPointF(-g - 19, -g),
                                   QPointF(-g - 9, -g)]))
    px = _label_px(painter, 15, large)
    painter.setFont(style.font(px, bold=True))
    metrics = QFontMetricsF(painter.font())
    interest = ms.label(ms.AXIS_LABELS["interest"]) + " →"
    painter.drawText(QPointF(-metrics.horizontalAdvance(interest) / 2,
                             g + 18 + metrics.ascent()), interest)
    painter.save()
    painter.translate(-g - 20, 0)
    painter.rotate(-90)
    power = ms.label(ms.AXIS_LABELS["power"]) + " →"
    painter.drawText(QPointF(-metrics.horizontalAdvance(power) / 2, -metrics.descent()), power)
    painter.restore()
    small = style.font(px * 0.75)
    painter.setFont(small)
    metrics = QFontMetricsF(small)
    low, high = ms.label(ms.AXIS_LABELS["low"]), ms.label(ms.AXIS_LABELS["high"])
    painter.drawText(QPointF(-g, g + 18 + metrics.ascent()), low)
    painter.drawText(QPointF(g - metrics.horizontalAdvance(high), g + 18 + metrics.ascent()), high)


# -- legend ------------------------------------------------------------------------
def legend_entries(categories: Iterable[str], kinds: Iterable[str]
                   ) -> tuple[list[ActeurCategory], list[RelationKind]]:
    """The categories and relation kinds worth explaining (all when the map is empty)."""
    used_c = {c for c in categories}
    used_k = {k for k in kinds}
    cats = [c for c in ActeurCategory if c.value in used_c] or list(ActeurCategory)
    rels = [k for k in RelationKind if k.value in used_k] or list(RelationKind)
    return cats, rels


def legend_size(cats: list[ActeurCategory], kinds: list[RelationKind], px: float) -> QRectF:
    metrics = QFontMetricsF(style.font(px))
    bold = QFontMetricsF(style.font(px, bold=True))
    labels = [ms.label(ms.category_style(c).label) for c in cats]
    labels += [ms.label(ms.relation_style(k).label) for k in kinds]
    titles = [ms.label(t) for t in ms.LEGEND_TITLES.values()]
    width = max([metrics.horizontalAdvance(s) + px * 3.6 for s in labels]
                + [bold.horizontalAdvance(t) for t in titles]) + px * 1.6
    row = px * 1.55
    height = row * (len(cats) + len(kinds) + 2) + px * 1.8
    return QRectF(0, 0, width, height)


def paint_legend(painter: QPainter, origin: QPointF, cats: list[ActeurCategory],
                 kinds: list[RelationKind], px: float) -> QRectF:
    """Paint the legend box with its top-left at ``origin``; returns the box."""
    box = legend_size(cats, kinds, px).translated(origin)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor("#B8C0C8"), 1))
    painter.setBrush(QColor(255, 255, 255, 235))
    painter.drawRoundedRect(box, px * 0.4, px * 0.4)
    row = px * 1.55
    x0 = box.left() + px * 0.8
    y = box.top() + px * 0.9
    regular, bold = style.font(px), style.font(px, bold=True)

    def title(text: str) -> None:
        nonlocal y
        painter.setFont(bold)
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(x0, y, box.width(), row), Qt.AlignmentFlag.AlignVCenter, text)
        y += row

    title(ms.label(ms.LEGEND_TITLES["categories"]))
    for cat in cats:
        cs = ms.category_style(cat)
        painter.save()
        painter.translate(x0 + px * 0.8, y + row / 2)
        scale = px / 16
        painter.scale(scale, scale)
        painter.setPen(QPen(QColor("#222222"), 1.1))
        painter.setBrush(QColor(cs.colour))
        painter.drawPath(style.shape_path(cs.shape, 8.5))
        painter.restore()
        painter.setFont(regular)
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(x0 + px * 2.2, y, box.width(), row),
                         Qt.AlignmentFlag.AlignVCenter, ms.label(cs.label))
        y += row
    y += px * 0.3
    title(ms.label(ms.LEGEND_TITLES["relations"]))
    for kind in kinds:
        rs = ms.relation_style(kind)
        pen = QPen(style.relation_pen(kind, 2.0 * px / 12))
        painter.setPen(pen)
        cy = y + row / 2
        if rs.line == "double":
            painter.drawLine(QPointF(x0, cy - px * 0.18), QPointF(x0 + px * 1.8, cy - px * 0.18))
            painter.drawLine(QPointF(x0, cy + px * 0.18), QPointF(x0 + px * 1.8, cy + px * 0.18))
        else:
            painter.drawLine(QPointF(x0, cy), QPointF(x0 + px * 1.8, cy))
        painter.setFont(regular)
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(x0 + px * 2.2, y, box.width(), row),
                         Qt.AlignmentFlag.AlignVCenter, ms.label(rs.label))
        y += row
    painter.restore()
    return box


def legend_chip_size(text: str, px: float) -> QRectF:
    """The folded legend: one line of bold text in a box."""
    bold = QFontMetricsF(style.font(px, bold=True))
    return QRectF(0, 0, bold.horizontalAdvance(text) + px * 1.6, px * 2.0)


def paint_legend_chip(painter: QPainter, box: QRectF, text: str, px: float) -> None:
    """The folded legend's chip at ``box`` (device pixels)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor("#B8C0C8"), 1))
    painter.setBrush(QColor(255, 255, 255, 235))
    painter.drawRoundedRect(box, px * 0.4, px * 0.4)
    painter.setFont(style.font(px, bold=True))
    painter.setPen(QColor("#222222"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
