"""Full-text index of notes (SQLite FTS5), part of the schema.

The notebook runs with ``trusted_schema=OFF``, under which SQLite refuses an
FTS5 table inside triggers ("unsafe use of virtual table"). So the index is
kept by the application at one chokepoint: :meth:`Notebook.write` calls
:func:`sync` with the notes its transaction touched, inside that transaction.
``remove_diacritics 2`` makes ``equipement`` find *Équipement*.

Each index row shares the ``rowid`` of its note, so re-indexing a note is two
lookups by rowid (fast at any size) instead of a scan of the unindexed
``note_id`` column. Deleted notes are purged from the index in the same
transaction (:func:`purge`; a database cascade, as when an atelier is deleted,
is reported by the service in the change set), and the index is then merged
(``optimize``) so that their words leave the file's pages too: with
``secure_delete`` (set by the store) nothing of a deleted note stays readable
in the file. Every search still joins the index to ``note`` on *both* ``rowid``
and ``note_id`` (:data:`JOIN`), so an orphan left by a tool outside the app
never shows, and :func:`rebuild` (run by migrations) drops them all.
"""

from __future__ import annotations

from collections.abc import Iterable

DDL: tuple[str, ...] = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS note_fts USING fts5("
    "note_id UNINDEXED, text, tokenize=\"unicode61 remove_diacritics 2\")",
)


def create(connection) -> None:  # noqa: ANN001 - a SQLAlchemy Connection
    for statement in DDL:
        connection.exec_driver_sql(statement)


def sync(connection, changed: Iterable[str], removed: Iterable[str] = ()) -> None:  # noqa: ANN001
    """Re-index the ``changed`` note ids (created or edited in this transaction).

    When notes were ``removed``, their index rows are purged (:func:`purge`).
    """
    if any(True for _ in removed):
        purge(connection)
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


#: How a search joins the index to its notes; orphans fall out of this join.
JOIN = "JOIN note ON note.rowid = note_fts.rowid AND note.id = note_fts.note_id"


#: Index rows whose note is gone (or whose rowid now belongs to another note).
_ORPHANS = (
    "DELETE FROM note_fts WHERE rowid IN (SELECT f.rowid FROM note_fts f "
    "LEFT JOIN note n ON n.rowid = f.rowid WHERE n.id IS NULL OR n.id != f.note_id)"
)


def purge(connection) -> int:  # noqa: ANN001
    """Drop the index rows of deleted notes, then merge the index so their words are gone.

    One pass over the index (about 15 ms for 10,000 notes), run only by edits
    that delete notes. FTS5 records a deletion as a tombstone in a new
    segment; ``optimize`` rewrites the index without the deleted terms, so the
    old segments' pages are freed (and zeroed under ``secure_delete``).
    """
    removed = connection.exec_driver_sql(_ORPHANS).rowcount
    if removed:
        connection.exec_driver_sql("INSERT INTO note_fts(note_fts) VALUES ('optimize')")
    return removed


def rebuild(connection) -> None:  # noqa: ANN001
    """Re-index every note (after a migration or an import of many notes)."""
    connection.exec_driver_sql("DELETE FROM note_fts")
    connection.exec_driver_sql(
        "INSERT INTO note_fts(rowid, note_id, text) SELECT rowid, id, text FROM note"
    )


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
