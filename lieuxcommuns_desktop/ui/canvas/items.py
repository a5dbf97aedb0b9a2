"""Graphics items of the map: acteur cards and relation arrows, and the two layers.

A map of a thousand cards and thousands of relations repaints as a few
pixmap blits: cards and relations at rest are painted by two cached layers
(:class:`CardLayer`, :class:`RelationLayer`, in ``layers.py``). Cards at rest are items with
``ItemHasNoContents`` (hit-testable, selectable, movable); relations at rest
have no item at all: a :class:`RelationEdge` is plain data that the relation
layer paints, indexes in a grid of segments and hit-tests, and a
:class:`RelationArrow` item is made only where the user acts on a relation
(hover, click, rubber band, selection, arrows of dragged cards) and dropped
when nobody does any more. An item paints itself (it is *live*) only while
selected or dragged, so a selection or a drag repaints only the live items
and the part of a layer they left (partial cache updates). Relations are
drawn as batched lines plus small head polygons, which Qt strokes much
faster than paths mixing both. Items never write to the notebook: the scene
turns gestures into signals and the tool into undo commands.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ...core import map_geometry as mg
from ...core import map_layout as ml
from ...core import map_style as ms
from ...core.services.maps import CardRow, RelationRow
from . import labels, style
from .labels import wrap_two_lines

if TYPE_CHECKING:
    from .layers import CardLayer, RelationLayer

CARD_W, CARD_H = ml.CARD_W, ml.CARD_H
SYMBOL_R = 9.0
HANDLE_R = 6.0
TEXT_LEFT = 26.0
SELECTION = QColor("#1F5FBF")
LARGE_PROPERTY = "lc_large"
CARD_FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemIsMovable
              | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
              | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
CARD_FLAGS_AT_REST = CARD_FLAGS | QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
ARROW_FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
               | QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
ANTIALIASING = QPainter.RenderHint.Antialiasing
CARD_BOX = QRectF(-CARD_W / 2, -CARD_H / 2, CARD_W, CARD_H)
CARD_BOUNDS = QRectF(-CARD_W / 2 - 2, -CARD_H / 2 - 2, CARD_W + HANDLE_R * 2 + 4, CARD_H + 4)
WHITE = QColor("#FFFFFF")
INK = QColor("#111111")
SYMBOL_PEN = QPen(QColor("#222222"), 1.1)
#: Below this level of detail a card is a coloured tile; below TEXT_LOD it has no name.
TILE_LOD, TEXT_LOD = 0.3, 0.45
#: Set while exporting: cards paint their text whatever the scale.
FORCE_DETAIL = [False]


#: Set by a projector view around its paint event (cached items get no widget).
PAINTING_LARGE = [False]


def is_large(widget: QWidget | None) -> bool:
    """True when painting for the projector view (bigger, bolder text)."""
    return PAINTING_LARGE[0] or bool(widget is not None and widget.property(LARGE_PROPERTY))


class ActeurCard(QGraphicsItem):
    """An acteur on the map: symbol of its category, elided name, a relation handle."""

    Type = QGraphicsItem.UserType + 1

    def __init__(self, row: CardRow, layer: CardLayer | None = None) -> None:
        super().__init__()
        self.row = row
        self.arrows: set[RelationEdge] = set()  # its relations (as data)
        self._lines: dict[tuple[bool, float], tuple[str, str]] = {}
        #: Painted by itself (selected or dragged) rather than by the card layer
        #: (a card without a layer paints itself).
        self.live = layer is None
        self.layer = layer
        # No itemChange override and no ItemSendsGeometryChanges: a Python
        # itemChange runs for every setter of every item; the scene moves the
        # arrows itself (during a drag and when a committed row arrives). The
        # device cache is set the first time the card paints itself.
        self.setFlags(CARD_FLAGS if self.live else CARD_FLAGS_AT_REST)
        if self.live:
            self.setCacheMode(DEVICE_CACHE)
        self.setZValue(10)
        self.setPos(row.x, row.y)

    # -- data ----------------------------------------------------------------
    @property
    def placement_id(self) -> str:
        return self.row.placement_id

    @property
    def acteur_id(self) -> str:
        return self.row.acteur_id

    def tooltip_text(self) -> str:
        """Built when the tooltip is asked for (see ``MapScene.helpEvent``)."""
        return f"{self.row.name}\n{ms.label(ms.category_style(self.row.category).label)}"

    def set_row(self, row: CardRow) -> None:
        """Follow a committed change; repaints only if name or category changed."""
        changed_look = (row.name, row.category) != (self.row.name, self.row.category)
        self.row = row
        if changed_look:
            self._lines.clear()
            self.repaint()
        if (self.pos().x(), self.pos().y()) != (row.x, row.y):
            self.move_to(row.x, row.y)

    def move_to(self, x: float, y: float) -> None:
        """Move outside a drag (committed row, refused move): layer and arrows follow."""
        if not self.live and self.layer is not None:
            self.layer.update(self.sceneBoundingRect())
        self.setPos(x, y)
        self.repaint()
        self.follow()

    def repaint(self) -> None:
        """Repaint the card where it is painted: itself when live, else its part of the layer."""
        if self.live or self.layer is None:
            self.update()
        else:
            self.layer.update(self.sceneBoundingRect())

    def follow(self) -> None:
        """Arrows follow the card after it moved."""
        for arrow in self.arrows:
            arrow.refresh()

    def selection_changed(self) -> None:
        self.prepareGeometryChange()  # the handle joins or leaves the shape
        self.set_live(self.isSelected())

    def set_live(self, live: bool) -> None:
        """Paint this card itself (True) or leave it to the cached card layer (False)."""
        live = live or self.isSelected() or self.layer is None
        if live == self.live:
            return
        self.live = live
        if live and self.cacheMode() != DEVICE_CACHE:
            self.setCacheMode(DEVICE_CACHE)
        self.setFlag(NO_CONTENTS, not live)
        if self.layer is not None:
            self.layer.update(self.sceneBoundingRect())

    def committed_pos(self) -> tuple[float, float]:
        return (self.row.x, self.row.y)

    # -- geometry ------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return CARD_BOUNDS

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(-CARD_W / 2, -CARD_H / 2, CARD_W, CARD_H))
        if self.isSelected():
            path.addEllipse(self.handle_center(), HANDLE_R + 2, HANDLE_R + 2)
        return path

    @staticmethod
    def handle_center() -> QPointF:
        return QPointF(CARD_W / 2 + HANDLE_R / 2, 0)

    def on_handle(self, scene_pos: QPointF) -> bool:
        if not self.isSelected():
            return False
        local = self.mapFromScene(scene_pos)
        d = local - self.handle_center()
        return math.hypot(d.x(), d.y()) <= HANDLE_R + 2

    # -- painting ------------------------------------------------------------
    def _text(self, large: bool, px: float = labels.CARD_PX) -> tuple[str, str]:
        lines = self._lines.get((large, px))
        if lines is None:
            metrics = QFontMetricsF(labels.card_font(px, large))
            lines = wrap_two_lines(self.row.name, metrics, CARD_W - TEXT_LEFT - 5)
            self._lines[(large, px)] = lines
        return lines

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = 1.0 if FORCE_DETAIL[0] else option.levelOfDetailFromTransform(
            painter.worldTransform())
        self.paint_card(painter, lod, is_large(widget), self.isSelected())

    def paint_card(self, painter: QPainter, lod: float, large: bool, selected: bool) -> None:
        """Paint the card centred on the painter's origin (by itself or by the layer)."""
        colour = style.category_colour(self.row.category)
        if lod < TILE_LOD:  # far away: a coloured tile is all the eye can read
            painter.fillRect(CARD_BOX, SELECTION if selected else colour)
            return
        painter.setPen(QPen(SELECTION if selected else colour.darker(130), 3 if selected else 1.6))
        painter.setBrush(WHITE)
        painter.drawRoundedRect(CARD_BOX, 5, 5)
        painter.translate(-CARD_W / 2 + 13, 0)
        painter.setPen(SYMBOL_PEN)
        painter.setBrush(colour)
        painter.drawPath(style.shape_path(ms.category_style(self.row.category).shape, SYMBOL_R))
        painter.translate(CARD_W / 2 - 13, 0)
        if lod >= TEXT_LOD:
            px = labels.card_px(lod, large)
            painter.setFont(labels.card_font(px, large))
            painter.setPen(INK)
            first, second = self._text(large, px)
            text_box = QRectF(-CARD_W / 2 + TEXT_LEFT, -CARD_H / 2 + 2, CARD_W - TEXT_LEFT - 5,
                              CARD_H - 4)
            text = first if not second else f"{first}\n{second}"
            painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter
                             | Qt.AlignmentFlag.AlignLeft, text)
        if selected:
            painter.setPen(QPen(WHITE, 1.5))
            painter.setBrush(SELECTION)
            painter.drawEllipse(self.handle_center(), HANDLE_R, HANDLE_R)


