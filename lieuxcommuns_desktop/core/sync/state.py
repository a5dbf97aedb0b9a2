"""A notebook's records with their dots, read from and written to any database.

A :class:`SyncState` is what two copies exchange to merge: every record's
values with the dots of its writes, the tombstones of deletions, and the
version vector saying which writes the copy has seen. It can be a *delta*
(``read_state(conn, since=vector)``): only what ``vector`` does not cover,
since rows left out are known already by whoever holds that vector.

Everything here is dialect-agnostic SQLAlchemy Core with bound parameters,
so the same code reads and writes a notebook file (SQLite) and a team's
server (PostgreSQL). On SQLite, :func:`write_state` sets
``sync_clock.applying`` around its writes so that the triggers stand aside:
remote rows keep the dots they came with.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ARRAY,
    Column,
    ColumnElement,
    Connection,
    String,
    Table,
    any_,
    bindparam,
    select,
)

from ..model import Record, utcnow
from .tables import (
    sync_clock,
    sync_field,
    sync_peer,
    sync_row,
    sync_tombstone,
    sync_vector,
)

Key = tuple[str, str]  # (table, id)
#: Rows per ``IN (...)`` list: far below every dialect's parameter limit.
CHUNK = 500
#: On PostgreSQL, one ``= ANY(:ids)`` with the ids bound as one array instead of
#: ``IN`` lists of :data:`CHUNK` parameters: one statement (and one plan) per table
#: instead of one per 500 rows. False only for ``benchmarks/sync.py``'s baseline.
POSTGRES_ARRAYS = True


@dataclass(frozen=True)
class Dot:
    """One write: the replica (a writing session) that made it and its counter there."""

    replica: str
    counter: int

    def covered_by(self, vector: Mapping[str, int]) -> bool:
        """True when a copy with ``vector`` has seen this write."""
        return self.counter <= vector.get(self.replica, 0)

    @property
    def order(self) -> tuple[int, str]:
        """A total order, only to break ties deterministically (both copies pick the same)."""
        return (self.counter, self.replica)


#: The dot of a row that has none (written outside the bookkeeping): known by everyone.
UNKNOWN = Dot("", 0)


@dataclass
class RowState:
    """A record's values (every column, as the model's Core table reads them) and dots."""

    table: str
    id: str
    values: dict[str, Any]
    created: Dot
    #: Dots of the fields changed after creation (the others are ``created``).
    fields: dict[str, Dot] = field(default_factory=dict)

    def dot(self, col: str) -> Dot:
        return self.fields.get(col, self.created)

    def dots(self) -> Iterator[Dot]:
        yield self.created
        yield from self.fields.values()


@dataclass
class SyncState:
    vector: dict[str, int] = field(default_factory=dict)
    rows: dict[Key, RowState] = field(default_factory=dict)
    tombstones: dict[Key, Dot] = field(default_factory=dict)
    #: The common state of fields changed since the last merge (``core/sync/base.py``):
    #: (table, id, column) -> (the value before the first change, the dot it had).
    #: Filled for a local notebook by ``merge_into``; empty elsewhere.
    bases: dict[tuple[str, str, str], tuple[Any, Dot]] = field(default_factory=dict)


def covers(vector: Mapping[str, int], dot: Dot) -> bool:
    return dot.covered_by(vector)


def max_vector(*vectors: Mapping[str, int]) -> dict[str, int]:
    """The pointwise maximum: what a copy has seen after meeting the others."""
    out: dict[str, int] = {}
    for vector in vectors:
        for replica, counter in vector.items():
            if counter > out.get(replica, 0):
                out[replica] = counter
    return out


def entities() -> tuple[type[Record], ...]:
    """The tracked entities, parents first (the interchange's order)."""
    from ..interchange.columns import tables  # deferred: pulls the codecs and i18n

    return tables()


# -- reading -----------------------------------------------------------------
def read_vector(conn: Connection) -> dict[str, int]:
    rows = conn.execute(select(sync_vector.c.replica, sync_vector.c.counter))
    return {replica: int(counter) for replica, counter in rows}


def read_state(conn: Connection, since: Mapping[str, int] | None = None) -> SyncState:
    """The state of the database behind ``conn``; with ``since``, only what it does not cover.

    A delta (``since`` given) also holds the owners of its rows (through
    cascading references), whatever their dots: a few rows more, and the
    receiver can keep an owner it had deleted.
    """
    state = SyncState(vector=read_vector(conn))
    created: dict[Key, Dot] = {}
    for tbl, row_id, replica, counter in conn.execute(
        select(sync_row.c.tbl, sync_row.c.row_id, sync_row.c.replica, sync_row.c.counter)
    ):
        created[(tbl, row_id)] = Dot(replica, int(counter))
    fields: dict[Key, dict[str, Dot]] = {}
    for tbl, row_id, col, replica, counter in conn.execute(select(
        sync_field.c.tbl, sync_field.c.row_id, sync_field.c.col,
        sync_field.c.replica, sync_field.c.counter,
    )):
        fields.setdefault((tbl, row_id), {})[col] = Dot(replica, int(counter))
    for tbl, row_id, replica, counter in conn.execute(select(
        sync_tombstone.c.tbl, sync_tombstone.c.row_id,
        sync_tombstone.c.replica, sync_tombstone.c.counter,
    )):
        dot = Dot(replica, int(counter))
        if since is None or not dot.covered_by(since):
            state.tombstones[(tbl, row_id)] = dot

    wanted: dict[str, set[str]] | None = None
    if since is not None:
        wanted = {}
        for key in set(created) | set(fields):
            dots = [created.get(key, UNKNOWN), *fields.get(key, {}).values()]
            if any(not d.covered_by(since) for d in dots):
                wanted.setdefault(key[0], set()).add(key[1])

    # Children first, so that the owners of a row a delta holds come with it: the
    # receiver may have deleted an atelier the sender added a note to, and the merge
    # then needs the atelier's values to keep it (``plan.settle``).
    order = entities() if wanted is None else tuple(reversed(entities()))
    for entity in order:
        table = entity.__table__
        name = table.name
        if wanted is None:
            batches: Iterable[Any] = [conn.execute(select(table))]
        else:
            ids = sorted(wanted.get(name, ()))
            batches = (conn.execute(select(table).where(among))
                       for among in matching(conn, table.c.id, ids))
        for result in batches:
            keys = list(result.keys())
            for values in result:
                row = dict(zip(keys, values, strict=True))
                key = (name, row["id"])
                state.rows[key] = RowState(
                    name, row["id"], row, created.get(key, UNKNOWN), fields.get(key, {}))
                if wanted is not None:
                    _want_owners(wanted, name, row)
    if wanted is not None:  # parents first, as a full state reads
        rank = {e.__tablename__: n for n, e in enumerate(entities())}
        state.rows = dict(sorted(state.rows.items(), key=lambda item: rank[item[0][0]]))
    return state


def _want_owners(wanted: dict[str, set[str]], table: str, row: Mapping[str, Any]) -> None:
    from .graph import references

    for ref in references(table):
        value = row.get(ref.column)
        if ref.cascade and value is not None:
            wanted.setdefault(ref.target, set()).add(str(value))


# -- writing -----------------------------------------------------------------
def write_state(conn: Connection, state: SyncState) -> None:
    """Make the database hold ``state``'s rows and tombstones with their dots.

    Deletions first, children first (a unique key freed by a deletion can be
    taken by an incoming row), then upserts, parents first; the vector becomes
    the maximum of both. Rows the state does not mention are left alone.
    Runs inside the caller's transaction.
    """
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        conn.execute(sync_clock.update().where(sync_clock.c.id == 1).values(applying=1))
    order = entities()
    by_table_tombs: dict[str, dict[str, Dot]] = {}
    for (tbl, row_id), dot in state.tombstones.items():
        by_table_tombs.setdefault(tbl, {})[row_id] = dot
    by_table_rows: dict[str, list[RowState]] = {}
    for (tbl, _id), row in state.rows.items():
        by_table_rows.setdefault(tbl, []).append(row)

    for entity in reversed(order):  # children first
        name = entity.__tablename__
        tombs = by_table_tombs.pop(name, {})
        if tombs:
            _delete_rows(conn, entity.__table__, list(tombs))
            _store_tombstones(conn, name, tombs)
    for name, tombs in by_table_tombs.items():  # tables this version does not know
        _store_tombstones(conn, name, tombs)

    for entity in order:  # parents first
        rows = by_table_rows.get(entity.__tablename__)
        if rows:
            _upsert_rows(conn, entity.__table__, rows)

    current = read_vector(conn)
    for replica, counter in state.vector.items():
        if replica not in current:
            conn.execute(sync_vector.insert().values(replica=replica, counter=counter))
        elif counter > current[replica]:
            conn.execute(sync_vector.update().where(sync_vector.c.replica == replica)
                         .values(counter=counter))
    if sqlite:
        conn.execute(sync_clock.update().where(sync_clock.c.id == 1).values(applying=0))


def matching(conn: Connection, column: Column[Any], ids: list[str]
             ) -> Iterator[ColumnElement[bool]]:
    """``column`` among ``ids``, as few conditions as the dialect allows (none when empty).

    PostgreSQL: one ``column = ANY(:array)`` (the whole list as one bound array
    parameter). Elsewhere (SQLite): ``IN`` lists of at most :data:`CHUNK`
    bound parameters each. Values are always bound, never formatted.
    """
    if not ids:
        return
    if POSTGRES_ARRAYS and conn.dialect.name == "postgresql":
        yield column == any_(bindparam(None, list(ids), type_=ARRAY(String)))
        return
    for chunk in chunks(ids):
        yield column.in_(chunk)


def _delete_rows(conn: Connection, table: Table, ids: list[str]) -> None:
    for among in matching(conn, table.c.id, ids):
        conn.execute(table.delete().where(among))
    _forget_dots(conn, table.name, ids)


def _forget_dots(conn: Connection, name: str, ids: list[str]) -> None:
    for among in matching(conn, sync_row.c.row_id, ids):
        conn.execute(sync_row.delete().where(sync_row.c.tbl == name, among))
    for among in matching(conn, sync_field.c.row_id, ids):
        conn.execute(sync_field.delete().where(sync_field.c.tbl == name, among))


def _drop_tombstones(conn: Connection, name: str, ids: list[str]) -> None:
    for among in matching(conn, sync_tombstone.c.row_id, ids):
        conn.execute(sync_tombstone.delete().where(sync_tombstone.c.tbl == name, among))


def _store_tombstones(conn: Connection, name: str, tombs: dict[str, Dot]) -> None:
    _drop_tombstones(conn, name, list(tombs))
    now = utcnow().replace(microsecond=0)
    conn.execute(sync_tombstone.insert(), [
        {"tbl": name, "row_id": i, "replica": d.replica, "counter": d.counter, "deleted_at": now}
        for i, d in tombs.items()
    ])


def _upsert_rows(conn: Connection, table: Table, rows: list[RowState]) -> None:
    name = table.name
    columns = [c.name for c in table.columns]
    ids = [r.id for r in rows]
    existing: set[str] = set()
    for among in matching(conn, table.c.id, ids):
        existing.update(conn.execute(select(table.c.id).where(among)).scalars())
    inserts = [{c: r.values.get(c) for c in columns} for r in rows if r.id not in existing]
    updates = [{"b_id": r.id, **{c: r.values.get(c) for c in columns if c != "id"}}
               for r in rows if r.id in existing]
    if inserts:
        conn.execute(table.insert(), inserts)
    if updates:
        conn.execute(table.update().where(table.c.id == bindparam("b_id")), updates)
    _forget_dots(conn, name, ids)
    _drop_tombstones(conn, name, ids)
    conn.execute(sync_row.insert(), [
        {"tbl": name, "row_id": r.id, "replica": r.created.replica, "counter": r.created.counter}
        for r in rows
    ])
    field_rows = [
        {"tbl": name, "row_id": r.id, "col": col, "replica": d.replica, "counter": d.counter}
        for r in rows for col, d in r.fields.items() if d != r.created
    ]
    if field_rows:
        conn.execute(sync_field.insert(), field_rows)


def new_local_dot(conn: Connection) -> Dot:
    """A fresh dot of the replica writing now (SQLite notebooks: a merge's own deletions)."""
    conn.execute(sync_clock.update().where(sync_clock.c.id == 1)
                 .values(counter=sync_clock.c.counter + 1))
    replica, counter = conn.execute(
        select(sync_clock.c.replica, sync_clock.c.counter).where(sync_clock.c.id == 1)).one()
    dot = Dot(replica, int(counter))
    current = read_vector(conn)
    if replica in current:
        conn.execute(sync_vector.update().where(sync_vector.c.replica == replica)
                     .values(counter=dot.counter))
    else:
        conn.execute(sync_vector.insert().values(replica=replica, counter=dot.counter))
    return dot


def record_peer(conn: Connection, peer: str, vector: Mapping[str, int]) -> None:
    """Remember what ``peer`` (a server URL without password, a merged file's name) has seen.

    Tombstones covered by every peer's vector are the ones :func:`purge_tombstones`
    may drop.
    """
    import json

    text = json.dumps(dict(sorted(vector.items())), separators=(",", ":"))
    now = utcnow().replace(microsecond=0)
    conn.execute(sync_peer.delete().where(sync_peer.c.peer == peer))
    conn.execute(sync_peer.insert().values(peer=peer, vector=text, synced_at=now))


def read_peers(conn: Connection) -> dict[str, dict[str, int]]:
    import json

    out: dict[str, dict[str, int]] = {}
    for peer, text in conn.execute(select(sync_peer.c.peer, sync_peer.c.vector)):
        try:
            value = json.loads(text)
        except ValueError:
            continue
        if isinstance(value, dict):
            out[peer] = {str(k): int(v) for k, v in value.items() if isinstance(v, int)}
    return out


def purge_tombstones(conn: Connection) -> int:
    """Drop the tombstones every known peer has seen; returns how many.

    Never called implicitly: a copy nobody merged yet (a USB copy) is not a
    known peer, and a tombstone dropped too early lets its row come back.
    With no peer recorded, nothing is dropped.
    """
    peers = read_peers(conn)
    if not peers:
        return 0
    gone = [
        (tbl, row_id) for tbl, row_id, replica, counter in conn.execute(select(
            sync_tombstone.c.tbl, sync_tombstone.c.row_id,
            sync_tombstone.c.replica, sync_tombstone.c.counter))
        if all(Dot(replica, int(counter)).covered_by(v) for v in peers.values())
    ]
    by_table: dict[str, list[str]] = {}
    for tbl, row_id in gone:
        by_table.setdefault(tbl, []).append(row_id)
    for tbl, ids in by_table.items():
        _drop_tombstones(conn, tbl, ids)
    return len(gone)


def chunks(items: list[str]) -> Iterator[list[str]]:
    """``items`` in lists of at most :data:`CHUNK` (one ``IN (...)`` each)."""
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


__all__ = [
    "UNKNOWN", "Dot", "Key", "RowState", "SyncState", "covers", "max_vector",
    "new_local_dot", "purge_tombstones", "read_peers", "read_state", "read_vector",
    "record_peer", "write_state",
]
