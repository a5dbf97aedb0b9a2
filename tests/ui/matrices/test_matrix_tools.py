"""The role and decision tools, driven with the keyboard and the clipboard."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import MatrixVersion
from lieuxcommuns_desktop.core.matrix_labels import DECISIONS, ROLES
from lieuxcommuns_desktop.core.services import matrices as svc
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.matrices.decisions import DecisionMatrixTool
from lieuxcommuns_desktop.ui.matrices.roles import RoleMatrixTool
from tests.ui.matrices.sample import build

TODAY, TARGET = MatrixVersion.AUJOURDHUI, MatrixVersion.CIBLE


@pytest.fixture
def sample(notebook):
    return build(notebook)


@pytest.fixture
def doc(qtbot, notebook):
    return Document(notebook)


@pytest.fixture
def roles(qtbot, doc, sample):
    tool = RoleMatrixTool(doc, sample.atelier_id)
    qtbot.addWidget(tool)
    tool.resize(1200, 700)
    tool.show()
    return tool


@pytest.fixture
def decisions(qtbot, doc, sample):
    tool = DecisionMatrixTool(doc, sample.atelier_id)
    qtbot.addWidget(tool)
    tool.resize(1300, 750)
    tool.show()
    return tool


def select(view, row: int, col: int) -> None:
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, col))


def stored(nb, matrix, version=None):
    return svc.read_matrix(nb, records.all_of(nb, m.Atelier, m.Atelier.date)[-1].id, matrix,
                           version)


def test_role_cells_set_with_keyboard_arrows_and_delete(qtbot, roles, doc, sample) -> None:
    view, nb = roles.view, doc.notebook
    select(view, 0, 2)  # "Ouvrir et fermer le lieu" × habitants: empty
    qtbot.keyClick(view, Qt.Key.Key_C)
    assert stored(nb, ROLES).value(sample.responsibilities[0], sample.acteurs[2]) == "C"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_I)
    assert stored(nb, ROLES).value(sample.responsibilities[0], sample.acteurs[3]) == "I"
    assert view.model().index(0, 3).data() == "I"
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert stored(nb, ROLES).value(sample.responsibilities[0], sample.acteurs[3]) is None
    qtbot.keyClick(view, Qt.Key.Key_X)  # not a RACI key: nothing happens
    assert doc.undo_stack.count() == 3
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert stored(nb, ROLES).value(sample.responsibilities[0], sample.acteurs[3]) is None
    assert view.model().index(0, 2).data() == "C"


def test_rule_warning_appears_and_disappears(qtbot, roles, doc) -> None:
    view, panel = roles.view, roles.page.issues
    before = list(panel.messages())
    assert not any("Ouvrir et fermer le lieu" in msg for msg in before)
    select(view, 0, 0)  # the only R of the first row
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert any("« Ouvrir et fermer le lieu » : personne ne réalise" in msg
               for msg in panel.messages())
    assert view.model().headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) \
        .count("\n") == 1
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert panel.messages() == before
    qtbot.keyClick(view, Qt.Key.Key_A)  # two A now (and no R)
    assert any("2 acteurs rendent compte" in msg for msg in panel.messages())
    doc.undo_stack.undo()
    assert panel.messages() == before


def test_block_of_cells_gets_one_key_in_one_undo_step(qtbot, roles, doc, sample) -> None:
    view = roles.view
    from PySide6.QtCore import QItemSelection

    select(view, 6, 5)

    view.selectionModel().select(QItemSelection(view.model().index(6, 5),
                                                view.model().index(7, 7)),
                                 view.selectionModel().SelectionFlag.ClearAndSelect)
    qtbot.keyClick(view, Qt.Key.Key_I)
    data = stored(doc.notebook, ROLES)
    assert [data.table()[r][5:8] for r in (6, 7)] == [["I", "I", "I"], ["I", "I", "I"]]
    assert doc.undo_stack.count() == 1


def test_bad_paste_is_refused_whole_with_a_message(qtbot, roles, doc, sample) -> None:
    before = stored(doc.notebook, ROLES).cells
    QGuiApplication.clipboard().setText("A\tR\nC\tQ\n")
    select(roles.view, 2, 1)
    qtbot.keyClick(roles.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    message = roles.page.message_label
    assert message.isVisible()
    assert "« Q »" in message.text() and "Accueillir les nouveaux membres" in message.text()
    assert "Habitants du quartier Mermoz" in message.text()
    assert stored(doc.notebook, ROLES).cells == before
    assert doc.undo_stack.count() == 0
    QGuiApplication.clipboard().setText("A\tR\tC\n")
    select(roles.view, 0, 6)  # would overflow on the right
    qtbot.keyClick(roles.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "dépasse" in message.text()
    assert stored(doc.notebook, ROLES).cells == before


def test_good_paste_then_one_undo_restores_all(qtbot, roles, doc) -> None:
    before = stored(doc.notebook, ROLES).cells
    QGuiApplication.clipboard().setText("réalise\ti\t\r\nA\tc\tR\r\n")
    select(roles.view, 0, 0)
    qtbot.keyClick(roles.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert not roles.page.message_label.isVisible()
    table = stored(doc.notebook, ROLES).table()
    assert table[0][:3] == ["R", "I", None] and table[1][:3] == ["A", "C", "R"]
    assert [roles.view.model().index(1, c).data() for c in range(3)] == ["A", "C", "R"]
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert stored(doc.notebook, ROLES).cells == before
    doc.undo_stack.redo()
    assert stored(doc.notebook, ROLES).table()[1][:3] == ["A", "C", "R"]


def test_copy_puts_the_block_on_the_clipboard(qtbot, roles) -> None:
    from PySide6.QtCore import QItemSelection

    view = roles.view
    view.setFocus()
    view.selectionModel().select(QItemSelection(view.model().index(0, 0),
                                                view.model().index(1, 2)),
                                 view.selectionModel().SelectionFlag.ClearAndSelect)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "R\tA\t\nI\tR\tC\n"


def test_rows_and_columns_edits_are_undoable(qtbot, roles, doc, sample) -> None:
    bar, model = roles.bar, roles.model
    select(roles.view, 1, 0)
    new_id = bar.add_row("Gérer les clés")
    assert [r.label for r in model.matrix_data.rows][2] == "Gérer les clés"
    assert bar.rename_row("Gérer les clés et badges")
    assert model.matrix_data.rows[2].label == "Gérer les clés et badges"
    assert bar.move_row(-1)
    assert model.matrix_data.rows[1].id == new_id
    assert bar.remove_row()
    assert new_id not in [r.id for r in model.matrix_data.rows]
    for _ in range(4):
        doc.undo_stack.undo()
    assert len(model.matrix_data.rows) == 8 and model.row_of(new_id) == -1

    assert bar.set_columns(list(reversed(sample.acteurs[:3])))
    assert [c.acteur_id for c in model.matrix_data.columns] == list(reversed(sample.acteurs[:3]))
    assert model.columnCount() == 3
    doc.undo_stack.undo()
    assert model.columnCount() == 8
    assert model.index(0, 0).data() == "R"  # the removed cells came back


def test_choices_menu_sets_the_value(qtbot, roles, doc, sample) -> None:
    select(roles.view, 3, 0)
    menu = roles.view.choices_menu()
    labels = [a.text() for a in menu.actions()]
    assert labels[1] == "A — rend compte" and labels[-1] == "Vider la cellule"
    menu.actions()[1].trigger()
    assert stored(doc.notebook, ROLES).value(sample.responsibilities[3], sample.acteurs[0]) == "A"


def test_decision_keys_and_summaries(qtbot, decisions, doc, sample) -> None:
    page = decisions.page(TODAY)
    view = page.view
    select(view, 1, 1)  # Programmation × Métropole: informé
    qtbot.keyClick(view, Qt.Key.Key_4)
    data = stored(doc.notebook, DECISIONS, TODAY)
    assert data.value(sample.decisions[1], sample.acteurs[1]) == "4"
    assert stored(doc.notebook, DECISIONS, TARGET).value(sample.decisions[1],
                                                         sample.acteurs[1]) is None
    assert view.model().index(1, 1).data() == "co-décide"
    # Programmation now has a sole decider next to a co-decider
    assert any("« Programmation »" in msg and "décide seul" in msg
               for msg in page.page.issues.messages())
    qtbot.waitUntil(lambda: page.counts.counts[1][svc.ParticipationLevel.CO_DECIDE] == 1)
    shares = dict(page.chart.shares)
    assert shares["Métropole de Lyon"] > 0
    assert abs(sum(shares.values()) - 1) < 1e-9
    qtbot.keyClick(view, Qt.Key.Key_9)  # not on the scale
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert stored(doc.notebook, DECISIONS, TODAY).value(sample.decisions[1],
                                                        sample.acteurs[1]) is None
    assert doc.undo_stack.count() == 2


def test_copy_today_to_target_and_compare(qtbot, decisions, doc, sample) -> None:
    compare = decisions.compare
    assert "Ville de Lyon — Direction du patrimoine : décide → co-décide sur « Règles d'usage »" \
        in compare.sentences()
    assert decisions.copy_today_to_target()
    assert decisions.current()[0] is decisions.page(TARGET).model
    qtbot.waitUntil(lambda: compare.sentences() == [])
    assert compare.summary.text() == "Aucune différence entre aujourd'hui et la cible."
    # change one target cell: exactly that cell is outlined and told in words
    view = decisions.page(TARGET).view
    select(view, 1, 2)  # Programmation × Habitants
    qtbot.keyClick(view, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: len(compare.sentences()) == 1)
    assert compare.sentences() == [
        "Habitants du quartier Mermoz : non concerné → co-décide sur « Programmation »"]
    assert compare.delegates[1].changed == {(sample.decisions[1], sample.acteurs[2])}
    assert compare.list.item(0).text().endswith("sur « Programmation »")
    doc.undo_stack.undo()
    doc.undo_stack.undo()  # the copy
    qtbot.waitUntil(lambda: len(compare.sentences()) > 20)
    assert stored(doc.notebook, DECISIONS, TARGET).value(sample.decisions[0],
                                                         sample.acteurs[1]) == "4"


def test_reopen_finds_the_same_cells(qtbot, notebook_path, sample, doc) -> None:
    tool = DecisionMatrixTool(doc, sample.atelier_id)
    qtbot.addWidget(tool)
    view = tool.page(TARGET).view
    select(view, 2, 1)
    qtbot.keyClick(view, Qt.Key.Key_5)
    expected = {v: tool.page(v).model.matrix_data.cells for v in MatrixVersion}
    tool.close()
    tool.deleteLater()
    doc.notebook.close()
    again = Document(Notebook.open(notebook_path))
    try:
        tool2 = DecisionMatrixTool(again, sample.atelier_id)
        qtbot.addWidget(tool2)
        assert {v: tool2.page(v).model.matrix_data.cells for v in MatrixVersion} == expected
        assert tool2.page(TARGET).model.index(2, 1).data() == "décide"
    finally:
        again.notebook.close()


def test_csv_export_button(qtbot, decisions, tmp_path, monkeypatch) -> None:
    target = tmp_path / "cible.csv"
    decisions.show_version(TARGET)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    decisions.bar.buttons["csv"].click()
    rows = list(csv.reader(target.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][0] == "Décision" and rows[0][3] == "Habitants du quartier Mermoz"
    assert rows[1][:3] == ["Règles d'usage", "co-décide", "co-décide"]


def test_headers_wrap_long_names(qtbot, roles) -> None:
    header = roles.view.horizontalHeader()
    one_line = header.fontMetrics().lineSpacing()
    assert header.sectionSizeFromContents(0).height() > 2 * one_line  # wrapped, not cut
    assert header.height() >= header.sectionSizeFromContents(0).height()
    assert roles.view.verticalHeader().width() >= 200


def test_empty_matrix_says_what_to_do_then_fills(qtbot, notebook) -> None:
    doc = Document(notebook)
    atelier = records.create(notebook, m.Atelier, title="Nouvel atelier")
    mairie = records.create(notebook, m.Acteur, name="Mairie").id
    tool = RoleMatrixTool(doc, atelier.id)
    qtbot.addWidget(tool)
    tool.show()
    assert "La matrice est vide" in tool.page.issues.item(0).text()
    assert tool.bar.set_columns([mairie])
    assert tool.bar.add_row("Ouvrir le lieu")
    # nothing typed yet: guidance, not two red warnings per row (issue 11)
    assert tool.page.issues.messages() == []
    assert "À remplir" in tool.page.issues.item(0).text()
    select(tool.view, 0, 0)
    qtbot.keyClick(tool.view, Qt.Key.Key_A)
    assert tool.page.issues.messages() == [
        "« Ouvrir le lieu » : personne ne réalise (aucun R). Il en faut au moins un."]