def _head_polygon(triangle: mg.Triangle) -> QPolygonF:
    """A head of ``core.map_geometry`` as a polygon."""
    return QPolygonF([QPointF(x, y) for x, y in triangle])


def paint_edges(painter: QPainter, kind: str, edges: Iterable[RelationEdge],
                width_factor: float = 1.0) -> None:
    """Draw relations of one kind: their lines in one call, then their heads."""
    pen = style.relation_pen(kind)
    if width_factor != 1.0:
        pen = QPen(pen)
        pen.setWidthF(pen.widthF() * width_factor)
    lines: list[QLineF] = []
    polygons: list[QPolygonF] = []
    for edge in edges:
        edge_lines, edge_heads = edge.strokes()
        lines.extend(edge_lines)
        polygons.extend(edge_heads)
    painter.setPen(pen)
    if lines:
        painter.drawLines(lines)
    if polygons:
        painter.setPen(head_pen(kind, width_factor))
        painter.setBrush(pen.color())
        for polygon in polygons:
            painter.drawPolygon(polygon)


@cache
def head_pen(kind: str, width_factor: float = 1.0) -> QPen:
    """Heads are outlined with a thin solid pen (Qt's fast cosmetic stroker)."""
    pen = QPen(style.relation_pen(kind).color(), width_factor)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


