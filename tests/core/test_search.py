"""Full-text search: accents and case folded, user text never breaks the query."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lieuxcommuns_desktop.core import fts, search
from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.services import notes, records

ROOT = Path(__file__).resolve().parents[2]


def fill(nb) -> tuple[str, str]:
    atelier = records.create(nb, m.Atelier, title="Atelier équipements")
    seq = records.create(nb, m.Sequence, atelier_id=atelier.id, title="Carte des acteurs")
    target = notes.capture(nb, atelier.id, "L'Équipement culturel ouvre le dimanche",
                           sequence_id=seq.id)
    notes.capture(nb, atelier.id, "Rien à voir")
    return atelier.id, target.id


def test_accents_case_and_prefix(notebook) -> None:
    _atelier_id, note_id = fill(notebook)
    for query in ("equipement", "ÉQUIPEMENT", "équip", "culturel dimanche"):
        hits = search.search(notebook, query)
        assert [h.note_id for h in hits] == [note_id], query
    hit = search.search(notebook, "equipement")[0]
    assert hit.atelier_title == "Atelier équipements" and hit.sequence_title == "Carte des acteurs"
    assert f"{search.HL_START}Équipement{search.HL_END}" in hit.snippet
    assert search.search(notebook, "culturel lundi") == []


def test_hostile_input_is_quoted(notebook) -> None:
    fill(notebook)
    for query in ('"', "AND OR NOT", "equip*", "(", "NEAR(a b)", "-x", "", "   "):
        search.search(notebook, query)  # no FTS5 syntax error
    assert search.match_expression('dit "oui"') == '"dit"* "oui"*'
    assert search.match_expression("!!") is None


def test_edits_and_deletions_follow(notebook) -> None:
    _atelier_id, note_id = fill(notebook)
    records.update(notebook, m.Note, note_id, text="Salle polyvalente")
    assert search.search(notebook, "equipement") == []
    assert len(search.search(notebook, "polyvalente")) == 1
    records.delete(notebook, m.Note, note_id)
    assert search.search(notebook, "polyvalente") == []


def test_cli_one_line_per_result(notebook, notebook_path) -> None:
    fill(notebook)
    out = subprocess.run(
        [sys.executable, "-m", "lieuxcommuns_desktop", "search", str(notebook_path), "equipement"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=True,
    ).stdout.splitlines()
    assert len(out) == 1
    assert "Atelier équipements" in out[0] and "[Équipement]" in out[0]
    assert "Carte des acteurs" in out[0]


def test_restored_note_indexed_once(notebook) -> None:
    _atelier_id, note_id = fill(notebook)
    snapshot = records.delete(notebook, m.Note, note_id)
    records.restore(notebook, snapshot)
    assert [h.note_id for h in search.search(notebook, "equipement")] == [note_id]
    records.update(notebook, m.Note, note_id, text="Équipement rénové")
    with notebook.read() as session:
        rows = session.connection().exec_driver_sql(
            f"SELECT count(*) FROM note_fts {fts.JOIN} WHERE note_fts.note_id = ?",
            (note_id,)).scalar()
    assert rows == 1  # orphans of the deletion, if any, fall out of the join
    assert [h.note_id for h in search.search(notebook, "renove")] == [note_id]
