"""The programme's timeline rows read in plain SQL, in one batch.

Why not the ORM: the programme page reads every atelier, its participating
collectivités, its agenda's length, the phases and the lane owners each time it
opens. Through SQLAlchemy statements that cost about 4 ms, half of it compiling
the statements again for each newly opened notebook (the compiled cache lives
on the engine). Five plain ``SELECT`` on the same connection cost well under
1 ms; the values are converted here exactly as the mapped types would
(ISO dates and times, enums stored by value), so the read models do not see
the difference. ``core/search.py`` and the matrices read the same way.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy.orm import Session

E = TypeVar("E", bound=Enum)

PHASES = "SELECT id, kind, title, start_date, end_date FROM phase ORDER BY start_date, end_date"
ATELIERS = (
    "SELECT id, title, date, start_time, status, thematique_id, collectivite_id, place, "
    "objective FROM atelier ORDER BY date IS NULL, date, start_time, title, id"
)
PARTICIPANTS = "SELECT atelier_id, collectivite_id FROM atelier_collectivite"
MINUTES = "SELECT atelier_id, SUM(minutes) FROM sequence GROUP BY atelier_id"
EXPEDITIONS = "SELECT id, name FROM thematique ORDER BY position, name"
COLLECTIVITES = "SELECT id, name FROM collectivite ORDER BY name"


def connection(session: Session) -> sqlite3.Connection:
    """The session's DB-API connection (in the session's transaction), for :func:`rows`.

    A notebook is a SQLite file (``core/store.py``); the plain statements and
    the conversions below are SQLite's, so another driver is refused by name.
    """
    db = session.connection().connection.driver_connection
    if not isinstance(db, sqlite3.Connection):
        raise TypeError(f"plain programme rows need a SQLite notebook, not {type(db).__name__}")
    return db


def rows(db: sqlite3.Connection, sql: str) -> list[tuple[Any, ...]]:
    """Every row of one plain statement, as tuples (fetched at once, not row by row)."""
    cursor = db.execute(sql)
    try:
        fetched: list[tuple[Any, ...]] = cursor.fetchall()
        return fetched
    finally:
        cursor.close()


def day(value: str | dt.date | None) -> dt.date | None:
    """A stored ``Date`` (ISO text in SQLite) as a date."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])


def time_of_day(value: str | dt.time | None) -> dt.time | None:
    """A stored ``Time`` (``HH:MM:SS.ffffff`` in SQLite) as a time."""
    if value is None or isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(value)


def member(enum_cls: type[E], value: str, default: E) -> E:
    """An enum stored by value; a value from a newer release reads as ``default``."""
    try:
        return enum_cls(value)
    except ValueError:
        return default


def participants(db: sqlite3.Connection) -> dict[str, list[str]]:
    """Atelier id -> the ids of the collectivités taking part."""
    out: dict[str, list[str]] = defaultdict(list)
    for atelier_id, collectivite_id in rows(db, PARTICIPANTS):
        out[atelier_id].append(collectivite_id)
    return out


def minutes(db: sqlite3.Connection) -> dict[str, int]:
    """Atelier id -> the total of its agenda's séquences, in minutes."""
    return {atelier_id: int(total or 0) for atelier_id, total in rows(db, MINUTES)}
