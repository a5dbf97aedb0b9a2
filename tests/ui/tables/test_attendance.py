"""Attendance of an atelier: ticks with arrival time, walk-ins, invitations, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTimeEdit

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.ui.attendance import widget as attendance_module
from lieuxcommuns_desktop.ui.attendance.widget import AttendanceWidget, InvitePicker
from lieuxcommuns_desktop.ui.roles import Role


@pytest.fixture
def tool(qtbot, doc, sample):
    widget = AttendanceWidget(doc, sample.atelier.id)
    widget.clock = lambda: dt.time(10, 5)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def row_named(tool, name: str) -> int:
    for row in range(tool.proxy.rowCount()):
        if tool.proxy.index(row, 1).data() == name:
            return row
    raise AssertionError(name)


def attendance_of(doc, atelier_id: str, participant_id: str) -> m.Attendance:
    rows = records.all_of(doc.notebook, m.Attendance, atelier_id=atelier_id,
                          participant_id=participant_id)
    assert len(rows) == 1
    return rows[0]


def test_lists_the_atelier_with_counts(tool, sample):
    assert tool.proxy.rowCount() == 6
    assert tool.counts_label.text() == "3 présent·es / 6 invité·es"
    row = row_named(tool, "Claire Martin")
    assert tool.proxy.index(row, 2).data() == "Mairie de Sète"  # the acteur's name
    assert tool.proxy.index(row, 3).data() == "09:25"
    assert tool.proxy.index(row_named(tool, "Élodie Durand"), 2).data() == (
        "Université Paul-Valéry")  # free-text structure
    assert "Halle Dugommier" in tool.title.text()


def test_space_ticks_present_with_arrival_time_and_undo(qtbot, tool, doc, sample):
    karim = sample.persons[3]
    tool.view.setCurrentIndex(tool.proxy.index(row_named(tool, "Karim Benali"), 1))
    tool.view.setFocus()
    qtbot.keyClick(tool.view, Qt.Key.Key_Space)
    row = attendance_of(doc, sample.atelier.id, karim.id)
    assert row.present and row.arrived_at == dt.time(10, 5)
    assert tool.counts_label.text() == "4 présent·es / 6 invité·es"
    assert tool.proxy.index(row_named(tool, "Karim Benali"), 3).data() == "10:05"
    qtbot.keyClick(tool.view, Qt.Key.Key_Space)  # untick
    assert not attendance_of(doc, sample.atelier.id, karim.id).present
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    row = attendance_of(doc, sample.atelier.id, karim.id)
    assert not row.present and row.arrived_at is None
    assert tool.counts_label.text() == "3 présent·es / 6 invité·es"


def test_arrival_time_is_editable(qtbot, tool, doc, sample):
    index = tool.proxy.index(row_named(tool, "Claire Martin"), 3)
    tool.view.setCurrentIndex(index)
    tool.view.edit(index)
    editor = tool.view.indexWidget(index)
    assert isinstance(editor, QTimeEdit)
    editor.setTime(editor.time().fromString("09:45", "HH:mm"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tool.view.state() != tool.view.State.EditingState)
    row = attendance_of(doc, sample.atelier.id, sample.persons[0].id)
    assert row.arrived_at == dt.time(9, 45)


def test_walk_in_in_a_few_keystrokes_and_undo_redo(qtbot, tool, doc, sample):
    before = records.count(doc.notebook, m.Participant)
    tool.walk_in_edit.setFocus()
    qtbot.keyClicks(tool.walk_in_edit, "Awa Ba, les jardins du mole")
    qtbot.keyClick(tool.walk_in_edit, Qt.Key.Key_Return)
    assert tool.walk_in_edit.text() == ""  # ready for the next arrival
    assert records.count(doc.notebook, m.Participant) == before + 1
    awa = next(p for p in records.all_of(doc.notebook, m.Participant) if p.last_name == "Ba")
    assert awa.first_name == "Awa"
    assert awa.acteur_id == sample.acteurs["Les Jardins du Môle"].id  # matched, accents aside
    row = attendance_of(doc, sample.atelier.id, awa.id)
    assert row.present and row.walk_in and row.arrived_at == dt.time(10, 5)
    assert tool.counts_label.text() == (
        "4 présent·es / 7 invité·es (dont 1 personne venue sans inscription)")
    shown = row_named(tool, "Awa Ba")
    assert tool.proxy.index(shown, 4).data() == "sans inscription"

    qtbot.keyClicks(tool.walk_in_edit, "Marc Olivier, Atelier Velo")  # unknown structure
    qtbot.keyClick(tool.walk_in_edit, Qt.Key.Key_Return)
    marc = next(p for p in records.all_of(doc.notebook, m.Participant) if p.first_name == "Marc")
    assert marc.acteur_id is None and marc.structure == "Atelier Velo"
    assert marc.last_name == "Olivier"

    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert records.count(doc.notebook, m.Participant) == before
    assert tool.proxy.rowCount() == 6
    doc.undo_stack.redo()
    assert records.get(doc.notebook, m.Participant, awa.id).first_name == "Awa"  # same id
    assert attendance_of(doc, sample.atelier.id, awa.id).id == row.id


def test_walk_in_of_an_invited_person_just_ticks_them(qtbot, tool, doc, sample):
    before = records.count(doc.notebook, m.Participant)
    qtbot.keyClicks(tool.walk_in_edit, "theo roux")
    qtbot.keyClick(tool.walk_in_edit, Qt.Key.Key_Return)
    assert records.count(doc.notebook, m.Participant) == before
    row = attendance_of(doc, sample.atelier.id, sample.persons[5].id)
    assert row.present and not row.walk_in and row.arrived_at == dt.time(10, 5)
    doc.undo_stack.undo()
    assert not attendance_of(doc, sample.atelier.id, sample.persons[5].id).present


def test_walk_in_without_a_name_writes_nothing(qtbot, tool, doc):
    before = records.count(doc.notebook, m.Participant)
    qtbot.keyClicks(tool.walk_in_edit, " , Mairie")
    qtbot.keyClick(tool.walk_in_edit, Qt.Key.Key_Return)
    assert records.count(doc.notebook, m.Participant) == before
    assert tool.message.isVisibleTo(tool) and "Prénom Nom" in tool.message.text()
    assert doc.undo_stack.count() == 0


def test_search_then_enter_ticks_the_only_match(qtbot, tool, doc, sample):
    qtbot.keyClicks(tool.filter_edit, "benali")
    assert tool.proxy.rowCount() == 1
    qtbot.keyClick(tool.filter_edit, Qt.Key.Key_Return)
    assert attendance_of(doc, sample.atelier.id, sample.persons[3].id).present
    assert tool.filter_edit.text() == ""


def test_invite_from_the_notebook_with_a_filtered_picker(qtbot, tool, doc, sample, monkeypatch):
    def pick(self):
        qtbot.keyClicks(self.filter_edit, "garcia")
        visible = [self.list.item(i) for i in range(self.list.count())
                   if not self.list.item(i).isHidden()]
        assert [i.text() for i in visible] == ["Inès Garcia — Banque des Territoires"]
        self._toggle(visible[0])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(InvitePicker, "exec", pick)
    tool.view.setFocus()
    qtbot.keyClick(tool.view, Qt.Key.Key_Insert)  # Ins opens the picker here
    ines = sample.persons[6]
    assert not attendance_of(doc, sample.atelier.id, ines.id).present
    assert tool.counts_label.text() == "3 présent·es / 7 invité·es"
    doc.undo_stack.undo()
    assert records.count(doc.notebook, m.Attendance, participant_id=ines.id) == 0
    doc.undo_stack.redo()
    assert records.count(doc.notebook, m.Attendance, participant_id=ines.id) == 1


def test_picker_lists_only_people_not_yet_listed(qtbot, tool, sample):
    captured = {}

    def look(self):
        captured["items"] = [self.list.item(i).text() for i in range(self.list.count())]
        return QDialog.DialogCode.Rejected

    original = attendance_module.InvitePicker.exec
    attendance_module.InvitePicker.exec = look
    try:
        assert not tool.open_invite_picker()
    finally:
        attendance_module.InvitePicker.exec = original
    assert captured["items"] == ["Inès Garcia — Banque des Territoires", "Jules Petit"]


def test_remove_from_list_with_del_and_undo(qtbot, tool, doc, sample):
    tool.view.selectRow(row_named(tool, "Théo Roux"))
    tool.view.setFocus()
    qtbot.keyClick(tool.view, Qt.Key.Key_Delete)
    assert records.count(doc.notebook, m.Attendance, participant_id=sample.persons[5].id) == 0
    assert records.find(doc.notebook, m.Participant, sample.persons[5].id) is not None
    doc.undo_stack.undo()
    assert tool.proxy.rowCount() == 6
    assert {tool.proxy.index(r, 0).data(Role.ID) for r in range(6)} == {
        r.id for r in records.all_of(doc.notebook, m.Attendance)}


def test_clicking_the_tick_box_marks_present(qtbot, tool, doc, sample):
    from PySide6.QtCore import QPoint

    index = tool.proxy.index(row_named(tool, "Théo Roux"), 0)
    rect = tool.view.visualRect(index)
    qtbot.mouseClick(tool.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 10, rect.center().y()))
    row = attendance_of(doc, sample.atelier.id, sample.persons[5].id)
    assert row.present and row.arrived_at == dt.time(10, 5)


def _arrive(qtbot, tool, who: str) -> None:
    tool.walk_in_edit.setFocus()
    qtbot.keyClicks(tool.walk_in_edit, who)
    qtbot.keyClick(tool.walk_in_edit, Qt.Key.Key_Return)


def test_walk_ins_agree_with_their_count_in_french(qtbot, tool):
    _arrive(qtbot, tool, "Awa Ba, les jardins du mole")
    assert tool.counts_label.text().endswith(" (dont 1 personne venue sans inscription)")
    _arrive(qtbot, tool, "Marc Olivier, Atelier Velo")
    assert tool.counts_label.text() == (
        "5 présent·es / 8 invité·es (dont 2 personnes venues sans inscription)")


def test_walk_ins_agree_with_their_count_in_english(english, qtbot, doc, sample):
    tool = AttendanceWidget(doc, sample.atelier.id)
    tool.clock = lambda: dt.time(10, 5)
    qtbot.addWidget(tool)
    tool.show()
    qtbot.waitExposed(tool)
    assert tool.counts_label.text() == "3 present / 6 invited"
    _arrive(qtbot, tool, "Awa Ba, les jardins du mole")
    assert tool.counts_label.text() == "4 present / 7 invited (including 1 walk-in)"
    _arrive(qtbot, tool, "Marc Olivier, Atelier Velo")
    assert tool.counts_label.text() == "5 present / 8 invited (including 2 walk-ins)"
    assert doc.undo_stack.undoText() == "Walk-in: Marc Olivier, Atelier Velo"
