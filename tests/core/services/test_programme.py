"""Programme services: edits undone and redone exactly; read models with known figures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from lieuxcommuns_desktop.core.enums import (
    AtelierStatus,
    ExpeditionRole,
    ExperimentationStatus,
    PhaseKind,
)
from lieuxcommuns_desktop.core.model import (
    ENTITIES,
    Atelier,
    AtelierCollectivite,
    Membership,
    Phase,
)
from lieuxcommuns_desktop.core.services import programme as svc
from lieuxcommuns_desktop.core.services import programme_views as views
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import ChangeSet
from tests.core.programme_sample import TODAY, Sample

D = dt.date


def state(s: Sample) -> dict[str, dict[str, dict[str, Any]]]:
    """Every row of the notebook, ``modified_at`` aside."""
    out = {}
    with s.nb.read() as session:
        for entity in ENTITIES:
            out[entity.__tablename__] = {
                r["id"]: {k: v for k, v in r.items() if k != "modified_at"}
                for r in (dict(x._mapping) for x in session.execute(select(entity.__table__)))
            }
    return out


def roundtrip(s: Sample, do) -> tuple[svc.Edit, dict]:
    """Run ``do``; check undo restores the notebook and redo the edited state."""
    before = state(s)
    edit = do()
    after = state(s)
    assert after != before and edit
    svc.undo(s.nb, edit)
    assert state(s) == before
    svc.redo(s.nb, edit)
    assert state(s) == after
    return edit, after


# -- expeditions -----------------------------------------------------------------------
def test_join_then_undo_redo_keeps_the_same_record(s: Sample) -> None:
    edit, after = roundtrip(s, lambda: svc.join_expedition(
        s.nb, s["D"], s["U"], ExpeditionRole.SECOND_CERCLE, today=TODAY))
    (new_id,) = edit.created("membership")
    row = after["membership"][new_id]
    assert (row["collectivite_id"], row["thematique_id"], row["role"], row["joined_on"]) == (
        s["D"], s["U"], ExpeditionRole.SECOND_CERCLE, TODAY)
    with pytest.raises(svc.ProgrammeError, match="participe déjà à l'expédition"):
        svc.join_expedition(s.nb, s["D"], s["U"])


def test_change_role_and_join_date(s: Sample) -> None:
    roundtrip(s, lambda: svc.change_role(s.nb, s["mBU"], ExpeditionRole.PILOTE))
    assert records.get(s.nb, Membership, s["mBU"]).role == ExpeditionRole.PILOTE
    svc.change_membership(s.nb, s["mBU"], joined_on=D(2024, 12, 1))
    assert records.get(s.nb, Membership, s["mBU"]).joined_on == D(2024, 12, 1)
    with pytest.raises(svc.ProgrammeError, match="hors des limites"):
        svc.change_membership(s.nb, s["mBU"], joined_on=D(2525, 1, 1))


def test_leave_consequences_say_what_happens_to_the_ateliers(s: Sample) -> None:
    before = state(s)
    arcueil = svc.leave_consequences(s.nb, s["A"], s["U"], today=TODAY)
    assert state(s) == before  # asking writes nothing
    assert [a.title for a in arcueil.withdrawn] == ["Atelier u4"]
    assert [a.title for a in arcueil.kept] == ["Atelier u1", "Atelier u2", "Atelier u3"]
    assert arcueil.hosting == ()
    cergy = svc.leave_consequences(s.nb, s["C"], s["E"], today=TODAY)
    assert [a.title for a in cergy.hosting] == ["Atelier e2", "Atelier e3"]
    assert [a.title for a in cergy.kept] == ["Atelier e1"] and cergy.withdrawn == ()
    nature = svc.leave_consequences(s.nb, s["B"], s["N"], today=TODAY)
    assert not nature.has_ateliers


def test_leave_removes_membership_and_upcoming_participation_undoably(s: Sample) -> None:
    edit, after = roundtrip(s, lambda: svc.leave_expedition(s.nb, s["A"], s["U"], today=TODAY))
    assert edit.deleted("membership") == [s["mAU"]]
    assert edit.deleted("atelier_collectivite") == [s["u4A"]]
    assert s["u1A"] in after["atelier_collectivite"]  # history kept
    assert [a.title for a in edit.consequences.withdrawn] == ["Atelier u4"]
    with pytest.raises(svc.ProgrammeError, match="ne participe pas"):
        svc.leave_expedition(s.nb, s["A"], s["U"], today=TODAY)


def test_cascade_of_a_deleted_collectivite_is_restored(s: Sample) -> None:
    before = state(s)
    snapshot = records.delete(s.nb, model_collectivite(), s["B"])
    assert snapshot.rows["membership"] and snapshot.rows["atelier_collectivite"]
    records.restore(s.nb, snapshot)
    assert state(s) == before


def model_collectivite():
    from lieuxcommuns_desktop.core.model import Collectivite

    return Collectivite


# -- ateliers' collectivités -------------------------------------------------------------
def test_adding_a_participant_joins_its_expedition(s: Sample) -> None:
    edit, after = roundtrip(s, lambda: svc.add_participant(s.nb, s["u4"], s["C"], today=TODAY))
    assert len(edit.created("atelier_collectivite")) == 1
    (joined,) = edit.created("membership")
    assert after["membership"][joined]["role"] == ExpeditionRole.PARTICIPANTE
    assert after["membership"][joined]["joined_on"] == D(2025, 10, 1)  # the atelier's date
    with pytest.raises(svc.ProgrammeError, match="participe déjà à cet atelier"):
        svc.add_participant(s.nb, s["u4"], s["C"])
    # Already a member: only the participation is added.
    edit = svc.add_participant(s.nb, s["e2"], s["A"], today=TODAY)
    assert edit.created("membership") == []


def test_removing_participants_but_never_the_host(s: Sample) -> None:
    roundtrip(s, lambda: svc.remove_participant(s.nb, s["u1"], s["B"]))
    with pytest.raises(svc.ProgrammeError, match="accueille cet atelier"):
        svc.remove_participant(s.nb, s["u1"], s["A"])
    with pytest.raises(svc.ProgrammeError, match="ne participe pas à cet atelier"):
        svc.remove_participant(s.nb, s["e2"], s["B"])


def test_host_change_makes_the_new_host_a_participant_and_member(s: Sample) -> None:
    edit, after = roundtrip(s, lambda: svc.set_host(s.nb, s["u1"], s["C"], today=TODAY))
    assert after["atelier"][s["u1"]]["collectivite_id"] == s["C"]
    taking_part = {r["collectivite_id"] for r in after["atelier_collectivite"].values()
                   if r["atelier_id"] == s["u1"]}
    assert taking_part == {s["A"], s["B"], s["C"]}  # the former host stays
    (joined,) = edit.created("membership")
    assert after["membership"][joined]["joined_on"] == D(2025, 1, 15)
    roundtrip(s, lambda: svc.set_host(s.nb, s["u1"], None))


def test_moving_an_atelier_is_one_undoable_step(s: Sample) -> None:
    events: list[ChangeSet] = []
    s.nb.subscribe(events.append)
    _edit, after = roundtrip(s, lambda: svc.move_atelier(s.nb, s["e2"], D(2025, 9, 12)))
    assert events[0].updated == {"atelier": {s["e2"]}}
    assert after["atelier"][s["e2"]]["date"] == D(2025, 9, 12)
    svc.move_atelier(s.nb, s["e2"], None)
    assert records.get(s.nb, Atelier, s["e2"]).date is None
    with pytest.raises(svc.ProgrammeError, match="2525-03-01"):
        svc.move_atelier(s.nb, s["e2"], D(2525, 3, 1))
    assert records.get(s.nb, Atelier, s["e2"]).date is None


# -- phases ------------------------------------------------------------------------------
def test_phases_create_edit_delete(s: Sample) -> None:
    edit, after = roundtrip(s, lambda: svc.create_phase(
        s.nb, PhaseKind.MISE_EN_TEST, D(2026, 9, 1), D(2027, 6, 30), "  Cohorte 2 "))
    (phase_id,) = edit.created("phase")
    assert after["phase"][phase_id]["title"] == "Cohorte 2"
    roundtrip(s, lambda: svc.edit_phase(s.nb, phase_id, end_date=D(2027, 8, 31),
                                        kind=PhaseKind.PARCOURS_APPRENANT))
    with pytest.raises(svc.ProgrammeError, match="finir après son début"):
        svc.edit_phase(s.nb, phase_id, end_date=D(2026, 1, 1))
    with pytest.raises(svc.ProgrammeError, match="finir après son début"):
        svc.create_phase(s.nb, PhaseKind.MISE_EN_TEST, D(2026, 9, 1), D(2026, 8, 1))
    roundtrip(s, lambda: svc.delete_phase(s.nb, phase_id))
    assert records.count(s.nb, Phase) == 2


# -- timeline ----------------------------------------------------------------------------
def test_timeline_by_expedition(s: Sample) -> None:
    tl = views.timeline(s.nb, views.EXPEDITION, today=TODAY)
    assert (tl.start, tl.end, tl.today) == (D(2025, 1, 1), D(2026, 6, 30), TODAY)
    assert len(tl.months()) == 18
    assert [(lane.name, [b.title for b in lane.blocks]) for lane in tl.lanes] == [
        ("Urbanisme transitoire", ["Atelier u1", "Atelier u2", "Atelier u3", "Atelier u4"]),
        ("Gestion de l'eau", ["Atelier e1", "Atelier e2"]),
        ("Espaces naturels", []),
    ]
    assert [b.title for b in tl.undated] == ["Atelier e3"]
    assert [b.title for b in tl.outside_phases] == ["Atelier e2"]
    assert [(p.kind, p.start, p.end) for p in tl.phases] == [
        (PhaseKind.PARCOURS_APPRENANT, D(2025, 1, 1), D(2025, 6, 30)),
        (PhaseKind.MISE_EN_TEST, D(2025, 9, 1), D(2026, 6, 30))]
    u4 = tl.lanes[0].blocks[3]
    assert (u4.status, u4.host_id, u4.minutes, u4.start_time) == (
        AtelierStatus.BROUILLON, s["B"], 150, dt.time(9, 30))
    assert set(u4.participant_ids) == {s["A"], s["B"]}


def test_timeline_by_collectivite(s: Sample) -> None:
    tl = views.timeline(s.nb, views.COLLECTIVITE, today=TODAY)
    assert [(lane.name, [b.title[-2:] for b in lane.blocks]) for lane in tl.lanes] == [
        ("Arcueil", ["u1", "e1", "u2", "u3", "u4"]),
        ("Bréval", ["u1", "u2", "u3", "u4"]),
        ("Cergy", ["e1", "e2"]),
        ("Dammarie", []),
    ]


def test_timeline_without_atelier_or_phase(tmp_path: Path) -> None:
    from lieuxcommuns_desktop.core.services.notebook import Notebook

    nb = Notebook.create(tmp_path / "vide.lieux")
    try:
        tl = views.timeline(nb, today=TODAY)
        assert (tl.start, tl.end, tl.lanes, tl.undated) == (D(2025, 6, 1), D(2025, 6, 30), (), ())
        assert views.membership_grid(nb, today=TODAY).cells == {}
        assert views.dashboard(nb, today=TODAY).next_ateliers == ()
    finally:
        nb.close()


def test_a_ten_year_programme(s: Sample) -> None:
    svc.create_phase(s.nb, PhaseKind.MISE_EN_TEST, D(2025, 7, 1), D(2035, 8, 31))
    tl = views.timeline(s.nb, today=TODAY)
    assert len(tl.months()) == 10 * 12 + 8
    assert tl.outside_phases == ()  # e2 now falls inside the long phase


# -- membership grid -----------------------------------------------------------------------
def test_membership_grid_figures(s: Sample) -> None:
    grid = views.membership_grid(s.nb, today=TODAY)
    assert [name for _, name in grid.collectivites] == ["Arcueil", "Bréval", "Cergy", "Dammarie"]
    assert [name for _, name in grid.expeditions] == [
        "Urbanisme transitoire", "Gestion de l'eau", "Espaces naturels"]
    roles = {(c, t): grid.role(s[c], s[t]) for c in "ABCD" for t in "UEN"}
    assert {k: v for k, v in roles.items() if v} == {
        ("A", "U"): ExpeditionRole.PILOTE, ("B", "U"): ExpeditionRole.PARTICIPANTE,
        ("A", "E"): ExpeditionRole.PARTICIPANTE, ("C", "E"): ExpeditionRole.PILOTE,
        ("D", "E"): ExpeditionRole.SECOND_CERCLE}
    assert [a.title for a in grid.ateliers[s["U"]]] == [
        "Atelier u1", "Atelier u2", "Atelier u3", "Atelier u4"]
    assert [a.held for a in grid.ateliers[s["U"]]] == [True, True, True, False]
    # pa (acteur of Arcueil), pb (acteur named like Bréval), pc (structure "cergy").
    assert grid.attendance == {
        (s["A"], s["u1"]): 1, (s["B"], s["u1"]): 1, (s["A"], s["u2"]): 1,
        (s["A"], s["u3"]): 1, (s["C"], s["e1"]): 1, (s["A"], s["e1"]): 1}
    # Bréval missed u2 (ticked absent) and u3; Cergy and Arcueil have one held
    # Eau atelier since joining; Dammarie is second circle.
    assert grid.absent == {(s["B"], s["U"])}


def test_absence_flag_clears_when_someone_comes(s: Sample) -> None:
    from lieuxcommuns_desktop.core.model import Attendance

    row = next(a for a in records.all_of(s.nb, Attendance)
               if a.atelier_id == s["u2"] and a.participant_id == s["pb"])
    records.update(s.nb, Attendance, row.id, present=True)
    assert views.membership_grid(s.nb, today=TODAY).absent == frozenset()


# -- dashboard ------------------------------------------------------------------------------
def test_dashboard_figures(s: Sample) -> None:
    board = views.dashboard(s.nb, today=TODAY)
    assert [b.title for b in board.next_ateliers] == ["Atelier e2", "Atelier u4"]
    assert board.next_ateliers[0].outside_phases
    assert [(a.name, a.open, a.overdue) for a in board.actions] == [
        ("Arcueil", 1, 1),  # n1: owned by the Mairie d'Arcueil, due 1 February
        ("Bréval", 1, 0),   # n3: owner's acteur has no collectivité -> host of u2
        ("Cergy", 1, 0),    # n2: no owner -> host of e1, due 1 July
    ]
    assert board.experiments == {  # the statuses of schema 3, legacy ones left out
        ExperimentationStatus.ENVISAGEE: 1, ExperimentationStatus.EN_PREPARATION: 0,
        ExperimentationStatus.EN_COURS: 1, ExperimentationStatus.EVALUEE: 0,
        ExperimentationStatus.ESSAIMEE: 0, ExperimentationStatus.ABANDONNEE: 0}
    assert [(e.title, e.date, e.mean, e.answers) for e in board.evaluations] == [
        ("Atelier u1", D(2025, 1, 15), 4.5, 2), ("Atelier e1", D(2025, 2, 1), 3.0, 1)]


def test_blocks_of_cancelled_ateliers_are_not_next(s: Sample) -> None:
    records.update(s.nb, Atelier, s["e2"], status=AtelierStatus.ANNULE)
    assert [b.title for b in views.dashboard(s.nb, today=TODAY).next_ateliers] == ["Atelier u4"]
    assert records.count(s.nb, AtelierCollectivite) == 12


def test_an_atelier_made_from_a_template_has_its_host_taking_part(s: Sample) -> None:
    from lieuxcommuns_desktop.core.services import ateliers
    from lieuxcommuns_desktop.core.templates import load

    made = ateliers.create_from_template(
        s.nb, load("atelier-partenariat"), thematique_id=s["N"], collectivite_id=s["C"],
        date=D(2025, 11, 5))
    taking_part = records.all_of(s.nb, AtelierCollectivite, atelier_id=made.id)
    assert [r.collectivite_id for r in taking_part] == [s["C"]]
    (joined,) = records.all_of(s.nb, Membership, collectivite_id=s["C"], thematique_id=s["N"])
    assert (joined.role, joined.joined_on) == (ExpeditionRole.PARTICIPANTE, D(2025, 11, 5))
    copy = ateliers.duplicate_atelier(s.nb, made.id, "Bis")
    assert [r.collectivite_id for r in records.all_of(
        s.nb, AtelierCollectivite, atelier_id=copy.id)] == [s["C"]]
    assert records.count(s.nb, Membership, collectivite_id=s["C"], thematique_id=s["N"]) == 1
