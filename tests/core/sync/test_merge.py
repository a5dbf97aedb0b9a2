"""Three-way merges of two real notebook files that diverged from one copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from lieuxcommuns_desktop.core.model import Atelier, Attendance, Collectivite, Note
from lieuxcommuns_desktop.core.services import edits
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.sync.merge import (
    DeleteConflict,
    FieldConflict,
    merge_into,
    plan_merge,
)
from lieuxcommuns_desktop.core.sync.sources import state_of_file
from lieuxcommuns_desktop.core.sync.state import read_state
from tests.core.sync.helpers import edit, exported, merge

pytestmark = pytest.mark.usefixtures("local_read")

def _get(path: Path, entity, record_id: str):
    nb = Notebook.open(path, readonly=True)
    try:
        with nb.read() as session:
            return session.get(entity, record_id)
    finally:
        nb.close()


def test_a_field_changed_on_one_side_only_comes_in_without_conflict(pair) -> None:
    mine, theirs, base = pair
    edit(theirs, lambda s: setattr(s.get(Note, base.notes[0]), "text", "leur texte"))
    edit(mine, lambda s: setattr(s.get(Note, base.notes[0]), "done", True))
    report = merge(mine, theirs)
    assert report.conflicts == [] and report.updated == {"note": 1}
    note = _get(mine, Note, base.notes[0])
    assert (note.text, note.done) == ("leur texte", True)


def test_a_field_changed_on_both_sides_is_a_conflict_resolved_by_prefer(pair, tmp_path) -> None:
    mine, theirs, base = pair
    edit(theirs, lambda s: setattr(s.get(Note, base.notes[0]), "text", "leur texte"))
    edit(mine, lambda s: setattr(s.get(Note, base.notes[0]), "text", "mon texte"))
    keep = tmp_path / "copie.lieux"
    shutil.copyfile(mine, keep)
    report = merge(mine, theirs)
    assert report.conflicts == [FieldConflict("note", base.notes[0], "mon texte", "text",
                                              "mon texte", "leur texte", "note 0")]
    assert _get(mine, Note, base.notes[0]).text == "mon texte"
    merge(keep, theirs, prefer="theirs")
    assert _get(keep, Note, base.notes[0]).text == "leur texte"


def test_a_per_field_choice_from_the_chooser_wins_over_prefer(pair) -> None:
    mine, theirs, base = pair
    edit(theirs, lambda s: setattr(s.get(Note, base.notes[0]), "text", "leur texte"))
    edit(mine, lambda s: setattr(s.get(Note, base.notes[0]), "text", "mon texte"))
    seen = []

    def choose(plan):  # the review dialog's part
        seen.extend(plan.conflicts)
        return {("note", base.notes[0], "text"): "theirs"}

    report = merge(mine, theirs, choose=choose)
    assert len(seen) == 1 and report.choices == {("note", base.notes[0], "text"): "theirs"}
    assert _get(mine, Note, base.notes[0]).text == "leur texte"


def test_a_cancelled_review_writes_nothing(pair) -> None:
    mine, theirs, base = pair
    edit(theirs, lambda s: setattr(s.get(Note, base.notes[0]), "text", "leur texte"))
    edit(mine, lambda s: setattr(s.get(Note, base.notes[0]), "text", "mon texte"))
    before = mine.read_bytes()
    report = merge(mine, theirs, choose=lambda plan: None)
    assert report.cancelled and mine.read_bytes() == before
    assert not list(mine.parent.glob("mine.avant-fusion*"))


def test_a_deletion_is_carried_and_backed_up_first(pair) -> None:
    mine, theirs, base = pair
    edit(theirs, lambda s: s.delete(s.get(Note, base.notes[1])))
    report = merge(mine, theirs)
    assert report.deleted == {"note": 1} and report.conflicts == []
    assert _get(mine, Note, base.notes[1]) is None
    assert report.backup is not None and report.backup.name == "mine.avant-fusion.lieux"
    assert _get(report.backup, Note, base.notes[1]) is not None


def test_their_edit_against_my_deletion_is_a_conflict(pair, tmp_path) -> None:
    mine, theirs, base = pair
    edit(mine, lambda s: s.delete(s.get(Note, base.notes[2])))
    edit(theirs, lambda s: setattr(s.get(Note, base.notes[2]), "text", "modifiée"))
    keep = tmp_path / "copie.lieux"
    shutil.copyfile(mine, keep)
    report = merge(mine, theirs)
    assert [type(c) for c in report.conflicts] == [DeleteConflict]
    assert report.conflicts[0].deleted_by == "mine"
    assert _get(mine, Note, base.notes[2]) is None
    merge(keep, theirs, prefer="theirs")
    assert _get(keep, Note, base.notes[2]).text == "modifiée"


def test_my_edit_against_their_deletion_is_a_conflict(pair) -> None:
    mine, theirs, base = pair
    edit(theirs, lambda s: s.delete(s.get(Note, base.notes[2])))
    edit(mine, lambda s: setattr(s.get(Note, base.notes[2]), "text", "gardée"))
    report = merge(mine, theirs)
    assert [(type(c), c.deleted_by) for c in report.conflicts] == [(DeleteConflict, "theirs")]
    assert _get(mine, Note, base.notes[2]).text == "gardée"
    # my choice travels: their copy gets the note back, without a second conflict
    back = merge(theirs, mine)
    assert back.conflicts == [] and _get(theirs, Note, base.notes[2]).text == "gardée"


def test_a_note_added_under_an_atelier_they_deleted_keeps_its_atelier(pair, tmp_path) -> None:
    mine, theirs, base = pair
    edit(theirs, lambda s: s.delete(s.get(Atelier, base.atelier)))
    added = []

    def add(session) -> None:
        note = Note(atelier_id=base.atelier, text="ajoutée après")
        session.add(note)
        session.flush()
        added.append(note.id)

    edit(mine, add)
    keep = tmp_path / "copie.lieux"
    shutil.copyfile(mine, keep)
    report = merge(mine, theirs)
    assert [(c.table, c.deleted_by) for c in report.conflicts] == [("atelier", "theirs")]
    assert _get(mine, Atelier, base.atelier) is not None
    assert _get(mine, Note, added[0]) is not None
    nb = Notebook.open(mine)
    try:
        assert nb.store.check() == []
    finally:
        nb.close()
    # choosing their deletion takes the new note with it: nothing dangles
    merge(keep, theirs, prefer="theirs")
    assert _get(keep, Atelier, base.atelier) is None and _get(keep, Note, added[0]) is None


def test_a_unique_key_taken_on_both_sides_converges_to_the_smaller_id(pair) -> None:
    mine, theirs, base = pair
    ids = {}

    def attend(side: str, present: bool):
        def action(session) -> None:
            row = Attendance(atelier_id=base.atelier, participant_id=base.participant,
                             present=present)
            session.add(row)
            session.flush()
            ids[side] = row.id
        return action

    edit(mine, attend("mine", True))
    edit(theirs, attend("theirs", False))
    report = merge(mine, theirs)
    assert {(c.table, c.column) for c in report.conflicts} == {("attendance", "present")}
    merge(theirs, mine)
    survivor = min(ids.values())
    for path in (mine, theirs):
        nb = Notebook.open(path, readonly=True)
        try:
            with nb.read() as session:
                rows = session.scalars(select(Attendance)).all()
        finally:
            nb.close()
        assert [(r.id, r.present) for r in rows] == [(survivor, True)]
    assert exported(mine) == exported(theirs)


def test_merging_twice_changes_nothing_and_both_directions_converge(pair) -> None:
    mine, theirs, base = pair
    edit(mine, lambda s: setattr(s.get(Note, base.notes[0]), "text", "A"))
    edit(mine, lambda s: s.delete(s.get(Note, base.notes[1])))
    edit(theirs, lambda s: setattr(s.get(Note, base.notes[0]), "text", "B"))
    edit(theirs, lambda s: setattr(s.get(Collectivite, base.collectivite), "name", "Cité"))
    edit(theirs, lambda s: s.add(Note(atelier_id=base.atelier, text="nouvelle")))
    merge(mine, theirs)
    once = exported(mine)
    again = merge(mine, theirs)
    assert (again.added, again.updated, again.deleted, again.conflicts) == ({}, {}, {}, [])
    assert again.backup is None and exported(mine) == once
    back = merge(theirs, mine)
    assert back.conflicts == []  # the choice made on my side travels without asking again
    assert exported(theirs) == exported(mine)


def test_the_whole_merge_is_undone_in_one_step(pair) -> None:
    mine, theirs, base = pair
    edit(theirs, lambda s: setattr(s.get(Note, base.notes[0]), "text", "leur texte"))
    edit(theirs, lambda s: s.delete(s.get(Atelier, base.atelier)))
    edit(theirs, lambda s: s.add(Collectivite(name="Nouvelle")))
    before = exported(mine)
    nb = Notebook.open(mine)
    try:
        report = merge_into(nb, state_of_file(theirs))
        assert report.deleted == {"atelier": 1, "note": 4}
        edits.undo(nb, report.edit)
        assert nb.store.check() == []
    finally:
        nb.close()
    assert exported(mine) == before


def test_a_plan_is_pure(pair) -> None:
    mine, theirs, base = pair
    edit(theirs, lambda s: s.delete(s.get(Note, base.notes[0])))
    states = []
    for path in (mine, theirs):
        nb = Notebook.open(path, readonly=True)
        with nb.store.engine.connect() as conn:
            states.append(read_state(conn))
        nb.close()
    plan = plan_merge(*states)
    assert plan.deleted == {"note": 1} and plan.conflicts == []
    assert _get(mine, Note, base.notes[0]) is not None