class RelationEdge:
    """A relation on the map as plain data: what the relation layer paints and hit-tests.

    A map of thousands of relations has no graphics item per relation at rest
    (building one costs about 45 µs, i.e. most of the time to open a large
    map). The :class:`RelationLayer` paints every edge, finds the edges under
    a point or in a rectangle (a grid of segments) and *materialises* a
    :class:`RelationArrow` item only where the user acts on a relation: hover,
    click, rubber band, selection, the arrows of dragged cards.
    """

    __slots__ = (
        "_geom",
        "_label_size",
        "_label_text",
        "_path",
        "_strokes",
        "cells",
        "item",
        "layer",
        "order",
        "row",
        "source",
        "target",
    )

    def __init__(self, row: RelationRow, source: ActeurCard, target: ActeurCard) -> None:
        self.row = row
        self.source, self.target = source, target
        #: The graphics item, while one exists (see ``MapScene.arrow_item``).
        self.item: RelationArrow | None = None
        self.layer: RelationLayer | None = None
        #: (x0, y0, x1, y1, ux, uy, heads) of the drawn segment; None until asked.
        self._geom: mg.Segment | None = None
        self._path: QPainterPath | None = None
        self._strokes: tuple[list[QLineF], list[QPolygonF]] | None = None
        self._label_text = ""
        self._label_size = (0.0, 0.0)
        #: Grid cells this edge is indexed in (managed by the layer).
        self.cells: tuple = ()
        #: Painting order in the layer (a partial repaint stacks them as a full one).
        self.order = 0
        source.arrows.add(self)
        target.arrows.add(self)
        if row.label:
            self._apply_label()

    @property
    def relation_id(self) -> str:
        return self.row.id

    @property
    def live(self) -> bool:
        """Painted by its item (selected or dragged) rather than by the layer."""
        return self.item is not None and self.item.live

    def detach(self) -> None:
        self.source.arrows.discard(self)
        self.target.arrows.discard(self)

    def set_row(self, row: RelationRow, source: ActeurCard, target: ActeurCard) -> None:
        if (source, target) != (self.source, self.target):
            self.detach()
            self.source, self.target = source, target
            source.arrows.add(self)
            target.arrows.add(self)
        self._dirty_layer()
        self.row = row
        self._apply_label()
        if self.item is not None and self.item.live:
            self.item.apply_pen()
        self.refresh()
        if self.item is not None:
            self.item.sync_label()

    def _apply_label(self) -> None:
        text = self.row.label
        if len(text) > 40:
            text = text[:39] + "…"
        if text != self._label_text:
            self._label_text = text
            self._label_size = labels.measure(text)
            if self.layer is not None:
                self.layer.note_label(self)

    def tooltip_text(self) -> str:
        kind_label = ms.label(ms.relation_style(self.row.kind).label)
        names = f"{self.source.row.name} {'↔' if self.row.two_way else '→'} {self.target.row.name}"
        extra = f"\n{self.row.label}" if self.row.label else ""
        return f"{kind_label}\n{names}{extra}"

    def kind_pen(self) -> QPen:
        """The pen of this relation's kind (the layer and the live arrow use it)."""
        return style.relation_pen(self.row.kind)

    # -- geometry ------------------------------------------------------------
    def geometry(self) -> mg.Segment:
        """The drawn segment, clipped at the card boxes (``core.map_geometry``, as in print)."""
        if self._geom is None:
            s, t = self.source.pos(), self.target.pos()
            self._geom = mg.segment(s.x(), s.y(), t.x(), t.y())
        return self._geom

    def _arrow(self) -> mg.Arrow:
        return mg.arrow(self.geometry(), two_way=self.row.two_way,
                        double=ms.relation_style(self.row.kind).line == "double")

    @property
    def mid(self) -> tuple[float, float]:
        """Middle of the drawn segment (where the label sits), in scene coordinates."""
        x0, y0, x1, y1, *_ = self.geometry()
        return ((x0 + x1) / 2, (y0 + y1) / 2)

    def path(self) -> QPainterPath:
        """The arrow's outline: line (or double line) and heads, in scene coordinates."""
        if self._path is None:
            arrow = self._arrow()
            path = QPainterPath()
            for (ax, ay), (bx, by) in arrow.lines:
                path.moveTo(ax, ay)
                path.lineTo(bx, by)
            for triangle in arrow.heads:
                path.addPolygon(_head_polygon(triangle))
                path.closeSubpath()
            self._path = path
        return self._path

    def strokes(self) -> tuple[list[QLineF], list[QPolygonF]]:
        """The arrow as lines and head triangles (what ``paint_edges`` draws).

        Stroking a path that mixes lines and closed heads takes Qt's generic
        antialiased stroker, several times slower than lines and small
        polygons drawn apart: the first paint of a large map, the start and
        end of a drag repaint thousands of arrows.
        """
        if self._strokes is None:
            arrow = self._arrow()
            self._strokes = ([QLineF(ax, ay, bx, by) for (ax, ay), (bx, by) in arrow.lines],
                             [_head_polygon(t) for t in arrow.heads])
        return self._strokes

    def label_rect(self, px: float = labels.LABEL_PX) -> QRectF:
        """The label's box at ``px`` scene units, in scene coordinates (empty without one)."""
        if not self._label_text:
            return QRectF()
        return labels.scaled_rect(self.mid, self._label_size, px)

    def bounds(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of the segment, heads included (not the label)."""
        x0, y0, x1, y1, *_ = self.geometry()
        return (min(x0, x1) - 7, min(y0, y1) - 7, max(x0, x1) + 7, max(y0, y1) + 7)

    def layer_rect(self) -> QRectF:
        """What this arrow covers in the layer: path, cosmetic pen and label."""
        left, top, right, bottom = self.bounds()
        rect = QRectF(left, top, right - left, bottom - top).adjusted(
            -LAYER_PAD, -LAYER_PAD, LAYER_PAD, LAYER_PAD)
        if self._label_text:  # the largest the label is ever drawn (any zoom, any view)
            rect = rect.united(self.label_rect(labels.MAX_LABEL_PX).adjusted(-4, -2, 4, 2))
        return rect

    def distance_to(self, x: float, y: float) -> float:
        """Distance from a scene point to the drawn segment."""
        x0, y0, x1, y1, *_ = self.geometry()
        dx, dy = x1 - x0, y1 - y0
        span = dx * dx + dy * dy
        t = 0.0 if span == 0 else max(0.0, min(1.0, ((x - x0) * dx + (y - y0) * dy) / span))
        return math.hypot(x - x0 - t * dx, y - y0 - t * dy)

    def hits(self, x: float, y: float) -> bool:
        """The click band of the item's shape: 5 units each side of the stroke (heads too)."""
        double = ms.relation_style(self.row.kind).line == "double"
        d = self.distance_to(x, y)
        if d <= HIT_TOLERANCE + (2.4 if double else 0.0):
            return True
        x0, y0, x1, y1, ux, uy, heads = self.geometry()
        if not heads or d > HIT_TOLERANCE + HEAD * mg.HEAD_HALF_WIDTH:
            return False
        tips = [(x1, y1, ux, uy)] + ([(x0, y0, -ux, -uy)] if self.row.two_way else [])
        for tx, ty, dx, dy in tips:
            back = (tx - x) * dx + (ty - y) * dy  # how far behind the tip, along the arrow
            if -HIT_TOLERANCE <= back <= HEAD + HIT_TOLERANCE:
                return True
        return False

    def _dirty_layer(self) -> None:
        if not self.live and self.layer is not None and self._geom is not None:
            self.layer.update(self.layer_rect())

    def refresh(self) -> None:
        """The cards moved: recompute the geometry (and the item's path)."""
        self._dirty_layer()
        self._geom = None
        self._path = None
        self._strokes = None
        if self.layer is not None:
            self.layer.moved(self)
        if self.item is not None:
            self.item.follow_edge()
        if not self.live and self.layer is not None:
            self.layer.update(self.layer_rect())  # where it is now


#: Stacking of a relation item: under the cards (10), above them while selected.
ARROW_Z, SELECTED_ARROW_Z = 5.0, 11.0
#: Half width of a relation's click band, in scene units (as the item's shape).
HIT_TOLERANCE = 5.0
#: Length of an arrow head (its half width is 0.45 of it): ``core.map_geometry``.
HEAD = mg.HEAD


class RelationArrow(QGraphicsPathItem):
    """The graphics item of a relation, made when the user acts on it.

    Not painted at rest (``ItemHasNoContents``: the layer paints its edge);
    selected or following a drag it is *live*: it paints itself with a label item.
    """

    Type = QGraphicsItem.UserType + 2

    def __init__(self, edge: RelationEdge) -> None:
        super().__init__()
        self.edge = edge
        self._label: _LiveLabel | None = None
        #: Drawn by itself (selected, or following a drag) rather than by the layer.
        self.live = False
        #: Following a drag: drawn without antialiasing (several times faster to
        #: stroke; the arrow rejoins the antialiased layer on release).
        self.dragged = False
        self.setFlags(ARROW_FLAGS)
        self.setZValue(ARROW_Z)
        self.setPath(edge.path())

    # -- the edge's data -----------------------------------------------------
    @property
    def row(self) -> RelationRow:
        return self.edge.row

    @property
    def source(self) -> ActeurCard:
        return self.edge.source

    @property
    def target(self) -> ActeurCard:
        return self.edge.target

    @property
    def relation_id(self) -> str:
        return self.edge.row.id

    def tooltip_text(self) -> str:
        return self.edge.tooltip_text()

    def kind_pen(self) -> QPen:
        return self.edge.kind_pen()

    def apply_pen(self) -> None:
        pen = QPen(style.relation_pen(self.row.kind))
        if self.isSelected():
            pen.setWidthF(pen.widthF() * 2)
        self.setPen(pen)
        self.setBrush(pen.color())

    def selection_changed(self) -> None:
        self.set_live(self.isSelected())
        self.apply_pen()
        # A selected relation (and its label) shows above the cards it may cross.
        self.setZValue(SELECTED_ARROW_Z if self.isSelected() else ARROW_Z)

    def set_live(self, live: bool) -> None:
        """Paint this arrow itself (True) or leave it to the cached layer (False)."""
        live = live or self.isSelected()
        if live == self.live:
            return
        self.live = live
        if live:
            self.apply_pen()
        self.setFlag(NO_CONTENTS, not live)
        self.sync_label()
        layer = self.edge.layer
        if layer is not None:
            layer.update(self.edge.layer_rect())

    def follow_edge(self) -> None:
        """The edge's geometry changed: take its new path (and the label its new place)."""
        self.setPath(self.edge.path())
        if self._label is not None:
            self.sync_label()

    def sync_label(self) -> None:
        """The live arrow's label item: made the first time it is needed, hidden at rest."""
        show = self.live and bool(self.edge._label_text)
        if show and self._label is None:
            self._label = _LiveLabel(self)
        if self._label is not None:
            self._label.setVisible(show)
            if show:
                self._label.follow()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        """Drawn as the layer draws it (twice as wide when selected)."""
        smooth = painter.testRenderHint(ANTIALIASING)
        if self.dragged:
            painter.setRenderHint(ANTIALIASING, False)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        paint_edges(painter, self.row.kind, (self.edge,), 2.0 if selected else 1.0)
        painter.setRenderHint(ANTIALIASING, smooth)
        if selected:  # the dashed box Qt draws around a selected path item
            pad = self.pen().widthF() / 2
            box = self.boundingRect().adjusted(pad, pad, -pad, -pad)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(option.palette.window().color(), 0))
            painter.drawRect(box)
            painter.setPen(QPen(option.palette.windowText().color(), 0, Qt.PenStyle.DashLine))
            painter.drawRect(box)

    def shape(self) -> QPainterPath:
        """A wider band than the stroke, so a relation is easy to click."""
        stroker = QPainterPathStroker()
        stroker.setWidth(2 * HIT_TOLERANCE)
        return stroker.createStroke(self.path())


