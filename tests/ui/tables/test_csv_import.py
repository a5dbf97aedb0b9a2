"""CSV import dialog: errors shown, nothing written until a valid file is imported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import ActeurCategory
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.ui.tables import pages
from lieuxcommuns_desktop.ui.tables.csv_import import CsvImportDialog

BAD = (
    "Nom;Prénom;Structure;Catégorie;Adresse e-mail;Tél.\n"
    "Ba;Awa;Les Jardins du Môle;;awa@jardins.org;\n"
    "Kone;Moussa;Atelier Vélo;Associations;moussa@velo.fr;\n"
    "Moreau;Lise;Atelier Vélo;Martiens;lise@velo;06 11 22 33 44\n"
    ";Paul;Collectif;;;\n"
)
FIXED = BAD.replace("Martiens;lise@velo", "Associations;lise@velo.fr").replace(
    ";Paul;", "Dupont;Paul;")


def write(path: Path, text: str, encoding: str = "cp1252") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def errors_of(dialog: CsvImportDialog) -> list[str]:
    return [dialog.errors.item(i).text() for i in range(dialog.errors.count())]


def open_dialog(qtbot, doc, path: Path, kind: str = "participants") -> CsvImportDialog:
    dialog = CsvImportDialog(doc, path, kind)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_bad_rows_are_listed_and_nothing_is_written(qtbot, doc, sample, tmp_path):
    path = write(tmp_path / "inscriptions.csv", BAD)
    before = records.count(doc.notebook, m.Participant), records.count(doc.notebook, m.Acteur)
    dialog = open_dialog(qtbot, doc, path)
    assert dialog.encoding_combo.currentData() == "cp1252"
    assert dialog.delimiter_combo.currentData() == ";"
    assert dialog.mapping_combos["email"].currentText() == "Adresse e-mail"
    assert dialog.mapping_combos["role"].currentData() is None
    assert dialog.preview.item(1, 2).text() == "Atelier Vélo"  # cp1252 accents decoded
    assert errors_of(dialog) == [
        "Ligne 4 : catégorie inconnue « Martiens ».",
        "Ligne 4 : courriel invalide « lise@velo ».",
        "Ligne 5 : nom manquant.",
    ]
    assert dialog.categories_hint.isVisibleTo(dialog)
    assert "Associations & collectifs" in dialog.categories_hint.text()
    assert not dialog.import_button.isEnabled()
    assert "2 lignes à corriger" in dialog.summary.text()
    assert dialog.import_button.toolTip() == dialog.summary.text()
    dialog.do_import()  # even if forced, an invalid plan writes nothing
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert (records.count(doc.notebook, m.Participant),
            records.count(doc.notebook, m.Acteur)) == before
    assert doc.undo_stack.count() == 0


def test_fixed_file_reread_and_imported_in_one_undo_step(qtbot, doc, sample, tmp_path):
    path = write(tmp_path / "inscriptions.csv", BAD)
    dialog = open_dialog(qtbot, doc, path)
    assert not dialog.import_button.isEnabled()
    write(path, FIXED, "utf-8-sig")  # fixed and saved again by the spreadsheet
    qtbot.mouseClick(dialog.reread_button, Qt.MouseButton.LeftButton)
    assert dialog.encoding_combo.currentData() == "cp1252"  # kept the chosen encoding…
    dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findData("utf-8-sig"))
    assert errors_of(dialog) == []
    assert dialog.import_button.isEnabled()
    assert "4 participant·es et 1 nouvel acteur" in dialog.summary.text()
    before = records.count(doc.notebook, m.Participant)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert records.count(doc.notebook, m.Participant) == before + 4
    people = {p.last_name: p for p in records.all_of(doc.notebook, m.Participant)}
    assert people["Ba"].acteur_id == sample.acteurs["Les Jardins du Môle"].id
    velo = [a for a in records.all_of(doc.notebook, m.Acteur) if a.name == "Atelier Vélo"]
    assert len(velo) == 1 and velo[0].category is ActeurCategory.ASSOCIATIONS
    assert people["Kone"].acteur_id == people["Moreau"].acteur_id == velo[0].id
    assert people["Dupont"].structure == "Collectif" and people["Dupont"].acteur_id is None
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert records.count(doc.notebook, m.Participant) == before
    assert not [a for a in records.all_of(doc.notebook, m.Acteur) if a.name == "Atelier Vélo"]
    doc.undo_stack.redo()
    assert records.get(doc.notebook, m.Participant, people["Kone"].id).first_name == "Moussa"


def test_cancel_on_a_valid_file_writes_nothing(qtbot, doc, sample, tmp_path):
    path = write(tmp_path / "ok.csv", FIXED, "utf-8")
    dialog = open_dialog(qtbot, doc, path)
    assert dialog.import_button.isEnabled()
    before = records.count(doc.notebook, m.Participant)
    dialog.reject()
    assert records.count(doc.notebook, m.Participant) == before
    assert doc.undo_stack.count() == 0


def test_unmapping_the_name_disables_import_and_says_why(qtbot, doc, tmp_path):
    path = write(tmp_path / "ok.csv", FIXED.replace(";", ","), "utf-8")
    dialog = open_dialog(qtbot, doc, path)
    assert dialog.delimiter_combo.currentData() == ","
    assert dialog.import_button.isEnabled()
    dialog.mapping_combos["last_name"].setCurrentIndex(0)  # — ne pas importer —
    assert not dialog.import_button.isEnabled()
    assert errors_of(dialog) == ["Aucune colonne n'est associée à « Nom »."]
    assert "Import impossible" in dialog.summary.text()


def test_reimporting_the_same_people_adds_nobody(qtbot, doc, sample, tmp_path):
    page = pages.ParticipantsPage(doc)
    qtbot.addWidget(page)
    export = tmp_path / "export.csv"
    assert page.export_csv(export)
    dialog = open_dialog(qtbot, doc, export)
    assert not dialog.import_button.isEnabled()
    assert "déjà dans le carnet" in dialog.summary.text()


def test_acteurs_page_imports_through_the_file_dialog(qtbot, doc, sample, tmp_path,
                                                      monkeypatch):
    path = write(tmp_path / "acteurs.csv",
                 "Structure\tType\tCommentaires\n"
                 "Régie des eaux\tServices publics\tExploitant\n"
                 "Amis de l'étang\tassociation\t\n"
                 "Café du Port\tÉconomiques\tdéjà connu\n", "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def accept_as_user(self):  # the user looks, then clicks Importer
        assert self.errors.count() == 0
        self.import_button.click()
        return self.result()

    monkeypatch.setattr(CsvImportDialog, "exec", accept_as_user)
    page = pages.ActeursPage(doc)
    qtbot.addWidget(page)
    assert page.import_csv()
    names = {a.name: a for a in records.all_of(doc.notebook, m.Acteur)}
    assert names["Régie des eaux"].category is ActeurCategory.SERVICES_PUBLICS
    assert names["Amis de l'étang"].category is ActeurCategory.ASSOCIATIONS
    assert len([n for n in names if n == "Café du Port"]) == 1
    assert page.model.rowCount() == 11


# -- nonsense mappings (issue 12 item 16) ----------------------------------------------
def test_a_wrong_delimiter_chosen_by_hand_offers_nothing_to_import(qtbot, doc, sample, tmp_path):
    path = write(tmp_path / "inscriptions.csv", FIXED + ";Paul;Collectif;;;\n")
    before = records.count(doc.notebook, m.Participant)
    dialog = open_dialog(qtbot, doc, path)
    assert dialog.delimiter_combo.currentData() == ";"
    assert errors_of(dialog) == ["Ligne 6 : nom manquant."]  # the blank-name row is refused
    dialog.delimiter_combo.setCurrentIndex(dialog.delimiter_combo.findData(","))
    assert dialog.table.delimiter == ","
    assert not dialog.import_button.isEnabled()
    errors = errors_of(dialog)
    assert any("séparateur choisi n'est sans doute pas le bon" in e and "« ; »" in e
               for e in errors), errors
    assert "Import impossible" in dialog.summary.text()
    assert dialog.plan.participants == []  # no whole line offered as a last name
    dialog.do_import()
    assert records.count(doc.notebook, m.Participant) == before
    dialog.delimiter_combo.setCurrentIndex(dialog.delimiter_combo.findData(";"))
    assert errors_of(dialog) == ["Ligne 6 : nom manquant."]


def test_one_column_mapped_to_two_fields_is_refused(qtbot, doc, sample, tmp_path):
    path = write(tmp_path / "inscriptions.csv", FIXED)
    dialog = open_dialog(qtbot, doc, path)
    assert dialog.import_button.isEnabled()
    structure = dialog.mapping_combos["structure"]
    first_name = dialog.mapping_combos["first_name"]
    first_name.setCurrentIndex(first_name.findData(structure.currentData()))
    assert not dialog.import_button.isEnabled()
    assert errors_of(dialog) == [
        "La colonne « Structure » est associée à plusieurs champs (Prénom, Structure) : "
        "associez-la à un seul."]
    first_name.setCurrentIndex(first_name.findData(1))
    assert dialog.import_button.isEnabled()


def test_a_genuine_one_column_file_still_imports(qtbot, doc, sample, tmp_path):
    path = write(tmp_path / "noms.csv", "Nom\nDurand\nMartin\n", "utf-8")
    dialog = open_dialog(qtbot, doc, path)
    assert dialog.import_button.isEnabled(), errors_of(dialog)
    assert [p["last_name"] for p in dialog.plan.participants] == ["Durand", "Martin"]
