"""Full-text index of notes (SQLite FTS5), part of the schema.

The notebook runs with ``trusted_schema=OFF``, under which SQLite refuses an
FTS5 table inside triggers ("unsafe use of virtual table"). So the index is
kept by the application at one chokepoint: :meth:`Notebook.write` calls
:func:`sync` with the notes its transaction touched, inside that transaction.
``remove_diacritics 2`` makes ``equipement`` find *Équipement*.

Each index row shares the ``rowid`` of its note, so re-indexing a note is two
lookups by rowid (fast at any size) instead of a scan of the unindexed
``note_id`` column. Deleted notes leave the index in the same transaction: a
TEMP trigger (:func:`track`) records their rowids, database cascades included
(deleting an atelier deletes its notes), and :func:`sync` purges those rows.
When a notebook where notes were deleted is closed, the index is merged
(:func:`optimize`) so that their words leave the file's pages too; with
``secure_delete`` (set by the store) nothing of a deleted note stays readable in
the file. Every search still joins the index to ``note`` on *both* ``rowid``
and ``note_id`` (:data:`JOIN`), so an orphan left by another tool never shows,
and :func:`rebuild` (run by migrations) drops them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

DDL: tuple[str, ...] = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS note_fts USING fts5("
    "note_id UNINDEXED, text, tokenize=\"unicode61 remove_diacritics 2\")",
)


def create(connection: Connection) -> None:
    for statement in DDL:
        connection.exec_driver_sql(statement)


#: Per connection, not in the file: remembers the rowids of the notes a
#: transaction deletes, cascades included. The trigger writes a plain TEMP table
#: only, which ``trusted_schema=OFF`` allows (it forbids the FTS table itself).
_TRACK = (
    "CREATE TEMP TABLE IF NOT EXISTS note_gone (id INTEGER PRIMARY KEY)",
    "CREATE TEMP TRIGGER IF NOT EXISTS note_gone_track AFTER DELETE ON main.note "
    "BEGIN INSERT OR IGNORE INTO note_gone(id) VALUES (old.rowid); END",
)


def track(connection: Connection) -> None:
    """Start remembering deleted notes on this connection (idempotent, microseconds)."""
    for statement in _TRACK:
        connection.exec_driver_sql(statement)


def sync(connection: Connection, changed: Iterable[str]) -> int:
    """Purge deleted notes, then re-index the ``changed`` ids; returns the purged count.

    The purge comes first: a note created in the same transaction may reuse
    the rowid of one just deleted.
    """
    purged = purge(connection)
    for chunk in _chunks(list(changed)):
        marks = ",".join("?" * len(chunk))
        params = tuple(chunk)
        connection.exec_driver_sql(
            f"DELETE FROM note_fts WHERE rowid IN (SELECT rowid FROM note WHERE id IN ({marks}))",
            params,
        )
        connection.exec_driver_sql(
            "INSERT INTO note_fts(rowid, note_id, text) "
            f"SELECT rowid, id, text FROM note WHERE id IN ({marks})",
            params,
        )
    return purged


#: How a search joins the index to its notes; orphans fall out of this join.
JOIN = "JOIN note ON note.rowid = note_fts.rowid AND note.id = note_fts.note_id"


def purge(connection: Connection) -> int:
    """Drop the index rows of the notes deleted since :func:`track`, by rowid."""
    removed = connection.exec_driver_sql(
        "DELETE FROM note_fts WHERE rowid IN (SELECT id FROM temp.note_gone)").rowcount
    connection.exec_driver_sql("DELETE FROM temp.note_gone")
    return max(removed, 0)


def optimize(connection: Connection) -> None:
    """Merge the index into one segment, without the deleted notes' terms.

    FTS5 records a deletion as a tombstone in a new segment; the old segment
    keeps the deleted words until merged. This rewrites the whole index (about
    0.4 s for 20,000 notes), so it runs once when a notebook where notes were
    deleted is closed, not at each deletion; ``secure_delete`` then zeroes the
    freed pages.
    """
    connection.exec_driver_sql("INSERT INTO note_fts(note_fts) VALUES ('optimize')")


def rebuild(connection: Connection) -> None:
    """Re-index every note (after a migration or an import of many notes)."""
    connection.exec_driver_sql("DELETE FROM note_fts")
    connection.exec_driver_sql(
        "INSERT INTO note_fts(rowid, note_id, text) SELECT rowid, id, text FROM note"
    )


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
