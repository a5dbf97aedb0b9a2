"""Arrow-key nudges of one selection merge into one undo step; undo goes back to the start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from lieuxcommuns_desktop.core.services import maps
from lieuxcommuns_desktop.ui.canvas.tool import MapTool
from lieuxcommuns_desktop.ui.document import Document
from tests.ui.canvas import sample
from tests.ui.canvas.shown import shown_map_tool


@pytest.fixture
def tool(qtbot, notebook):
    atelier_id, _map_id, _ids = sample.build(notebook)
    return shown_map_tool(qtbot, Document(notebook), atelier_id, (1000, 700))


def _stored(tool: MapTool, placement_id: str) -> tuple[float, float]:
    card = maps.map_content(tool.doc.notebook, tool.scene.map_id).cards[placement_id]
    return card.x, card.y


def _card(tool: MapTool, name_start: str):
    return next(c for c in tool.scene.cards.values() if c.row.name.startswith(name_start))


def test_a_burst_of_nudges_is_one_undo_step(tool: MapTool) -> None:
    cards = [_card(tool, "Régie"), _card(tool, "Fondation")]
    for card in cards:
        card.setSelected(True)
    start = {c.placement_id: _stored(tool, c.placement_id) for c in cards}
    stack = tool.doc.undo_stack
    count = stack.count()
    tool.view.setFocus()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Right):
        QTest.keyClick(tool.view, key)
    QTest.keyClick(tool.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    end = {c.placement_id: _stored(tool, c.placement_id) for c in cards}
    for pid, (x, y) in start.items():
        assert end[pid] == pytest.approx((x + 30, y + 60))
    assert stack.count() == count + 1  # five key presses, one step

    stack.undo()
    assert {pid: _stored(tool, pid) for pid in start} == start
    for card in cards:  # the scene follows the notebook
        assert (card.pos().x(), card.pos().y()) == pytest.approx(start[card.placement_id])
    stack.redo()
    assert {pid: _stored(tool, pid) for pid in start} == end


def test_nudges_of_another_selection_are_another_step(tool: MapTool) -> None:
    first, second = _card(tool, "Régie"), _card(tool, "Fondation")
    stack = tool.doc.undo_stack
    count = stack.count()
    first.setSelected(True)
    tool.view.setFocus()
    QTest.keyClick(tool.view, Qt.Key.Key_Left)
    QTest.keyClick(tool.view, Qt.Key.Key_Left)
    moved = _stored(tool, first.placement_id)
    first.setSelected(False)
    second.setSelected(True)
    second_start = _stored(tool, second.placement_id)
    QTest.keyClick(tool.view, Qt.Key.Key_Up)
    assert stack.count() == count + 2
    stack.undo()  # only the other card's nudge
    assert _stored(tool, second.placement_id) == second_start
    assert _stored(tool, first.placement_id) == moved


def test_an_alignment_between_nudges_breaks_the_burst(tool: MapTool) -> None:
    cards = [_card(tool, "Régie"), _card(tool, "Fondation")]
    for card in cards:
        card.setSelected(True)
    stack = tool.doc.undo_stack
    count = stack.count()
    tool.view.setFocus()
    QTest.keyClick(tool.view, Qt.Key.Key_Right)
    tool.align("left")
    aligned = {c.placement_id: _stored(tool, c.placement_id) for c in cards}
    QTest.keyClick(tool.view, Qt.Key.Key_Right)
    assert stack.count() == count + 3
    stack.undo()
    assert {c.placement_id: _stored(tool, c.placement_id) for c in cards} == aligned
