"""Live mode with a fake clock: timer colours, overrun, re-planning, projector, resume."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import NoteKind, Tool
from lieuxcommuns_desktop.core.services import live, notes, records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.live.timer import COLOURS, format_remaining, phase
from lieuxcommuns_desktop.ui.live.window import LiveWindow

ROOT = Path(__file__).resolve().parents[3]
T0 = dt.datetime(2026, 3, 12, 9, 0)


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


class FakeClock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now

    def at(self, minutes: float) -> None:
        self.now = T0 + dt.timedelta(minutes=minutes)


def make_atelier(nb: Notebook) -> tuple[str, list[str]]:
    atelier = records.create(nb, m.Atelier, title="Atelier rivière", start_time=dt.time(9, 0),
                             date=dt.date(2026, 3, 12))
    specs = [
        ("Accueil", 10, "SECRET consigne accueil", "Bienvenue ! Installez-vous.", Tool.AUCUN),
        ("Carte des acteurs", 30, "SECRET placer les acteurs", "", Tool.CARTE),
        ("Suite", 20, "SECRET conclure", "Qui fait quoi ?", Tool.NOTES),
    ]
    ids = [records.create(nb, m.Sequence, atelier_id=atelier.id, position=i, title=t,
                          minutes=n, instructions=ins, participant_instructions=pi, tool=tool,
                          materials="Post-it, feutres").id
           for i, (t, n, ins, pi, tool) in enumerate(specs)]
    return atelier.id, ids


def open_window(qtbot, nb: Notebook, atelier_id: str, clock: FakeClock) -> LiveWindow:
    doc = Document(nb)
    window = LiveWindow(doc, atelier_id, clock=clock)
    qtbot.addWidget(window)
    window.timer.stop()  # ticks are driven by the test
    window.show()
    qtbot.waitExposed(window)
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window


def test_timer_helpers() -> None:
    assert format_remaining(600) == "10:00"
    assert format_remaining(0.2) == "00:01"
    assert format_remaining(-75) == "+01:15"
    assert format_remaining(3725) == "1:02:05"
    assert phase(500, 600) == "normal"
    assert phase(120, 600) == "warning"
    assert phase(30, 600) == "critical"
    assert phase(-1, 600) == "critical"


def test_run_three_steps_overrun_and_replan(qtbot, notebook, monkeypatch) -> None:
    clock = FakeClock()
    aid, ids = make_atelier(notebook)
    w = open_window(qtbot, notebook, aid, clock)
    assert w.step_title.text() == "Prêt à commencer"
    qtbot.keyClick(w.capture.entry, Qt.Key.Key_F5)
    assert w.step_title.text() == "Accueil"
    assert w.clock_label.text() == "10:00"
    assert w.instructions.text() == "SECRET consigne accueil"
    assert "Carte des acteurs" in w.next_label.text()

    clock.at(8.5)
    w.timer.tick()
    assert w.clock_label.text() == "01:30"
    assert w.clock_label.property("phase") == "warning"
    assert COLOURS["warning"] in w.clock_label.styleSheet()
    clock.at(9.8)
    w.timer.tick()
    assert w.clock_label.property("phase") == "critical"

    beeps = []
    monkeypatch.setattr("lieuxcommuns_desktop.ui.live.window.QApplication.beep",
                        lambda: beeps.append(1))
    w.sound.setChecked(True)
    clock.at(10.05)
    w.timer.tick()
    w.timer.tick()
    assert beeps == [1]  # once, when the countdown crosses zero
    clock.at(10)
    qtbot.keyClick(w.capture.entry, Qt.Key.Key_PageDown)
    assert w.step_title.text() == "Carte des acteurs"
    assert w.progress_label.text() == "Séquence 2 / 3"
    opened = []
    w.toolRequested.connect(lambda a, k: opened.append((a, k)))
    assert w.tool_button.isVisible()
    w.tool_button.click()
    assert opened == [(aid, "map")]

    clock.at(45)  # 30-min séquence, 5 min of overrun
    w.timer.tick()
    assert w.clock_label.text() == "+05:00"
    assert w.clock_label.property("phase") == "critical"
    assert "Dépassement" in w.overrun_label.text()

    w.minimum.setValue(5)
    w.shrink_button.click()  # planned end 10:00: Suite gets 15 min
    assert w.plan_rows()[2][2] == "09:45–10:00 (15′)"
    assert w.plan_rows()[2][1] == "09:40–10:00 (20′)"  # the prepared plan, unchanged
    w.doc.undo_stack.undo()
    assert w.plan_rows()[2][2] == "09:45–10:05"
    w.shift_button.click()
    assert w.plan_rows()[2][2] == "09:45–10:05"
    state = live.load(notebook, aid)
    assert [r["mode"] for r in state.replans] == ["shift"]

    qtbot.keyClick(w.capture.entry, Qt.Key.Key_F6)  # +1 min on "Carte"
    assert live.steps(notebook, aid)[1].live_seconds == 31 * 60
    clock.at(46)
    qtbot.keyClick(w.capture.entry, Qt.Key.Key_PageDown)
    carte = records.get(notebook, m.Sequence, ids[1])
    assert (carte.actual_start, carte.actual_end) == (clock.now - dt.timedelta(minutes=36),
                                                      clock.now)
    assert w.plan_rows()[1][3] == "09:10–09:46"
    assert w.plan_rows()[0][3] == "09:00–09:10"
    assert w.plan_rows()[2][3] == "09:46–…"
    qtbot.keyClick(w.capture.entry, Qt.Key.Key_F5)  # pause
    assert w.start_button.text() == "Reprendre"
    clock.at(70)
    qtbot.keyClick(w.capture.entry, Qt.Key.Key_PageDown)
    assert w.step_title.text() == "Atelier terminé"
    assert records.get(notebook, m.Sequence, ids[2]).actual_end == clock.now


def test_projector_shows_only_participant_text(qtbot, notebook) -> None:
    clock = FakeClock()
    aid, ids = make_atelier(notebook)
    notes.capture(notebook, aid, "SECRET note de l'animatrice", sequence_id=ids[0])
    w = open_window(qtbot, notebook, aid, clock)
    w.timer.start()
    projector = w.open_projector(full_screen=False)
    qtbot.addWidget(projector)
    texts = projector.texts()
    assert "Accueil" in texts and "Bienvenue ! Installez-vous." in texts
    assert "10:00" in texts
    clock.at(10)
    w.timer.next()  # "Carte" has no participant text: the title only
    texts = projector.texts()
    assert "Carte des acteurs" in texts
    assert not any("SECRET" in t for t in texts), texts
    assert not projector.text.isVisible()
    w.capture.entry.setText("SECRET dite pendant la carte")
    w.capture.submit()
    clock.at(41)
    w.timer.tick()
    texts = projector.texts()
    assert "+01:00" in texts
    assert not any("SECRET" in t for t in texts)
    assert projector.timer.property("phase") == "critical"


def test_note_capture_kinds_markers_and_actions(qtbot, notebook) -> None:
    clock = FakeClock()
    aid, ids = make_atelier(notebook)
    marie = records.create(notebook, m.Participant, first_name="Marie", last_name="Dupont")
    records.create(notebook, m.Attendance, atelier_id=aid, participant_id=marie.id)
    w = open_window(qtbot, notebook, aid, clock)
    w.timer.start()
    entry = w.capture.entry

    def type_note(text: str, shortcut: str | None = None) -> None:
        clock.now += dt.timedelta(seconds=20)
        if shortcut:
            qtbot.keyClick(entry, shortcut, Qt.KeyboardModifier.ControlModifier)
        if text.isascii():
            qtbot.keyClicks(entry, text)
        else:  # QTest types ASCII only
            entry.insert(text)
        qtbot.keyClick(entry, Qt.Key.Key_Return)

    type_note("Simple note")
    assert entry.text() == ""
    type_note("Une idée", "2")
    type_note("Une question", "3")
    type_note("Une décision", "4")
    type_note("Une vigilance", "6")
    type_note("! Décision par marqueur")
    type_note("? Question par marqueur")
    type_note("* Idée par marqueur")
    type_note("/!\\ Vigilance par marqueur")
    clock.now += dt.timedelta(seconds=20)
    qtbot.keyClick(entry, "5", Qt.KeyboardModifier.ControlModifier)
    assert w.capture.action_row.isVisible()
    entry.insert("Réserver la salle")
    qtbot.keyClicks(w.capture.owner, "Marie Dupont")
    qtbot.keyClicks(w.capture.due, "15/12/2026")
    qtbot.keyClick(w.capture.due, Qt.Key.Key_Return)
    clock.now += dt.timedelta(seconds=20)
    qtbot.keyClicks(entry, "> Envoyer le CR @Mar")
    assert w.capture.at_completer.currentCompletion() == "Marie Dupont"
    # The owner completer's insertion, without a popup.
    w.capture._insert_owner("Marie Dupont")  # noqa: SLF001
    qtbot.keyClicks(entry, "#2026-12-20")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert entry.text() == "" and entry.hasFocus()

    got = notes.notes_of(notebook, aid)
    assert [(n.kind, n.text) for n in got] == [
        (NoteKind.NOTE, "Simple note"), (NoteKind.IDEE, "Une idée"),
        (NoteKind.QUESTION, "Une question"), (NoteKind.DECISION, "Une décision"),
        (NoteKind.VIGILANCE, "Une vigilance"), (NoteKind.DECISION, "Décision par marqueur"),
        (NoteKind.QUESTION, "Question par marqueur"), (NoteKind.IDEE, "Idée par marqueur"),
        (NoteKind.VIGILANCE, "Vigilance par marqueur"), (NoteKind.ACTION, "Réserver la salle"),
        (NoteKind.ACTION, "Envoyer le CR"),
    ]
    assert all(n.sequence_id == ids[0] for n in got)
    assert [n.created_at for n in got] == [T0 + dt.timedelta(seconds=20 * i)
                                          for i in range(1, 12)]
    for action, due in zip(got[-2:], (dt.date(2026, 12, 15), dt.date(2026, 12, 20)),
                           strict=True):
        assert action.owner_participant_id == marie.id and action.due_date == due

    # The feed: grouped by séquence, newest last; delete and undo.
    group = w.feed.topLevelItem(0)
    assert group.text(0).startswith("Accueil") and group.childCount() == 11
    assert group.child(10).text(2) == "Envoyer le CR" and group.child(10).text(3) == \
        "Marie Dupont"
    w.feed.select_note(got[0].id)
    w.feed.setFocus()
    qtbot.keyClick(w.feed, Qt.Key.Key_Delete)
    assert len(notes.notes_of(notebook, aid)) == 10
    entry.setFocus()
    qtbot.keyClick(entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(notes.notes_of(notebook, aid)) == 11
    w.doc.undo_stack.undo()  # the last captured note itself
    assert len(notes.notes_of(notebook, aid)) == 10


KILLED_SCRIPT = """
import datetime as dt, sys, time
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.services import live, notes
nb = Notebook.open(sys.argv[1])
aid = sys.argv[2]
t0 = dt.datetime(2026, 3, 12, 9, 0)
live.start(nb, aid, t0)
live.next_step(nb, aid, t0 + dt.timedelta(minutes=10))
state = live.load(nb, aid)
notes.capture(nb, aid, "! On ouvre le jardin le dimanche", sequence_id=state.sequence_id,
              now=t0 + dt.timedelta(minutes=12))
