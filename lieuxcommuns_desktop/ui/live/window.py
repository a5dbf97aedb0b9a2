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
timer and its buttons off-screen. The widgets are built by
:class:`~.window_views.LiveWindowViews`; this module holds the behaviour.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from ...core.enums import Tool
from ...core.model import Sequence
from ...core.services import live, records
from ...core.tables import Table
from ..document import Document
from ..notes.labels import breakable, short_title
from ..plain import literal
from ..registry import ATELIER_TOOLS
from ..roles import Role
from ..screen_fit import available_rect, fit_to_screen
from .projector import ProjectorWindow
from .timer import COLOURS, LiveTimer, format_remaining, phase
from .window_views import LiveWindowViews, scaled_font

if TYPE_CHECKING:
    from ...core.services.notebook import ChangeSet

log = logging.getLogger(__name__)

# The current séquence's title is shown whole up to this length (it wraps).
LONG_TITLE = 160

#: ``Sequence.tool`` -> the registry key of the tool the main window opens.
TOOL_KEYS: dict[Tool, str] = {
    Tool.CARTE: "map", Tool.ROLES: "roles", Tool.DECISIONS: "decisions",
    Tool.COMMUNS: "commons", Tool.NOTES: "notes", Tool.EVALUATION: "evaluation",
}


def _hm(value: dt.datetime | dt.time | None) -> str:
    return value.strftime("%H:%M") if value else "–"


class LiveWindow(LiveWindowViews, QMainWindow):
    #: (atelier_id, registry tool key): the main window should show that tool.
    toolRequested = Signal(str, str)

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
        #: When the projected plan was last read, and what it showed (re-read every few seconds).
        self._plan_at: dt.datetime | None = None
        self._plan_key: list[tuple[object, ...]] | None = None
        self._build()
        self._shortcuts()
        self.timer.ticked.connect(self._on_tick)
        self.timer.stateChanged.connect(self._on_state_changed)
        self.timer.stepEnded.connect(self._on_step_ended)
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

    def _on_changed(self, changes: ChangeSet) -> None:
        tables = changes.tables
        if Table.SEQUENCE in tables:
            self._load_sequences()
        if Table.SEQUENCE in tables or self.atelier_id in changes.ids(Table.ATELIER):
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
                self.progress_label.setText(self.tr("%n séquence(s)", "", count))
            else:
                self.step_title.setText(self.tr("Prêt à commencer"))
                self.progress_label.setText(self.tr("%n séquence(s)", "", count))
            first = steps[0] if steps and not state.finished else None
            self.instructions.setText(self.tr("Appuyez sur F5 pour démarrer la première séquence.")
                                      if first else "")
            self.method.setText("")
            self.materials.setText("")
            self.tool_button.setVisible(False)
            self.next_label.setText(
                self.tr("D'abord : {title}").format(title=breakable(short_title(first.title)))
                if first else "")
            self.next_label.setVisible(first is not None)
        else:
            self.progress_label.setText(self.tr("Séquence {number} / {steps}").format(
                number=index + 1, steps=count))
            self.step_title.setText(breakable(short_title(seq.title, LONG_TITLE)))
            self.step_title.setToolTip(literal(seq.title))
            self.method.setText(seq.method)
            self.method.setVisible(bool(seq.method))
            self.instructions.setText(seq.instructions or seq.participant_instructions)
            self.materials.setText(self.tr("Matériel : {materials}").format(materials=seq.materials)
                                   if seq.materials else "")
            self.materials.setVisible(bool(seq.materials))
            key = TOOL_KEYS.get(seq.tool)
            self.tool_button.setVisible(key is not None)
            if key:
                entry = next(e for e in ATELIER_TOOLS if e.key == key)
                self.tool_button.setText(self.tr("Ouvrir : {tool}").format(tool=entry.label))
            following = steps[index + 1] if index + 1 < count else None
            if following is not None:
                self.next_label.setText(self.tr("Ensuite : {title} ({minutes} min)").format(
                    title=breakable(short_title(following.title)),
                    minutes=following.live_seconds // 60))
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
                self.tr("sur {duration} — fin prévue {end}").format(
                    duration=format_remaining(reading.total), end=_hm(live.to_local(end)))
                + paused)
            if reading.overrun:
                self.overrun_label.setText(self.tr("Dépassement de {duration} : décalez la fin "
                                                   "ou resserrez les séquences suivantes.")
                                           .format(duration=text.lstrip("+")))
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
        last = self._plan_at
        if not force and last is not None and abs((now - last).total_seconds()) < 5:
            return
        self._plan_at = now
        rows = live.projected(self.doc.notebook, self.atelier_id, now, self.timer.state)
        key = [(r.sequence_id, r.status, _hm(r.start), _hm(r.end), r.live_minutes) for r in rows]
        if self._plan_key == key:
            return
        self._plan_key = key
        self.plan.clear()
        bold = scaled_font(self, self.font().pointSizeF(), True)
        for r in rows:
            planned = f"{_hm(r.planned_start)}–{_hm(r.planned_end)} ({r.planned_minutes}′)"
            when = f"{_hm(r.start)}–{_hm(r.end)}" if r.start else ""
            if r.start and r.live_minutes != r.planned_minutes:
                when += f" ({r.live_minutes}′)"
            actual = (f"{_hm(r.actual_start)}–{_hm(r.actual_end) if r.actual_end else '…'}"
                      if r.actual_start else "")
            item = QTreeWidgetItem(self.plan, [r.title, planned, when, actual])
            item.setToolTip(0, literal(r.title))
            item.setData(0, Role.ID, r.sequence_id)
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
            self.toolRequested.emit(self.atelier_id, key)

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

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()
            self.projector = None
        super().closeEvent(event)
