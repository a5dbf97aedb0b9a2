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

from .labels import strip_accents
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


#: Longest note whose snippet FTS5 makes. Its ``snippet()`` scores every window
#: against every match, which grows with the square of the matches: a note of
#: 20,000 repeated words took 23 s for a 3-word query. Longer notes get
#: :func:`_long_snippet`, whose work is bounded by :data:`SNIPPET_SCAN`.
FTS_SNIPPET_MAX = 4000
#: Characters of a long note scanned for its snippet.
SNIPPET_SCAN = 20000
SNIPPET_WORDS = 24

_SQL = (
    "SELECT f.note_id, "
    "CASE WHEN length(n.text) <= :short THEN snippet(note_fts, 1, :hl, :hr, '…', 24) END, "
    "CASE WHEN length(n.text) > :short THEN substr(n.text, 1, :scan) END, "
    "length(n.text), n.atelier_id, a.title, n.sequence_id, s.title, n.kind, n.created_at "
    "FROM note_fts f JOIN note n ON n.rowid = f.rowid AND n.id = f.note_id "
    "JOIN atelier a ON a.id = n.atelier_id "
    "LEFT JOIN sequence s ON s.id = n.sequence_id "
    "WHERE note_fts MATCH :match ORDER BY rank LIMIT :limit"
)


def search(nb: Notebook, text: str, limit: int = 200) -> list[Hit]:
    """Notes matching every word of ``text``, best first."""
    expression = match_expression(text)
    if expression is None:
        return []
    words = [fold(w) for w in _WORD.findall(text)]
    params = {"short": FTS_SNIPPET_MAX, "hl": HL_START, "hr": HL_END, "scan": SNIPPET_SCAN,
              "match": expression, "limit": int(limit)}
    with nb.read() as session:
        rows = session.connection().exec_driver_sql(_SQL, params).all()
    return [
        Hit(note_id, atelier_id, atelier_title or "", sequence_id, sequence_title or "",
            kind or "", _when(created),
            snippet if head is None else _long_snippet(head, words, length))
        for note_id, snippet, head, length, atelier_id, atelier_title, sequence_id,
        sequence_title, kind, created in rows
    ]


def fold(word: str) -> str:
    """``word`` as the index compares it: no case, no accents."""
    return strip_accents(word).casefold()


def _long_snippet(head: str, words: list[str], length: int) -> str:
    """FTS5's snippet, made from the first :data:`SNIPPET_SCAN` characters only.

    The window starts a few words before the first word that begins like one
    of ``words`` (the query's prefix terms); without a match in the scanned
    head, the note's beginning is shown.
    """
    tokens = list(_WORD.finditer(head))
    first = next((i for i, t in enumerate(tokens)
                  if any(fold(t.group()).startswith(w) for w in words)), 0)
    start = max(0, first - 4)
    window = tokens[start:start + SNIPPET_WORDS]
    if not window:
        return head[:200]
    out = ["…" if start else head[:window[0].start()]]
    cursor = window[0].start()
    for token in window:
        out.append(head[cursor:token.start()])
        word = token.group()
        if any(fold(word).startswith(w) for w in words):
            word = HL_START + word + HL_END
        out.append(word)
        cursor = token.end()
    if start + SNIPPET_WORDS < len(tokens) or length > len(head):
        out.append("…")
    return "".join(out)


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
