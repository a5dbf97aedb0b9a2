"""The conflict review on real widgets: keys, whole records, cancel, hostile and many conflicts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt as QtCore_Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from lieuxcommuns_desktop import language
from lieuxcommuns_desktop.ui.team.conflicts_model import CHOICE, MINE, RECORD, THEIRS
from lieuxcommuns_desktop.ui.team.review import ConflictReviewDialog
from tests.ui.team.conflicts import DeleteConflict, FieldConflict, sample

Key = QtCore_Qt.Key
Shift = QtCore_Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def _french(qapp):
    language.install("fr")  # the French plural marks resolved as in the app


def _dialog(qtbot, conflicts=None) -> ConflictReviewDialog:
    dialog = ConflictReviewDialog(sample() if conflicts is None else conflicts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_mine_by_default_then_keys_choose_per_field_and_per_record(qtbot) -> None:
    dialog = _dialog(qtbot)
    table = dialog.table
    assert dialog.choices() == {("atelier", "a1", "title"): "mine",
                                ("atelier", "a1", "place"): "mine",
                                ("note", "n1", None): "mine",
                                ("participant", "p1", "email"): "mine"}
    assert table.currentIndex().row() == 0
    qtbot.keyClick(table, Key.Key_T)  # the title: theirs
    assert dialog.choices()[("atelier", "a1", "title")] == "theirs"
    assert dialog.choices()[("atelier", "a1", "place")] == "mine"
    qtbot.keyClick(table, Key.Key_Down)
    qtbot.keyClick(table, Key.Key_Space)  # Space switches the place
    assert dialog.choices()[("atelier", "a1", "place")] == "theirs"
    qtbot.keyClick(table, Key.Key_M, Shift)  # the whole atelier back to mine
    assert dialog.choices()[("atelier", "a1", "title")] == "mine"
    assert dialog.choices()[("atelier", "a1", "place")] == "mine"
    qtbot.keyClick(table, Key.Key_Down)
    qtbot.keyClick(table, Key.Key_T, Shift)  # the deleted note: their deletion wins
    assert dialog.choices()[("note", "n1", None)] == "theirs"
    assert dialog.choices()[("participant", "p1", "email")] == "mine"
    assert "Le mien : 3 — l'autre : 1" == dialog.tally.text()


def test_enter_applies_and_escape_cancels_with_nothing_chosen(qtbot) -> None:
    def press(key):
        def step() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, ConflictReviewDialog):
                QTimer.singleShot(20, step)
                return
            qtbot.keyClick(dialog.table, Key.Key_T)
            qtbot.keyClick(dialog.table, key)
        QTimer.singleShot(0, step)

    dialog = ConflictReviewDialog(sample())
    qtbot.addWidget(dialog)
    press(Key.Key_Return)
    chosen = dialog.review()
    assert chosen is not None and chosen[("atelier", "a1", "title")] == "theirs"

    dialog = ConflictReviewDialog(sample())
    qtbot.addWidget(dialog)
    press(Key.Key_Escape)
    assert dialog.review() is None


def test_buttons_keep_all_of_one_side(qtbot) -> None:
    dialog = _dialog(qtbot)
    qtbot.mouseClick(dialog.all_theirs_button, QtCore_Qt.MouseButton.LeftButton)
    assert set(dialog.choices().values()) == {"theirs"}
    qtbot.mouseClick(dialog.all_mine_button, QtCore_Qt.MouseButton.LeftButton)
    assert set(dialog.choices().values()) == {"mine"}
    dialog.table.selectRow(3)
    qtbot.mouseClick(dialog.theirs_button, QtCore_Qt.MouseButton.LeftButton)
    assert dialog.choices()[("participant", "p1", "email")] == "theirs"
    assert [b.text() for b in (dialog.mine_button, dialog.theirs_button)] == [
        "Garder le &mien", "Prendre celui de l'au&tre"]


def test_sides_the_common_state_and_deletions_in_words(qtbot) -> None:
    dialog = _dialog(qtbot)
    model = dialog.model
    assert model.index(0, RECORD).data() == "atelier « Balade urbaine »"
    assert dialog.mine_text.toPlainText() == "Balade urbaine"
    assert dialog.theirs_text.toPlainText() == "Balade urbaine du quartier"
    assert dialog.base_text.toPlainText() == "Balade"
    dialog.table.selectRow(1)
    assert dialog.base_text.toPlainText() == "(inconnu)"  # no common state known
    dialog.table.selectRow(2)
    assert model.index(2, MINE).data() == "(modifié chez vous)"
    assert model.index(2, THEIRS).data() == "(supprimé chez l'autre)"
    assert "supprimé" in dialog.detail_title.text()
    mine_deleted = DeleteConflict("note", "n2", "Appeler la mairie", "mine")
    other = _dialog(qtbot, [mine_deleted])
    assert other.model.index(0, MINE).data() == "(supprimé chez vous)"
    assert other.model.index(0, THEIRS).data() == "(modifié chez l'autre)"
    assert other.model.index(0, CHOICE).data() == "le mien"


def test_hostile_and_long_texts_stay_plain_short_in_the_list_and_whole_in_the_pane(qtbot):
    markup = "<img src='file:///etc/passwd'><b style='font-size:90pt'>énorme</b>"
    long_text = "Compte rendu " * 2000 + "\nfin"
    rtl = "\u202eexe.gnp"
    dialog = _dialog(qtbot, [
        FieldConflict("atelier", "a9", markup, "objective", long_text, markup, None),
        FieldConflict("note", "n9", rtl, "text", rtl, "", None),
    ])
    model = dialog.model
    cell = model.index(0, MINE).data()
    assert len(cell) <= 200 and "\n" not in cell
    tooltip = model.index(0, THEIRS).data(QtCore_Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tooltip and "&lt;img" in tooltip  # shown literally, never rendered
    assert len(model.index(0, MINE).data(QtCore_Qt.ItemDataRole.ToolTipRole)) < 2000
    assert dialog.mine_text.toPlainText() == long_text  # the whole text in the detail pane
    assert dialog.detail_title.textFormat() == QtCore_Qt.TextFormat.PlainText
    assert dialog.intro.textFormat() == QtCore_Qt.TextFormat.PlainText
    assert model.index(1, THEIRS).data() == "(vide)"
    assert "\u2068" in model.index(1, RECORD).data()  # the override isolated in its label
    assert dialog.width() <= 1024 and dialog.height() <= 768


def test_hundreds_of_conflicts_stay_one_list(qtbot) -> None:
    many = [FieldConflict("note", f"n{i // 2}", f"Note {i // 2}", ("text", "kind")[i % 2],
                          f"ici {i}", f"là {i}", None) for i in range(600)]
    dialog = _dialog(qtbot, many)
    assert dialog.model.rowCount() == 600
    assert "600 conflits" in dialog.intro.text()
    dialog.table.selectRow(401)
    qtbot.keyClick(dialog.table, Key.Key_T, Shift)  # the record of row 401: rows 400 and 401
    chosen = dialog.choices()
    assert len(chosen) == 600
    assert [k for k, v in chosen.items() if v == "theirs"] == [("note", "n200", "text"),
                                                              ("note", "n200", "kind")]
    qtbot.keyClick(dialog.table, Key.Key_End, QtCore_Qt.KeyboardModifier.ControlModifier)
    assert dialog.table.currentIndex().row() == 599
    assert dialog.findChildren(type(dialog.mine_text)).__len__() == 3  # one pane, not 600


def test_without_any_common_state_the_third_pane_is_not_shown(qtbot) -> None:
    unknown = [FieldConflict("atelier", "a1", "Balade", "title", "A", "B", None)]
    dialog = _dialog(qtbot, unknown)
    assert dialog.base_text.isHidden() and not dialog.theirs_text.isHidden()
    assert not _dialog(qtbot).base_text.isHidden()  # shown when one conflict knows it
