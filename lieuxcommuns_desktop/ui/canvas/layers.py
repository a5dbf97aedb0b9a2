"""The two cached layers of a map: every card at rest, every relation at rest.

See ``items.py`` for why a map of a thousand cards and thousands of
relations paints as two pixmap blits: cards and relations at rest are
painted here, in one pass each, into device caches updated in parts; the
relation layer also indexes the relations in a grid of segments to answer
which relation is under a point or in a rectangle.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ...core.enums import RelationKind
from ...core.map_geometry import HEAD_HALF_WIDTH
from . import labels
from .items import (
    DEVICE_CACHE,
    FORCE_DETAIL,
    HEAD,
    HIT_TOLERANCE,
    LAYER_PAD,
    TILE_LOD,
    ActeurCard,
    RelationEdge,
    is_large,
    label_colour,
    paint_edges,
)


def _exposed_items(layer: QGraphicsItem, option: QStyleOptionGraphicsItem) -> list | None:
    """Items of the scene under the exposed part of a layer (None: all of it is exposed)."""
    scene = layer.scene()
    exposed = option.exposedRect
    if scene is None or exposed.contains(layer.boundingRect()):
        return None
    return scene.items(exposed, Qt.ItemSelectionMode.IntersectsItemBoundingRect,
                       Qt.SortOrder.AscendingOrder)


class _Layer(QGraphicsItem):
    """A scene-wide item painted into a device cache, updated in parts."""

    def __init__(self, rect: QRectF, z: float) -> None:
        super().__init__()
        self._rect = rect
        self.setZValue(z)
        self.setCacheMode(DEVICE_CACHE)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        """Empty: the layer is never under the mouse (its items are)."""
        return QPainterPath()


def segment_cells(x0: float, y0: float, x1: float, y1: float, cell: float
                  ) -> tuple[tuple[int, int], ...]:
    """Every grid cell the segment (x0, y0)-(x1, y1) passes through."""
    if x0 > x1:
        x0, y0, x1, y1 = x1, y1, x0, y0
    floor = math.floor
    i0, i1 = floor(x0 / cell), floor(x1 / cell)
    if i0 == i1:
        j0, j1 = sorted((floor(y0 / cell), floor(y1 / cell)))
        return tuple((i0, j) for j in range(j0, j1 + 1))
    slope = (y1 - y0) / (x1 - x0)
    keys = []
    for i in range(i0, i1 + 1):
        xa, xb = max(x0, i * cell), min(x1, (i + 1) * cell)
        ya, yb = y0 + (xa - x0) * slope, y0 + (xb - x0) * slope
        ja, jb = floor(ya / cell), floor(yb / cell)
        if ja == jb:
            keys.append((i, ja))
            continue
        if ja > jb:
            ja, jb = jb, ja
        keys.extend([(i, j) for j in range(ja, jb + 1)])
    return tuple(keys)


class EdgeGrid:
    """A uniform grid of relation segments: the edges near a point or in a rectangle.

    An edge is filed in every cell its segment crosses (walked column by
    column); a query gathers the edges of the cells it covers, the caller
    checks the exact geometry. Edges whose cards moved are filed again
    lazily, at the next query (a drag moves hundreds of them per step).
    """

    CELL = 128.0

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], set[RelationEdge]] = {}
        self._pending: set[RelationEdge] = set()

    def add(self, edge: RelationEdge) -> None:
        self._pending.add(edge)

    def moved(self, edge: RelationEdge) -> None:
        self._pending.add(edge)

    def remove(self, edge: RelationEdge) -> None:
        self._pending.discard(edge)
        self._unfile(edge)

    def _unfile(self, edge: RelationEdge) -> None:
        for key in edge.cells:
            bucket = self.cells.get(key)
            if bucket is not None:
                bucket.discard(edge)
        edge.cells = ()

    def _file(self, edge: RelationEdge) -> None:
        keys = segment_cells(*edge.geometry()[:4], self.CELL)
        cells = self.cells
        for key in keys:
            bucket = cells.get(key)
            if bucket is None:
                cells[key] = {edge}
            else:
                bucket.add(edge)
        edge.cells = keys

    def _flush(self) -> None:
        for edge in self._pending:
            self._unfile(edge)
            if edge.layer is not None:
                self._file(edge)
        self._pending.clear()

    def near(self, left: float, top: float, right: float, bottom: float) -> set[RelationEdge]:
        """Edges filed in the cells a rectangle covers (a superset of those in it)."""
        self._flush()
        cell = self.CELL
        found: set[RelationEdge] = set()
        for i in range(math.floor(left / cell), math.floor(right / cell) + 1):
            for j in range(math.floor(top / cell), math.floor(bottom / cell) + 1):
                bucket = self.cells.get((i, j))
                if bucket:
                    found |= bucket
        return found


_KIND_RANK = {kind.value: rank for rank, kind in enumerate(RelationKind)}


def _kind_rank(kind: str) -> int:
    return _KIND_RANK.get(kind, len(_KIND_RANK))


def _by_order(edge: RelationEdge) -> int:
    return edge.order


class RelationLayer(_Layer):
    """Every relation not being dragged or selected, painted in one pass into a device cache.

    A full repaint of a map with thousands of relations is then one pixmap
    blit. The cache is rebuilt where a relation in it changes, or where an
    arrow leaves or rejoins it (selection, start and end of a drag). The layer
    also answers which relation is under a point or in a rectangle: relations
    have no graphics item until the user acts on one.
    """

    def __init__(self, rect: QRectF) -> None:
        super().__init__(rect, 4)
        self.arrows: dict[str, RelationEdge] = {}
        self.grid = EdgeGrid()
        self._serial = 0
        #: The area to repaint since the last paint, one rectangle (see ``update``).
        self._dirty: QRectF | None = None
        #: How far the widest label reaches beyond its segment (half its width at
        #: its largest): a partial repaint looks that far for labels to redraw.
        self.label_reach = 0.0

    def update(self, rect: QRectF | None = None) -> None:
        """Repaint part of the cache: partial updates grow one rectangle.

        Qt clips the cache's repaint to the union of the updated rectangles;
        hundreds of arrows leaving the layer at the start of a drag made a
        region of hundreds of rectangles, and stroking under such a clip is
        several times slower than painting their bounding rectangle.
        """
        if rect is None or rect.isEmpty():
            self._dirty = QRectF(self.boundingRect())
            super().update()
            return
        self._dirty = QRectF(rect) if self._dirty is None else self._dirty.united(rect)
        super().update(self._dirty)

    def add(self, edge: RelationEdge, *, repaint: bool = True) -> None:
        self.arrows[edge.relation_id] = edge
        edge.layer = self
        self._serial += 1
        edge.order = self._serial
        self.grid.add(edge)
        if edge._label_text:
            self.note_label(edge)
        if repaint and not edge.live:
            self.update(edge.layer_rect())

    def note_label(self, edge: RelationEdge) -> None:
        """A labelled edge joined (or got a new label): widen the reach if needed."""
        half = edge._label_size[0] * labels.MAX_LABEL_PX / labels.LABEL_PX * 0.55 + 4
        if half > self.label_reach:
            self.label_reach = half

    def remove(self, edge: RelationEdge) -> None:
        if self.arrows.pop(edge.relation_id, None) is not None:
            if not edge.live and edge._geom is not None:
                self.update(edge.layer_rect())
            self.grid.remove(edge)
            edge.layer = None

    def moved(self, edge: RelationEdge) -> None:
        self.grid.moved(edge)

    # -- hit-testing ---------------------------------------------------------
    def edge_at(self, pos: QPointF) -> RelationEdge | None:
        """The relation whose click band holds ``pos`` (the nearest if several)."""
        x, y = pos.x(), pos.y()
        reach = HIT_TOLERANCE + HEAD * HEAD_HALF_WIDTH + 3  # the widest band: beside a head
        best, best_d = None, math.inf
        for edge in self.grid.near(x - reach, y - reach, x + reach, y + reach):
            if edge.hits(x, y):
                d = edge.distance_to(x, y)
                if d < best_d:
                    best, best_d = edge, d
        return best

    def edges_in(self, rect: QRectF) -> list[RelationEdge]:
        """Relations whose box meets ``rect`` (a superset of those whose stroke does)."""
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        found = []
        for edge in self.grid.near(left, top, right, bottom):
            el, et, er, eb = edge.bounds()
            if el <= right and er >= left and et <= bottom and eb >= top:
                found.append(edge)
        return found

    # -- painting ------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        self._dirty = None
        exposed = option.exposedRect
        if exposed.contains(self.boundingRect()):
            edges = self.arrows.values()
        else:  # a partial update: only the relations whose pixels are in the changed area
            reach = LAYER_PAD + self.label_reach
            wide = exposed.adjusted(-reach, -reach, reach, reach)
            edges = sorted((e for e in self.edges_in(wide) if e.layer_rect().intersects(exposed)),
                           key=_by_order)
        by_kind: dict[str, list[RelationEdge]] = {}
        for edge in edges:
            if not edge.live:
                by_kind.setdefault(edge.row.kind, []).append(edge)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for kind in sorted(by_kind, key=_kind_rank):  # same stacking in every repaint
            paint_edges(painter, kind, by_kind[kind])
        lod = 1.0 if FORCE_DETAIL[0] else option.levelOfDetailFromTransform(
            painter.worldTransform())
        labelled = [e for group in by_kind.values() for e in group if e._label_text]
        if not labelled or lod < labels.LABEL_HIDE_LOD:
            return
        px = labels.label_px(lod, is_large(widget))
        for edge in labelled:
            labels.paint_label(painter, edge.label_rect(px), edge._label_text,
                               label_colour(edge.row.kind), px)


class CardLayer(_Layer):
    """Every card not selected or dragged, painted in one pass into a device cache.

    The cards themselves stay in the scene (hit-testing, selection, dragging)
    with ``ItemHasNoContents``: a full repaint of a thousand cards is one blit
    instead of a thousand. Cards are painted in stacking order, under the live
    (selected, dragged) cards.
    """

    def __init__(self, rect: QRectF) -> None:
        super().__init__(rect, 9)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        scene = self.scene()
        if scene is None:
            return
        found = _exposed_items(self, option)
        if found is None:
            found = scene.items(Qt.SortOrder.AscendingOrder)
        lod = 1.0 if FORCE_DETAIL[0] else option.levelOfDetailFromTransform(
            painter.worldTransform())
        large = is_large(widget)
        base = painter.worldTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod >= TILE_LOD)
        for item in found:
            if isinstance(item, ActeurCard) and not item.live and item.layer is self:
                pos = item.pos()
                painter.setWorldTransform(QTransform.fromTranslate(pos.x(), pos.y()) * base)
                item.paint_card(painter, lod, large, False)
        painter.setWorldTransform(base)

