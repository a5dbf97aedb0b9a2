"""Every connection carries the notebook's pragmas; every edit is one real transaction."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import ExitStack
from pathlib import Path

import pytest
from sqlalchemy import Connection

from lieuxcommuns_desktop.core.errors import StoreError
from lieuxcommuns_desktop.core.model import (
    APPLICATION_ID,
    Atelier,
    Attendance,
    Note,
    Participant,
)
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import ChangeSet, Notebook
from lieuxcommuns_desktop.core.store import SCHEMA_VERSION, Store
from tests.on_disk import on_disk

EXPECTED = {"foreign_keys": 1, "journal_mode": "delete", "synchronous": 2, "trusted_schema": 0}


def pragmas(conn: Connection) -> dict[str, object]:
    return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in EXPECTED}


def raw_count(path: Path, table: str) -> int:
    """Count through an independent read-only connection: what is on disk."""
    return on_disk(path, f"SELECT count(*) FROM {table}")[0][0]


@pytest.fixture
def nb(tmp_path: Path):
    notebook = Notebook.create(tmp_path / "carnet.lieux", title="Essai")
    records.create(notebook, Atelier, title="Atelier A")
    yield notebook
    notebook.close()


def atelier_id(nb: Notebook) -> str:
    return records.all_of(nb, Atelier)[0].id


def test_new_file_says_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "neuf.lieux"
    Store.create(path).close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["neuf.lieux"]


def test_create_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "carnet.lieux"
    path.write_bytes(b"precious")
    with pytest.raises(StoreError) as caught:
        Store.create(path)
    assert caught.value.code == "exists"
    assert path.read_bytes() == b"precious"


def test_pragmas_on_connections_in_sequence(nb: Notebook) -> None:
    for _ in range(5):
        with nb.store.engine.connect() as conn:
            assert pragmas(conn) == EXPECTED


def test_pragmas_on_connections_held_together(nb: Notebook) -> None:
    with ExitStack() as stack:
        conns = [stack.enter_context(nb.store.engine.connect()) for _ in range(6)]
        assert len({id(c.connection.dbapi_connection) for c in conns}) == 6
        for conn in conns:
            assert pragmas(conn) == EXPECTED


def test_pragmas_on_connections_from_threads(nb: Notebook) -> None:
    seen: list[dict[str, object]] = []
    barrier = threading.Barrier(4)

    def worker() -> None:
        with nb.store.engine.connect() as conn:
            barrier.wait(timeout=10)  # all four open at the same time
            seen.append(pragmas(conn))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=20)
    assert seen == [EXPECTED] * 4


def test_pragmas_inside_service_sessions(nb: Notebook) -> None:
    with nb.read() as session:
        assert pragmas(session.connection()) == EXPECTED
    with nb.write() as session:
        conn = session.connection()
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        # Inside a real transaction, not pysqlite's autocommit.
        assert conn.connection.dbapi_connection.in_transaction


def test_readonly_connections_keep_safety_pragmas(nb: Notebook) -> None:
    ro = Store.open(nb.path, readonly=True)
    try:
        with ro.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
            with pytest.raises(Exception, match="readonly"):
                conn.exec_driver_sql("DELETE FROM note")
    finally:
        ro.close()


def test_foreign_keys_are_enforced(nb: Notebook) -> None:
    with pytest.raises(StoreError) as caught:
        records.create(nb, Note, atelier_id="nulle-part", text="orpheline")
    assert caught.value.code == "write_failed"
    assert "FOREIGN KEY" in caught.value.message
    assert raw_count(nb.path, "note") == 0


def test_a_service_edit_is_on_disk_when_it_returns(nb: Notebook) -> None:
    note = records.create(nb, Note, atelier_id=atelier_id(nb), text="vue par tous")
    assert on_disk(nb.path, "SELECT text FROM note WHERE id=?", note.id) == [("vue par tous",)]
    assert not Path(f"{nb.path}-journal").exists()


def test_an_exception_inside_write_leaves_nothing(nb: Notebook) -> None:
    events: list[ChangeSet] = []
    nb.subscribe(events.append)
    aid = atelier_id(nb)

    with pytest.raises(RuntimeError), nb.write() as session:
        session.add(Note(atelier_id=aid, text="première"))
        session.flush()  # already sent to SQLite, inside the transaction
        session.add(Note(atelier_id=aid, text="seconde"))
        session.flush()
        raise RuntimeError("interrompu")

    assert raw_count(nb.path, "note") == 0
    assert raw_count(nb.path, "note_fts") == 0
    assert events == []


def test_a_failing_statement_mid_edit_rolls_back_the_whole_edit(nb: Notebook) -> None:
    aid = atelier_id(nb)
    person = records.create(nb, Participant, last_name="Diallo")
    records.create(nb, Attendance, atelier_id=aid, participant_id=person.id)

    with pytest.raises(StoreError) as caught, nb.write() as session:
        session.add(Note(atelier_id=aid, text="avant l'erreur"))
        session.flush()
        session.add(Attendance(atelier_id=aid, participant_id=person.id))  # duplicate
        session.flush()

    assert caught.value.code == "write_failed"
    assert "UNIQUE" in caught.value.message
    assert raw_count(nb.path, "note") == 0
    assert raw_count(nb.path, "attendance") == 1


def test_uncommitted_rows_are_invisible_to_other_connections(nb: Notebook) -> None:
    aid = atelier_id(nb)
    with nb.write() as session:
        session.add(Note(atelier_id=aid, text="en cours"))
        session.flush()
        # Same connection sees it; an independent one does not, yet.
        assert session.connection().exec_driver_sql("SELECT count(*) FROM note").scalar() == 1
        assert raw_count(nb.path, "note") == 0
        with nb.store.engine.connect() as other:
            assert other.exec_driver_sql("SELECT count(*) FROM note").scalar() == 0
    assert raw_count(nb.path, "note") == 1


def test_no_sidecar_after_edits(nb: Notebook) -> None:
    aid = atelier_id(nb)
    for i in range(5):
        note = records.create(nb, Note, atelier_id=aid, text=f"n{i}")
        records.update(nb, Note, note.id, done=True)
    snapshot = records.delete(nb, Note, note.id)
    records.restore(nb, snapshot)
    assert sorted(p.name for p in nb.path.parent.iterdir()) == ["carnet.lieux"]
    assert nb.store.check() == []
