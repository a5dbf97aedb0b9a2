"""Editing a note (Notes tab › Modifier…): OK, Annuler, Esc and closing all end the dialog.

The dialog once had an attribute named ``done`` that hid ``QDialog.done()``:
every way out raised a TypeError and the dialog never closed. These tests go
through the real buttons and keys, with the dialog run by ``exec()`` as the
feed runs it, and the log must then hold a traceback, not a single line.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.services import notes, records
from lieuxcommuns_desktop.ui import errors
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.notes.feed import NoteDialog
from lieuxcommuns_desktop.ui.notes.widget import NotesTool


@pytest.fixture
def tool(qtbot, notebook):
    atelier = records.create(notebook, m.Atelier, title="Atelier friche")
    seq = records.create(notebook, m.Sequence, atelier_id=atelier.id, position=0,
                         title="Accueil")
    note = notes.capture(notebook, atelier.id, "> Réserver la salle", sequence_id=seq.id,
                         now=dt.datetime(2026, 3, 1, 9, 0))
    doc = Document(notebook)
    widget = NotesTool(doc, atelier.id)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.select_note(note.id)
    widget.feed.setFocus()
    return widget, note.id


def _in_dialog(qtbot, act) -> list[str]:
    """Run ``act(dialog)`` once the modal note dialog is up; returns what happened."""
    seen: list[str] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NoteDialog):
            QTimer.singleShot(20, step)
            return
        seen.append("open")

        def watchdog() -> None:  # a dialog that cannot close must fail, not hang
            if dialog.isVisible():
                seen.append("stuck")
                dialog.hide()

        guard = QTimer(dialog)  # dies with the dialog
        guard.setSingleShot(True)
        guard.timeout.connect(watchdog)
        guard.start(3000)
        act(dialog)

    QTimer.singleShot(0, step)
    return seen


def _edit(qtbot, widget) -> None:
    """Enter on the selected note opens the dialog, as the user does it."""
    qtbot.keyClick(widget.feed, Qt.Key.Key_Return)


def test_ok_saves_the_edit_and_closes(qtbot, tool, notebook) -> None:
    widget, note_id = tool

    def act(dialog: NoteDialog) -> None:
        dialog.text.setText("Réserver la grande salle")
        dialog.done_box.setChecked(True)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    seen = _in_dialog(qtbot, act)
    _edit(qtbot, widget)  # returns when the dialog has closed
    assert seen == ["open"]
    assert QApplication.activeModalWidget() is None
    note = records.get(notebook, m.Note, note_id)
    assert (note.text, note.done) == ("Réserver la grande salle", True)


def test_enter_in_the_text_accepts(qtbot, tool, notebook) -> None:
    widget, note_id = tool

    def act(dialog: NoteDialog) -> None:
        dialog.text.setFocus()
        dialog.text.setText("Réserver la salle du haut")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)

    seen = _in_dialog(qtbot, act)
    _edit(qtbot, widget)
    assert seen == ["open"]
    assert records.get(notebook, m.Note, note_id).text == "Réserver la salle du haut"


@pytest.mark.parametrize("how", ["cancel", "escape", "close"])
def test_cancel_escape_and_close_leave_the_note(qtbot, tool, notebook, how) -> None:
    widget, note_id = tool
    results: list[int] = []

    def act(dialog: NoteDialog) -> None:
        dialog.finished.connect(results.append)
        dialog.text.setText("Jamais enregistré")
        if how == "cancel":
            cancel = dialog.findChild(QDialogButtonBox).button(
                QDialogButtonBox.StandardButton.Cancel)
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        elif how == "escape":
            qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
        else:
            dialog.close()

    seen = _in_dialog(qtbot, act)
    _edit(qtbot, widget)
    assert seen == ["open"]
    assert results == [int(QDialog.DialogCode.Rejected)]
    assert records.get(notebook, m.Note, note_id).text == "Réserver la salle"


@pytest.mark.qt_no_exception_capture
def test_an_error_raised_inside_qt_is_logged_with_where(qtbot, monkeypatch) -> None:
    """Qt reports a broken Python override with no traceback: the log must say where.

    PySide 6.12 hands ``sys.excepthook`` the exception of a broken override
    (``QDialog::done`` here) with ``tb=None`` and may then crash or hang, so the
    call is made as PySide makes it, from the event loop, rather than by
    breaking a real dialog inside the test run.
    """
    path = errors.setup_logging(logging.INFO)
    monkeypatch.setattr(errors, "_interactive", False)
    monkeypatch.setattr(sys, "__excepthook__", lambda *a: None)  # keep stderr quiet
    dialog = QDialog()
    dialog.setObjectName("shadowed_dialog")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    error = TypeError("'PySide6.QtWidgets.QCheckBox' object is not callable")
    QTimer.singleShot(0, lambda: errors.handle_exception(TypeError, error, None))
    qtbot.waitUntil(lambda: path.exists() and "not callable" in path.read_text("utf-8"))
    text = path.read_text(encoding="utf-8")
    assert "Python stack when reported" in text
    assert "in test_an_error_raised_inside_qt_is_logged_with_where" in text
    assert "in waitUntil" in text  # where the event loop ran
    assert "'shadowed_dialog'" in text  # which window it was


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_with_its_traceback(qtbot, monkeypatch) -> None:
    path = errors.setup_logging(logging.INFO)
    monkeypatch.setattr(errors, "_interactive", False)
    monkeypatch.setattr(sys, "excepthook", errors.handle_exception)
    monkeypatch.setattr(sys, "__excepthook__", lambda *a: None)

    def failing_slot() -> None:
        raise ValueError("boom in a slot")

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(buttons)
    buttons.accepted.connect(failing_slot)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    for handler in logging.getLogger("lieuxcommuns_desktop").handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert 'in failing_slot\n    raise ValueError("boom in a slot")' in text
