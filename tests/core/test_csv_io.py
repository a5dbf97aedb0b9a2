"""CSV reading, mapping guesses, row validation and export, without Qt."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from lieuxcommuns_desktop.core import csv_io, labels
from lieuxcommuns_desktop.core.enums import OSTROM_PRINCIPLES, ActeurCategory
from lieuxcommuns_desktop.core.services import people

ROWS = "Nom;Prénom;Structure;Courriel\nDurand;Élodie;Mairie de Sète;elodie@sete.fr\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ROWS.encode("utf-8-sig"), "utf-8-sig"),
        (ROWS.encode("utf-8"), "utf-8"),
        (ROWS.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_detected(tmp_path, data, encoding) -> None:
    path = tmp_path / "inscrits.csv"
    path.write_bytes(data)
    table = csv_io.read_csv(path)
    assert table.encoding == encoding
    assert table.headers == ["Nom", "Prénom", "Structure", "Courriel"]
    assert table.rows[0][1] == "Élodie"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_sniffed(delimiter) -> None:
    text = delimiter.join(["Nom", "Prénom", "Structure"]) + "\n"
    text += delimiter.join(['"Martin, fils"', "Paul", '"Asso; Rivière"']) + "\n"
    text += delimiter.join(["Ba", "Awa", "Collectif"]) + "\n"
    table = csv_io.parse_text(text)
    assert table.delimiter == delimiter
    assert len(table.rows) == 2 and all(len(r) == 3 for r in table.rows)


def test_line_numbers_skip_blank_rows_and_count_multiline_cells() -> None:
    table = csv_io.parse_text('Nom;Note\nA;"deux\nlignes"\n\n;\nB;x\n')
    assert [r[0] for r in table.rows] == ["A", "B"]
    assert table.lines == [2, 6]


def test_guess_mapping_french_and_english_headers() -> None:
    headers = ["N°", "NOM", "Prénom", "Nom de la structure", "Adresse e-mail", "Tél.",
               "Catégorie d'acteur", "Fonction"]
    mapping = csv_io.guess_mapping(headers, "participants")
    assert mapping == {"last_name": 1, "first_name": 2, "structure": 3, "email": 4,
                       "phone": 5, "category": 6, "role": 7}
    english = csv_io.guess_mapping(["First name", "Last name", "E-mail", "Company"],
                                   "participants")
    assert english["first_name"] == 0 and english["last_name"] == 1
    assert english["email"] == 2 and english["structure"] == 3
    acteurs = csv_io.guess_mapping(["Structure", "Type", "Commentaires"], "acteurs")
    assert acteurs == {"name": 0, "category": 1, "description": 2}


def test_categories_from_labels_values_and_words() -> None:
    assert csv_io.category_from_text("Associations & collectifs") is ActeurCategory.ASSOCIATIONS
    assert csv_io.category_from_text("association") is ActeurCategory.ASSOCIATIONS
    assert csv_io.category_from_text("HABITANTS") is ActeurCategory.HABITANTS
    assert csv_io.category_from_text("services_publics") is ActeurCategory.SERVICES_PUBLICS
    assert csv_io.category_from_text("collectivité") is ActeurCategory.COLLECTIVITE
    assert csv_io.category_from_text("Martiens") is None


def test_plan_reports_each_bad_row_and_creates_nothing_for_them() -> None:
    text = (
        "Nom,Prénom,Structure,Catégorie,Courriel\n"
        "Durand,Élodie,Mairie de Sète,Collectivité,elodie@sete.fr\n"
        ",Paul,Asso,,\n"
        "Ba,Awa,Les Jardins,Martiens,awa@jardins\n"
        "Moreau,Luc,Les Jardins,Associations,luc@jardins.org\n"
    )
    table = csv_io.parse_text(text)
    mapping = csv_io.guess_mapping(table.headers, "participants")
    plan = csv_io.plan_import(table, mapping, "participants")
    assert not plan.ok
    assert [e.line for e in plan.errors] == [3, 4, 4]
    assert "nom manquant" in plan.errors[0].message
    assert "catégorie inconnue « Martiens »" in plan.errors[1].message
    assert "courriel invalide « awa@jardins »" in plan.errors[2].message
    assert len(plan.participants) == 2  # the valid ones, should the user fix the rest


def test_plan_links_existing_acteurs_creates_new_ones_and_skips_duplicates() -> None:
    mairie = SimpleNamespace(id="a1", name="Mairie de Sète")
    known = SimpleNamespace(first_name="Élodie", last_name="Durand", email="elodie@sete.fr")
    text = (
        "Nom;Prénom;Structure;Catégorie;Courriel\n"
        "Durand;Élodie;Mairie de Sète;;elodie@sete.fr\n"
        "Petit;Jules;MAIRIE DE SETE;;\n"
        "Moreau;Luc;Les Jardins;Associations;\n"
        "Moreau;Lise;les jardins;;\n"
        "Nguyen;Lan;Café du port;;\n"
    )
    table = csv_io.parse_text(text)
    plan = csv_io.plan_import(table, csv_io.guess_mapping(table.headers, "participants"),
                              "participants", [mairie], [known])
    assert plan.ok and plan.duplicates == 1
    by_first = {p["first_name"]: p for p in plan.participants}
    assert by_first["Jules"]["acteur_id"] == "a1"
    assert [a["name"] for a in plan.acteurs] == ["Les Jardins"]
    assert by_first["Luc"]["acteur_id"] == by_first["Lise"]["acteur_id"] == plan.acteurs[0]["id"]
    assert by_first["Lan"]["acteur_id"] is None and by_first["Lan"]["structure"] == "Café du port"


def test_plan_needs_a_name_column_and_rows() -> None:
    table = csv_io.parse_text("Courriel\na@b.fr\n")
    plan = csv_io.plan_import(table, csv_io.guess_mapping(table.headers, "participants"),
                              "participants")
    assert plan.problems == ["Aucune colonne n'est associée à « Nom »."]
    empty = csv_io.parse_text("Nom;Catégorie\n")
    plan = csv_io.plan_import(empty, {"name": 0, "category": 1}, "acteurs")
    assert plan.problems == ["Le fichier est vide."] and not plan.ok


def test_export_has_bom_semicolons_and_reimports(tmp_path) -> None:
    jardins = SimpleNamespace(id="a", name="Les Jardins ; partagés", category="associations")
    rows = [SimpleNamespace(last_name="Lefèvre", first_name="Zoé", acteur_id="a", structure="",
                            email="zoe@exemple.fr", phone="+33 6 12", role="Présidente")]
    headers, data = csv_io.participant_table(rows, {"a": jardins})
    path = tmp_path / "export.csv"
    csv_io.write_csv(path, headers, data)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert "Lefèvre;Zoé" in raw.decode("utf-8-sig")
    table = csv_io.read_csv(path)
    assert table.delimiter == ";" and table.encoding == "utf-8-sig"
    mapping = csv_io.guess_mapping(table.headers, "participants")
    plan = csv_io.plan_import(table, mapping, "participants")
    assert plan.ok
    assert plan.participants[0]["last_name"] == "Lefèvre"
    assert plan.acteurs[0]["name"] == "Les Jardins ; partagés"
    assert plan.acteurs[0]["category"] is ActeurCategory.ASSOCIATIONS


def test_labels_cover_every_enum_and_principle() -> None:
    from enum import StrEnum

    from lieuxcommuns_desktop.core import enums

    for enum_cls in vars(enums).values():
        if isinstance(enum_cls, type) and issubclass(enum_cls, StrEnum) and enum_cls is not StrEnum:
            for member in enum_cls:
                assert member in labels.LABELS, member
    assert [labels.principle_label(i) for i in range(1, 9)] == [
        labels.principle_label(k) for k in OSTROM_PRINCIPLES]
    assert len({labels.category_colour(c) for c in ActeurCategory}) == len(ActeurCategory)
    assert labels.fold("  Équipement Cœur ") == "equipement coeur"


def test_usage_words_and_walk_in_parsing() -> None:
    assert people.usage_words({"participant": 3, "map_placement": 2}) == (
        "3 participant·es et 2 cartes")
    assert people.usage_words({"participant": 1, "relation": 2, "note": 1}) == (
        "1 participant·e, 2 relations et 1 note ou action")
    assert people.usage_words({"stakeholder_map": 1, "map_placement": 1, "membership": 1}) == (
        "2 cartes et 1 participation à une expédition")  # the same words add up
    assert people.usage_words({}) == ""
    parsed = people.parse_walk_in("  Jean-Pierre De la Fontaine ,  Mairie ")
    assert (parsed.first_name, parsed.last_name, parsed.structure) == (
        "Jean-Pierre", "De la Fontaine", "Mairie")
    assert people.parse_walk_in("Awa").last_name == ""
    with pytest.raises(Exception, match="nom"):
        people.parse_walk_in(" , Asso")


def test_walk_in_service_links_acteur_and_undoes(notebook) -> None:
    from lieuxcommuns_desktop.core import model as m
    from lieuxcommuns_desktop.core.services import records

    atelier = records.create(notebook, m.Atelier, title="Atelier")
    mairie = records.create(notebook, m.Acteur, name="Mairie de Sète")
    done = people.add_walk_in(notebook, atelier.id, "Awa Ba, mairie de sete", dt.time(9, 5))
    person = records.get(notebook, m.Participant, done.participant_id)
    assert person.acteur_id == mairie.id and person.structure == ""
    row = records.get(notebook, m.Attendance, done.attendance_id)
    assert row.present and row.walk_in and row.arrived_at == dt.time(9, 5)
    again = people.add_walk_in(notebook, atelier.id, "awa ba", dt.time(9, 30))
    assert not again.created_participant and not again.created_attendance
    assert records.get(notebook, m.Attendance, done.attendance_id).arrived_at == dt.time(9, 5)
    people.undo_walk_in(notebook, done)
    assert records.count(notebook, m.Participant) == 0
    assert records.count(notebook, m.Attendance) == 0


def test_usage_words_in_english(english) -> None:
    assert people.usage_words({"participant": 1, "map_placement": 2, "membership": 2}) == (
        "1 participant, 2 maps and 2 expedition memberships")
