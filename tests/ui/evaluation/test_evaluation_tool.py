"""Evaluation forms re-entered with the keyboard only, and the summary."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import QuestionKind
from lieuxcommuns_desktop.core.services import evaluation, records
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.evaluation.widget import EvaluationTool


def test_enter_two_forms_and_summary(qtbot, notebook) -> None:
    atelier = records.create(notebook, m.Atelier, title="A")
    for i, (text, kind) in enumerate([("Utile ?", QuestionKind.SCALE5),
                                      ("Bien animé ?", QuestionKind.SCALE5),
                                      ("Remarques", QuestionKind.OPEN)]):
        records.create(notebook, m.EvaluationQuestion, atelier_id=atelier.id, position=i,
                       text=text, kind=kind)
    doc = Document(notebook)
    tool = EvaluationTool(doc, atelier.id)
    qtbot.addWidget(tool)
    tool.show()
    qtbot.waitExposed(tool)
    tool.activateWindow()
    qtbot.waitUntil(tool.isActiveWindow)
    grid = tool.grid
    grid.setFocus()
    grid.setCurrentCell(0, 0)

    def type_form(a: str, b: str, remark: str) -> None:
        qtbot.keyClick(grid, a)
        qtbot.keyClick(grid, "x")  # ignored: a scale cell takes digits only
        qtbot.keyClick(grid, b)
        assert grid.currentColumn() == 2
        qtbot.keyClick(grid, remark[0])
        editor = QApplication.focusWidget()
        assert editor is not grid
        qtbot.keyClicks(editor, remark[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    type_form("4", "5", "Super")
    assert (grid.currentRow(), grid.currentColumn()) == (1, 0)
    type_form("2", "3", "Trop long")
    assert grid.rowCount() == 3  # two forms and the empty "nouveau" row
    assert [f.number for f in evaluation.forms(notebook, atelier.id)] == [1, 2]

    texts = tool.summary_texts()
    assert "2 formulaires saisis" in texts
    assert "Moyenne : 3,0 / 5 (2 réponses)" in texts
    assert "Moyenne : 4,0 / 5 (2 réponses)" in texts
    assert "• Super\n• Trop long" in texts
    s = evaluation.summary(notebook, atelier.id)
    assert s[0].distribution == {1: 0, 2: 1, 3: 0, 4: 1, 5: 0}

    # Fix a typo: back on form 1, first question, Delete then 5; undo both.
    grid.setCurrentCell(0, 0)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    qtbot.keyClick(grid, "5")
    assert evaluation.summary(notebook, atelier.id)[0].mean == 3.5
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert evaluation.summary(notebook, atelier.id)[0].mean == 3.0
    assert grid.item(0, 0).text() == "4"


def test_questions_editor(qtbot, notebook) -> None:
    atelier = records.create(notebook, m.Atelier, title="A")
    doc = Document(notebook)
    tool = EvaluationTool(doc, atelier.id)
    qtbot.addWidget(tool)
    assert tool.tabs.currentIndex() == 2 and tool.defaults_button.isVisibleTo(tool)
    tool.add_default_questions()
    assert len(evaluation.questions(notebook, atelier.id)) == 5
    doc.undo_stack.undo()  # one step for the whole set
    assert evaluation.questions(notebook, atelier.id) == []
    tool.question_text.setText("Ambiance")
    tool.add_question()
    tool.question_text.setText("Idées")
    tool.question_kind.setCurrentIndex(1)
    tool.add_question()
    assert [(q.text, q.kind) for q in evaluation.questions(notebook, atelier.id)] == [
        ("Ambiance", QuestionKind.SCALE5), ("Idées", QuestionKind.OPEN)]
    tool.question_list.setCurrentRow(1)
    tool.move_question(-1)
    assert [q.text for q in evaluation.questions(notebook, atelier.id)] == ["Idées", "Ambiance"]
    tool.question_list.setCurrentRow(1)
    tool.question_text.setText("Ambiance générale")
    tool.edit_question()
    tool.question_list.setCurrentRow(0)
    tool.delete_question()
    assert [q.text for q in evaluation.questions(notebook, atelier.id)] == ["Ambiance générale"]
    assert tool.grid.columnCount() == 1
