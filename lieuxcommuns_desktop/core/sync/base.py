"""The common state of changed fields (schema 7): reading and pruning ``sync_base``.

Dots tell *whether* both sides changed a field; they do not keep the value
the two started from. The SQLite update triggers (``tables.base_sql``) keep,
for each field changed since the last merge, its value before the first such
change and the dot that value had. At a merge, when the remote's vector
covers that dot, the remote knew the value: it is the common state shown
beside mine and theirs in a conflict. Otherwise it stays unknown (None).

Values are stored raw, in a column without type affinity, so SQLite keeps
the integer, real (every digit), text (quotes, control characters) or NULL
the row held; they are read back through the model column's own type, so
dates, times, enums and booleans come back exactly as ``read_state`` reads
them. A blob (photos' bytes are not recorded) reads as unknown.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, and_, delete, select
from sqlalchemy.engine import Dialect

from ..model import ENTITY_BY_TABLE
from .state import Dot, SyncState
from .tables import sync_base, sync_field, sync_row

BaseKey = tuple[str, str, str]
#: A base entry: the decoded old value and the dot it had.
BaseEntry = tuple[Any, Dot]


class _UnknownError(Exception):
    """A stored value that cannot be read back (a blob, a dropped column)."""


def decode(dialect: Dialect, table: str, column: str, raw: object) -> Any:
    """The value of ``table.column`` stored raw as ``raw``; raises :class:`_UnknownError`."""
    entity = ENTITY_BY_TABLE.get(table)
    if entity is None or column not in entity.__table__.c or isinstance(raw, bytes | memoryview):
        raise _UnknownError(column)
    if raw is None:
        return None
    kind = entity.__table__.c[column].type
    process = kind.dialect_impl(dialect).result_processor(dialect, None)
    return process(raw) if process is not None else raw


def read_bases(conn: Connection) -> dict[BaseKey, BaseEntry]:
    """Every readable base entry of the notebook (a few: one per field changed since a merge)."""
    if conn.dialect.name != "sqlite":
        return {}
    out: dict[BaseKey, BaseEntry] = {}
    # The driver's own values (the table's declared type would make every value bytes).
    rows = conn.exec_driver_sql(
        "SELECT tbl, row_id, col, value, replica, counter FROM sync_base")
    for table, row_id, column, raw, replica, counter in rows:
        try:
            value = decode(conn.dialect, table, column, raw)
        except (_UnknownError, ValueError, TypeError):
            continue
        out[(table, row_id, column)] = (value, Dot(replica, int(counter)))
    return out


def common_value(local: SyncState, remote: SyncState, key: BaseKey) -> Any | None:
    """The common state of a field in conflict, or None when it cannot be known for sure.

    Each side's entry is a candidate when the other side saw its dot. Both
    can be: my entry may predate a value the remote took from me after my
    last merge, and the remote's entry then holds that later value. The
    later of two candidates is known when one is the record's creation dot
    or both come from one replica (its counter only grows); otherwise None
    rather than a guess.
    """
    mine = local.bases.get(key)
    theirs = remote.bases.get(key)
    candidates = [entry for entry, other in ((mine, remote.vector), (theirs, local.vector))
                  if entry is not None and entry[1].covered_by(other)]
    if not candidates:
        return None
    if len(candidates) == 1 or candidates[0][1] == candidates[1][1]:
        return candidates[0][0]
    (a_value, a_dot), (b_value, b_dot) = candidates
    row = local.rows.get(key[:2]) or remote.rows.get(key[:2])
    created = row.created if row is not None else None
    if a_dot == created or (a_dot.replica == b_dot.replica and a_dot.counter < b_dot.counter):
        return b_value
    if b_dot == created or (a_dot.replica == b_dot.replica and b_dot.counter < a_dot.counter):
        return a_value
    return None


def prunable(conn: Connection, remote_vector: Mapping[str, int]) -> list[BaseKey]:
    """The entries of fields whose current dot ``remote_vector`` covers (or that are gone)."""
    if conn.dialect.name != "sqlite":
        return []
    rows = conn.execute(
        select(sync_base.c.tbl, sync_base.c.row_id, sync_base.c.col,
               sync_field.c.replica, sync_field.c.counter, sync_row.c.replica, sync_row.c.counter)
        .select_from(sync_base
                     .outerjoin(sync_field, and_(sync_field.c.tbl == sync_base.c.tbl,
                                                 sync_field.c.row_id == sync_base.c.row_id,
                                                 sync_field.c.col == sync_base.c.col))
                     .outerjoin(sync_row, and_(sync_row.c.tbl == sync_base.c.tbl,
                                               sync_row.c.row_id == sync_base.c.row_id)))
    ).all()
    out: list[BaseKey] = []
    for table, row_id, column, f_replica, f_counter, r_replica, r_counter in rows:
        replica, counter = ((f_replica, f_counter) if f_replica is not None
                            else (r_replica, r_counter))
        if replica is None or Dot(replica, int(counter)).covered_by(remote_vector):
            out.append((table, row_id, column))
    return out


def prune_bases(conn: Connection, remote_vector: Mapping[str, int]) -> int:
    """Drop the entries of fields whose current dot the remote has seen; returns the count.

    Both sides then agree up to that dot: the next conflict on the field
    starts from its value now, which the next change will record. Called
    after a merge, and after a push to a team server (which then holds
    everything the laptop wrote).
    """
    gone = prunable(conn, remote_vector)
    for table, row_id, column in gone:
        conn.execute(delete(sync_base).where(sync_base.c.tbl == table,
                                             sync_base.c.row_id == row_id,
                                             sync_base.c.col == column))
    return len(gone)
