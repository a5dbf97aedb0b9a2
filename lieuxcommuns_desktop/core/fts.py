"""Full-text index of notes (SQLite FTS5), part of the schema.

An external-content FTS5 table over ``note.text`` kept up to date by triggers,
so every write path (services, imports, migrations) feeds it without knowing
it exists. ``remove_diacritics 2`` makes ``equipement`` find *Équipement*.
"""

from __future__ import annotations

DDL: tuple[str, ...] = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS note_fts USING fts5("
    "text, content='note', content_rowid='rowid', "
    "tokenize=\"unicode61 remove_diacritics 2\")",
    "CREATE TRIGGER IF NOT EXISTS note_fts_ai AFTER INSERT ON note BEGIN "
    "INSERT INTO note_fts(rowid, text) VALUES (new.rowid, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS note_fts_ad AFTER DELETE ON note BEGIN "
    "INSERT INTO note_fts(note_fts, rowid, text) VALUES ('delete', old.rowid, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS note_fts_au AFTER UPDATE OF text ON note BEGIN "
    "INSERT INTO note_fts(note_fts, rowid, text) VALUES ('delete', old.rowid, old.text); "
    "INSERT INTO note_fts(rowid, text) VALUES (new.rowid, new.text); END",
)


def create(connection) -> None:  # noqa: ANN001 - a SQLAlchemy Connection
    for statement in DDL:
        connection.exec_driver_sql(statement)
