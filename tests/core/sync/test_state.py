"""read_state / write_state on real notebook files: dots travel with the rows."""

from __future__ import annotations

from pathlib import Path

from lieuxcommuns_desktop.core.model import Atelier, Collectivite, Note
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.sync.state import SyncState, read_state, write_state


def _state(nb: Notebook, since=None):
    with nb.store.engine.connect() as conn:
        return read_state(conn, since)


def test_a_state_written_elsewhere_reads_back_with_the_same_dots(
    notebook: Notebook, tmp_path: Path
) -> None:
    with notebook.write() as session:
        col = Collectivite(name="Ville")
        session.add(col)
        session.flush()
        atelier = Atelier(title="A", collectivite_id=col.id)
        session.add(atelier)
        session.flush()
        session.add(Note(atelier_id=atelier.id, text="une note"))
    with notebook.write() as session:
        session.get(Atelier, atelier.id).title = "B"
    source = _state(notebook)
    other = Notebook.create(tmp_path / "autre.lieux")
    try:
        with other.store.engine.begin() as conn:
            write_state(conn, SyncState(
                vector=source.vector,
                rows={k: r for k, r in source.rows.items() if k[0] != "programme"},
                tombstones=source.tombstones,
            ))
        copy = _state(other)
        for key, row in source.rows.items():
            if key[0] == "programme":
                continue
            got = copy.rows[key]
            assert got.created == row.created and got.fields == row.fields
            assert {k: v for k, v in got.values.items()} == row.values
        for replica, counter in source.vector.items():
            assert copy.vector[replica] == counter
        with other.store.engine.connect() as conn:  # the triggers stood aside, and are back
            assert conn.exec_driver_sql("SELECT applying FROM sync_clock").scalar() == 0
    finally:
        other.close()


def test_a_delta_holds_only_what_the_vector_does_not_cover(notebook: Notebook) -> None:
    with notebook.write() as session:
        first = Collectivite(name="Une")
        session.add(first)
    seen = _state(notebook).vector
    with notebook.write() as session:
        second = Collectivite(name="Deux")
        session.add(second)
    with notebook.write() as session:
        session.delete(session.get(Collectivite, first.id))
    delta = _state(notebook, since=seen)
    assert set(delta.rows) == {("collectivite", second.id)}
    assert set(delta.tombstones) == {("collectivite", first.id)}
    assert _state(notebook, since=_state(notebook).vector).rows == {}


def test_a_delta_brings_the_owners_of_its_rows_so_a_deletion_is_a_conflict(pair) -> None:
    from lieuxcommuns_desktop.core.sync.merge import DeleteConflict, merge_into
    from tests.core.sync.helpers import edit

    mine, theirs, base = pair
    edit(mine, lambda s: s.delete(s.get(Atelier, base.atelier)))
    edit(theirs, lambda s: s.add(Note(atelier_id=base.atelier, text="ajoutée")))
    nb_mine = Notebook.open(mine)
    nb_theirs = Notebook.open(theirs, readonly=True)
    try:
        delta = _state(nb_theirs, since=_state(nb_mine).vector)
        assert ("atelier", base.atelier) in delta.rows  # the new note's owner comes along
        assert [k[0] for k in delta.rows] == ["atelier", "note"]
        report = merge_into(nb_mine, delta, prefer="theirs")
        assert [(type(c), c.deleted_by) for c in report.conflicts] == [(DeleteConflict, "mine")]
        with nb_mine.read() as session:
            assert session.get(Atelier, base.atelier) is not None
    finally:
        nb_mine.close()
        nb_theirs.close()
