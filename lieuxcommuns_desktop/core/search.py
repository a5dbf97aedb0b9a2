"""Full-text search over every note of a notebook (SQLite FTS5).

The index (``core/fts.py``) folds case and accents, so ``equipement`` finds
*Équipement*. What people type is never handed to FTS5 as syntax: each word
becomes a quoted prefix term (``"equip"*``), so quotes, dashes, ``AND`` or a
stray ``*`` cannot raise a syntax error; all words must match.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

from .services.notebook import Notebook

log = logging.getLogger(__name__)

#: Around each match in :attr:`Hit.snippet`; the UI turns them into bold, the CLI into [ ].
HL_START = "\x02"
HL_END = "\x03"

_WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(text: str) -> str | None:
    """A safe FTS5 MATCH expression for ``text``, or None when it has no word."""
    words = _WORD.findall(text or "")
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


@dataclass(frozen=True)
class Hit:
    note_id: str
    atelier_id: str
    atelier_title: str
    sequence_id: str | None
    sequence_title: str
    kind: str
    created_at: dt.datetime | None
    #: The note's text around the matches, each match between HL_START and HL_END.
    snippet: str


_SQL = (
    "SELECT f.note_id, snippet(note_fts, 1, ?, ?, '…', 24), n.atelier_id, a.title, "
    "n.sequence_id, s.title, n.kind, n.created_at "
    "FROM note_fts f JOIN note n ON n.rowid = f.rowid AND n.id = f.note_id "
    "JOIN atelier a ON a.id = n.atelier_id "
    "LEFT JOIN sequence s ON s.id = n.sequence_id "
    "WHERE note_fts MATCH ? ORDER BY rank LIMIT ?"
)


def search(nb: Notebook, text: str, limit: int = 200) -> list[Hit]:
    """Notes matching every word of ``text``, best first."""
    expression = match_expression(text)
    if expression is None:
        return []
    with nb.read() as session:
        rows = session.connection().exec_driver_sql(
            _SQL, (HL_START, HL_END, expression, int(limit))).all()
    return [
        Hit(note_id, atelier_id, atelier_title or "", sequence_id, sequence_title or "",
            kind or "", _when(created), snippet or "")
        for note_id, snippet, atelier_id, atelier_title, sequence_id, sequence_title, kind,
        created in rows
    ]


def plain(snippet: str, start: str = "[", end: str = "]") -> str:
    """The snippet with its highlight markers replaced (for a terminal)."""
    return snippet.replace(HL_START, start).replace(HL_END, end).replace("\n", " ")


def _when(value: object) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
