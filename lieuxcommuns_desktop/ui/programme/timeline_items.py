"""The four painted layers of the programme's timeline.

Why painted layers and not one ``QGraphicsItem`` per block, label and line:
building ~300 items (a block, its text, the month names, the lane names) was
the larger part of opening the programme page, and a rebuild at every edit.
Each layer here paints its part of the :class:`~.timeline_scene.Layout` in one
``paint()`` call, culled to the exposed rectangle; the scene answers
hit-testing (which block is under a point, which tooltip) from the same layout.

Layers, bottom to top (their z values keep the stacking of the former items):
the backdrop (phase bands, month lines, lane separators, phase titles), the
month names (kept at the top while scrolling), the blocks and today's line,
the lane names (kept at the left while scrolling).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

if TYPE_CHECKING:
    from .timeline_scene import Placed, TimelineScene

NO_PEN = QPen(Qt.PenStyle.NoPen)
MONTH_PEN = QPen(QColor("#c8c8c8"))
SEPARATOR_PEN = QPen(QColor("#9a9a9a"))
TODAY_PEN = QPen(QColor("#cc0000"), 2.0, Qt.PenStyle.SolidLine)
PHASE_TEXT = QColor("#7a5a00")
LANE_FILL = QBrush(QColor("#f4f4f4"))
HEADER_TEXT = QColor("#000000")
#: The selected block: a thick dark frame, visible on every fill and in greyscale.
SELECTION_PEN = QPen(QColor("#000000"), 2.0)
FLAGS = QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption


class Layer(QGraphicsItem):
    """A layer of the timeline: draws from its scene's layout, has no children."""

    def __init__(self, owner: TimelineScene, z: float) -> None:
        super().__init__()
        self._owner = owner
        self._bounds = QRectF()
        self.setZValue(z)
        self.setFlags(FLAGS)

    def set_bounds(self, rect: QRectF) -> None:
        """The rectangle everything this layer paints fits in (item coordinates)."""
        self.prepareGeometryChange()
        self._bounds = QRectF(rect)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds


class BackdropLayer(Layer):
    """Phase bands, month lines, lane separators and phase titles."""

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        layout = self._owner.layout
        exposed = option.exposedRect  # type: ignore[attr-defined]  # PySide's stub omits exposedRect
        painter.setPen(NO_PEN)
        for band, brush, _title, _at in layout.phases:
            if band.intersects(exposed):
                painter.fillRect(band, brush)
        painter.setPen(MONTH_PEN)
        painter.drawLines(layout.month_lines)
        painter.setPen(SEPARATOR_PEN)
        painter.drawLines(layout.separators)
        painter.setPen(PHASE_TEXT)
        painter.setFont(self._owner.header_font)
        for _band, _brush, title, at in layout.phases:
            painter.drawText(at, title)


class MonthsLayer(Layer):
    """Month names; the view keeps the layer at the top while scrolling down."""

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        exposed = option.exposedRect  # type: ignore[attr-defined]  # as above
        painter.setPen(HEADER_TEXT)
        painter.setFont(self._owner.header_font)
        ascent = self._owner.header_ascent
        for x, name, width in self._owner.layout.month_names:
            if x + width >= exposed.left() and x <= exposed.right():
                painter.drawText(QPointF(x, ascent), name)


class LanesLayer(Layer):
    """Lane names on a grey column; the view keeps it at the left while scrolling across."""

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        exposed = option.exposedRect  # type: ignore[attr-defined]  # as above
        painter.setPen(HEADER_TEXT)
        painter.setFont(self._owner.header_font)
        for lane in self._owner.layout.lanes:
            if lane.rect.intersects(exposed):
                painter.fillRect(lane.rect, LANE_FILL)
                painter.drawText(lane.text_at, lane.text)


class BlocksLayer(Layer):
    """Atelier blocks and today's line; a block is dragged sideways to move its date."""

    def __init__(self, owner: TimelineScene, z: float) -> None:
        super().__init__(owner, z)
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        #: The block being dragged, where the press was, and the snapped offset.
        self._dragging: Placed | None = None
        self._press_x = 0.0
        self.drag_offset = 0.0

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        owner = self._owner
        layout = owner.layout
        dragging = self._dragging
        # One drawRects per kind of block: a handful of calls whatever the programme.
        for style, rects in layout.rects_by_style:
            painter.setPen(style.pen)
            painter.setBrush(style.brush)
            if dragging is not None:
                rects = [r for r in rects if r is not dragging.rect]
            painter.drawRects(rects)
        painter.setFont(owner.block_font)
        exposed = option.exposedRect  # type: ignore[attr-defined]  # as above
        for placed in layout.labelled:
            if placed is not dragging and placed.rect.intersects(exposed):
                painter.setPen(placed.style.text)
                painter.drawText(placed.rect.topLeft() + placed.label_at, placed.label)
        selected = owner.selected_placement()
        if dragging is not None:
            self._paint_one(painter, dragging, True, dragging is selected)
        if selected is not None and selected is not dragging:
            self._paint_one(painter, selected, False, True)
        if layout.today_x is not None:
            painter.setPen(TODAY_PEN)
            painter.drawLine(QPointF(layout.today_x, 0.0), QPointF(layout.today_x, layout.bottom))

    def _paint_one(self, painter: QPainter, placed: Placed, dragged: bool,
                   selected: bool) -> None:
        """The dragged block at its offset, or the selected one's frame."""
        rect = placed.rect.translated(self.drag_offset, 0.0) if dragged else placed.rect
        if dragged:
            painter.setPen(placed.style.pen)
            painter.setBrush(placed.style.brush)
            painter.drawRect(rect)
            if placed.label:
                painter.setPen(placed.style.text)
                painter.drawText(rect.topLeft() + placed.label_at, placed.label)
        if selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            # Within the block's row (3 px above and below it), never over the next lane.
            painter.setPen(SELECTION_PEN)
            painter.drawRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5))

    # -- the mouse ----------------------------------------------------------------------
    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if self._owner.block_at(event.pos()) is not None:
            self.setCursor(Qt.CursorShape.SizeHorCursor)
        else:
            self.unsetCursor()

    def hoverLeaveEvent(self, _event: QGraphicsSceneHoverEvent) -> None:
        self.unsetCursor()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        placed = self._owner.placed_at(event.pos())
        if placed is None:
            self._owner.select(None)
            event.ignore()
            return
        self._owner.select(placed.block.id, placed.lane)
        self._dragging, self._press_x, self.drag_offset = placed, event.pos().x(), 0.0
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._dragging is None:
            return
        # Dates move, lanes do not: a drag is horizontal only, snapped to days.
        per_day = self._owner.geometry.per_day
        offset = round((event.pos().x() - self._press_x) / per_day) * per_day
        if offset != self.drag_offset:
            self.drag_offset = offset
            self.update()

    def mouseReleaseEvent(self, _event: QGraphicsSceneMouseEvent) -> None:
        placed, offset = self._dragging, self.drag_offset
        self._dragging, self.drag_offset = None, 0.0
        if placed is None:
            return
        self.update()
        days = round(offset / self._owner.geometry.per_day)
        if days:
            self._owner.request_move_by(placed.block.id, days)
