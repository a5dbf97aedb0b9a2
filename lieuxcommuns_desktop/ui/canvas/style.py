"""Qt objects (colours, pens, shape paths, fonts) built once from ``core.map_style``."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainterPath, QPen, QPolygonF

from ...core import map_style as ms
from ...core.enums import ActeurCategory, RelationKind

FONT_FAMILY = "Sans Serif"


@cache
def colour(hex_colour: str) -> QColor:
    return QColor(hex_colour)


@cache
def category_colour(category: str) -> QColor:
    return QColor(ms.category_style(category).colour)


@cache
def shape_path(shape: str, r: float) -> QPainterPath:
    """The category symbol centred on (0, 0)."""
    path = QPainterPath()
    points = ms.shape_points(shape, 0.0, 0.0, r)
    if not points:
        path.addEllipse(QPointF(0, 0), r, r)
    else:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
        path.closeSubpath()
    return path


@cache
def relation_pen(kind: str, width: float = 2.0, cosmetic: bool = True) -> QPen:
    """Relations are drawn with cosmetic pens (width in device pixels): thin lines
    stay crisp at any zoom and are several times faster to antialias than wide ones."""
    style = ms.relation_style(kind)
    pen = QPen(QColor(style.colour), width if style.line != "double" else width * 0.75)
    pen.setCosmetic(cosmetic)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    pattern = ms.DASH_PATTERNS[style.line]
    if pattern:
        pen.setDashPattern(list(pattern))
    return pen


def font(pixel_size: float, *, bold: bool = False) -> QFont:
    f = QFont(FONT_FAMILY)
    f.setPixelSize(max(1, round(pixel_size)))
    f.setBold(bold)
    return f


def categories() -> list[ActeurCategory]:
    return list(ActeurCategory)


def relation_kinds() -> list[RelationKind]:
    return list(RelationKind)
