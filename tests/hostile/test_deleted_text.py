"""Deleted notes leave no trace in the notebook file (issue 12, item 15).

The file travels on USB sticks and by e-mail: a note deleted during a workshop
("X ne paie pas ses loyers") must not stay readable in its bytes, neither in the
full-text index nor in SQLite's free pages.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from lieuxcommuns_desktop.core import search
from lieuxcommuns_desktop.core.model import Atelier, Note
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook

WORD_NOTE = "zorglubissimement"
WORD_ATELIER = "quetzalcoatlesque"


def _index_rows(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        notes = conn.execute("SELECT count(*) FROM note").fetchone()[0]
        indexed = conn.execute("SELECT count(*) FROM note_fts").fetchone()[0]
    finally:
        conn.close()
    return notes, indexed


def test_deleted_notes_leave_no_words_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "carnet.lieux"
    nb = Notebook.create(path, title="Carnet")
    kept = records.create(nb, Atelier, title="Gardé")
    gone = records.create(nb, Atelier, title="Supprimé")
    records.create_many(nb, [Note(atelier_id=kept.id, text=f"note ordinaire {i} " + "x" * 300)
                             for i in range(200)])
    secret = records.create(nb, Note, atelier_id=kept.id, text=f"secret {WORD_NOTE} à effacer")
    records.create_many(nb, [Note(atelier_id=gone.id, text=f"{WORD_ATELIER} numéro {i}")
                             for i in range(13)])
    assert [h.note_id for h in search.search(nb, WORD_NOTE)] == [secret.id]

    records.delete(nb, Note, secret.id)
    records.delete(nb, Atelier, gone.id)  # its 13 notes go by the database's cascade

    assert search.search(nb, WORD_NOTE) == [] and search.search(nb, WORD_ATELIER) == []
    assert len(search.search(nb, "ordinaire", limit=500)) == 200
    assert _index_rows(path) == (200, 200)  # purged at delete: no orphan index rows
    after_last = records.create(nb, Note, atelier_id=kept.id, text="nouvelle note")  # rowid reuse
    assert [h.note_id for h in search.search(nb, "nouvelle")] == [after_last.id]
    records.delete(nb, Note, after_last.id)
    nb.close()  # merges the index: the deleted words leave its pages

    assert _index_rows(path) == (200, 200)
    data = path.read_bytes()
    for word in (WORD_NOTE, WORD_ATELIER):
        assert word.encode() not in data
        assert word[3:].encode() not in data  # not even a prefix-compressed index term


def test_a_deleted_note_can_be_restored_and_found_again(tmp_path: Path) -> None:
    """Undo of a deletion puts the note back in the index."""
    nb = Notebook.create(tmp_path / "carnet.lieux")
    atelier = records.create(nb, Atelier, title="A")
    note = records.create(nb, Note, atelier_id=atelier.id, text=f"retour {WORD_NOTE}")
    snapshot = records.delete(nb, Note, note.id)
    assert search.search(nb, WORD_NOTE) == []
    records.restore(nb, snapshot)
    assert [h.note_id for h in search.search(nb, WORD_NOTE)] == [note.id]
    nb.close()
