"""Acteurs chosen once for both matrices; an untouched matrix guides instead of warning."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.matrix_labels import DECISIONS, ROLES
from lieuxcommuns_desktop.core.services import matrices as svc
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.matrices.decisions import DecisionMatrixTool
from lieuxcommuns_desktop.ui.matrices.roles import RoleMatrixTool
from lieuxcommuns_desktop.ui.roles import Role


def _setup(qtbot, notebook):
    doc = Document(notebook)
    atelier = records.create(notebook, m.Atelier, title="Atelier neuf")
    ids = [records.create(notebook, m.Acteur, name=n).id
           for n in ("Association", "Mairie", "Habitants", "Bailleur")]
    roles = RoleMatrixTool(doc, atelier.id)
    qtbot.addWidget(roles)
    roles.show()
    return doc, atelier.id, ids, roles


def _columns(doc: Document, atelier: str, matrix: str) -> list[str]:
    return [c.acteur_id for c in svc.columns(doc.notebook, atelier, matrix)]


def test_acteurs_chosen_once_serve_both_matrices(qtbot, notebook) -> None:
    doc, atelier, ids, roles = _setup(qtbot, notebook)
    dialog = roles.bar.make_columns_dialog()
    qtbot.addWidget(dialog)
    assert dialog.shared.isChecked() and not dialog.shared.isHidden()
    listing = dialog.list
    listing.setFocus()
    for row in range(listing.count()):  # "Association", "Mairie" ticked by keyboard
        if listing.item(row).text() in ("Association", "Mairie"):
            listing.setCurrentRow(row)
            QTest.keyClick(listing, Qt.Key.Key_Space)
    chosen = dialog.chosen()
    assert chosen == ids[:2]
    steps = doc.undo_stack.count()
    assert roles.bar.set_columns(chosen, shared=dialog.shared.isChecked())
    assert _columns(doc, atelier, ROLES) == _columns(doc, atelier, DECISIONS) == ids[:2]
    assert doc.undo_stack.count() == steps + 1  # one undo step for both
    doc.undo_stack.undo()
    assert _columns(doc, atelier, ROLES) == _columns(doc, atelier, DECISIONS) == []
    doc.undo_stack.redo()

    decisions = DecisionMatrixTool(doc, atelier)
    qtbot.addWidget(decisions)
    decisions.show()
    assert [c.acteur_id for c in decisions.current()[0].matrix_data.columns] == ids[:2]


def test_a_matrix_can_be_adjusted_alone(qtbot, notebook) -> None:
    doc, atelier, ids, roles = _setup(qtbot, notebook)
    assert roles.bar.set_columns(ids[:2], shared=True)
    decisions = DecisionMatrixTool(doc, atelier)
    qtbot.addWidget(decisions)
    dialog = decisions.bar.make_columns_dialog()
    qtbot.addWidget(dialog)
    assert dialog.shared.isChecked() and dialog.chosen() == ids[:2]
    dialog.shared.setChecked(False)  # only the decisions get a third acteur
    third = next(dialog.list.item(r) for r in range(dialog.list.count())
                 if dialog.list.item(r).text() == "Habitants")
    third.setCheckState(Qt.CheckState.Checked)
    assert decisions.bar.set_columns(dialog.chosen(), shared=dialog.shared.isChecked())
    assert _columns(doc, atelier, DECISIONS) == ids[:3]
    assert _columns(doc, atelier, ROLES) == ids[:2]
    again = roles.bar.make_columns_dialog()  # the sets differ now: not shared by default
    qtbot.addWidget(again)
    assert not again.shared.isChecked()


def test_untouched_matrix_guides_until_a_cell_is_filled(qtbot, notebook) -> None:
    doc, atelier, ids, roles = _setup(qtbot, notebook)
    assert roles.bar.set_columns(ids, shared=True)
    labels = [f"Responsabilité {i}" for i in range(1, 9)]
    svc.add_rows(doc.notebook, atelier, ROLES, labels)  # as a template makes them
    roles.page.model.reload()
    model, view = roles.page.model, roles.view
    assert model.rowCount() == 8
    assert roles.page.issues.messages() == []  # not 16 red warnings
    assert "À remplir" in roles.page.issues.item(0).text()
    assert all(not model.headerData(r, Qt.Orientation.Vertical, Role.ISSUE) for r in range(8))
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_R)
    messages = roles.page.issues.messages()
    assert len(messages) == 15  # the rules apply once the facilitator has started
    assert model.headerData(1, Qt.Orientation.Vertical, Role.ISSUE)
    doc.undo_stack.undo()
    assert roles.page.issues.messages() == []
    assert "À remplir" in roles.page.issues.item(0).text()
