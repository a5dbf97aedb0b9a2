"""The programme's timeline drawn as a scene: months across, one lane per expedition
or collectivité, ateliers as blocks, phases as bands, a line for today.

The scene lays a :class:`~core.services.programme_views.Timeline` read model
out at every change (a programme has at most a few hundred ateliers: laying
out again is cheaper than keeping items in step with the data) into a plain
:class:`Layout`, which four painted layers draw (``timeline_items``) and from
which the scene answers hit-testing, tooltips and keyboard moves. Geometry is a
pure function of the date and the zoom, so the view, the drag and the tests
agree on where a day is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QWidget

from ...core.enums import AtelierStatus
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.services.programme_views import Block, Timeline
from ..plain import literal
from .text_widths import TextWidths
from .timeline_items import BackdropLayer, BlocksLayer, LanesLayer, MonthsLayer

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



@dataclass(frozen=True, eq=False)
class BlockStyle:
    """How a block of one status group is drawn, flagged or not (shared, compared by identity)."""

    brush: QBrush
    pen: QPen
    text: QColor


_STYLES: dict[tuple[str, bool], BlockStyle] = {}


def block_style(group: str, outside_phases: bool) -> BlockStyle:
    """Shared by every block of the same kind (made once per kind)."""
    key = (group, outside_phases)
    if key not in _STYLES:
        pen = QPen(QColor("#d55e00") if outside_phases else QColor("#333333"))
        pen.setWidthF(2.5 if outside_phases else 1.0)
        if outside_phases:
            pen.setStyle(Qt.PenStyle.DashLine)
        text = QColor("#ffffff") if group == HELD else QColor("#111111")
        _STYLES[key] = BlockStyle(block_brush(group), pen, text)
    return _STYLES[key]


@dataclass(frozen=True)
class Placed:
    """An atelier as drawn: where, in which style, with which (elided) label."""

    block: Block
    rect: QRectF
    group: str
    style: BlockStyle
    #: Empty when the block is too narrow for text.
    label: str
    #: The label's baseline from the block's top-left corner.
    label_at: QPointF
    #: Index of its lane: by collectivité, an atelier has a block in several lanes.
    lane: int = 0


@dataclass(frozen=True)
class LaneLabel:
    rect: QRectF
    text: str
    text_at: QPointF
    #: The whole name, for the tooltip (the text may be elided).
    name: str


@dataclass
class Layout:
    """Everything the layers paint, in scene coordinates (headers before pinning)."""

    placed: list[Placed] = field(default_factory=list)
    #: The blocks' rectangles grouped by style, and the blocks wide enough for a label.
    rects_by_style: list[tuple[BlockStyle, list[QRectF]]] = field(default_factory=list)
    labelled: list[Placed] = field(default_factory=list)
    #: (band, brush, title, the title's baseline point).
    phases: list[tuple[QRectF, QBrush, str, QPointF]] = field(default_factory=list)
    month_lines: list[QLineF] = field(default_factory=list)
    #: (x, name, width) of the month names, on the months layer.
    month_names: list[tuple[float, str, float]] = field(default_factory=list)
    separators: list[QLineF] = field(default_factory=list)
    lanes: list[LaneLabel] = field(default_factory=list)
    today_x: float | None = None
    left: float = -LABEL_WIDTH
    right: float = 0.0
    bottom: float = HEADER + ROW


class TimelineScene(QGraphicsScene):
    """Lays timelines out for its painted layers; the view asks it to move ateliers."""

    #: The selected atelier's id, or None.
    blockSelected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Four items in all: an index costs more than it finds.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.timeline: Timeline | None = None
        self.geometry = Geometry(dt.date.today(), ZOOMS["month"])
        self.layout = Layout()
        #: Atelier id -> how it is drawn in its first lane (dated ateliers only).
        self.blocks: dict[str, Placed] = {}
        #: (atelier id, lane index) -> its block in that lane.
        self.placements: dict[tuple[str, int], Placed] = {}
        #: Lane index -> the lane's block ids in date order (keyboard navigation).
        self.lane_order: list[list[str]] = []
        self.selected: str | None = None
        #: The lane of the selected block (an atelier may be in several lanes).
        self.selected_lane = -1
        self.block_font = QFont()
        self.block_font.setPointSizeF(9.0)
        self.block_widths = TextWidths(self.block_font)
        self.block_metrics = self.block_widths.metrics
        self.text_height = self.block_metrics.height()
        self.header_font = QFont(self.font())
        self.header_widths = TextWidths(self.header_font)
        self.header_metrics = self.header_widths.metrics
        self.header_ascent = self.header_metrics.ascent()
        self.backdrop = BackdropLayer(self, -10)
        self.months_layer = MonthsLayer(self, 5)
        self.blocks_layer = BlocksLayer(self, 10)
        self.lanes_layer = LanesLayer(self, 30)
        for layer in (self.backdrop, self.months_layer, self.blocks_layer, self.lanes_layer):
            self.addItem(layer)
        #: Layers the view keeps in sight while scrolling (lane names, month names).
        self.label_items: list[QGraphicsItem] = [self.lanes_layer]
        self.header_items: list[QGraphicsItem] = [self.months_layer]
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

    def tooltip_at(self, pos: QPointF) -> str:
        """What the item there said before the timeline was painted: lane name, today,
        atelier, phase, in that order of precedence (top to bottom); empty for nothing."""
        lane = self._lane_label_at(pos)
        if lane is not None:
            return literal(lane.name)
        today = self.layout.today_x
        if today is not None and abs(pos.x() - today) <= 2.0 and 0 <= pos.y() <= \
                self.layout.bottom:
            return translate("timeline", "Aujourd'hui")
        atelier_id = self.block_at(pos)
        if atelier_id is not None:
            placed = self.blocks[atelier_id]
            return literal(self.tooltip(placed.block, placed.group))
        for band, _brush, title, _at in reversed(self.layout.phases):
            if band.contains(pos):
                return literal(title)
        return ""

    def request_move(self, atelier_id: str, day: dt.date) -> None:
        if self.move_requested is not None:
            self.move_requested(atelier_id, day)

    def request_move_by(self, atelier_id: str, days: int) -> None:
        """A block dragged ``days`` days sideways."""
        placed = self.blocks.get(atelier_id)
        if placed is not None and placed.block.date is not None:
            self.request_move(atelier_id, placed.block.date + dt.timedelta(days))

    # -- building ---------------------------------------------------------------------
    def build(self, timeline: Timeline, zoom: str) -> None:
        self.timeline = timeline
        self.geometry = Geometry(timeline.start, ZOOMS.get(zoom, ZOOMS["month"]))
        geo = self.geometry
        width = geo.x(timeline.end) + geo.per_day
        layout = Layout(right=width)
        self.blocks = {}
        self.placements = {}
        self.lane_order = []
        lane_tops: list[tuple[float, float]] = []
        y = HEADER
        today = timeline.today
        widths, text_height = self.block_widths, self.text_height
        ascent = self.block_metrics.ascent()
        for lane_index, lane in enumerate(timeline.lanes):
            rows = self._pack(lane.blocks)
            height = max(1, len(rows)) * ROW
            lane_tops.append((y, height))
            for row_index, row in enumerate(rows):
                for block, left, right in row:
                    rect = QRectF(left, y + row_index * ROW + 3, right - left, ROW - 6)
                    group = status_group(block, today)
                    label = ""
                    if rect.width() >= 40:
                        text = ("⚠ " if block.outside_phases else "") + block.title
                        label = widths.elided(text, rect.width() - 7)
                    placed = Placed(block, rect, group, block_style(group, block.outside_phases),
                                    label, QPointF(4.0, (rect.height() - text_height) / 2
                                                   + ascent), lane_index)
                    layout.placed.append(placed)
                    self.blocks.setdefault(block.id, placed)
                    self.placements[(block.id, lane_index)] = placed
            self.lane_order.append(
                [b.id for b in sorted(lane.blocks, key=lambda b: (b.date, b.title))])
            y += height + LANE_GAP
        bottom = max(y, HEADER + ROW)
        layout.bottom = bottom
        by_style: dict[BlockStyle, list[QRectF]] = {}
        for placed in layout.placed:
            by_style.setdefault(placed.style, []).append(placed.rect)
        layout.rects_by_style = list(by_style.items())
        layout.labelled = [placed for placed in layout.placed if placed.label]
        self._lay_phases(timeline, layout)
        self._lay_months(timeline, layout)
        self._lay_lanes(timeline, lane_tops, layout)
        if timeline.start <= today <= timeline.end:
            layout.today_x = geo.x(today)
        self.layout = layout
        if self.selected is not None and self.selected not in self.blocks:
            self.selected, self.selected_lane = None, -1  # undated now, or deleted
            self.blockSelected.emit(None)
        elif self.selected is not None and \
                (self.selected, self.selected_lane) not in self.placements:
            self.selected_lane = self.blocks[self.selected].lane
        scene_rect = QRectF(-LABEL_WIDTH, 0, width + LABEL_WIDTH + 20, bottom + 10)
        self.setSceneRect(scene_rect)
        backdrop = scene_rect
        for _band, _brush, title, at in layout.phases:
            backdrop = backdrop.united(QRectF(at.x(), at.y() - self.header_ascent,
                                              self.header_widths.width(title) + 2,
                                              self.header_metrics.height()))
        self.backdrop.set_bounds(backdrop)
        names_right = max((x + w for x, _n, w in layout.month_names), default=0.0)
        self.months_layer.set_bounds(QRectF(0, 0, names_right + 2,
                                            self.header_metrics.height() + 2))
        # Wide sideways: a dragged block may go past either end of the programme.
        self.blocks_layer.set_bounds(scene_rect.adjusted(-5000, -4, 5000, 4))
        self.lanes_layer.set_bounds(QRectF(-LABEL_WIDTH, 0, LABEL_WIDTH - 4, bottom))

    def _pack(self, blocks: tuple[Block, ...]) -> list[list[tuple[Block, float, float]]]:
        """Blocks of a lane in rows so that none overlaps another (greedy, by date)."""
        widths = self.block_widths
        rows: list[list[tuple[Block, float, float]]] = []
        ends: list[float] = []
        cap = min(150.0, self.geometry.per_day * 20)
        for block in sorted(blocks, key=lambda b: (b.date, b.title)):
            if block.date is None:
                continue
            left = self.geometry.x(block.date)
            # Measured only when the text could make the block narrower than the cap.
            wanted = cap if cap <= 12 else widths.width(block.title) + 12
            right = left + max(BLOCK_MIN, min(wanted, cap))
            for index, end in enumerate(ends):
                if left >= end + 2:
                    rows[index].append((block, left, right))
                    ends[index] = right
                    break
            else:
                rows.append([(block, left, right)])
                ends.append(right)
        return rows

    def _lay_phases(self, timeline: Timeline, layout: Layout) -> None:
        geo = self.geometry
        for index, phase in enumerate(timeline.phases):
            left, right = geo.x(phase.start), geo.x(phase.end) + geo.per_day
            brush = QBrush(QColor(PHASE_FILLS[index % len(PHASE_FILLS)]))
            layout.phases.append((QRectF(left, 0, right - left, layout.bottom), brush,
                                  phase.title, QPointF(left + 4, HEADER - 16 +
                                                       self.header_ascent)))

    def _lay_months(self, timeline: Timeline, layout: Layout) -> None:
        geo = self.geometry
        widths = self.header_widths
        for first in timeline.months():
            x = geo.x(first)
            layout.month_lines.append(QLineF(x, 0.0, x, layout.bottom))
            if geo.per_day >= 2.5 or first.month in (1, 4, 7, 10):
                name = f"{first.month:02d}/{first.year}"
                layout.month_names.append((x + 3, name, widths.width(name)))

    def _lay_lanes(self, timeline: Timeline, tops: list[tuple[float, float]],
                   layout: Layout) -> None:
        for lane, (top, height) in zip(timeline.lanes, tops, strict=True):
            y = top + height + LANE_GAP / 2
            layout.separators.append(QLineF(layout.left, y, layout.right, y))
            name = lane.name or translate("timeline", "Sans expédition") \
                if timeline.mode == "expedition" else lane.name or translate(
                    "timeline", "Sans collectivité")
            text_top = top + (min(height, ROW) - 14) / 2
            layout.lanes.append(LaneLabel(
                QRectF(-LABEL_WIDTH, top, LABEL_WIDTH - 4, height),
                self.header_widths.elided(name, LABEL_WIDTH - 12),
                QPointF(-LABEL_WIDTH + 6, text_top + self.header_ascent), name))

    # -- queries for the view, the layers and the tests ----------------------------------
    def _lane_label_at(self, pos: QPointF) -> LaneLabel | None:
        local = self.lanes_layer.mapFromScene(pos)
        for lane in self.layout.lanes:
            if lane.rect.contains(local):
                return lane
        return None

    def placed_at(self, pos: QPointF) -> Placed | None:
        """The block at this scene point (the lane names cover the blocks behind them)."""
        if self._lane_label_at(pos) is not None:
            return None
        for placed in reversed(self.layout.placed):
            if placed.rect.contains(pos):
                return placed
        return None

    def block_at(self, pos: QPointF) -> str | None:
        """The atelier whose block is at this scene point."""
        placed = self.placed_at(pos)
        return placed.block.id if placed is not None else None

    def placement(self, atelier_id: str, lane: int | None = None) -> Placed:
        """The atelier's block in ``lane``; in the selected lane or its first one if None."""
        if lane is None:
            lane = self.selected_lane if atelier_id == self.selected else -1
        return self.placements.get((atelier_id, lane)) or self.blocks[atelier_id]

    def block_rect(self, atelier_id: str, lane: int | None = None) -> QRectF:
        return QRectF(self.placement(atelier_id, lane).rect)

    def selected_placement(self) -> Placed | None:
        if self.selected is None:
            return None
        return self.placement(self.selected)

    def select(self, atelier_id: str | None, lane: int | None = None) -> None:
        """Select one atelier's block (None: none), repainting only the blocks concerned.

        ``lane`` picks among the atelier's blocks; None keeps the selected lane
        when the atelier has a block there, else takes its first lane.
        """
        if atelier_id is not None and atelier_id not in self.blocks:
            atelier_id = None
        new = self.placement(atelier_id, lane) if atelier_id is not None else None
        old = self.selected_placement()
        if new is old:
            return
        for placed in (old, new):
            if placed is not None:
                self.blocks_layer.update(placed.rect.adjusted(-4, -4, 4, 4))
        self.selected = atelier_id
        self.selected_lane = new.lane if new is not None else -1
        if old is None or new is None or old.block.id != new.block.id:
            self.blockSelected.emit(atelier_id)

    def selected_id(self) -> str | None:
        return self.selected

    def lane_of(self, atelier_id: str) -> int:
        """The lane of the atelier's selected block, else of its first block."""
        if atelier_id == self.selected and self.selected_lane >= 0:
            return self.selected_lane
        for index, order in enumerate(self.lane_order):
            if atelier_id in order:
                return index
        return -1

