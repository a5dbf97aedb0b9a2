"""``lieuxcommuns-desktop merge``, run as a user runs it; and the other sources."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from lieuxcommuns_desktop.core.model import Collectivite, Note
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.sync.sources import state_of_file, state_of_json
from tests.cli import run_cli
from tests.core.sync.helpers import edit, export_file, exported, merge

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures"
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x1b[31mrouge\rcaché\x08\x9b31m\u202eesrever\u2028fin\tonglet"
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_merge_lists_conflicts_one_per_line_with_hostile_text_made_inert(pair) -> None:
    mine, theirs, base = pair
    edit(mine, lambda s: setattr(s.get(Note, base.notes[0]), "text", HOSTILE + " à moi"))
    edit(theirs, lambda s: setattr(s.get(Note, base.notes[0]), "text", HOSTILE + " à eux"))
    edit(theirs, lambda s: s.add(Collectivite(name="Autre")))
    other_sha = _sha(theirs)
    done = run_cli("merge", mine, theirs)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Ajoutés : 1 (collectivite 1)"
    assert "Conflits : 1" in lines
    (conflict,) = [line for line in lines if line.startswith("  note")]
    assert "champ text : ma version gardée" in conflict and "à moi" in conflict
    assert not CONTROLS.search(done.stdout) and "rouge" in conflict and "\t" not in conflict
    assert any(line.startswith("Copie d'avant la fusion : ") for line in lines)
    assert _sha(theirs) == other_sha  # OTHER is never written
    assert not Path(f"{theirs}-journal").exists()

    theirs_side = run_cli("merge", theirs, mine, "--prefer", "theirs")
    assert theirs_side.returncode == 0, theirs_side.stderr
    assert exported(theirs) == exported(mine)


def test_merge_refuses_itself_and_files_it_cannot_read_in_one_line(pair, tmp_path) -> None:
    mine, _theirs, _base = pair
    before = _sha(mine)
    same = run_cli("merge", mine, mine)
    assert same.returncode == 2 and "le carnet lui-même" in same.stderr
    damaged = tmp_path / "abime.lieux"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    foreign = tmp_path / "autre.json"
    foreign.write_text('{"format": "autre chose"}', encoding="utf-8")
    missing = tmp_path / "absent.lieux"
    other_app = tmp_path / "autre-appli.lieux"
    import sqlite3

    conn = sqlite3.connect(other_app)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    tampered = tmp_path / "trafique.lieux"
    shutil.copyfile(mine, tampered)
    conn = sqlite3.connect(tampered)
    conn.execute("UPDATE sync_row SET counter = -5 WHERE rowid = 1")
    conn.execute("UPDATE sync_vector SET replica = ? WHERE rowid = 1", ("\x1b[2J" * 40,))
    conn.commit()
    conn.close()
    for bad in (damaged, foreign, missing, other_app, tampered):
        done = run_cli("merge", mine, bad)
        assert done.returncode == 2, (bad, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
        assert not CONTROLS.search(done.stderr.rstrip("\n"))
    assert _sha(mine) == before


def test_an_older_notebook_is_merged_from_an_upgraded_temporary_copy(tmp_path) -> None:
    old = tmp_path / "ancien.lieux"
    shutil.copyfile(FIXTURES / "schema-v5.lieux", old)
    sha = _sha(old)
    state = state_of_file(old)
    assert _sha(old) == sha and sorted(p.name for p in tmp_path.iterdir()) == ["ancien.lieux"]
    mine = tmp_path / "carnet.lieux"
    Notebook.create(mine).close()
    report = merge(mine, old)
    assert report.added["note"] == 1 and report.conflicts == []
    assert exported(mine)["note"] == exported(old_copy(old, tmp_path))["note"]
    assert len(state.rows) > 10


def old_copy(old: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "lu.lieux"
    shutil.copyfile(old, copy)
    Notebook.open(copy).close()  # upgraded in place, for reading its export
    return copy


def test_a_json_export_merges_equal_fields_silently_and_asks_once(pair, tmp_path) -> None:
    mine, theirs, base = pair
    edit(theirs, lambda s: setattr(s.get(Note, base.notes[0]), "text", "leur texte"))
    edit(theirs, lambda s: s.add(Collectivite(name="Autre")))
    document = export_file(theirs, tmp_path / "export.json")
    state = state_of_json(document)
    nb = Notebook.open(mine)
    try:
        from lieuxcommuns_desktop.core.sync.merge import merge_into

        first = merge_into(nb, state)
        assert [(c.table, c.column) for c in first.conflicts] == [("note", "text")]
        assert first.added == {"collectivite": 1} and first.deleted == {}
        again = merge_into(nb, state_of_json(document))
        assert again.conflicts == [] and again.added == {} and again.updated == {}
    finally:
        nb.close()


def test_an_export_with_its_sync_section_merges_three_way_with_deletions(pair, tmp_path) -> None:
    mine, theirs, base = pair
    edit(theirs, lambda s: setattr(s.get(Note, base.notes[0]), "text", "leur texte"))
    edit(theirs, lambda s: s.delete(s.get(Note, base.notes[1])))
    edit(mine, lambda s: setattr(s.get(Note, base.notes[0]), "done", True))
    document = tmp_path / "suivi.json"
    done = run_cli("export", theirs, "--format", "json", "--sync", "-o", document)
    assert done.returncode == 0, done.stderr
    merged = run_cli("merge", mine, document)
    assert merged.returncode == 0, merged.stderr
    assert "Conflits : 0" in merged.stdout.splitlines()
    assert "Supprimés : 1 (note 1)" in merged.stdout.splitlines()
    nb = Notebook.open(mine, readonly=True)
    try:
        with nb.read() as session:
            note = session.get(Note, base.notes[0])
            assert (note.text, note.done) == ("leur texte", True)
            assert session.get(Note, base.notes[1]) is None
    finally:
        nb.close()
    # the same merge from their .lieux now brings nothing: the JSON carried it all
    again = merge(mine, theirs)
    assert (again.added, again.updated, again.deleted, again.conflicts) == ({}, {}, {}, [])


def test_a_damaged_sync_section_is_refused_in_one_line(pair, tmp_path) -> None:
    import json

    mine, theirs, _base = pair
    document = tmp_path / "suivi.json"
    assert run_cli("export", theirs, "--sync", "-o", document).returncode == 0
    doc = json.loads(document.read_text(encoding="utf-8"))
    table = next(iter(doc["sync"]["dots"]))
    row_id = next(iter(doc["sync"]["dots"][table]))
    doc["sync"]["dots"][table][row_id]["created"] = ["\x1b[2J", "douze"]
    document.write_text(json.dumps(doc), encoding="utf-8")
    done = run_cli("merge", mine, document)
    assert done.returncode == 2 and "$.sync.dots." in done.stderr
    assert "\x1b" not in done.stderr and len(done.stderr.splitlines()) == 1
    refused = run_cli("export", theirs, "--sync", "--atelier", "Atelier 1")
    assert refused.returncode != 0 and "--sync" in refused.stderr
