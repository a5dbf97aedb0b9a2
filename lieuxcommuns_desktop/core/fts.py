"""Full-text index of notes (SQLite FTS5), part of the schema.

The notebook runs with ``trusted_schema=OFF``, under which SQLite refuses an
FTS5 table inside triggers ("unsafe use of virtual table"). So the index is
kept by the application at one chokepoint: :meth:`Notebook.write` calls
:func:`sync` with the notes its transaction touched, inside that transaction.
``remove_diacritics 2`` makes ``equipement`` find *Équipement*.

Each index row shares the ``rowid`` of its note, so re-indexing a note is two
lookups by rowid (fast at any size) instead of a scan of the unindexed
``note_id`` column. Deleted notes are not removed from the index at once
(their rowid is gone with them, and database cascades delete notes the
application never sees): such orphans are harmless because every search joins
the index to ``note`` on *both* ``rowid`` and ``note_id`` (:data:`JOIN`), a new
note first clears any orphan at its rowid, and :func:`rebuild` (run by
migrations) drops them all.
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

    ``removed`` ids are accepted for symmetry and left as harmless orphans.
    """
    del removed
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


def rebuild(connection) -> None:  # noqa: ANN001
    """Re-index every note (after a migration or an import of many notes)."""
    connection.exec_driver_sql("DELETE FROM note_fts")
    connection.exec_driver_sql(
        "INSERT INTO note_fts(rowid, note_id, text) SELECT rowid, id, text FROM note"
    )


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
