"""Refuse what a team server sends when it is not what the model can hold.

A team database is written by every facilitator's laptop, and by whoever else
can reach it: before a pulled state reaches the merge (and the notebook), each
row is checked against the model — a known table, a well-formed id, every
column of the right type, texts and images within sizes no real notebook
comes near — and each version dot against the shape of a dot. One bad value
refuses the whole pull with ``TeamError("malformed")``: nothing is merged, the
notebook keeps its bytes.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
)
from sqlalchemy import Enum as SAEnum

from ..model import ENTITY_BY_TABLE
from .errors import TeamError

if TYPE_CHECKING:
    from ..sync.state import Dot, SyncState

#: The longest text a field may hold (a note of 100 pages is ~300,000 characters).
MAX_TEXT = 1_000_000
#: The largest image (photo_data): the app stores a re-encoded JPEG of a few megabytes.
MAX_BYTES = 32 * 1024 * 1024
MAX_ID = 36
MAX_REPLICA = 64
MAX_COUNTER = 2**62
MAX_INT = 2**62


def check_state(state: SyncState, **where: object) -> None:
    """Raise ``TeamError("malformed")`` naming the first thing that is wrong."""
    problem = first_problem(state)
    if problem is not None:
        raise TeamError("malformed", reason=problem, **where)


def first_problem(state: SyncState) -> str | None:
    """A short English description of the first malformed item, or None."""
    for replica, counter in state.vector.items():
        if not _replica_ok(replica) or not _counter_ok(counter):
            return f"version vector entry {replica!r}"
    for (table, row_id), row in state.rows.items():
        where = f"{table}/{row_id}"
        if table not in ENTITY_BY_TABLE or row.table != table:
            return f"unknown table {table!r}"
        if not _id_ok(row_id) or row.id != row_id:
            return f"bad id in {table}"
        if not _dot_ok(row.created):
            return f"bad version of {where}"
        columns = ENTITY_BY_TABLE[table].__table__.columns
        for col, dot in row.fields.items():
            if col not in columns or not _dot_ok(dot):
                return f"bad field version {col!r} of {where}"
        if set(row.values) != set(columns.keys()):
            return f"columns of {where}"
        if row.values.get("id") != row_id:
            return f"id of {where}"
        for column in columns:
            problem = _value_problem(column, row.values[column.key])
            if problem:
                return f"{where}.{column.key}: {problem}"
    for (table, row_id), dot in state.tombstones.items():
        if table not in ENTITY_BY_TABLE or not _id_ok(row_id) or not _dot_ok(dot):
            return f"deletion of {table!r}"
    return None


def _value_problem(column: Column[Any], value: Any) -> str | None:  # any column type
    kind = column.type
    if value is None:
        return None if column.nullable else "missing value"
    if isinstance(kind, SAEnum):
        allowed = set(kind.enums)
        raw = value.value if isinstance(value, enum.Enum) else value
        return None if raw in allowed else "unknown value"
    if isinstance(kind, String | Text):
        if not isinstance(value, str):
            return "not a text"
        limit = kind.length or MAX_TEXT
        if len(value) > limit:
            return f"text longer than {limit}"
        return "NUL character" if "\x00" in value else None
    if isinstance(kind, LargeBinary):
        if not isinstance(value, bytes | bytearray | memoryview):
            return "not bytes"
        return f"larger than {MAX_BYTES} bytes" if len(value) > MAX_BYTES else None
    if isinstance(kind, Boolean):
        return None if isinstance(value, bool) else "not a boolean"
    if isinstance(kind, Integer):
        ok = isinstance(value, int) and not isinstance(value, bool) and abs(value) < MAX_INT
        return None if ok else "not an integer"
    if isinstance(kind, Float):
        ok = isinstance(value, int | float) and not isinstance(value, bool) \
            and math.isfinite(value)
        return None if ok else "not a finite number"
    if isinstance(kind, DateTime):
        return None if isinstance(value, dt.datetime) else "not a date and time"
    if isinstance(kind, Date):
        ok = isinstance(value, dt.date) and not isinstance(value, dt.datetime)
        return None if ok else "not a date"
    if isinstance(kind, Time):
        return None if isinstance(value, dt.time) else "not a time"
    return None


def _id_ok(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= MAX_ID and value.isprintable()


def _replica_ok(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= MAX_REPLICA and value.isprintable()


def _counter_ok(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < MAX_COUNTER


def _dot_ok(dot: Dot) -> bool:
    replica, counter = getattr(dot, "replica", None), getattr(dot, "counter", None)
    if replica == "" and counter == 0:  # state.UNKNOWN: a row written without bookkeeping
        return True
    return _replica_ok(replica) and _counter_ok(counter) and bool(counter)
