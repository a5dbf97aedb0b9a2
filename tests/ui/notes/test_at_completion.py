"""Choosing an ``@`` owner by keyboard: Enter on the open suggestions picks one.

``> Réserver la salle @Sop``, ↓ to "Sophie Leroy", Enter used to save the note
at once with "Sop" as owner, and a ``#15/12`` typed next became a second note.
Keys go where the user's keys go: to the completer's popup while it is open.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import NoteKind
from lieuxcommuns_desktop.core.services import notes, records
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.notes.widget import NotesTool


@pytest.fixture
def setup(qtbot, notebook):
    atelier = records.create(notebook, m.Atelier, title="Atelier friche")
    people = {}
    for first, last in (("Sophie", "Leroy"), ("Sophie", "Martin"), ("Paul", "Durand")):
        p = records.create(notebook, m.Participant, first_name=first, last_name=last)
        records.create(notebook, m.Attendance, atelier_id=atelier.id, participant_id=p.id)
        people[f"{first} {last}"] = p.id
    tool = NotesTool(Document(notebook), atelier.id)
    qtbot.addWidget(tool)
    tool.show()
    qtbot.waitExposed(tool)
    tool.activateWindow()
    qtbot.waitUntil(tool.isActiveWindow, timeout=5000)
    tool.capture.entry.setFocus()
    return tool, atelier.id, people


def _open_suggestions(qtbot, tool, text: str):
    entry = tool.capture.entry
    qtbot.keyClicks(entry, text)
    popup = tool.capture.at_completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    return popup


def test_down_then_enter_picks_the_owner_and_the_next_enter_sends(qtbot, setup,
                                                                   notebook) -> None:
    tool, atelier_id, people = setup
    entry = tool.capture.entry
    popup = _open_suggestions(qtbot, tool, "> Reserver la salle @Sop")
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert shown == ["Sophie Leroy", "Sophie Martin"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # the second: "Sophie Martin"
    qtbot.keyClick(popup, Qt.Key.Key_Up)  # back to "Sophie Leroy"
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert notes.notes_of(notebook, atelier_id) == []  # chosen, not sent
    assert not popup.isVisible()
    assert entry.text() == "> Reserver la salle @Sophie Leroy "
    qtbot.keyClicks(entry, "#15/12")
    assert not popup.isVisible()
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    [note] = notes.notes_of(notebook, atelier_id)  # one note, not two
    assert (note.kind, note.text) == (NoteKind.ACTION, "Reserver la salle")
    assert note.owner_participant_id == people["Sophie Leroy"]
    assert (note.due_date.day, note.due_date.month) == (15, 12)
    assert entry.text() == ""


def test_enter_without_moving_takes_the_first_suggestion(qtbot, setup, notebook) -> None:
    tool, atelier_id, people = setup
    entry = tool.capture.entry
    popup = _open_suggestions(qtbot, tool, "> Appeler @dur")
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert notes.notes_of(notebook, atelier_id) == []
    assert entry.text() == "> Appeler @Paul Durand "
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    [note] = notes.notes_of(notebook, atelier_id)
    assert note.owner_participant_id == people["Paul Durand"]


def test_escape_closes_the_suggestions_and_keeps_the_text(qtbot, setup, notebook) -> None:
    tool, atelier_id, _people = setup
    entry = tool.capture.entry
    popup = _open_suggestions(qtbot, tool, "> Appeler @Sop")
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert entry.text() == "> Appeler @Sop"
    qtbot.keyClick(entry, Qt.Key.Key_Return)  # now Enter sends, with the owner as typed
    [note] = notes.notes_of(notebook, atelier_id)
    assert (note.text, note.owner_text, note.owner_participant_id) == ("Appeler", "Sop", None)


def test_escape_on_the_suggestions_in_live_mode_does_not_ask_to_leave(qtbot, notebook) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from lieuxcommuns_desktop.ui.live.window import LiveWindow

    atelier = records.create(notebook, m.Atelier, title="Atelier friche")
    p = records.create(notebook, m.Participant, first_name="Sophie", last_name="Leroy")
    records.create(notebook, m.Attendance, atelier_id=atelier.id, participant_id=p.id)
    window = LiveWindow(Document(notebook), atelier.id)
    qtbot.addWidget(window)
    window.timer.stop()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    asked: list[str] = []

    def refuse() -> None:  # a confirmation would block: note it and stay
        box = QApplication.activeModalWidget()
        if box is not None:
            asked.append(box.objectName())
            box.reject()

    timer = QTimer(window)
    timer.timeout.connect(refuse)
    timer.start(50)
    popup = _open_suggestions(qtbot, window, "> Appeler @Sop")
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.wait(200)
    assert not popup.isVisible()
    assert asked == []  # Esc closed the suggestions only
    assert window.isVisible()
    qtbot.keyClick(window.capture.entry, Qt.Key.Key_Escape)  # now Esc asks
    qtbot.waitUntil(lambda: asked == ["live_leave_confirm"], timeout=5000)
    timer.stop()
