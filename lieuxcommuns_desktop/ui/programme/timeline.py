"""The timeline tab of the programme page: the view, its controls and its edits.

Moving an atelier (a drag, or Ctrl+←/→ by keyboard) is one undoable step
through ``programme.move_atelier``; the view then re-reads the timeline from
the change event like every other view of the window.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QPainter,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...core.services import programme, programme_views
from ...core.services.programme_views import COLLECTIVITE, EXPEDITION
from ..document import Document
from ..plain import literal
from ..roles import Role
from .edits import ProgrammeEditCommand
from .legend import StatusLegend
from .timeline_scene import (
    LABEL_WIDTH,
    ZOOM_LABELS,
    ZOOMS,
    TimelineScene,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent

translate = QCoreApplication.translate


class TimelineView(QGraphicsView):
    """Scrolls the timeline; lane names and month names stay in sight while scrolling."""

    atelierRequested = Signal(str)
    moveRequested = Signal(str, object)  # atelier id, new date

    def __init__(self, scene: TimelineScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        # A viewport made here: the one QGraphicsView makes in C++ is an object PySide6
        # has never seen, and to name its type the first viewport() call loads every
        # QtWidgets class with its enums, some 25 ms of the programme page's first show.
        self.setViewport(QWidget())
        self._timeline_scene = scene
        self.setObjectName("programmeTimelineView")
        self.setAccessibleName(translate("timeline", "Frise du programme"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.horizontalScrollBar().valueChanged.connect(self.pin_headers)
        self.verticalScrollBar().valueChanged.connect(self.pin_headers)
        scene.blockSelected.connect(self._describe_selection)

    def timeline_scene(self) -> TimelineScene:
        return self._timeline_scene

    def pin_headers(self, *_args: object) -> None:
        """Keep lane names at the left edge and month names at the top."""
        scene = self.timeline_scene()
        if not shiboken6.isValid(scene):  # the page is being torn down
            return
        corner = self.mapToScene(0, 0)
        dx = max(0.0, corner.x() - scene.sceneRect().left())
        for item in scene.label_items:
            item.setPos(dx, 0.0)
        dy = max(0.0, corner.y())
        for item in scene.header_items:
            item.setY(2.0 + dy)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.pin_headers()

    def scroll_to_today(self) -> None:
        scene = self.timeline_scene()
        if scene.timeline is None:
            return
        # Today a third of the way across: what comes next matters more than the past.
        x = scene.geometry.x(scene.timeline.today)
        width = self.viewport().width() / self.transform().m11()
        self.centerOn(QPointF(x + width / 6, self.mapToScene(self.viewport().rect().center()).y()))

    # -- keyboard ---------------------------------------------------------------------
    def select_block(self, atelier_id: str, lane: int | None = None) -> None:
        """Select the atelier's block in ``lane`` (see ``TimelineScene.select``), in sight."""
        scene = self.timeline_scene()
        if atelier_id not in scene.blocks:
            return
        scene.select(atelier_id, lane)
        rect = scene.block_rect(atelier_id)
        self.ensureVisible(rect, 40, 20)
        # The lane names stay pinned at the left: a block behind them is not in sight.
        hidden = LABEL_WIDTH + 20 - self.mapFromScene(rect.topLeft()).x()
        if hidden > 0:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - round(hidden))

    def _describe_selection(self, atelier_id: str | None) -> None:
        """Assistive technologies hear the selected atelier as the view's description."""
        scene = self.timeline_scene()
        placed = scene.blocks.get(atelier_id) if atelier_id else None
        self.setAccessibleDescription(
            scene.tooltip(placed.block, placed.group).replace("\n", " — ") if placed else "")

    def _step(self, lane_delta: int, index_delta: int) -> None:
        scene = self.timeline_scene()
        lanes = [order for order in scene.lane_order]
        if not any(lanes):
            return
        current = scene.selected_id()
        if current is None:
            index = next(i for i, order in enumerate(lanes) if order)
            self.select_block(lanes[index][0], index)
            return
        lane = scene.lane_of(current)
        position = lanes[lane].index(current)
        if lane_delta:
            target = lane + lane_delta
            while 0 <= target < len(lanes) and not lanes[target]:
                target += lane_delta
            if not 0 <= target < len(lanes):
                return
            day = scene.blocks[current].block.date
            # The block of the next lane closest in time to the current one.
            candidates = lanes[target]
            best = min(candidates, key=lambda i: abs((scene.blocks[i].block.date - day).days))
            self.select_block(best, target)
            return
        position = max(0, min(len(lanes[lane]) - 1, position + index_delta))
        self.select_block(lanes[lane][position], lane)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        scene = self.timeline_scene()
        current = scene.selected_id()
        if ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and current:
            days = 7 if mods & Qt.KeyboardModifier.ShiftModifier else 1
            day = scene.blocks[current].block.date
            if day is not None:
                sign = -1 if key == Qt.Key.Key_Left else 1
                self.moveRequested.emit(current, day + dt.timedelta(days=sign * days))
            return
        moves = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1),
                 Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
        if key in moves and not ctrl:
            self._step(*moves[key])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current:
            self.atelierRequested.emit(current)
            return
        super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.timeline_scene().tooltip_at(self.mapToScene(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        atelier_id = self.timeline_scene().block_at(self.mapToScene(event.position().toPoint()))
        if atelier_id is not None:
            self.atelierRequested.emit(atelier_id)
            return
        super().mouseDoubleClickEvent(event)


class TimelinePanel(QWidget):
    """Controls (lanes, zoom), the timeline, and the ateliers without a date."""

    atelierRequested = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.today = today
        self.scene = TimelineScene(self)
        self.scene.move_requested = self.move
        self.view = TimelineView(self.scene, self)
        self.view.atelierRequested.connect(self.atelierRequested)
        self.view.moveRequested.connect(self.move)

        self.lanes = QComboBox(self)
        self.lanes.setObjectName("timelineLanes")
        self.lanes.addItem(self.tr("Par expédition"), EXPEDITION)
        self.lanes.addItem(self.tr("Par collectivité"), COLLECTIVITE)
        self.lanes.setAccessibleName(self.tr("Lignes de la frise"))
        self.zoom = QComboBox(self)
        self.zoom.setObjectName("timelineZoom")
        for key in ZOOMS:
            self.zoom.addItem(translate("timeline", ZOOM_LABELS[key]), key)
        self.zoom.setAccessibleName(self.tr("Échelle"))
        self.zoom.setCurrentIndex(self.zoom.findData("quarter"))
        lanes_label = QLabel(self.tr("&Lignes :"), self)
        lanes_label.setBuddy(self.lanes)
        zoom_label = QLabel(self.tr("É&chelle :"), self)
        zoom_label.setBuddy(self.zoom)
        self.legend = StatusLegend(self)
        self.outside = QLabel(self)
        self.outside.setObjectName("timelineOutside")
        self.outside.setTextFormat(Qt.TextFormat.PlainText)
        palette = self.outside.palette()  # a palette, not a style sheet (see the page's heading)
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#a04000"))
        self.outside.setPalette(palette)
        controls = QHBoxLayout()
        controls.addWidget(lanes_label)
        controls.addWidget(self.lanes)
        controls.addWidget(zoom_label)
        controls.addWidget(self.zoom)
        controls.addStretch(1)
        controls.addWidget(self.legend)

        self.undated = QListWidget(self)
        self.undated.setObjectName("timelineUndated")
        self.undated.setAccessibleName(self.tr("Ateliers sans date"))
        self.undated.itemActivated.connect(
            lambda item: self.atelierRequested.emit(item.data(Role.ID)))
        # Below the timeline, not beside it: at 1024×768 the timeline needs the width.
        self.undated.setFlow(QListView.Flow.LeftToRight)
        self.undated.setWrapping(True)
        self.undated.setSpacing(4)
        self.undated.setMaximumHeight(64)
        undated_box = self.undated_box = QWidget(self)
        side = QHBoxLayout(undated_box)
        side.setContentsMargins(0, 0, 0, 0)
        self.undated_label = QLabel(self.tr("Sans date"), undated_box)
        self.undated_label.setBuddy(self.undated)
        side.addWidget(self.undated_label)
        side.addWidget(self.undated, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.outside)
        layout.addWidget(self.view, 1)
        layout.addWidget(undated_box)
        self.lanes.currentIndexChanged.connect(lambda _i: self.refresh(recentre=True))
        self.zoom.currentIndexChanged.connect(lambda _i: self.refresh(recentre=True))
        self.setFocusProxy(self.view)
        self._zoom_chosen = False
        self.zoom.activated.connect(self._user_zoom)
        self._built = False  # the first build waits for the view's width (showEvent)

    @property
    def built(self) -> bool:
        """Whether the first build, which waits for the view's width, has happened."""
        return self._built

    def _user_zoom(self, _index: int) -> None:
        self._zoom_chosen = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._built:
            # Built once, at the scale that fits the width the view now has.
            self._built = True
            self.refresh(recentre=True, fit=True)

    def fit_zoom(self, timeline: programme_views.Timeline | None = None) -> bool:
        """At first sight, the closest scale at which the whole programme fits the view.

        True when the scale changed. A scale the user chose is kept.
        """
        timeline = timeline or self.scene.timeline
        if self._zoom_chosen or timeline is None:
            return False
        days = (timeline.end - timeline.start).days + 1
        room = max(1, self.view.viewport().width() - 180)  # the lane names' column
        fitting = [key for key, per_day in ZOOMS.items() if days * per_day <= room]
        chosen = fitting[0] if fitting else "year"
        if chosen == self.zoom.currentData():
            return False
        self.zoom.blockSignals(True)
        self.zoom.setCurrentIndex(self.zoom.findData(chosen))
        self.zoom.blockSignals(False)
        return True

    def refresh(self, recentre: bool = False, *, fit: bool = False) -> None:
        if not self._built:
            return  # nothing shown yet: the first showEvent builds
        selected, selected_lane = self.scene.selected_id(), self.scene.selected_lane
        mode = self.lanes.currentData() or EXPEDITION
        data = programme_views.timeline(self.doc.notebook, mode, today=self.today)
        if fit:
            self.fit_zoom(data)
        self.scene.build(data, self.zoom.currentData() or "month")
        if selected:
            self.view.select_block(selected, selected_lane)
        self.undated.clear()
        for block in data.undated:
            item = QListWidgetItem(block.title)
            item.setData(Role.ID, block.id)
            item.setToolTip(literal(block.title))
            self.undated.addItem(item)
        self.undated_label.setText(self.tr("Sans date (%n)", "", len(data.undated)))
        # An empty list would take a sixth of the timeline's height for nothing.
        self.undated_box.setVisible(bool(data.undated))
        outside = data.outside_phases
        self.outside.setVisible(bool(outside))
        if outside:
            self.outside.setText(self.tr(
                "%n atelier(s) daté(s) hors de toutes les phases (bordure orange)", "",
                len(outside)))
        if recentre:
            QTimer.singleShot(0, self.view.scroll_to_today)
        self.view.pin_headers()

    def move(self, atelier_id: str, day: dt.date) -> None:
        nb = self.doc.notebook
        self.doc.run(ProgrammeEditCommand(
            self.doc, self.tr("Déplacer l'atelier au {date}").format(date=day.strftime("%d/%m/%Y")),
            lambda: programme.move_atelier(nb, atelier_id, day)))
        # A refused move (read-only notebook) leaves the block where it was dragged.
        self.refresh()
        self.view.select_block(atelier_id)
