"""The SQLite triggers keep dots, tombstones and the vector on real notebook files."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

from lieuxcommuns_desktop.core.model import Atelier, Collectivite, Note, Thematique
from lieuxcommuns_desktop.core.services import edits
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.sync.state import Dot, read_state
from lieuxcommuns_desktop.core.sync.tables import sync_clock

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _state(nb: Notebook):
    with nb.store.engine.connect() as conn:
        return read_state(conn)


def _clock(nb: Notebook) -> tuple[str, int, int]:
    with nb.store.engine.connect() as conn:
        row = conn.execute(select(sync_clock)).one()
    return row.replica, row.counter, row.applying


def test_insert_update_delete_leave_dots_and_tombstones(notebook: Notebook) -> None:
    with notebook.write() as session:
        col = Collectivite(name="Ville")
        session.add(col)
    state = _state(notebook)
    replica, counter, applying = _clock(notebook)
    row = state.rows[("collectivite", col.id)]
    assert row.created == Dot(replica, counter) and row.fields == {} and applying == 0
    assert state.vector[replica] == counter

    with notebook.write() as session:
        session.get(Collectivite, col.id).name = "Ville nouvelle"
    row = _state(notebook).rows[("collectivite", col.id)]
    assert row.values["name"] == "Ville nouvelle"
    assert row.fields == {"name": Dot(replica, counter + 1)}  # modified_at is not tracked
    assert row.dot("territory") == row.created

    with notebook.write() as session:
        session.delete(session.get(Collectivite, col.id))
    state = _state(notebook)
    assert ("collectivite", col.id) not in state.rows
    assert state.tombstones[("collectivite", col.id)] == Dot(replica, counter + 2)
    assert state.vector[replica] == counter + 2


def test_a_cascade_leaves_a_tombstone_per_child_and_set_null_a_field_dot(
    notebook: Notebook,
) -> None:
    with notebook.write() as session:
        theme = Thematique(name="Eau")
        session.add(theme)
        session.flush()
        atelier = Atelier(title="A", thematique_id=theme.id)
        session.add(atelier)
        session.flush()
        note = Note(atelier_id=atelier.id, text="une note")
        session.add(note)
    with notebook.write() as session:
        session.delete(session.get(Thematique, theme.id))  # SET NULL on the atelier
    state = _state(notebook)
    assert "thematique_id" in state.rows[("atelier", atelier.id)].fields
    with notebook.write() as session:
        session.delete(session.get(Atelier, atelier.id))  # cascades to the note
    state = _state(notebook)
    assert ("note", note.id) in state.tombstones and ("atelier", atelier.id) in state.tombstones
    assert ("note", note.id) not in state.rows


def test_undo_of_a_deletion_brings_the_row_back_with_a_new_dot(notebook: Notebook) -> None:
    with notebook.write() as session:
        col = Collectivite(name="Ville")
        session.add(col)
    tracker_edit = None
    with notebook.write() as session:
        tracker = edits.Tracker(session)
        tracker.delete(session.get(Collectivite, col.id))
        tracker_edit = tracker.finish()
    assert ("collectivite", col.id) in _state(notebook).tombstones
    edits.undo(notebook, tracker_edit)
    state = _state(notebook)
    assert ("collectivite", col.id) not in state.tombstones
    _replica, counter, _ = _clock(notebook)
    assert state.rows[("collectivite", col.id)].created.counter == counter


def test_each_writing_session_has_its_own_replica(notebook_path: Path) -> None:
    nb = Notebook.create(notebook_path)
    nb.close()
    copy = notebook_path.with_name("copie.lieux")
    shutil.copyfile(notebook_path, copy)
    replicas = set()
    for path in (notebook_path, copy):
        nb = Notebook.open(path)
        before = _clock(nb)[0]
        assert _clock(nb)[0] == before  # opening alone writes nothing
        with nb.write() as session:
            session.add(Collectivite(name="x"))
        replicas.add(_clock(nb)[0])
        assert _clock(nb)[0] != before
        nb.close()
    assert len(replicas) == 2


def test_a_v5_file_is_migrated_with_one_creation_dot_per_row(tmp_path: Path) -> None:
    path = tmp_path / "ancien.lieux"
    shutil.copyfile(FIXTURES / "schema-v5.lieux", path)
    nb = Notebook.open(path)
    try:
        state = _state(nb)
        replicas = {r.created.replica for r in state.rows.values()}
        assert len(replicas) == 1
        (replica,) = replicas
        counters = sorted(r.created.counter for r in state.rows.values())
        assert counters == list(range(1, len(state.rows) + 1))
        assert state.vector == {replica: len(state.rows)}
        assert not state.tombstones and all(not r.fields for r in state.rows.values())
    finally:
        nb.close()
