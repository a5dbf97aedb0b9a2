"""The state of what is merged in: another notebook file, or a JSON export.

Neither source is ever written. A notebook of an older schema is upgraded in
a temporary copy (the user's file keeps its bytes); one that a crash left
with a journal is read from a repaired copy (the store does that for readers).

A JSON export without a ``sync`` section (format 4, ``jsonsync.py``) has no dots:
each of its records gets a dot of one replica named after the file's content,
which this notebook has never seen. So a field whose values differ on the
two sides is a conflict, an equal one is not, and merging the same file a
second time asks nothing again (the first merge covered that replica). A
plain JSON export cannot say what was deleted: nothing is deleted by it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import LieuxError, StoreError
from ..fileio import read_input
from ..store import SCHEMA_VERSION, Store, recovered_copy, validate_header
from .base import read_bases
from .state import Dot, Key, RowState, SyncState, read_state

#: Prefix of the replica standing for a JSON export without dots.
JSON_REPLICA = "json:"


def state_of_file(path: Path | str) -> SyncState:
    """The full state of another ``.lieux``, read-only; :class:`StoreError` if it can't be read."""
    path = Path(path)
    header = validate_header(path)
    if header.user_version >= SCHEMA_VERSION:
        return _read(path)
    # A private copy, with a journal or WAL left by a crash settled (never the original).
    scratch, copy = recovered_copy(path)
    try:
        from .. import migrate  # deferred: Alembic is heavy

        try:
            migrate.upgrade(copy, header.user_version)
        except StoreError as exc:
            raise StoreError("corrupt", path=path,
                             reason=exc.params.get("reason", exc.code)) from exc
        return _read(copy, shown_as=path)
    finally:
        scratch.cleanup()


def _read(path: Path, shown_as: Path | None = None) -> SyncState:
    try:
        store = Store.open(path, readonly=True)
    except StoreError as exc:
        if shown_as is not None:
            exc.params["path"] = shown_as
        raise
    try:
        with store.engine.connect() as conn:
            state = read_state(conn)
            state.bases = read_bases(conn)
        check_dots(state)
        return state
    except Exception as exc:
        if isinstance(exc, LieuxError):
            raise
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise StoreError("corrupt", path=shown_as or path, reason=reason) from exc
    finally:
        store.close()


def check_dots(state: SyncState) -> None:
    """Refuse a state whose bookkeeping another tool damaged (``ValueError`` says where).

    Replica names are 1 to 64 characters and counters 0 to 2**62, as the
    tables and the JSON ``sync`` section hold them.
    """
    from .jsonsync import COUNTER_MAX, REPLICA_MAX

    def bad(replica: object, counter: object) -> bool:
        return (not isinstance(replica, str) or len(replica) > REPLICA_MAX
                or isinstance(counter, bool) or not isinstance(counter, int)
                or not 0 <= counter <= COUNTER_MAX)

    for replica, counter in state.vector.items():
        if bad(replica, counter):
            raise ValueError(f"sync_vector: {replica!r:.40}")
    for (table, row_id), row in state.rows.items():
        if any(bad(d.replica, d.counter) for d in row.dots()):
            raise ValueError(f"sync_row: {table} {row_id!r:.40}")
    for (table, row_id), dot in state.tombstones.items():
        if bad(dot.replica, dot.counter):
            raise ValueError(f"sync_tombstone: {table} {row_id!r:.40}")


def state_of_json(path: Path | str) -> SyncState:
    """The state of an interchange export; :class:`LieuxError` when it is not a valid one."""
    from ..interchange import parse

    data = read_input(path)
    return state_of_document(parse(data), data)


def state_of_document(doc: object, data: bytes) -> SyncState:
    """Rows of a validated ``interchange.Document`` with their dots.

    The dots of its ``sync`` section when it has one; a record it lacks (and
    every record of a document without one) gets a dot of one replica named
    after the file's content, which nothing has seen yet.
    """
    from .state import entities

    replica = JSON_REPLICA + hashlib.sha256(data).hexdigest()[:32]
    sync: tuple[dict[str, int], dict[Key, tuple[Dot, dict[str, Dot]]], dict[Key, Dot]] = (
        getattr(doc, "sync", None) or ({}, {}, {}))
    vector, dots, tombstones = sync
    state = SyncState(vector=dict(vector), tombstones=dict(tombstones))
    counter = 0
    records = getattr(doc, "records", {})
    for entity in entities():
        table = entity.__tablename__
        for row in records.get(table, []):
            key: Key = (table, str(row["id"]))
            known = dots.get(key)
            if known is not None:
                created, fields = known
            else:
                counter += 1
                created, fields = Dot(replica, counter), {}
            state.rows[key] = RowState(table, row["id"], dict(row), created, dict(fields))
            state.tombstones.pop(key, None)
    if counter:
        state.vector[replica] = counter
    return state
