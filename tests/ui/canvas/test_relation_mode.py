"""Relation mode (R): click origin then target, Échap, the hint line, and the keyboard way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import RelationKind
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.ui.canvas.relation_chooser import RelationTargetDialog
from lieuxcommuns_desktop.ui.canvas.tool import MapTool
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.roles import Role
from tests.ui.canvas import sample
from tests.ui.canvas.shown import shown_map_tool


@pytest.fixture
def tool(qtbot, notebook):
    atelier_id, _map_id, _ids = sample.build(notebook)
    return shown_map_tool(qtbot, Document(notebook), atelier_id, activate=True)


def _card(tool: MapTool, start: str):
    return next(c for c in tool.scene.cards.values() if c.row.name.startswith(start))


def _click(tool: MapTool, scene_pos: QPointF) -> None:
    QTest.mouseClick(tool.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, tool.view.mapFromScene(scene_pos))


def _relations_between(tool: MapTool, a, b) -> list[m.Relation]:
    return [r for r in records.all_of(tool.doc.notebook, m.Relation)
            if (r.source_id, r.target_id) == (a.acteur_id, b.acteur_id)]


def test_r_then_click_origin_then_click_target_makes_one_relation(tool: MapTool) -> None:
    a, b = _card(tool, "Riverains"), _card(tool, "Bailleur")
    tool.view.setFocus()
    QTest.keyClick(tool.view, Qt.Key.Key_R)
    assert tool.act_link.isChecked() and tool.relation.hint.isVisible()
    assert "origine" in tool.relation.hint.text()
    _click(tool, a.pos())
    assert tool.scene.link_source is a
    assert a.row.name in tool.relation.hint.text()  # the hint names the origin
    steps = tool.doc.undo_stack.count()
    _click(tool, b.pos())
    assert len(_relations_between(tool, a, b)) == 1
    assert tool.doc.undo_stack.count() == steps + 1  # one undo step
    tool.doc.undo_stack.undo()
    assert _relations_between(tool, a, b) == []


def test_selected_card_is_the_origin_and_escape_leaves_the_mode(tool: MapTool) -> None:
    a, b = _card(tool, "Conseil"), _card(tool, "Café")
    tool.scene.clearSelection()
    a.setSelected(True)
    tool.view.setFocus()
    QTest.keyClick(tool.view, Qt.Key.Key_R)
    assert tool.scene.link_source is a
    _click(tool, b.pos())
    assert len(_relations_between(tool, a, b)) == 1
    assert tool.act_link.isChecked()  # still in the mode for the next relation
    _click(tool, a.pos())
    assert tool.scene.link_source is a
    QTest.keyClick(tool.view, Qt.Key.Key_Escape)  # first Échap drops the origin
    assert tool.scene.link_source is None and tool.act_link.isChecked()
    QTest.keyClick(tool.view, Qt.Key.Key_Escape)  # the second leaves the mode
    assert not tool.act_link.isChecked() and not tool.scene.relation_mode
    assert not tool.relation.hint.isVisible()


def test_click_on_the_background_drops_the_origin(tool: MapTool) -> None:
    a = _card(tool, "Riverains")
    tool.relation.set_on(True)
    _click(tool, a.pos())
    count = records.count(tool.doc.notebook, m.Relation)
    _click(tool, QPointF(-480, 480))
    assert tool.scene.link_source is None
    assert records.count(tool.doc.notebook, m.Relation) == count


def _answer_dialog(qtbot, keys) -> list:
    """Type into the chooser once it is shown (it is modal), by keyboard only."""
    seen: list = []

    def type_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RelationTargetDialog):
            QTimer.singleShot(20, type_in)
            return
        seen.append(dialog)
        try:
            keys(dialog)
        except BaseException as exc:  # never leave a modal dialog blocking the test
            seen.append(exc)
            dialog.reject()

    QTimer.singleShot(0, type_in)
    return seen


def test_keyboard_select_r_enter_choose_target_and_kind(tool: MapTool, qtbot) -> None:
    a, b = _card(tool, "Fondation"), _card(tool, "Jardins")
    tool.scene.clearSelection()
    a.setSelected(True)
    tool.view.setFocus()

    def keys(dialog: RelationTargetDialog) -> None:
        assert dialog.source.currentData() == a.acteur_id
        assert dialog.focusWidget() is dialog.filter
        QTest.keyClicks(dialog.filter, "jard")
        assert dialog.targets.currentItem().text().startswith("Jardins")
        QTest.keyClick(dialog.filter, Qt.Key.Key_Tab)  # to the list
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # to the kind
        kind = dialog.focusWidget()
        assert kind is dialog.kind
        index = dialog.kind.findData(RelationKind.FINANCEMENT.value)
        dialog.kind.setCurrentIndex(index)  # (a popup's keys are platform-dependent)
        QTest.keyClick(kind, Qt.Key.Key_Tab)
        QTest.keyClicks(dialog.focusWidget(), "subvention")
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    seen = _answer_dialog(qtbot, keys)
    steps = tool.doc.undo_stack.count()
    QTest.keyClick(tool.view, Qt.Key.Key_R)
    QTest.keyClick(tool.view, Qt.Key.Key_Return)
    assert seen and not isinstance(seen[-1], BaseException), seen
    made = _relations_between(tool, a, b)
    assert len(made) == 1 and made[0].kind is RelationKind.FINANCEMENT
    assert made[0].label == "subvention"
    assert tool.doc.undo_stack.count() == steps + 1
    tool.doc.undo_stack.undo()
    assert _relations_between(tool, a, b) == []


def test_chooser_filter_arrows_and_escape(tool: MapTool, qtbot) -> None:
    a = _card(tool, "Riverains")
    tool.scene.clearSelection()
    a.setSelected(True)
    count = records.count(tool.doc.notebook, m.Relation)

    def keys(dialog: RelationTargetDialog) -> None:
        QTest.keyClicks(dialog.filter, "zzz-nothing")
        assert not dialog.buttons.buttons()[0].isEnabled() or dialog.choice() is None
        dialog.filter.clear()
        QTest.keyClick(dialog.filter, Qt.Key.Key_Down)
        assert dialog.targets.currentRow() == 1
        assert a.acteur_id not in {dialog.targets.item(r).data(Role.ID)
                                   for r in range(dialog.targets.count())}
        QTest.keyClick(dialog.filter, Qt.Key.Key_Escape)

    seen = _answer_dialog(qtbot, keys)
    assert tool.relation.choose_target() is False
    assert seen and not isinstance(seen[-1], BaseException), seen
    assert records.count(tool.doc.notebook, m.Relation) == count
