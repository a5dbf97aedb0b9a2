"""A multi-line box commits once, when it loses focus: one undo step, not one per key.

The atelier sheet's objective and the programme sheet's description share
``ui.focus_commit.CommitOnFocusOut``; both are checked through the real forms.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from lieuxcommuns_desktop.core.model import Atelier, Programme
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.editors.atelier import AtelierForm
from lieuxcommuns_desktop.ui.editors.programme import ProgrammeEditor
from tests.core.programme_sample import Sample


def leave(box: QPlainTextEdit) -> None:
    QApplication.sendEvent(box, QFocusEvent(QEvent.Type.FocusOut))


def test_atelier_objective_commits_on_focus_out_as_one_undo_step(qtbot, s: Sample) -> None:
    doc = Document(s.nb)
    form = AtelierForm(doc, s["u1"])
    qtbot.addWidget(form)
    form.objective.clear()
    steps = doc.undo_stack.count()
    qtbot.keyClicks(form.objective, "Cartographier")
    assert doc.undo_stack.count() == steps  # nothing written while typing
    leave(form.objective)
    assert records.get(s.nb, Atelier, s["u1"]).objective == "Cartographier"
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert records.get(s.nb, Atelier, s["u1"]).objective == "Objectif de u1"


def test_programme_description_commits_on_focus_out_as_one_undo_step(qtbot, s: Sample) -> None:
    doc = Document(s.nb)
    editor = ProgrammeEditor(doc)
    qtbot.addWidget(editor)
    editor.description.clear()
    steps = doc.undo_stack.count()
    qtbot.keyClicks(editor.description, "Un parcours")
    assert doc.undo_stack.count() == steps
    leave(editor.description)
    assert records.all_of(s.nb, Programme)[0].description == "Un parcours"
    assert doc.undo_stack.count() == steps + 1
