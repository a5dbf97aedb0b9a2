"""Reading a delta fast, and completing it with the rows its rows need.

:func:`read_delta` gives what ``core.sync.state.read_state(conn, since)``
gives, but lets the database skip the dots ``since`` covers (a ``WHERE`` on
``sync_row``, ``sync_field`` and ``sync_tombstone``) instead of loading every
dot of a 20,000-note notebook into Python to keep ten: a sync carrying a few
changes then costs a few milliseconds on each side.

:func:`add_ancestors` — completing a delta with its rows' ancestors:

A delta (``read_state(conn, since=vector)``) leaves out every row the other
side has already seen. That is right for values, but a row the other side
*deleted* and this side keeps — the atelier of a note kept against the
atelier's deletion — has dots the other side has seen, so it would be left out
while the note that needs it goes: the server (or the notebook) would then be
asked to hold a note without its atelier. So every row of a delta brings the
rows its foreign keys point at, and theirs, from the database it was read
from. A row the receiver already has, with the same dots, changes nothing
there.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from sqlalchemy import ColumnElement, Connection, Table, and_, false, not_, or_, select

from ..model import ENTITY_BY_TABLE
from ..sync.state import UNKNOWN, Dot, RowState, SyncState, entities, read_state, read_vector
from ..sync.tables import sync_field, sync_row, sync_tombstone

CHUNK = 500
#: Beyond this many replicas in ``since`` the filter would be a very long ``WHERE``
#: (two bound parameters each): read everything and filter in Python instead.
MAX_FILTERED_REPLICAS = 400


def read_delta(conn: Connection, since: Mapping[str, int]) -> SyncState:
    """``read_state(conn, since)``, filtered by the database; the vector is the full one."""
    if len(since) > MAX_FILTERED_REPLICAS:
        return read_state(conn, since)
    state = SyncState(vector=read_vector(conn))
    wanted: dict[str, set[str]] = {}
    for dots in (sync_row, sync_field):
        for tbl, row_id in conn.execute(
                select(dots.c.tbl, dots.c.row_id).where(_uncovered(dots, since)).distinct()):
            wanted.setdefault(tbl, set()).add(row_id)
    for tbl, row_id, replica, counter in conn.execute(
            select(sync_tombstone.c.tbl, sync_tombstone.c.row_id, sync_tombstone.c.replica,
                   sync_tombstone.c.counter).where(_uncovered(sync_tombstone, since))):
        state.tombstones[(tbl, row_id)] = Dot(replica, int(counter))
    for entity in entities():  # parents first, as read_state orders them
        name = entity.__tablename__
        for row in _read_rows(conn, name, sorted(wanted.get(name, ()))):
            state.rows[(name, row.id)] = row
    return state


def _uncovered(dots: Table, since: Mapping[str, int]) -> ColumnElement[bool]:
    """Dots of ``dots`` that ``since`` does not cover (bound parameters only)."""
    if not since:
        return not_(false())
    covered = or_(*(and_(dots.c.replica == replica, dots.c.counter <= int(counter))
                    for replica, counter in since.items()))
    return not_(covered)


def _parents(row: RowState) -> Iterator[tuple[str, str]]:
    table = ENTITY_BY_TABLE[row.table].__table__
    for column in table.columns:
        value = row.values.get(column.key)
        if value is None:
            continue
        for fk in column.foreign_keys:
            yield fk.column.table.name, str(value)


def add_ancestors(conn: Connection, state: SyncState) -> int:
    """Add to ``state`` the ancestors of its rows present behind ``conn``; returns how many."""
    added = 0
    todo = list(state.rows.values())
    while todo:
        wanted: dict[str, set[str]] = {}
        for row in todo:
            for key in _parents(row):
                if key not in state.rows and key[0] in ENTITY_BY_TABLE:
                    wanted.setdefault(key[0], set()).add(key[1])
        todo = []
        for name, ids in wanted.items():
            for row in _read_rows(conn, name, sorted(ids)):
                state.rows[(name, row.id)] = row
                todo.append(row)
                added += 1
    return added


def _read_rows(conn: Connection, name: str, ids: list[str]) -> Iterator[RowState]:
    table = ENTITY_BY_TABLE[name].__table__
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        created = {row_id: Dot(replica, int(counter)) for row_id, replica, counter in conn.execute(
            select(sync_row.c.row_id, sync_row.c.replica, sync_row.c.counter)
            .where(sync_row.c.tbl == name, sync_row.c.row_id.in_(chunk)))}
        fields: dict[str, dict[str, Dot]] = {}
        for row_id, col, replica, counter in conn.execute(
            select(sync_field.c.row_id, sync_field.c.col, sync_field.c.replica,
                   sync_field.c.counter)
            .where(sync_field.c.tbl == name, sync_field.c.row_id.in_(chunk))):
            fields.setdefault(row_id, {})[col] = Dot(replica, int(counter))
        result = conn.execute(select(table).where(table.c.id.in_(chunk)))
        keys = list(result.keys())
        for values in result:
            row = dict(zip(keys, values, strict=True))
            row_id = row["id"]
            yield RowState(name, row_id, row, created.get(row_id, UNKNOWN),
                           fields.get(row_id, {}))
