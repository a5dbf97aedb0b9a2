"""The notebook table pages: add, edit, delete with undo/redo, filter, usages."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox

from lieuxcommuns_desktop.core import csv_io
from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import ActeurCategory
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.ui.roles import Role
from lieuxcommuns_desktop.ui.tables import pages

PAGES = [
    (pages.CollectivitesPage, m.Collectivite, "name"),
    (pages.RessourcesPage, m.Ressource, "name"),
    (pages.ActeursPage, m.Acteur, "name"),
    (pages.ParticipantsPage, m.Participant, "last_name"),
]


def show(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    qtbot.waitExposed(page)
    return page


def enter(qtbot, editor, view) -> None:
    """Enter in a cell editor: the delegate commits on the next event-loop turn."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def row_of(page, attr: str, value: str) -> int:
    """Proxy row whose record has ``attr == value``."""
    for row in range(page.proxy.rowCount()):
        record_id = page.proxy.index(row, 0).data(Role.ID)
        record = next(r for r in page.model.records if r.id == record_id)
        if getattr(record, attr) == value:
            return row
    raise AssertionError(f"no row with {attr}={value!r}")


def column_of(page, attr: str) -> int:
    return next(i for i, c in enumerate(page.model.columns) if c.attr == attr)


@pytest.mark.parametrize(("cls", "entity", "attr"), PAGES)
def test_add_with_keyboard_edit_in_place_undo_redo(qtbot, doc, sample, cls, entity, attr):
    page = show(qtbot, cls(doc))
    before = records.count(doc.notebook, entity)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    assert records.count(doc.notebook, entity) == before + 1
    new_id = page.current_id()
    index = page.view.currentIndex()
    editor = page.view.indexWidget(index)
    assert isinstance(editor, QLineEdit)  # the new row's first cell is being edited
    editor.selectAll()
    qtbot.keyClicks(editor, "Écluse n°3")
    enter(qtbot, editor, page.view)
    assert getattr(records.get(doc.notebook, entity, new_id), attr) == "Écluse n°3"
    assert page.proxy.index(page.view.currentIndex().row(), 0).data() == "Écluse n°3"

    doc.undo_stack.undo()  # the rename
    assert getattr(records.get(doc.notebook, entity, new_id), attr) != "Écluse n°3"
    doc.undo_stack.undo()  # the creation
    assert records.find(doc.notebook, entity, new_id) is None
    assert page.model.row_of(new_id) == -1
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert getattr(records.get(doc.notebook, entity, new_id), attr) == "Écluse n°3"
    assert page.model.row_of(new_id) >= 0

    # Ctrl+N adds too, even with a window-wide Ctrl+N elsewhere
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert records.count(doc.notebook, entity) == before + 2


@pytest.mark.parametrize(("cls", "entity", "attr"), PAGES)
def test_delete_unused_with_del_key_and_undo(qtbot, doc, sample, cls, entity, attr,
                                             monkeypatch):
    record = records.create(doc.notebook, entity, **{attr: "Zzz à supprimer"})
    page = show(qtbot, cls(doc))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: pytest.fail("nothing to warn about"))
    page.view.selectRow(row_of(page, attr, "Zzz à supprimer"))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert records.find(doc.notebook, entity, record.id) is None
    assert page.model.row_of(record.id) == -1
    doc.undo_stack.undo()
    assert records.get(doc.notebook, entity, record.id)
    assert page.model.row_of(record.id) >= 0


def test_deleting_a_used_acteur_says_where_and_asks(qtbot, doc, sample, monkeypatch):
    page = show(qtbot, pages.ActeursPage(doc))
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    mairie = sample.acteurs["Mairie de Sète"]
    page.view.selectRow(row_of(page, "name", "Mairie de Sète"))
    assert not page.delete_selected()  # answered No: nothing happens
    assert records.find(doc.notebook, m.Acteur, mairie.id) is not None
    assert "« Mairie de Sète » est utilisé par 1 participant·e et 2 cartes" in asked[0]

    answer = QMessageBox.StandardButton.Yes
    assert page.delete_selected()
    assert records.find(doc.notebook, m.Acteur, mairie.id) is None
    claire = records.get(doc.notebook, m.Participant, sample.persons[0].id)
    assert claire.acteur_id is None
    assert records.count(doc.notebook, m.MapPlacement) == 0
    doc.undo_stack.undo()
    assert records.get(doc.notebook, m.Participant, claire.id).acteur_id == mairie.id
    assert records.count(doc.notebook, m.MapPlacement) == 2
    assert page.model.row_of(mairie.id) >= 0


