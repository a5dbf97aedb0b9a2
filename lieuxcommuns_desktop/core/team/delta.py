"""Completing a delta with the rows its rows need: their ancestors.

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

from collections.abc import Iterator

from sqlalchemy import Connection, select

from ..model import ENTITY_BY_TABLE
from ..sync.state import UNKNOWN, Dot, RowState, SyncState
from ..sync.tables import sync_field, sync_row

CHUNK = 500


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