class _LiveLabel(QGraphicsItem):
    """The label of a live arrow, sized like the layer's (larger on screen when zoomed out).

    A child item, so only labelled live arrows pay for a Python ``boundingRect``.
    """

    def __init__(self, arrow: RelationArrow) -> None:
        super().__init__(arrow)
        self.arrow = arrow
        self._rect = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def follow(self) -> None:
        """Take the edge's label box at its largest (the paint may draw it smaller)."""
        self.prepareGeometryChange()
        self._rect = self.arrow.edge.label_rect(labels.MAX_LABEL_PX).adjusted(-4, -2, 4, 2)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        return QPainterPath()  # clicks go to the arrow or the cards under it

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        edge = self.arrow.edge
        lod = 1.0 if FORCE_DETAIL[0] else option.levelOfDetailFromTransform(
            painter.worldTransform())
        if edge._label_text and lod >= labels.LABEL_HIDE_LOD:
            px = labels.label_px(lod, is_large(widget))
            labels.paint_label(painter, edge.label_rect(px), edge._label_text,
                               label_colour(edge.row.kind), px)


#: Margin around an arrow's path in the layer: its cosmetic pen is a few device
#: pixels wide, i.e. up to ~25 scene units at the smallest zoom.
LAYER_PAD = 26.0


@cache
def label_colour(kind: str) -> QColor:
    return style.relation_pen(kind).color().darker(140)