def test_filter_ignores_case_and_accents_and_counts(qtbot, doc, sample):
    page = show(qtbot, pages.ActeursPage(doc))
    assert page.count_label.text() == "9 acteurs"
    qtbot.keyClicks(page.filter_edit, "HERAULT")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "CAUE de l'Hérault"
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "mole jardins")  # every word, any order
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == [
        "Les Jardins du Môle"]
    assert page.count_label.text() == "1 sur 9 acteurs"
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "ÉCONOMIQUES")  # the category label, any case
    assert page.proxy.rowCount() == 1
    page.filter_edit.clear()
    assert page.proxy.rowCount() == 9


def test_sorting_by_category_follows_the_vocabulary_order(qtbot, doc, sample):
    page = show(qtbot, pages.ActeursPage(doc))
    page.view.sortByColumn(column_of(page, "category"), Qt.SortOrder.AscendingOrder)
    assert page.proxy.index(0, 0).data() == "Mairie de Sète"  # Collectivité comes first
    assert page.proxy.index(8, 0).data() == "Pêcheurs de l'étang"  # Autres last


def test_enum_combo_shows_french_labels_and_edits_with_undo(qtbot, doc, sample):
    page = show(qtbot, pages.ActeursPage(doc))
    cafe = sample.acteurs["Café du Port"]
    index = page.proxy.index(row_of(page, "name", "Café du Port"), column_of(page, "category"))
    assert index.data() == "Acteurs économiques"
    assert index.data(Qt.ItemDataRole.DecorationRole).name().upper() == "#D55E00"
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    combo = page.view.indexWidget(index)
    assert isinstance(combo, QComboBox)
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels[:2] == ["Collectivité", "Services publics & institutions"]
    combo.setCurrentIndex(labels.index("Associations & collectifs"))
    enter(qtbot, combo, page.view)
    assert records.get(doc.notebook, m.Acteur, cafe.id).category is ActeurCategory.ASSOCIATIONS
    doc.undo_stack.undo()
    assert records.get(doc.notebook, m.Acteur, cafe.id).category is ActeurCategory.ECONOMIQUES


def test_participant_acteur_is_a_foreign_key_combo(qtbot, doc, sample):
    page = show(qtbot, pages.ParticipantsPage(doc))
    jules = sample.persons[-1]
    index = page.proxy.index(row_of(page, "last_name", "Petit"), column_of(page, "acteur_id"))
    assert index.data() == ""
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    combo = page.view.indexWidget(index)
    assert combo.itemText(0) == "— aucun·e —"
    combo.setCurrentIndex(combo.findText("Conseil de quartier Île Singulière"))
    enter(qtbot, combo, page.view)
    target = sample.acteurs["Conseil de quartier Île Singulière"].id
    assert records.get(doc.notebook, m.Participant, jules.id).acteur_id == target
    assert index.data() == "Conseil de quartier Île Singulière"
    # renaming the acteur elsewhere refreshes the participants page
    from lieuxcommuns_desktop.ui.commands import update_command

    doc.run(update_command(doc, m.Acteur, target, {"name": "Conseil de quartier"}, "Renommer"))
    row = row_of(page, "last_name", "Petit")
    assert page.proxy.index(row, column_of(page, "acteur_id")).data() == "Conseil de quartier"


def test_participant_consent_is_a_checkbox_off_by_default_and_undoable(qtbot, doc, sample):
    page = show(qtbot, pages.ParticipantsPage(doc))
    jules = sample.persons[-1]
    index = page.proxy.index(row_of(page, "last_name", "Petit"), column_of(page, "consent"))
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert page.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert records.get(doc.notebook, m.Participant, jules.id).consent is True
    doc.undo_stack.undo()
    assert records.get(doc.notebook, m.Participant, jules.id).consent is False


def test_experimentation_dated_log(qtbot, doc, sample):
    """The log panel of the experiment sheet (ui/experiments): newest first, dated today."""
    panel = show(qtbot, pages.ExperimentationLogPanel(doc))
    exp = sample.experimentation
    panel.set_experimentation(exp.id)
    assert panel.model.rowCount() == 3
    assert panel.proxy.index(0, 0).data() == "11/06/2026"  # newest first

    new_id = panel.add_record()
    entry = records.get(doc.notebook, m.ExperimentationLog, new_id)
    assert entry.date == dt.date.today() and entry.experimentation_id == exp.id
    editor = panel.view.indexWidget(panel.view.currentIndex())
    assert isinstance(editor, QLineEdit)  # straight to the text
    qtbot.keyClicks(editor, "Signature de la convention")
    enter(qtbot, editor, panel.view)
    assert records.get(doc.notebook, m.ExperimentationLog, new_id).text == (
        "Signature de la convention")
    assert panel.model.rowCount() == 4
    panel.view.selectRow(panel.proxy.mapFromSource(
        panel.model.index(panel.model.row_of(new_id), 0)).row())
    assert panel.delete_selected()
    assert panel.model.rowCount() == 3
    doc.undo_stack.undo()
    assert panel.model.rowCount() == 4

    # another experiment shows its own (empty) log
    other = next(e for e in records.all_of(doc.notebook, m.Experimentation)
                 if e.title == "Budget participatif du parc")
    panel.set_experimentation(other.id)
    assert panel.model.rowCount() == 0


