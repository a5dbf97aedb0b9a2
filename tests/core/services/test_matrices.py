"""Matrix and commons-grid use cases, on a real notebook file."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import MatrixVersion, PrincipleStatus
from lieuxcommuns_desktop.core.matrix_export import export_atelier_matrices
from lieuxcommuns_desktop.core.matrix_labels import DECISIONS, ROLES, parse_cell
from lieuxcommuns_desktop.core.services import commons, records
from lieuxcommuns_desktop.core.services import matrices as svc
from lieuxcommuns_desktop.core.services.notebook import Notebook

TODAY, TARGET = MatrixVersion.AUJOURDHUI, MatrixVersion.CIBLE


@pytest.fixture
def setup(notebook):
    atelier = records.create(notebook, m.Atelier, title="Friche Lamartine")
    names = ["Mairie", "Habitants du quartier", "Collectif Friche"]
    acteurs = [records.create(notebook, m.Acteur, name=n).id for n in names]
    for matrix in (ROLES, DECISIONS):
        svc.set_columns(notebook, atelier.id, matrix, acteurs)
    resp = svc.add_rows(notebook, atelier.id, ROLES, ["Ouvrir le lieu", "Tenir le budget"])
    dec = svc.add_rows(notebook, atelier.id, DECISIONS, ["Programmation", "Budget"])
    return notebook, atelier.id, acteurs, resp, dec


def test_columns_rows_and_cells_read_back(setup) -> None:
    nb, atelier, (mairie, _hab, coll), resp, _dec = setup
    svc.set_cell(nb, ROLES, resp[0], mairie, "A")
    svc.set_cell(nb, ROLES, resp[0], coll, "R")
    data = svc.read_matrix(nb, atelier, ROLES)
    assert [c.name for c in data.columns] == ["Mairie", "Habitants du quartier", "Collectif Friche"]
    assert [r.label for r in data.rows] == ["Ouvrir le lieu", "Tenir le budget"]
    assert data.table()[0] == ["A", None, "R"]
    assert [i.code for i in data.issues()] == ["raci_no_a", "raci_no_r"]  # second row empty
    assert svc.set_cell(nb, ROLES, resp[0], mairie, None) == "A"
    assert svc.read_matrix(nb, atelier, ROLES).value(resp[0], mairie) is None


def test_invalid_cell_value_is_refused(setup) -> None:
    nb, _atelier, acteurs, resp, _dec = setup
    with pytest.raises(svc.MatrixError):
        svc.set_cells(nb, ROLES, {(resp[0], acteurs[0]): "R", (resp[1], acteurs[0]): "X"})
    assert records.count(nb, m.RoleCell) == 0


def test_decision_versions_are_separate_and_copy_is_undoable(setup) -> None:
    nb, atelier, (mairie, hab, coll), _resp, (prog, budget) = setup
    svc.set_cells(nb, DECISIONS, {(prog, mairie): "5", (prog, hab): "2"}, TODAY)
    svc.set_cell(nb, DECISIONS, budget, coll, "1", TARGET)
    assert svc.read_matrix(nb, atelier, DECISIONS, TARGET).cells == {(budget, coll): "1"}
    previous = svc.copy_version(nb, atelier)
    assert svc.read_matrix(nb, atelier, DECISIONS, TARGET).cells == {
        (prog, mairie): "5", (prog, hab): "2"}
    svc.set_cells(nb, DECISIONS, previous, TARGET)
    assert svc.read_matrix(nb, atelier, DECISIONS, TARGET).cells == {(budget, coll): "1"}


def test_compare_lists_changes_in_words(setup) -> None:
    nb, atelier, (mairie, hab, coll), _resp, (prog, budget) = setup
    svc.set_cells(nb, DECISIONS, {(prog, mairie): "5", (prog, hab): "2", (budget, coll): "0"},
                  TODAY)
    svc.copy_version(nb, atelier)
    svc.set_cells(nb, DECISIONS, {(prog, mairie): "4", (prog, hab): "4", (budget, coll): None},
                  TARGET)
    changes = svc.compare(nb, atelier)
    # an empty cell and "non concerné" are the same: no change on the budget
    assert [(c.row, c.acteur) for c in changes] == [("Programmation", "Mairie"),
                                                    ("Programmation", "Habitants du quartier")]
    assert changes[1].sentence == (
        "Habitants du quartier : consulté → co-décide sur « Programmation »")


def test_paste_is_all_or_nothing_and_returns_undo(setup) -> None:
    nb, atelier, (_mairie, _hab, coll), resp, _dec = setup
    svc.set_cell(nb, ROLES, resp[1], coll, "I")
    with pytest.raises(svc.MatrixError) as bad:
        svc.paste(nb, atelier, ROLES, 0, 0, "A\tR\tC\nr\tZ\t\n")
    assert "« Z »" in bad.value.message and "Tenir le budget" in bad.value.message
    assert "Habitants du quartier" in bad.value.message
    assert svc.read_matrix(nb, atelier, ROLES).cells == {(resp[1], coll): "I"}
    with pytest.raises(svc.MatrixError) as big:
        svc.paste(nb, atelier, ROLES, 1, 1, "A\tR\tC\n")
    assert "dépasse" in big.value.message

    previous = svc.paste(nb, atelier, ROLES, 0, 0, "A\tR\tC\r\nr\ti\t\r\n")
    assert svc.read_matrix(nb, atelier, ROLES).table() == [["A", "R", "C"], ["R", "I", None]]
    svc.set_cells(nb, ROLES, previous)
    assert svc.read_matrix(nb, atelier, ROLES).cells == {(resp[1], coll): "I"}


def test_parse_cell_accepts_words_digits_and_letters() -> None:
    assert parse_cell(DECISIONS, "Co-décide") == "4"
    assert parse_cell(DECISIONS, "codecide") == "4"
    assert parse_cell(DECISIONS, " 5 ") == "5"
    assert parse_cell(DECISIONS, "NON CONCERNE") == "0"
    assert parse_cell(DECISIONS, "") is None
    assert parse_cell(ROLES, "réalise") == "R"
    assert parse_cell(ROLES, "a") == "A"
    for bad in ("6", "X", "décider"):
        with pytest.raises(ValueError):
            parse_cell(DECISIONS, bad)


def test_block_text_round_trips_through_paste(setup) -> None:
    nb, atelier, (mairie, hab, coll), _resp, (prog, budget) = setup
    svc.set_cells(nb, DECISIONS, {(prog, mairie): "5", (prog, hab): "3", (budget, coll): "4"},
                  TODAY)
    text = svc.block_text(svc.read_matrix(nb, atelier, DECISIONS, TODAY), 0, 0, 1, 2)
    assert text.splitlines()[0] == "décide\tconcerté\t"
    svc.paste(nb, atelier, DECISIONS, 0, 0, text, TARGET)
    assert svc.compare(nb, atelier) == []


def test_removing_a_column_removes_its_cells_and_undo_restores_them(setup) -> None:
    nb, atelier, (mairie, hab, coll), resp, (prog, _budget) = setup
    svc.set_cell(nb, ROLES, resp[0], hab, "R")
    svc.set_cell(nb, DECISIONS, prog, hab, "4", TARGET)
    state = svc.set_columns(nb, atelier, DECISIONS, [coll, mairie])
    assert [c.name for c in svc.columns(nb, atelier, DECISIONS)] == ["Collectif Friche", "Mairie"]
    assert records.count(nb, m.DecisionCell) == 0
    assert records.count(nb, m.RoleCell) == 1  # the role matrix keeps its own columns
    svc.restore_columns(nb, atelier, DECISIONS, state)
    assert [c.acteur_id for c in svc.columns(nb, atelier, DECISIONS)] == [mairie, hab, coll]
    assert svc.read_matrix(nb, atelier, DECISIONS, TARGET).cells == {(prog, hab): "4"}


def test_rows_add_rename_reorder_remove(setup) -> None:
    nb, atelier, acteurs, resp, _dec = setup
    new = svc.add_row(nb, atelier, ROLES, "  Accueillir   les nouveaux ", position=1)
    assert [r.label for r in svc.read_matrix(nb, atelier, ROLES).rows] == [
        "Ouvrir le lieu", "Accueillir les nouveaux", "Tenir le budget"]
    assert svc.rename_row(nb, ROLES, new, "Accueillir") == "Accueillir les nouveaux"
    with pytest.raises(svc.MatrixError):
        svc.rename_row(nb, ROLES, new, "   ")
    svc.reorder_rows(nb, ROLES, [resp[1], new, resp[0]])
    svc.set_cell(nb, ROLES, new, acteurs[0], "A")
    snapshot = svc.remove_rows(nb, ROLES, [new])
    assert [r.label for r in svc.read_matrix(nb, atelier, ROLES).rows] == [
        "Tenir le budget", "Ouvrir le lieu"]
    records.restore(nb, snapshot)
    data = svc.read_matrix(nb, atelier, ROLES)
    assert [r.label for r in data.rows] == ["Tenir le budget", "Accueillir", "Ouvrir le lieu"]
    assert data.value(new, acteurs[0]) == "A"


def test_summaries_power_and_counts(setup) -> None:
    nb, atelier, (mairie, hab, coll), _resp, (prog, budget) = setup
    svc.set_cells(nb, DECISIONS, {(prog, mairie): "4", (prog, hab): "4", (budget, mairie): "5",
                                  (budget, coll): "1"}, TODAY)
    data = svc.read_matrix(nb, atelier, DECISIONS, TODAY)
    assert data.power() == {mairie: 0.75, hab: 0.25, coll: 0.0}
    counts = data.level_counts(budget)
    assert counts[svc.ParticipationLevel.DECIDE] == 1
    assert counts[svc.ParticipationLevel.NON_CONCERNE] == 1
    assert [i.code for i in data.issues()] == ["decision_not_shared"]


def test_cells_by_ids_and_cell_ids(setup) -> None:
    nb, atelier, acteurs, _resp, (prog, _b) = setup
    svc.set_cell(nb, DECISIONS, prog, acteurs[0], "3", TARGET)
    ids = svc.read_matrix(nb, atelier, DECISIONS, TARGET).cell_ids
    assert list(ids.values()) == [(prog, acteurs[0])]
    (cell,) = svc.cells_by_ids(nb, DECISIONS, ids)
    assert (cell.version, cell.value) == (TARGET, "3")
    assert svc.read_matrix(nb, atelier, DECISIONS, TODAY).cell_ids == {}


def test_commons_grid_and_trend(notebook) -> None:
    nb = notebook
    res = records.create(nb, m.Ressource, name="Friche")
    late = records.create(nb, m.Atelier, title="Atelier 2", ressource_id=res.id,
                          date=dt.date(2026, 5, 2))
    early = records.create(nb, m.Atelier, title="Atelier 1", ressource_id=res.id,
                           date=dt.date(2026, 3, 1))
    assert [p.status for p in commons.read_commons(nb, early.id)] == [PrincipleStatus.ABSENT] * 8
    assert commons.set_principle(nb, early.id, 3, status="en_discussion", note="AG mensuelle") == (
        PrincipleStatus.ABSENT, "")
    assert commons.set_principle(nb, early.id, 3, note="AG trimestrielle") == (
        PrincipleStatus.EN_DISCUSSION, "AG mensuelle")
    commons.set_principle(nb, late.id, 3, status=PrincipleStatus.EN_PLACE)
    commons.set_principle(nb, late.id, 1, status=PrincipleStatus.ABSENT)
    commons.set_principle(nb, early.id, 1, status=PrincipleStatus.EN_PLACE)
    grid = commons.read_commons(nb, early.id)
    assert (grid[2].status, grid[2].note) == (PrincipleStatus.EN_DISCUSSION, "AG trimestrielle")
    with pytest.raises(svc.MatrixError):
        commons.set_principle(nb, early.id, 9, status="en_place")
    trend = commons.commons_trend(nb, res.id)
    assert [a.title for a in trend.ateliers] == ["Atelier 1", "Atelier 2"]
    assert trend.statuses[3] == [PrincipleStatus.EN_DISCUSSION, PrincipleStatus.EN_PLACE]
    assert trend.statuses[2] == [None, None]
    assert (trend.direction(3), trend.direction(1), trend.direction(2)) == (1, -1, 0)


def test_export_atelier_matrices_writes_four_csv(setup, tmp_path) -> None:
    nb, atelier, (mairie, hab, _coll), resp, (prog, _budget) = setup
    svc.set_cell(nb, ROLES, resp[0], mairie, "A")
    svc.set_cell(nb, DECISIONS, prog, hab, "4", TARGET)
    commons.set_principle(nb, atelier, 2, status="en_place", note="Règlement; intérieur")
    paths = export_atelier_matrices(nb, atelier, tmp_path / "out")
    assert [p.name for p in paths] == ["roles.csv", "decisions-aujourdhui.csv",
                                       "decisions-cible.csv", "communs.csv"]
    raw = paths[0].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    roles = list(csv.reader(paths[0].read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert roles[0] == ["Responsabilité", "Mairie", "Habitants du quartier", "Collectif Friche"]
    assert roles[1] == ["Ouvrir le lieu", "A", "", ""]
    target = list(csv.reader(paths[2].read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert target[1] == ["Programmation", "", "co-décide", ""]
    grid = list(csv.reader(paths[3].read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert grid[2][2:] == ["en place", "Règlement; intérieur"]
    assert len(grid) == 9


def test_reopen_keeps_cells(setup, notebook_path) -> None:
    nb, atelier, acteurs, resp, _dec = setup
    svc.set_cell(nb, ROLES, resp[1], acteurs[2], "C")
    nb.close()
    again = Notebook.open(notebook_path)
    try:
        assert svc.read_matrix(again, atelier, ROLES).cells == {(resp[1], acteurs[2]): "C"}
    finally:
        again.close()


def test_decision_cells_without_a_version_are_refused_untouched(setup) -> None:
    """``write_cells`` is called with ``version_of``'s answer; a ``None`` for the
    decision matrix is a caller's mistake, refused by name before any write."""
    nb, _atelier, acteurs, _resp, dec = setup
    with pytest.raises(ValueError, match="version"), nb.write() as s:
        svc.write_cells(s, DECISIONS, None, {(dec[0], acteurs[0]): "5"},
                        svc.ChangeSet())
    assert records.count(nb, m.DecisionCell) == 0
