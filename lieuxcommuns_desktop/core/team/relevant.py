"""The part of a notebook that merging a small delta needs, instead of all of it.

``merge_into`` plans a merge against the local state. Read whole, a
20,000-note notebook costs half a second to load, which a sync bringing ten
changed notes should not pay. What the merge looks at (``core/sync/merge.py``)
is, for the keys ``K`` the delta brings (rows and deletions):

* the local rows and tombstones of ``K``;
* their descendants, through cascading foreign keys, recursively (a deletion
  chosen takes them; one of them still needed keeps the parent);
* the ancestors, through every foreign key, of all those rows and of the
  incoming rows (a kept row keeps its parents; a loose reference to a row
  that is not there is nulled, so a parent must not look absent only
  because it was not read), with the local tombstones of those keys;
* the local rows holding a natural key (unique constraint) that an incoming
  row takes (the smaller id survives), and the programme's row.

Plus the whole version vector. A delta larger than :data:`WHOLE_ABOVE` keys
is merged against the whole state instead (a first sync, where reading
everything is the cheaper way).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, select, tuple_

from ..model import ENTITY_BY_TABLE
from ..sync.graph import references, unique_keys
from ..sync.state import Dot, Key, SyncState, read_state, read_vector
from ..sync.tables import sync_tombstone
from .delta import CHUNK, read_rows

WHOLE_ABOVE = 2000


def relevant_state(conn: Connection, remote: SyncState) -> SyncState:
    """The local state restricted to what merging ``remote`` reads (see the module)."""
    keys = set(remote.rows) | set(remote.tombstones)
    if len(keys) > WHOLE_ABOVE:
        return read_state(conn)
    local = SyncState(vector=read_vector(conn))
    _load(conn, local, keys)
    _load(conn, local, _colliding(conn, remote))
    _load(conn, local, _programme(conn))
    frontier = set(local.rows)
    while frontier:  # descendants of what is there, through cascading keys
        children = _children(conn, frontier) - set(local.rows)
        _load(conn, local, children)
        frontier = children & set(local.rows)
    rows = [*local.rows.values(), *remote.rows.values()]
    while rows:  # ancestors, through every key, of the local and the incoming rows
        parents = {(ref.target, str(row.values[ref.column]))
                   for row in rows for ref in references(row.table)
                   if row.values.get(ref.column) is not None}
        parents -= set(local.rows) | set(local.tombstones)
        before = set(local.rows)
        _load(conn, local, parents)
        rows = [local.rows[k] for k in set(local.rows) - before]
    return local


def _load(conn: Connection, local: SyncState, keys: Iterable[Key]) -> None:
    """Add the local rows and tombstones of ``keys`` that are not loaded yet."""
    by_table: dict[str, set[str]] = {}
    for table, row_id in keys:
        if (table, row_id) not in local.rows and (table, row_id) not in local.tombstones:
            by_table.setdefault(table, set()).add(row_id)
    for table, ids in by_table.items():
        ordered = sorted(ids)
        for start in range(0, len(ordered), CHUNK):
            chunk = ordered[start:start + CHUNK]
            for row_id, replica, counter in conn.execute(
                    select(sync_tombstone.c.row_id, sync_tombstone.c.replica,
                           sync_tombstone.c.counter)
                    .where(sync_tombstone.c.tbl == table, sync_tombstone.c.row_id.in_(chunk))):
                local.tombstones[(table, row_id)] = Dot(replica, int(counter))
        if table in ENTITY_BY_TABLE:
            for row in read_rows(conn, table, ordered):
                local.rows[(table, row.id)] = row


def _children(conn: Connection, parents: set[Key]) -> set[Key]:
    """Local rows pointing at ``parents`` through a cascading foreign key."""
    by_target: dict[str, list[str]] = {}
    for target, row_id in parents:
        by_target.setdefault(target, []).append(row_id)
    found: set[Key] = set()
    for name, entity in ENTITY_BY_TABLE.items():
        table = entity.__table__
        for ref in references(name):
            ids = by_target.get(ref.target)
            if not ref.cascade or not ids:
                continue
            column = table.c[ref.column]
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start:start + CHUNK]
                found.update((name, row_id) for row_id in conn.execute(
                    select(table.c.id).where(column.in_(chunk))).scalars())
    return found


def _colliding(conn: Connection, remote: SyncState) -> set[Key]:
    """Local rows holding a natural key that an incoming row has."""
    wanted: dict[tuple[str, tuple[str, ...]], set[tuple[object, ...]]] = {}
    for (name, _id), row in remote.rows.items():
        for columns in unique_keys(name):
            if not columns:
                continue
            value = tuple(row.values.get(c) for c in columns)
            if all(v is not None for v in value):
                wanted.setdefault((name, columns), set()).add(value)
    found: set[Key] = set()
    for (name, columns), values in wanted.items():
        table = ENTITY_BY_TABLE[name].__table__
        ordered = sorted(values, key=repr)
        key = tuple_(*(table.c[c] for c in columns))
        for start in range(0, len(ordered), CHUNK):
            chunk = ordered[start:start + CHUNK]
            found.update((name, row_id) for row_id in conn.execute(
                select(table.c.id).where(key.in_(chunk))).scalars())
    return found


def _programme(conn: Connection) -> set[Key]:
    table = ENTITY_BY_TABLE["programme"].__table__
    return {("programme", row_id) for row_id in conn.execute(select(table.c.id)).scalars()}
