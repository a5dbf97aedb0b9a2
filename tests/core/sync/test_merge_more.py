"""Merges and the rest of the notebook: search index, undo of a collision, peers, programme."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from lieuxcommuns_desktop.core.errors import StoreError
from lieuxcommuns_desktop.core.model import Attendance, Note, Programme
from lieuxcommuns_desktop.core.services import edits
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.sync.merge import merge_into
from lieuxcommuns_desktop.core.sync.sources import state_of_file
from lieuxcommuns_desktop.core.sync.state import purge_tombstones, read_peers, read_state
from tests.core.sync.helpers import edit, exported, merge

pytestmark = pytest.mark.usefixtures("local_read")

def _fts(path: Path, word: str) -> list[str]:
    nb = Notebook.open(path, readonly=True)
    try:
        with nb.store.engine.connect() as conn:
            return conn.exec_driver_sql(
                "SELECT note_id FROM note_fts WHERE note_fts MATCH ?", (word,)).scalars().all()
    finally:
        nb.close()


def test_merged_notes_are_searchable_and_deleted_ones_leave_the_index(pair) -> None:
    mine, theirs, base = pair
    edit(theirs, lambda s: setattr(s.get(Note, base.notes[0]), "text", "composteur partagé"))
    edit(theirs, lambda s: s.delete(s.get(Note, base.notes[1])))
    assert _fts(mine, "note")  # "note 1" is indexed before
    merge(mine, theirs)
    assert _fts(mine, "composteur") == [base.notes[0]]
    assert base.notes[1] not in _fts(mine, "note")


def test_undo_of_a_merge_with_a_unique_key_collision_puts_my_row_back(pair) -> None:
    mine, theirs, base = pair
    made = {}

    def attend(side: str):
        def action(session) -> None:
            row = Attendance(atelier_id=base.atelier, participant_id=base.participant)
            session.add(row)
            session.flush()
            made[side] = row.id
        return action

    edit(mine, attend("mine"))
    edit(theirs, attend("theirs"))
    before = exported(mine)
    nb = Notebook.open(mine)
    try:
        report = merge_into(nb, state_of_file(theirs))
        with nb.read() as session:
            ids = session.scalars(select(Attendance.id)).all()
        assert ids == [min(made.values())]
        edits.undo(nb, report.edit)
        assert nb.store.check() == []
    finally:
        nb.close()
    assert exported(mine) == before


def test_a_merge_remembers_the_peer_and_tombstones_it_saw_can_be_purged(pair) -> None:
    mine, theirs, base = pair
    edit(mine, lambda s: s.delete(s.get(Note, base.notes[3])))
    nb = Notebook.open(mine)
    try:
        merge_into(nb, state_of_file(theirs), peer="theirs.lieux")
        with nb.store.engine.begin() as conn:
            assert set(read_peers(conn)) == {"theirs.lieux"}
            assert purge_tombstones(conn) == 0  # they have not seen my deletion yet
    finally:
        nb.close()
    merge(theirs, mine)  # now they have
    nb = Notebook.open(mine)
    try:
        merge_into(nb, state_of_file(theirs), peer="theirs.lieux")
        with nb.store.engine.begin() as conn:
            assert purge_tombstones(conn) == 1
            assert read_state(conn).tombstones == {}
    finally:
        nb.close()


def test_a_new_notebook_takes_the_programme_of_the_merged_one(pair, tmp_path) -> None:
    mine, _theirs, base = pair
    empty = tmp_path / "nouveau.lieux"
    Notebook.create(empty, title="").close()
    report = merge(empty, mine)
    assert report.conflicts == []
    nb = Notebook.open(empty, readonly=True)
    try:
        with nb.read() as session:
            assert [p.title for p in session.scalars(select(Programme))] == ["Parcours"]
            assert session.get(Note, base.notes[0]) is not None
    finally:
        nb.close()


def test_two_used_notebooks_keep_one_programme_and_list_the_differences(pair, tmp_path) -> None:
    mine, _theirs, _base = pair
    other = tmp_path / "autre.lieux"
    Notebook.create(other, title="Un autre parcours").close()
    edit(other, lambda s: s.add(Note(atelier_id=_make_atelier(s), text="x")))
    report = merge(mine, other)
    assert [(c.table, c.column) for c in report.conflicts] == [("programme", "title")]
    nb = Notebook.open(mine, readonly=True)
    try:
        with nb.read() as session:
            assert [p.title for p in session.scalars(select(Programme))] == ["Parcours"]
    finally:
        nb.close()


def _make_atelier(session) -> str:
    from lieuxcommuns_desktop.core.model import Atelier

    atelier = Atelier(title="Ailleurs")
    session.add(atelier)
    session.flush()
    return atelier.id


def test_a_read_only_notebook_is_refused_before_any_backup(pair) -> None:
    mine, theirs, _base = pair
    nb = Notebook.open(mine, readonly=True)
    try:
        with pytest.raises(StoreError):
            merge_into(nb, state_of_file(theirs))
    finally:
        nb.close()
    assert not list(mine.parent.glob("*.avant-fusion*"))