print("ready", flush=True)
time.sleep(120)
"""


def test_kill_and_resume(qtbot, notebook_path) -> None:
    nb = Notebook.create(notebook_path)
    aid, _ids = make_atelier(nb)
    nb.close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", KILLED_SCRIPT, str(notebook_path), aid],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    nb = Notebook.open(notebook_path)
    try:
        clock = FakeClock()
        clock.at(30)  # the workshop went on while the laptop restarted
        w = open_window(qtbot, nb, aid, clock)
        assert w.step_title.text() == "Carte des acteurs"
        assert w.clock_label.text() == "10:00"  # 30-min séquence started at 10
        assert w.start_button.text() == "Pause"
        assert [i.text(2) for i in
                [w.feed.topLevelItem(1).child(0)]] == ["On ouvre le jardin le dimanche"]
        w.close()
    finally:
        nb.close()


def test_attendance_tab_loads_lazily(qtbot, notebook) -> None:
    clock = FakeClock()
    aid, _ids = make_atelier(notebook)
    w = open_window(qtbot, notebook, aid, clock)
    assert w.attendance_page.layout().count() == 0
    w.tabs.setCurrentIndex(1)
    widget = w.attendance_page.layout().itemAt(0).widget()
    assert widget is not None
    assert w.load_attendance() is widget


# -- a small screen, F5 twice, leaving, the projector's button ---------------------------

@pytest.mark.parametrize("width,height", [(1024, 768), (1366, 768)])
def test_fits_a_small_screen_with_every_control_usable(qtbot, notebook, width, height) -> None:
    from PySide6.QtCore import QRect, QSize

    from lieuxcommuns_desktop.ui.screen_fit import fit_to_screen
    from tests.ui.window.fitcheck import problems

    clock = FakeClock()
    aid, _ids = make_atelier(notebook)
    w = open_window(qtbot, notebook, aid, clock)
    w.timer.start()
    clock.at(48)  # the longest text the timer shows: an overrun
    w.timer.tick()
    assert w.clock_label.text() == "+38:00"
    screen = QRect(0, 0, width, height)
    fit_to_screen(w, screen, QSize(1280, 800))
    assert w.width() <= width and w.height() <= height
    controls = [w.clock_label, w.start_button, w.next_button, w.prev_button, w.plus1, w.plus5,
                w.project_button, w.leave_button, w.capture.entry, w.shift_button,
                w.shrink_button, w.undo_button]
    assert problems(w, screen, controls) == []


def test_leave_asks_first_then_closes(qtbot, notebook) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    clock = FakeClock()
    aid, _ids = make_atelier(notebook)
    w = open_window(qtbot, notebook, aid, clock)
    w.timer.start()
    answers = iter([Qt.Key.Key_Escape, Qt.Key.Key_Return])  # stay, then leave
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        asked.append(box.objectName())
        qtbot.keyClick(box, next(answers))

    QTimer.singleShot(0, answer)
    qtbot.keyClick(w.capture.entry, Qt.Key.Key_Escape)
    assert asked == ["live_leave_confirm"] and w.isVisible()
    assert w.focusWidget() is w.capture.entry  # back to typing notes
    QTimer.singleShot(0, answer)
    w.leave_button.click()
    assert asked == ["live_leave_confirm"] * 2
    assert not w.isVisible()
    assert records.get(notebook, m.Atelier, aid).live_state  # resumes where it was


def test_projector_button_follows_escape_on_the_wall(qtbot, notebook) -> None:
    clock = FakeClock()
    aid, _ids = make_atelier(notebook)
    w = open_window(qtbot, notebook, aid, clock)
    qtbot.keyClick(w.capture.entry, Qt.Key.Key_F9)
    projector = w.projector
    qtbot.addWidget(projector)
    qtbot.waitExposed(projector)
    assert w.project_button.text() == "Fermer la projection"
    projector.activateWindow()  # the facilitator clicked on the wall's window
    qtbot.waitUntil(projector.isActiveWindow, timeout=5000)
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()
    assert w.project_button.text() == "Projeter"
    w.project_button.click()  # opens it again, it does not "close" a closed projection
    assert projector.isVisible()
    assert w.project_button.text() == "Fermer la projection"
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    qtbot.keyClick(w.capture.entry, Qt.Key.Key_F9)
    assert not projector.isVisible()
    assert w.project_button.text() == "Projeter"


def test_ctrl_tab_takes_the_keyboard_into_attendance_and_back(qtbot, notebook) -> None:
    from PySide6.QtWidgets import QApplication

    clock = FakeClock()
    aid, _ids = make_atelier(notebook)
    w = open_window(qtbot, notebook, aid, clock)
    qtbot.keyClick(w.capture.entry, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    attendance = w.load_attendance()
    assert attendance.isVisible()  # shown at once, not at the next event loop
    assert QApplication.focusWidget() is attendance.view
    qtbot.keyClick(attendance.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is attendance.filter_edit
    qtbot.keyClick(attendance.filter_edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.currentWidget() is w.votes  # the dot votes, then back to the notes
    focused = QApplication.focusWidget()
    assert focused is w.votes or w.votes.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.currentIndex() == 0
    assert QApplication.focusWidget() is w.capture.entry


@pytest.mark.parametrize(("language", "one", "two"), [
    ("fr", "1 séquence", "2 séquences"), ("en", "1 step", "2 steps")])
def test_step_count_before_the_start_agrees_with_it(qtbot, notebook, request, language, one,
                                                    two) -> None:
    if language == "en":
        request.getfixturevalue("english")
    atelier = records.create(notebook, m.Atelier, title="Atelier court",
                             start_time=dt.time(9, 0), date=dt.date(2026, 3, 12))
    for count, expected in ((1, one), (2, two)):
        records.create(notebook, m.Sequence, atelier_id=atelier.id, position=count,
                       title=f"Étape {count}", minutes=10)
        window = open_window(qtbot, notebook, atelier.id, FakeClock())
        assert window.progress_label.text() == expected
        window.close()
