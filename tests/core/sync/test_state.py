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