def test_export_reopens_with_accents_and_bom(qtbot, doc, sample, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    page = show(qtbot, pages.ParticipantsPage(doc))
    target = tmp_path / "participants.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert page.export_csv()
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "Lefèvre;Zoé;Conseil de quartier Île Singulière;Habitants & usagers" in text
    table = csv_io.read_csv(target)
    assert table.headers[:3] == ["Nom", "Prénom", "Structure"]
    assert len(table.rows) == 8
    assert {r[1] for r in table.rows} >= {"Élodie", "Inès", "Théo"}

    acteurs = show(qtbot, pages.ActeursPage(doc))
    qtbot.keyClicks(acteurs.filter_edit, "associations")  # exports what is shown
    out = tmp_path / "acteurs.csv"
    assert acteurs.export_csv(out)
    names = [r[0] for r in csv_io.read_csv(out).rows]
    assert names == ["Collectif Halle Ouverte", "Les Jardins du Môle"]


def test_readonly_notebook_offers_no_editing(qtbot, notebook_path, tmp_path):
    from lieuxcommuns_desktop.core.services.notebook import Notebook
    from lieuxcommuns_desktop.ui.document import Document

    nb = Notebook.create(tmp_path / "ro.lieux")
    records.create(nb, m.Acteur, name="Mairie")
    nb.close()
    ro = Notebook.open(tmp_path / "ro.lieux", readonly=True)
    doc = Document(ro)
    page = show(qtbot, pages.ActeursPage(doc))
    assert not page.add_action.isEnabled()
    assert not (page.model.flags(page.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable)
    assert page.add_record() is None
    doc.close()


def test_registry_finds_every_page_and_the_attendance_tool(qtbot, doc, sample):
    from lieuxcommuns_desktop.ui.registry import ATELIER_TOOLS, NOTEBOOK_PAGES

    keys = {"collectivites", "ressources", "acteurs", "participants", "experimentations"}
    for entry in NOTEBOOK_PAGES:
        if entry.key in keys:
            widget = entry.load()(doc)
            qtbot.addWidget(widget)
            assert widget.objectName() == f"{entry.key}Page"
            assert widget.accessibleName()
            keys.discard(entry.key)
    assert not keys
    attendance = next(e for e in ATELIER_TOOLS if e.key == "attendance")
    tool = attendance.load()(doc, sample.atelier.id)
    qtbot.addWidget(tool)
    assert tool.model.rowCount() == 6


def test_every_focusable_widget_is_named(qtbot, doc, sample, tmp_path):
    from PySide6.QtWidgets import QWidget

    from lieuxcommuns_desktop.ui.attendance.widget import AttendanceWidget
    from lieuxcommuns_desktop.ui.tables.csv_import import CsvImportDialog

    csv = tmp_path / "a.csv"
    csv.write_text("Nom;Prénom\nBa;Awa\n", encoding="utf-8")
    widgets = [cls(doc) for cls, _e, _a in PAGES]
    widgets += [AttendanceWidget(doc, sample.atelier.id), CsvImportDialog(doc, csv, "acteurs")]
    for top in widgets:
        qtbot.addWidget(top)
        for child in top.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus and child.isVisibleTo(top):
                assert child.objectName(), (type(top).__name__, child)
                assert child.accessibleName(), (type(top).__name__, child.objectName())


@pytest.mark.parametrize(("language", "one", "two", "filtered"), [
    ("fr", "1 participant·e", "2 participant·es", "1 sur 2 participant·es"),
    ("en", "1 participant", "2 participants", "1 of 2 participants"),
])
def test_count_label_agrees_with_its_count(qtbot, doc, request, language, one, two, filtered):
    if language == "en":
        request.getfixturevalue("english")
    page = show(qtbot, pages.ParticipantsPage(doc))
    for name, count in (("Zora", one), ("Ymir", two)):
        page.view.setFocus()
        qtbot.keyClick(page.view, Qt.Key.Key_Insert)  # a new row, its name being edited
        editor = page.view.indexWidget(page.view.currentIndex())
        editor.selectAll()
        qtbot.keyClicks(editor, name)
        enter(qtbot, editor, page.view)
        assert page.count_label.text() == count
    qtbot.keyClicks(page.filter_edit, "zora")
    assert page.count_label.text() == filtered
