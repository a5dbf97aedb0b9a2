"""A notebook's outline read with the standard ``sqlite3`` module only.

The window paints its navigation (programme, thématiques, ateliers) from this
before SQLAlchemy is even imported — that import alone costs about twice a
bare Qt window — and attaches the real :class:`Notebook` right after the first
paint. Read-only URI, no journal, nothing written; any doubt returns None and
the caller opens the notebook the normal way (which reports the problem).
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

#: ``model.APPLICATION_ID`` ("LCOM"), repeated here so as not to import the model.
APPLICATION_ID = 0x4C434F4D
SCHEMA_VERSION = 7


@dataclass(frozen=True)
class AtelierLine:
    id: str
    title: str
    thematique_id: str | None
    date: dt.date | None
    status: str
    place: str


@dataclass
class Outline:
    title: str = ""
    thematiques: list[tuple[str, str]] = field(default_factory=list)
    ateliers: list[AtelierLine] = field(default_factory=list)


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def read_outline(path: Path | str) -> Outline | None:
    path = Path(path)
    try:
        if not path.is_file():
            return None
        conn = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] & 0xFFFFFFFF != APPLICATION_ID:
            return None
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return None  # an older file needs its migration first
        outline = Outline()
        row = conn.execute("SELECT title FROM programme LIMIT 1").fetchone()
        outline.title = row[0] if row else ""
        outline.thematiques = [(r[0], r[1]) for r in conn.execute(
            "SELECT id, name FROM thematique ORDER BY position, name")]
        outline.ateliers = [
            AtelierLine(r[0], r[1], r[2], _date(r[3]), r[4], r[5] or "")
            for r in conn.execute(
                "SELECT id, title, thematique_id, date, status, place FROM atelier "
                "ORDER BY date IS NOT NULL, date, title")
        ]
        return outline
    except sqlite3.Error as exc:
        log.info("no quick outline for %s: %s", path, exc)
        return None
    finally:
        conn.close()
