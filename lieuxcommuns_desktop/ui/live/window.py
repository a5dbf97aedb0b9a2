"""Live mode (*mode animation*): the facilitator's window during the workshop.

The current séquence in large type (title, method, instructions, materials,
the tool to open), the next one previewed, the big countdown with its
actions, re-planning when a séquence overruns, the projector view, the note
entry that keeps the focus and the feed of this atelier's notes, and the
attendance list (the attendance tool, loaded when its tab is first shown).

Keyboard: F5 start/pause/resume, F6 +1 min, F7 +5 min, Page Down next,
Page Up previous, F9 projector, Esc leave (after a confirmation); Ctrl+1…6
note kinds, Enter saves a note.

The window opens sized to the screen it is on, never bigger (a 1024×768
laptop or projector): its parts shrink, wrap or scroll rather than push the
timer and its buttons off-screen.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import Tool
from ...core.model import Atelier, Sequence
from ...core.services import live, records
from ..document import Document
from ..experiments.from_note import NoteToExperiment
from ..notes.capture import NoteCapture
from ..notes.feed import NotesFeed
from ..notes.labels import breakable, short_title
from ..plain import isolate, literal, plain
from ..registry import ATELIER_TOOLS
from ..screen_fit import available_rect, fit_to_screen
from .projector import ProjectorWindow
from .timer import COLOURS, LiveTimer, format_remaining, phase

log = logging.getLogger(__name__)

# The current séquence's title is shown whole up to this length (it wraps).
LONG_TITLE = 160

#: ``Sequence.tool`` -> the registry key of the tool the main window opens.
TOOL_KEYS: dict[Tool, str] = {
    Tool.CARTE: "map", Tool.ROLES: "roles", Tool.DECISIONS: "decisions",
    Tool.COMMUNS: "commons", Tool.NOTES: "notes", Tool.EVALUATION: "evaluation",
}


def _font(widget: QWidget, points: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _hm(value: dt.datetime | dt.time | None) -> str:
    return value.strftime("%H:%M") if value else "–"


class LiveWindow(QMainWindow):
    #: (atelier_id, registry tool key): the main window should show that tool.
    open_tool = Signal(str, str)

    def __init__(self, doc: Document, atelier_id: str, parent: QWidget | None = None,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.atelier_id = atelier_id
        self.setObjectName("live_window")
        self.setAccessibleName(self.tr("Mode animation"))
        self.timer = LiveTimer(doc, atelier_id, clock, self)
        self.projector: ProjectorWindow | None = None
        self._sequences: dict[str, Sequence] = {}
        self._attendance_loaded = False
        self._build()
        self._shortcuts()
        self.timer.ticked.connect(self._on_tick)
        self.timer.state_changed.connect(self._on_state_changed)
        self.timer.step_ended.connect(self._on_step_ended)
        doc.changed.connect(self._on_changed)
        self._load_sequences()
        self._show_step()
        self._refresh_plan(force=True)
        self.timer.tick()
        self.capture.setFocus()
        # The whole usable screen: the room reads the timer from afar; never bigger.
        area = available_rect(self)
        fit_to_screen(self, area, area.size())
        self.move(area.topLeft())

    # -- building -----------------------------------------------------------------
    def _undo_tip(self, text: str) -> None:
        """A bound method, not a lambda: Qt drops it when the window is deleted."""
        self.undo_button.setToolTip(literal(text))

    def _button(self, text: str, name: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(tip)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the note entry keeps the focus
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        atelier = records.get(self.doc.notebook, Atelier, self.atelier_id)
        self.setWindowTitle(self.tr("Mode animation — %1").replace("%1", isolate(atelier.title)))

        # Left: the séquence, then notes and attendance.
        self.atelier_label = plain(QLabel(atelier.title, self))
        self.atelier_label.setObjectName("live_atelier")
        self.progress_label = plain(QLabel(self))
        self.progress_label.setObjectName("live_progress_label")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("live_progress")
        self.progress.setAccessibleName(self.tr("Avancement du déroulé"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.step_title = plain(QLabel(self))
        self.step_title.setObjectName("live_step_title")
        self.step_title.setFont(_font(self, 24, True))
        self.step_title.setWordWrap(True)
        self.method = plain(QLabel(self))
        self.method.setObjectName("live_method")
        self.method.setStyleSheet("color: #555; font-style: italic;")
        self.instructions = plain(QLabel(self))
        self.instructions.setObjectName("live_instructions")
        self.instructions.setFont(_font(self, 17))
        self.instructions.setWordWrap(True)
        self.instructions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.instructions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.instructions)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.materials = plain(QLabel(self))
        self.materials.setObjectName("live_materials")
        self.materials.setWordWrap(True)
        self.tool_button = self._button("", "live_open_tool", self.tr("Ouvrir l'outil"),
                                        self._open_tool)
        self.tool_button.setStyleSheet("font-weight: bold; padding: 6px 12px;")
        self.next_label = plain(QLabel(self))
        self.next_label.setObjectName("live_next")
        self.next_label.setWordWrap(True)
        self.next_label.setStyleSheet("color: #37474f; background: #eceff1; padding: 6px;"
                                      " border-radius: 4px;")

        self.capture = NoteCapture(self.doc, self.atelier_id, self._current_sequence_id,
                                   self.timer.now, self)
        self.feed = NotesFeed(self.doc, self.atelier_id, self)
        self.to_experiment = NoteToExperiment(self.doc, self.feed, window_wide=True)
        self.capture.captured.connect(self.feed.select_note)
        notes_page = QWidget(self)
        notes_layout = QVBoxLayout(notes_page)
        notes_layout.setContentsMargins(4, 4, 4, 4)
        notes_layout.addWidget(self.capture)
        notes_layout.addWidget(self.feed, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("live_tabs")
        self.tabs.setAccessibleName(self.tr("Notes et émargement"))
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Room above the text: the Fusion style clips the accent of "Émargement".
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 6px 14px 5px 14px; }")
        self.tabs.addTab(notes_page, self.tr("Notes"))
        self.attendance_page = QWidget(self)
        QVBoxLayout(self.attendance_page)
        self.tabs.addTab(self.attendance_page, self.tr("Émargement"))
        from ..votes.panel import VotePanel

        self.votes = VotePanel(self.doc, self.atelier_id, self._current_sequence_id, self)
        self.votes.project.connect(self.project_vote)
        self.tabs.addTab(self.votes, self.tr("Votes"))
        self.tabs.currentChanged.connect(self._on_tab)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.atelier_label)
        header = QHBoxLayout()
        header.addWidget(self.progress, 1)
        header.addWidget(self.progress_label)
        left_layout.addLayout(header)
        left_layout.addWidget(self.step_title)
        left_layout.addWidget(self.method)
        left_layout.addWidget(scroll, 3)
        left_layout.addWidget(self.materials)
        row = QHBoxLayout()
        row.addWidget(self.tool_button)
        row.addStretch(1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.next_label)
        left_layout.addWidget(self.tabs, 4)

        # Right: the timer, re-planning, the plan, the projector.
        self.clock_label = plain(QLabel(self))
        self.clock_label.setObjectName("live_timer")
        self.clock_label.setAccessibleName(self.tr("Temps restant"))
        self.clock_label.setFont(_font(self, 64, True))
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock_caption = plain(QLabel(self))
        self.clock_caption.setObjectName("live_timer_caption")
        self.clock_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = self._button(self.tr("Démarrer"), "live_start",
                                         self.tr("Démarrer / pause / reprendre (F5)"),
                                         self.timer.toggle)
        self.plus1 = self._button(self.tr("+1 min"), "live_plus1",
                                  self.tr("Prolonger d'une minute (F6)"),
                                  lambda: self.timer.extend(1))
        self.plus5 = self._button(self.tr("+5 min"), "live_plus5",
                                  self.tr("Prolonger de cinq minutes (F7)"),
                                  lambda: self.timer.extend(5))
        self.prev_button = self._button(self.tr("◀ Précédente"), "live_previous",
                                        self.tr("Séquence précédente (Page précédente)"),
                                        self.timer.previous)
        self.next_button = self._button(self.tr("Suivante ▶"), "live_next_step",
                                        self.tr("Séquence suivante (Page suivante)"),
                                        self.timer.next)
        # Two rows: the right pane stays usable at a third of a 1024-pixel screen.
        buttons = QGridLayout()
        buttons.addWidget(self.prev_button, 0, 0)
        buttons.addWidget(self.start_button, 0, 1)
        buttons.addWidget(self.next_button, 0, 2)
        buttons.addWidget(self.plus1, 1, 0)
        buttons.addWidget(self.plus5, 1, 1)

        self.replan_box = QGroupBox(self.tr("Replanifier"), self)
        self.replan_box.setObjectName("live_replan")
        self.overrun_label = plain(QLabel(self.replan_box))
        self.overrun_label.setObjectName("live_overrun")
        self.overrun_label.setWordWrap(True)
        self.minimum = QSpinBox(self.replan_box)
        self.minimum.setObjectName("live_minimum")
        self.minimum.setAccessibleName(self.tr("Durée minimale par séquence"))
        self.minimum.setRange(1, 60)
        self.minimum.setSuffix(self.tr(" min"))
        self.minimum.setValue(self.timer.state.minimum)
        self.shift_button = self._button(self.tr("Décaler la fin"), "live_shift",
                                         self.tr("Garder les durées, finir plus tard"),
                                         lambda: self.timer.replan(live.SHIFT,
                                                                   self.minimum.value()))
        self.shrink_button = self._button(
            self.tr("Resserrer les séquences restantes"), "live_shrink",
            self.tr("Raccourcir les séquences suivantes pour finir à l'heure"),
            lambda: self.timer.replan(live.SHRINK, self.minimum.value()))
        replan_layout = QVBoxLayout(self.replan_box)
        replan_layout.addWidget(self.overrun_label)
        min_row = QHBoxLayout()
        min_row.addWidget(QLabel(self.tr("Minimum par séquence :"), self.replan_box))
        min_row.addWidget(self.minimum)
        min_row.addStretch(1)
        replan_layout.addLayout(min_row)
        replan_layout.addWidget(self.shift_button)
        replan_layout.addWidget(self.shrink_button)

        self.plan = QTreeWidget(self)
        self.plan.setObjectName("live_plan")
        self.plan.setAccessibleName(self.tr("Déroulé replanifié"))
        self.plan.setRootIsDecorated(False)
        self.plan.setHeaderLabels([self.tr("Séquence"), self.tr("Prévu"), self.tr("Horaire"),
                                   self.tr("Réel")])
        self.plan.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.plan.header().setStretchLastSection(False)
        for col in (1, 2, 3):
            self.plan.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.plan.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.screens = QComboBox(self)
        self.screens.setObjectName("live_screens")
        self.screens.setAccessibleName(self.tr("Écran du projecteur"))
        self.screens.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            self.screens.addItem(f"{screen.name()} ({size.width()}×{size.height()})")
        if self.screens.count() > 1:
            self.screens.setCurrentIndex(1)
        self.project_button = self._button(self.tr("Projeter"), "live_project",
                                           self.tr("Afficher la vue des participants (F9)"),
                                           self.toggle_projector)
        self.leave_button = self._button(self.tr("Quitter l'animation"), "live_leave",
                                         self.tr("Quitter le mode animation (Échap)"),
                                         self.leave)
        self.sound = QCheckBox(self.tr("Son en fin de séquence"), self)
        self.sound.setObjectName("live_sound")
        self.sound.setAccessibleName(self.tr("Son en fin de séquence"))
        self.sound.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button = self._button(self.tr("Annuler"), "live_undo",
                                        self.tr("Annuler la dernière modification"),
                                        self.doc.undo_stack.undo)
        self.redo_button = self._button(self.tr("Rétablir"), "live_redo",
                                        self.tr("Rétablir la modification annulée"),
                                        self.doc.undo_stack.redo)
        self.undo_button.setEnabled(self.doc.undo_stack.canUndo())
        self.redo_button.setEnabled(self.doc.undo_stack.canRedo())
        self.doc.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.doc.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.doc.undo_stack.undoTextChanged.connect(self._undo_tip)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.clock_label)
        right_layout.addWidget(self.clock_caption)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.replan_box)
        right_layout.addWidget(self.plan, 1)
        proj = QHBoxLayout()
        proj.addWidget(self.screens, 1)
        proj.addWidget(self.project_button)
        right_layout.addLayout(proj)
        right_layout.addWidget(self.sound)
        extras = QHBoxLayout()
        extras.addWidget(self.undo_button)
        extras.addWidget(self.redo_button)
        extras.addStretch(1)
        extras.addWidget(self.leave_button)
        right_layout.addLayout(extras)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([580, 420])  # room for the plan's titles on a small screen
        self.setCentralWidget(splitter)

    def _shortcuts(self) -> None:
        for key, slot in (
            ("F5", self.timer.toggle), ("F6", lambda: self.timer.extend(1)),
            ("F7", lambda: self.timer.extend(5)), ("PgDown", self.timer.next),
            ("PgUp", self.timer.previous), ("F9", self.toggle_projector),
            ("Esc", self._on_escape),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)

    # -- data -------------------------------------------------------------------------
    def _load_sequences(self) -> None:
        self._sequences = {s.id: s for s in records.all_of(
            self.doc.notebook, Sequence, Sequence.position, atelier_id=self.atelier_id)}

    def _on_changed(self, changes: object) -> None:
        tables = changes.tables  # type: ignore[attr-defined]
        if "sequence" in tables:
            self._load_sequences()
        if "sequence" in tables or self.atelier_id in changes.ids("atelier"):  # type: ignore[attr-defined]
            self.timer.reload()

    def _current_sequence_id(self) -> str | None:
        return self.timer.state.sequence_id

    def current_sequence(self) -> Sequence | None:
        sid = self.timer.state.sequence_id
        return self._sequences.get(sid) if sid else None

    # -- showing --------------------------------------------------------------------------
    def _show_step(self) -> None:
        state = self.timer.state
        steps = self.timer.steps
        seq = self.current_sequence()
        index = next((i for i, s in enumerate(steps) if s.id == state.sequence_id), -1)
        count = len(steps)
        self.progress.setRange(0, max(1, count))
        self.progress.setValue(count if state.finished else index + 1)
        if seq is None:
            if state.finished:
                self.step_title.setText(self.tr("Atelier terminé"))
                self.progress_label.setText(self.tr("%1 séquences").replace("%1", str(count)))
            else:
                self.step_title.setText(self.tr("Prêt à commencer"))
                self.progress_label.setText(self.tr("%1 séquences").replace("%1", str(count)))
            first = steps[0] if steps and not state.finished else None
            self.instructions.setText(self.tr("Appuyez sur F5 pour démarrer la première séquence.")
                                      if first else "")
            self.method.setText("")
            self.materials.setText("")
            self.tool_button.setVisible(False)
            self.next_label.setText(
                self.tr("D'abord : %1").replace("%1", breakable(short_title(first.title)))
                if first else "")
            self.next_label.setVisible(first is not None)
        else:
            self.progress_label.setText(self.tr("Séquence %1 / %2").replace("%1", str(index + 1))
                                        .replace("%2", str(count)))
            self.step_title.setText(breakable(short_title(seq.title, LONG_TITLE)))
            self.step_title.setToolTip(literal(seq.title))
            self.method.setText(seq.method)
            self.method.setVisible(bool(seq.method))
            self.instructions.setText(seq.instructions or seq.participant_instructions)
            self.materials.setText(self.tr("Matériel : %1").replace("%1", seq.materials)
                                   if seq.materials else "")
            self.materials.setVisible(bool(seq.materials))
            key = TOOL_KEYS.get(seq.tool)
            self.tool_button.setVisible(key is not None)
            if key:
                entry = next(e for e in ATELIER_TOOLS if e.key == key)
                self.tool_button.setText(self.tr("Ouvrir : %1").replace("%1", entry.label))
            following = steps[index + 1] if index + 1 < count else None
            if following is not None:
                self.next_label.setText(self.tr("Ensuite : %1 (%2 min)")
                                        .replace("%1", breakable(short_title(following.title)))
                                        .replace("%2", str(following.live_seconds // 60)))
            else:
                self.next_label.setText(self.tr("C'est la dernière séquence."))
            self.next_label.setVisible(True)
        self.start_button.setText(self.tr("Pause") if state.running else (
            self.tr("Reprendre") if seq is not None else self.tr("Démarrer")))
        self.prev_button.setEnabled(index > 0 or state.finished)
        self.next_button.setEnabled(count > 0 and not state.finished)
        if self.minimum.value() != state.minimum:
            self.minimum.setValue(state.minimum)
        self._update_projector_step()

    def _on_state_changed(self, _state: object) -> None:
        self._show_step()
        self._refresh_plan(force=True)

    def _participant_text(self, seq: Sequence | None) -> str:
        # Never the facilitator's instructions: their own text or nothing.
        return seq.participant_instructions.strip() if seq is not None else ""

    def _update_projector_step(self) -> None:
        if self.projector is None:
            return
        seq = self.current_sequence()
        state = self.timer.state
        if seq is None:
            title = self.tr("Fin de l'atelier") if state.finished else self.atelier_label.text()
            self.projector.show_step(title, "", "")
        else:
            self.projector.show_step(breakable(short_title(seq.title, LONG_TITLE)),
                                     self._participant_text(seq),
                                     self.progress_label.text())

    def _on_tick(self, reading: live.Reading) -> None:
        if reading.sequence_id is None:
            self.clock_label.setText("--:--")
            colour = COLOURS["normal"]
            self.clock_caption.setText("")
            self.overrun_label.setText("")
        else:
            text = format_remaining(reading.remaining)
            current = phase(reading.remaining, reading.total)
            colour = COLOURS[current]
            self.clock_label.setText(text)
            end = self.timer.now() + dt.timedelta(seconds=max(0.0, reading.remaining))
            paused = "" if reading.running else self.tr(" — en pause")
            self.clock_caption.setText(
                self.tr("sur %1 — fin prévue %2").replace("%1", format_remaining(reading.total))
                .replace("%2", _hm(live.to_local(end))) + paused)
            if reading.overrun:
                self.overrun_label.setText(self.tr("Dépassement de %1 : décalez la fin ou "
                                                   "resserrez les séquences suivantes.")
                                           .replace("%1", text.lstrip("+")))
                self.overrun_label.setVisible(True)
                self.replan_box.setStyleSheet("QGroupBox { border: 2px solid #c62828; "
                                              "margin-top: 1.2em; padding-top: 4px; }"
                                              "QGroupBox::title { subcontrol-origin: margin; "
                                              "left: 8px; color: #c62828; }")
            else:
                self.overrun_label.setText("")
                self.overrun_label.setVisible(False)
                self.replan_box.setStyleSheet("")
        self.clock_label.setStyleSheet(f"color: {colour};")
        self.clock_label.setProperty("phase", phase(reading.remaining, reading.total)
                                     if reading.sequence_id else "normal")
        has_rest = reading.sequence_id is not None and reading.index + 1 < reading.count
        self.shift_button.setEnabled(reading.sequence_id is not None)
        self.shrink_button.setEnabled(has_rest)
        self._refresh_plan()
        if self.projector is not None:
            self.projector.show_timer(self.clock_label.text(),
                                      self.clock_label.property("phase"))

    def _refresh_plan(self, force: bool = False) -> None:
        """Re-read the projected plan after an action, else every few seconds."""
        now = self.timer.now()
        last = getattr(self, "_plan_at", None)
        if not force and last is not None and abs((now - last).total_seconds()) < 5:
            return
        self._plan_at = now
        rows = live.projected(self.doc.notebook, self.atelier_id, now, self.timer.state)
        key = [(r.sequence_id, r.status, _hm(r.start), _hm(r.end), r.live_minutes) for r in rows]
        if getattr(self, "_plan_key", None) == key:
            return
        self._plan_key = key
        self.plan.clear()
        bold = _font(self, self.font().pointSizeF(), True)
        for r in rows:
            planned = f"{_hm(r.planned_start)}–{_hm(r.planned_end)} ({r.planned_minutes}′)"
            when = f"{_hm(r.start)}–{_hm(r.end)}" if r.start else ""
            if r.start and r.live_minutes != r.planned_minutes:
                when += f" ({r.live_minutes}′)"
            actual = (f"{_hm(r.actual_start)}–{_hm(r.actual_end) if r.actual_end else '…'}"
                      if r.actual_start else "")
            item = QTreeWidgetItem(self.plan, [r.title, planned, when, actual])
            item.setToolTip(0, literal(r.title))
            item.setData(0, Qt.ItemDataRole.UserRole, r.sequence_id)
            if r.status == "current":
                for col in range(4):
                    item.setFont(col, bold)
            elif r.status == "done":
                for col in range(4):
                    item.setForeground(col, Qt.GlobalColor.gray)

    def plan_rows(self) -> list[list[str]]:
        """The plan as shown (for tests and screenshots)."""
        return [[self.plan.topLevelItem(i).text(c) for c in range(4)]
                for i in range(self.plan.topLevelItemCount())]

    def _on_step_ended(self) -> None:
        if self.sound.isChecked():
            QApplication.beep()

    # -- tools, attendance, projector --------------------------------------------------
    def _open_tool(self) -> None:
        seq = self.current_sequence()
        key = TOOL_KEYS.get(seq.tool) if seq else None
        if key:
            self.open_tool.emit(self.atelier_id, key)

    def _on_tab(self, index: int) -> None:
        """Ctrl+Tab: the keyboard follows into the tab shown (its list, or the note entry)."""
        if self.tabs.widget(index) is self.attendance_page:
            widget = self.load_attendance()
            if widget is not None:
                target = widget.focusProxy() or next(iter(
                    widget.findChildren(QAbstractItemView)), None) or widget
                target.setFocus()
        elif self.tabs.widget(index) is self.votes:
            self.votes.setFocus()
        else:
            self.capture.setFocus()

    def load_attendance(self) -> QWidget | None:
        """Embed the attendance tool on first use (absent until that package lands)."""
        layout = self.attendance_page.layout()
        if self._attendance_loaded:
            item = layout.itemAt(0)
            return item.widget() if item else None
        self._attendance_loaded = True
        entry = next(e for e in ATELIER_TOOLS if e.key == "attendance")
        try:
            cls = entry.load()
        except Exception:  # a broken tool must not take live mode down
            log.exception("attendance tool failed to load")
            cls = None
        widget: QWidget
        if cls is None:
            widget = QLabel(self.tr("L'émargement n'est pas disponible dans cette version."),
                            self.attendance_page)
            widget.setObjectName("live_attendance_missing")
        else:
            widget = cls(self.doc, self.atelier_id, self.attendance_page)
        layout.addWidget(widget)
        widget.show()  # now, not at the next event loop: its Ctrl+F and Tab work at once
        return widget

    def project_vote(self, question: str, ranked: object) -> None:
        """The round's bar chart on the projector (F9 or the next séquence goes back)."""
        visible = self.projector is not None and self.projector.isVisible()
        projector = self.projector if visible else self.open_projector()
        projector.show_vote(question, ranked)

    def toggle_projector(self) -> None:
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()  # its ``closed`` signal resets the button
            return
        self.open_projector(full_screen=True)

    def _on_projector_closed(self) -> None:
        """However the projection ended (Esc on the wall, F9, the button)."""
        self.project_button.setText(self.tr("Projeter"))

    def open_projector(self, screen_index: int | None = None,
                       full_screen: bool = True) -> ProjectorWindow:
        if self.projector is None:
            self.projector = ProjectorWindow()
            self.projector.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self.projector.closed.connect(self._on_projector_closed)
        screens = QGuiApplication.screens()
        index = self.screens.currentIndex() if screen_index is None else screen_index
        screen = screens[index] if 0 <= index < len(screens) else None
        self._update_projector_step()
        self.timer.tick()
        self.projector.show_on(screen, full_screen)
        self.project_button.setText(self.tr("Fermer la projection"))
        return self.projector

    def _on_escape(self) -> None:
        """Esc closes an open list of suggestions first; only then it offers to leave."""
        popup = QApplication.activePopupWidget()
        suggestions = self.capture.at_completer.popup()
        if popup is not None or suggestions.isVisible():
            (popup or suggestions).hide()
            return
        self.leave()

    def leave(self) -> bool:
        """Leave live mode after a confirmation; True when the window closed.

        The timer's state is in the notebook: reopening live mode resumes it.
        """
        box = self.leave_box()
        box.exec()
        left = box.clickedButton() is box.findChild(QAbstractButton, "live_leave_yes")
        box.deleteLater()
        if left:
            self.close()
        else:
            self.capture.setFocus()
        return left

    def leave_box(self) -> QMessageBox:
        """The confirmation: Enter leaves, Esc stays."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Quitter le mode animation"),
                          self.tr("Quitter le mode animation ?\n\nLes notes sont "
                                  "enregistrées ; le minuteur reprendra où il en est si "
                                  "vous relancez le mode animation."),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("live_leave_confirm")
        quit_button = box.addButton(self.tr("&Quitter l'animation"),
                                    QMessageBox.ButtonRole.AcceptRole)
        quit_button.setObjectName("live_leave_yes")
        stay = box.addButton(self.tr("&Continuer"), QMessageBox.ButtonRole.RejectRole)
        stay.setObjectName("live_leave_no")
        box.setDefaultButton(quit_button)
        box.setEscapeButton(stay)
        return box

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.timer.stop()
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()
            self.projector = None
        super().closeEvent(event)
