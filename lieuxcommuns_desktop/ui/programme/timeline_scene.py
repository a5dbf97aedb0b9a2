"""The programme's timeline drawn as a scene: months across, one lane per expedition
or collectivité, ateliers as blocks, phases as bands, a line for today.

The scene is rebuilt from a :class:`~core.services.programme_views.Timeline`
read model at every change (a programme has at most a few hundred ateliers:
rebuilding is cheaper than keeping items in step with the data). Geometry is a
pure function of the date and the zoom, so the view, the drag and the tests
agree on where a day is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QWidget,
)

from ...core.enums import AtelierStatus
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.services.programme_views import Block, Timeline
from ..plain import literal

translate = QCoreApplication.translate

#: Pixels per day at each zoom; the key is what the zoom box offers.
ZOOMS: dict[str, float] = {"month": 8.0, "quarter": 3.0, "year": 0.9}
ZOOM_LABELS = {
    "month": QT_TRANSLATE_NOOP("timeline", "Mois"),
    "quarter": QT_TRANSLATE_NOOP("timeline", "Trimestre"),
    "year": QT_TRANSLATE_NOOP("timeline", "Année"),
}
HEADER = 34.0  # month names, above the lanes
LABEL_WIDTH = 170.0  # lane names, left of day 0
ROW = 30.0  # one row of blocks
LANE_GAP = 8.0
BLOCK_MIN = 14.0  # a block stays clickable at the widest zoom

#: Status groups of the issue: brouillon / prévu / tenu (annulé drawn apart).
DRAFT, PLANNED, HELD, CANCELLED = "draft", "planned", "held", "cancelled"
GROUP_LABELS = {
    DRAFT: QT_TRANSLATE_NOOP("timeline", "Brouillon"),
    PLANNED: QT_TRANSLATE_NOOP("timeline", "Prévu"),
    HELD: QT_TRANSLATE_NOOP("timeline", "Tenu"),
    CANCELLED: QT_TRANSLATE_NOOP("timeline", "Annulé"),
}
#: Colour-blind-safe fills (Okabe–Ito), a pattern for the drafts and cancellations.
FILLS = {DRAFT: "#d9d9d9", PLANNED: "#56b4e9", HELD: "#009e73", CANCELLED: "#ffffff"}
PHASE_FILLS = ("#fff3d6", "#e6f0ff")


def status_group(block: Block, today: dt.date) -> str:
    """Brouillon, prévu or tenu: what the programme lead reads on the timeline."""
    if block.status == AtelierStatus.ANNULE:
        return CANCELLED
    if block.status == AtelierStatus.BROUILLON:
        return DRAFT
    if block.status == AtelierStatus.TERMINE or (block.date is not None and block.date < today):
        return HELD
    return PLANNED


def block_brush(group: str) -> QBrush:
    style = (Qt.BrushStyle.Dense4Pattern if group == DRAFT
             else Qt.BrushStyle.BDiagPattern if group == CANCELLED
             else Qt.BrushStyle.SolidPattern)
    return QBrush(QColor(FILLS[group] if group != CANCELLED else "#888888"), style)


@dataclass(frozen=True)
class Geometry:
    """Where a day is on the scene, for one timeline and one zoom."""

    start: dt.date
    per_day: float

    def x(self, day: dt.date) -> float:
        return (day - self.start).days * self.per_day

    def day(self, x: float) -> dt.date:
        return self.start + dt.timedelta(days=round(x / self.per_day))


def _elided(text: str, metrics: QFontMetricsF, width: float) -> str:
    if metrics.horizontalAdvance(text) <= width:
        return text
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width))


class BlockItem(QGraphicsRectItem):
    """One atelier on the timeline; dragged sideways to move its date."""

    def __init__(self, block: Block, rect: QRectF, group: str, scene: TimelineScene) -> None:
        super().__init__(rect)
        self.block = block
        self.group = group
        self._scene_ref = scene
        self._press_x: float | None = None
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        self.setZValue(10)
        self.setBrush(block_brush(group))
        pen = QPen(QColor("#d55e00") if block.outside_phases else QColor("#333333"))
        pen.setWidthF(2.5 if block.outside_phases else 1.0)
        if block.outside_phases:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setCursor(Qt.CursorShape.SizeHorCursor)
        if rect.width() >= 40:
            # A child text item: painted by Qt itself, no Python call per repaint.
            text = ("⚠ " if block.outside_phases else "") + block.title
            label = QGraphicsSimpleTextItem(
                _elided(text, scene.block_metrics, rect.width() - 7), self)
            label.setFont(scene.block_font)
            label.setBrush(QColor("#ffffff") if group == HELD else QColor("#111111"))
            label.setPos(rect.left() + 4, rect.top() + (rect.height() - scene.text_height) / 2)

    def tooltip(self) -> str:
        """Built when asked (hover), not for every block at every rebuild."""
        return self._scene_ref.tooltip(self.block, self.group)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        # Dates move, lanes do not: a drag is horizontal only, snapped to days.
        # (Snapping here rather than in itemChange: an itemChange override would be
        # called a dozen times per block while the scene is built.)
        per_day = self._scene_ref.geometry.per_day
        for item in self._scene_ref.selectedItems():
            if isinstance(item, BlockItem):
                item.setPos(QPointF(round(item.pos().x() / per_day) * per_day, 0.0))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._press_x = self.pos().x()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        moved = self.pos().x() - (self._press_x or 0.0)
        self._press_x = None
        days = round(moved / self._scene_ref.geometry.per_day)
        if days and self.block.date is not None:
            self._scene_ref.request_move(self.block.id, self.block.date + dt.timedelta(days))

class TimelineScene(QGraphicsScene):
    """Builds the items of a timeline; the view asks it to move ateliers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.geometry = Geometry(dt.date.today(), ZOOMS["month"])
        self.blocks: dict[str, BlockItem] = {}
        #: Lane index -> the lane's block ids in date order (keyboard navigation).
        self.lane_order: list[list[str]] = []
        self.label_items: list[QGraphicsItem] = []
        self.header_items: list[QGraphicsItem] = []
        self.block_font = QFont()
        self.block_font.setPointSizeF(9.0)
        self.block_metrics = QFontMetricsF(self.block_font)
        self.text_height = self.block_metrics.height()
        self.move_requested = None  # set by the view: callable(atelier_id, date)

    # -- text -------------------------------------------------------------------------
    def tooltip(self, block: Block, group: str) -> str:
        when = block.date.strftime("%d/%m/%Y") if block.date else ""
        lines = [block.title, f"{when} · {translate('timeline', GROUP_LABELS[group])}"]
        if block.place:
            lines.append(block.place)
        if block.outside_phases:
            lines.append(translate("timeline", "Hors de toutes les phases du programme"))
        return "\n".join(lines)

    def request_move(self, atelier_id: str, day: dt.date) -> None:
        if self.move_requested is not None:
            self.move_requested(atelier_id, day)

    # -- building ---------------------------------------------------------------------
    def build(self, timeline: Timeline, zoom: str) -> None:
        self.clear()
        self.blocks.clear()
        self.lane_order = []
        self.label_items = []
        self.header_items = []
        self.timeline = timeline
        self.geometry = Geometry(timeline.start, ZOOMS.get(zoom, ZOOMS["month"]))
        geo = self.geometry
        width = geo.x(timeline.end) + geo.per_day
        lane_tops: list[tuple[float, float]] = []
        y = HEADER
        today = timeline.today
        for lane in timeline.lanes:
            rows = self._pack(lane.blocks)
            height = max(1, len(rows)) * ROW
            lane_tops.append((y, height))
            order: list[str] = []
            for row_index, row in enumerate(rows):
                for block, left, right in row:
                    rect = QRectF(left, y + row_index * ROW + 3, right - left, ROW - 6)
                    item = BlockItem(block, rect, status_group(block, today), self)
                    self.addItem(item)
                    self.blocks[block.id] = item
            order = [b.id for b in sorted(lane.blocks, key=lambda b: (b.date, b.title))]
            self.lane_order.append(order)
            y += height + LANE_GAP
        bottom = max(y, HEADER + ROW)
        self._draw_phases(timeline, bottom)
        self._draw_months(timeline, bottom)
        self._draw_lanes(timeline, lane_tops, width)
        if timeline.start <= today <= timeline.end:
            line = self.addLine(geo.x(today), 0, geo.x(today), bottom,
                                QPen(QColor("#cc0000"), 2.0, Qt.PenStyle.SolidLine))
            line.setZValue(20)
            line.setToolTip(translate("timeline", "Aujourd'hui"))
        self.setSceneRect(QRectF(-LABEL_WIDTH, 0, width + LABEL_WIDTH + 20, bottom + 10))

    def _pack(self, blocks: tuple[Block, ...]) -> list[list[tuple[Block, float, float]]]:
        """Blocks of a lane in rows so that none overlaps another (greedy, by date)."""
        metrics = self.block_metrics
        rows: list[list[tuple[Block, float, float]]] = []
        ends: list[float] = []
        for block in sorted(blocks, key=lambda b: (b.date, b.title)):
            if block.date is None:
                continue
            left = self.geometry.x(block.date)
            wanted = metrics.horizontalAdvance(block.title) + 12
            right = left + max(BLOCK_MIN, min(wanted, 150.0, self.geometry.per_day * 20))
            for index, end in enumerate(ends):
                if left >= end + 2:
                    rows[index].append((block, left, right))
                    ends[index] = right
                    break
            else:
                rows.append([(block, left, right)])
                ends.append(right)
        return rows

    def _draw_phases(self, timeline: Timeline, bottom: float) -> None:
        geo = self.geometry
        for index, phase in enumerate(timeline.phases):
            left, right = geo.x(phase.start), geo.x(phase.end) + geo.per_day
            band = self.addRect(QRectF(left, 0, right - left, bottom), QPen(Qt.PenStyle.NoPen),
                                QBrush(QColor(PHASE_FILLS[index % len(PHASE_FILLS)])))
            band.setZValue(-10)
            band.setToolTip(literal(phase.title))
            title = self.addSimpleText(phase.title)
            title.setPos(left + 4, HEADER - 16)
            title.setZValue(-5)
            title.setBrush(QColor("#7a5a00"))

    def _draw_months(self, timeline: Timeline, bottom: float) -> None:
        geo = self.geometry
        grid = QPen(QColor("#c8c8c8"))
        for first in timeline.months():
            x = geo.x(first)
            self.addLine(x, 0, x, bottom, grid).setZValue(-8)
            if geo.per_day >= 2.5 or first.month in (1, 4, 7, 10):
                name = first.strftime("%m/%Y")
                text = self.addSimpleText(name)
                text.setPos(x + 3, 2)
                text.setZValue(5)
                self.header_items.append(text)

    def _draw_lanes(self, timeline: Timeline, tops: list[tuple[float, float]],
                    width: float) -> None:
        separator = QPen(QColor("#9a9a9a"))
        for lane, (top, height) in zip(timeline.lanes, tops, strict=True):
            self.addLine(-LABEL_WIDTH, top + height + LANE_GAP / 2, width,
                         top + height + LANE_GAP / 2, separator).setZValue(-7)
            name = lane.name or translate("timeline", "Sans expédition") \
                if timeline.mode == "expedition" else lane.name or translate(
                    "timeline", "Sans collectivité")
            background = self.addRect(QRectF(-LABEL_WIDTH, top, LABEL_WIDTH - 4, height),
                                      QPen(Qt.PenStyle.NoPen), QBrush(QColor("#f4f4f4")))
            background.setZValue(30)
            label = QGraphicsSimpleTextItem(background)
            label.setText(_elided(name, QFontMetricsF(label.font()), LABEL_WIDTH - 12))
            label.setPos(-LABEL_WIDTH + 6, top + (min(height, ROW) - 14) / 2)
            background.setToolTip(literal(name))
            self.label_items.append(background)

    # -- queries for the view and the tests --------------------------------------------
    def block_rect(self, atelier_id: str) -> QRectF:
        item = self.blocks[atelier_id]
        return item.mapRectToScene(item.rect())

    def selected_id(self) -> str | None:
        for item in self.selectedItems():
            if isinstance(item, BlockItem):
                return item.block.id
        return None

    def lane_of(self, atelier_id: str) -> int:
        for index, order in enumerate(self.lane_order):
            if atelier_id in order:
                return index
        return -1
