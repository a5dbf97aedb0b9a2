"""Columns at 1024×768, in English: the text people read gets the room, nothing is cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.demo import build_demo
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.ui.agenda.editor import AgendaEditor
from lieuxcommuns_desktop.ui.agenda.model import COL_TITLE
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.matrices.decisions import DecisionMatrixTool
from lieuxcommuns_desktop.ui.notes.actions import COL_TEXT, ActionsPage
from tests.test_translations import english  # noqa: F401 - the fixture

#: A tool's width in the main window on a 1024×768 screen (navigation at the left).
TOOL_W, TOOL_H = 790, 600


@pytest.fixture
def demo(tmp_path):
    nb = Notebook.open(build_demo(tmp_path / "demo.lieux"))
    yield Document(nb)
    nb.close()


def _show(qtbot, widget) -> None:
    qtbot.addWidget(widget)
    widget.resize(TOOL_W, TOOL_H)
    widget.show()
    qtbot.waitExposed(widget)


def _atelier(doc: Document) -> str:
    """The oldest atelier with decisions (the demo also has light ateliers without any)."""
    with_decisions = {d.atelier_id for d in records.all_of(doc.notebook, m.Decision)}
    dated = [a for a in records.all_of(doc.notebook, m.Atelier, m.Atelier.date)
             if a.id in with_decisions and a.date is not None]
    return dated[0].id


def test_agenda_step_titles_are_readable_in_english(qtbot, demo, english) -> None:  # noqa: F811
    editor = AgendaEditor(demo, _atelier(demo))
    _show(qtbot, editor)
    table = editor.table
    assert editor.model.headerData(COL_TITLE, Qt.Orientation.Horizontal) == "Step"
    width = table.columnWidth(COL_TITLE)
    assert width >= 0.28 * table.viewport().width()
    assert width == max(table.columnWidth(c) for c in range(editor.model.columnCount()))
    metrics = QFontMetrics(table.font())
    # the first words of each step title show, not "Ac…"
    for row in range(editor.model.rowCount()):
        title = editor.model.index(row, COL_TITLE).data()
        assert metrics.horizontalAdvance(title[:12]) < width - 8
    total = sum(table.columnWidth(c) for c in range(editor.model.columnCount()))
    assert total <= table.viewport().width() + 2  # no horizontal scrolling


def test_actions_give_the_widest_column_to_the_text(qtbot, demo) -> None:
    page = ActionsPage(demo)
    _show(qtbot, page)
    table = page.table
    assert table.rowCount() > 0
    widths = [table.columnWidth(c) for c in range(table.columnCount())]
    assert widths[COL_TEXT] == max(widths)
    assert widths[COL_TEXT] >= 0.38 * table.viewport().width()


def test_decision_tool_fits_1024_and_its_warnings_wrap(qtbot, demo, english) -> None:  # noqa: F811
    tool = DecisionMatrixTool(demo, _atelier(demo))
    _show(qtbot, tool)
    assert tool.minimumSizeHint().width() <= TOOL_W  # the button bar wraps
    assert tool.width() == TOOL_W
    for button in tool.bar.buttons.values():
        assert tool.rect().contains(button.geometry().translated(tool.bar.pos()))
    issues = tool.page("aujourdhui").page.issues
    assert issues.count() > 0
    width = issues.viewport().width()
    for row in range(issues.count()):
        item = issues.item(row)
        needed = issues.wrapped_height(item.text(), width - 2 * issues.spacing() - 12)
        assert issues.visualItemRect(item).height() >= needed  # whole text, no "…"
    assert issues.textElideMode() == Qt.TextElideMode.ElideNone
    model, view = tool.current()
    assert view.verticalHeader().width() <= 0.34 * view.width() + 1  # row labels leave room
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    for key in (Qt.Key.Key_4, Qt.Key.Key_Down, Qt.Key.Key_5):  # typing in the first column
        QTest.keyClick(view, key)
    assert view.columnViewportPosition(0) == 0 and view.horizontalScrollBar().value() == 0
    assert view.verticalHeader().isVisible()
    assert tool.minimumSizeHint().width() <= TOOL_W  # new warnings did not widen the tool
