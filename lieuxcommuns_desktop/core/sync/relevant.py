"""The part of the local state a merge of a small remote state can touch.

Reading a whole notebook of 20,000 notes with its dots takes most of a
second, and a team server's sync typically brings ten records. The merge
(``plan.py``) only looks at: the local rows and tombstones of the keys the
remote state names; the rows those refer to, up to the roots (a kept row
keeps its owners, a loose reference to an absent row is nulled); the
descendants of what the remote deleted (they must go too, or save it); and
the local holders of the natural keys of incoming rows. This module reads
exactly those, and the whole state when the notebook is small or the remote
state big (then there is nothing to save).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, and_, func, select

from ..model import ENTITY_BY_TABLE
from ..tables import Table
from .graph import references, unique_keys
from .state import (
    UNKNOWN,
    Dot,
    Key,
    RowState,
    SyncState,
    chunks,
    entities,
    read_state,
    read_vector,
)
from .tables import sync_field, sync_row, sync_tombstone

#: Below this many records, the whole state is read (as fast, and nothing to miss);
#: and when the remote state names more than this share of them.
FULL_READ_BELOW = 5000
FULL_READ_SHARE = 0.25


def read_relevant(conn: Connection, remote: SyncState) -> SyncState:
    """The local state restricted to what merging ``remote`` can touch."""
    total = int(conn.execute(select(func.count()).select_from(sync_row)).scalar_one())
    named = len(remote.rows) + len(remote.tombstones)
    if total < FULL_READ_BELOW or named > total * FULL_READ_SHARE:
        return read_state(conn)
    state = SyncState(vector=read_vector(conn))
    wanted: set[Key] = set(remote.rows) | set(remote.tombstones)
    loaded: set[Key] = set()
    _load(conn, state, wanted, loaded)
    _tombstones(conn, state, wanted)
    # Owners and loosely referred rows of everything that may be kept, up to the roots.
    pending = [*remote.rows.values(), *state.rows.values()]
    while pending:
        parents = {(ref.target, str(row.values[ref.column]))
                   for row in pending for ref in references(row.table)
                   if row.values.get(ref.column) is not None}
        new = parents - loaded
        _load(conn, state, new, loaded)
        pending = [state.rows[k] for k in new if k in state.rows]
    # Descendants of what the remote deleted, down to the leaves.
    parents_gone = {k for k in remote.tombstones if k in state.rows}
    while parents_gone:
        children = _children(conn, parents_gone) - loaded
        _load(conn, state, children, loaded)
        parents_gone = {k for k in children if k in state.rows}
    # Local holders of the natural keys incoming rows take.
    for row in remote.rows.values():
        for columns in unique_keys(row.table):
            _load(conn, state, _holders(conn, row, columns) - loaded, loaded)
    if any(key[0] == Table.PROGRAMME for key in remote.rows):
        # A notebook holding only its programme takes theirs (``plan._fold``): one row
        # of something else, when there is one, says this one is not empty.
        other = conn.execute(
            select(sync_row.c.tbl, sync_row.c.row_id)
            .where(sync_row.c.tbl.not_in((Table.PROGRAMME, Table.TOOL_KIND))).limit(1)).first()
        if other is not None:
            _load(conn, state, {(other[0], other[1])} - loaded, loaded)
    _tombstones(conn, state, loaded - set(state.rows))
    return state


def _load(conn: Connection, state: SyncState, keys: set[Key], loaded: set[Key]) -> None:
    """Read the rows of ``keys`` that exist here, with their dots."""
    loaded.update(keys)
    by_table: dict[str, list[str]] = {}
    for table, row_id in keys:
        if table in ENTITY_BY_TABLE:
            by_table.setdefault(table, []).append(row_id)
    for entity in entities():
        ids = by_table.get(entity.__tablename__)
        if not ids:
            continue
        core = entity.__table__
        for chunk in chunks(sorted(ids)):
            result = conn.execute(select(core).where(core.c.id.in_(chunk)))
            names = list(result.keys())
            rows = [dict(zip(names, values, strict=True)) for values in result.all()]
            if not rows:
                continue
            dots = _dots(conn, core.name, [r["id"] for r in rows])
            for values in rows:
                created, fields = dots.get(values["id"], (UNKNOWN, {}))
                state.rows[(core.name, values["id"])] = RowState(
                    core.name, values["id"], values, created, fields)


def _dots(conn: Connection, table: str,
          ids: list[str]) -> dict[str, tuple[Dot, dict[str, Dot]]]:
    out: dict[str, tuple[Dot, dict[str, Dot]]] = {}
    for row_id, replica, counter in conn.execute(
        select(sync_row.c.row_id, sync_row.c.replica, sync_row.c.counter)
        .where(sync_row.c.tbl == table, sync_row.c.row_id.in_(ids))
    ):
        out[row_id] = (Dot(replica, int(counter)), {})
    for row_id, col, replica, counter in conn.execute(
        select(sync_field.c.row_id, sync_field.c.col, sync_field.c.replica,
               sync_field.c.counter)
        .where(sync_field.c.tbl == table, sync_field.c.row_id.in_(ids))
    ):
        out.setdefault(row_id, (UNKNOWN, {}))[1][col] = Dot(replica, int(counter))
    return out


def _tombstones(conn: Connection, state: SyncState, keys: set[Key]) -> None:
    by_table: dict[str, list[str]] = {}
    for table, row_id in keys:
        by_table.setdefault(table, []).append(row_id)
    for table, ids in by_table.items():
        for chunk in chunks(sorted(ids)):
            for row_id, replica, counter in conn.execute(
                select(sync_tombstone.c.row_id, sync_tombstone.c.replica,
                       sync_tombstone.c.counter)
                .where(sync_tombstone.c.tbl == table, sync_tombstone.c.row_id.in_(chunk))
            ):
                state.tombstones[(table, row_id)] = Dot(replica, int(counter))


def _children(conn: Connection, parents: set[Key]) -> set[Key]:
    """Local rows that cascade from ``parents`` (one level)."""
    by_table: dict[str, list[str]] = {}
    for table, row_id in parents:
        by_table.setdefault(table, []).append(row_id)
    out: set[Key] = set()
    for entity in entities():
        for ref in references(entity.__tablename__):
            ids = by_table.get(ref.target)
            if not ref.cascade or not ids:
                continue
            core = entity.__table__
            for chunk in chunks(sorted(ids)):
                out.update((core.name, i) for i in conn.execute(
                    select(core.c.id).where(core.c[ref.column].in_(chunk))).scalars())
    return out


def _holders(conn: Connection, row: RowState, columns: tuple[str, ...]) -> set[Key]:
    """Local rows holding the natural key ``row`` would take."""
    table = ENTITY_BY_TABLE[row.table].__table__
    values: list[Any] = [row.values.get(c) for c in columns]
    if any(v is None for v in values):
        return set()
    query = select(table.c.id)
    if columns:
        query = query.where(and_(*(table.c[c] == v for c, v in zip(columns, values, strict=True))))
    return {(row.table, i) for i in conn.execute(query).scalars()}
