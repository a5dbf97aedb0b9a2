"""Full-text index of notes (SQLite FTS5), part of the schema.

The notebook runs with ``trusted_schema=OFF``, under which SQLite refuses an
FTS5 table inside triggers ("unsafe use of virtual table"). So the index is
kept by the application at one chokepoint: :meth:`Notebook.write` calls
:func:`sync` with the notes its transaction touched, inside that transaction.
``remove_diacritics 2`` makes ``equipement`` find *Équipement*.
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


def sync(connection, changed: Iterable[str], removed: Iterable[str],  # noqa: ANN001
         fresh: Iterable[str] = ()) -> None:
    """Re-index ``changed`` note ids and drop ``removed`` ones.

    ``fresh`` ids were just inserted, so they have no index row to delete:
    skipping them spares a full scan of the index (``note_id`` is UNINDEXED)
    on every note captured.
    """
    changed = list(changed)
    skip = set(fresh)
    stale = [i for i in dict.fromkeys([*changed, *removed]) if i not in skip]
    for chunk in _chunks(stale):
        marks = ",".join("?" * len(chunk))
        connection.exec_driver_sql(f"DELETE FROM note_fts WHERE note_id IN ({marks})", tuple(chunk))
    for chunk in _chunks(changed):
        marks = ",".join("?" * len(chunk))
        connection.exec_driver_sql(
            f"INSERT INTO note_fts(note_id, text) SELECT id, text FROM note WHERE id IN ({marks})",
            tuple(chunk),
        )


def rebuild(connection) -> None:  # noqa: ANN001
    """Re-index every note (after a migration or an import of many notes)."""
    connection.exec_driver_sql("DELETE FROM note_fts")
    connection.exec_driver_sql("INSERT INTO note_fts(note_id, text) SELECT id, text FROM note")


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
