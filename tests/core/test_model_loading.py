"""Maps, matrices, photos, votes and follow-up are mapped on first use (issue 13, item 9).

A start maps only the record classes its first screen reads. Whatever lists
the tables must still see all of them: a schema created, checked or copied
with a table missing would silently lose data. Each check runs in a fresh
interpreter, where nothing has mapped those classes yet.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from lieuxcommuns_desktop.core.demo import build_demo
from tests.on_disk import on_disk

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "lieuxcommuns_desktop"
LATER = ("lieuxcommuns_desktop.core.model.boards", "lieuxcommuns_desktop.core.model.follow_up",
         "lieuxcommuns_desktop.core.model.tools")


def _fresh(code: str, *args: str) -> str:
    """Run ``code`` in a new interpreter (the start's imports done first); its stdout."""
    prelude = textwrap.dedent(f"""
        import sys
        from lieuxcommuns_desktop import preload
        preload.import_core()  # what a start imports before its first window
        LATER = {LATER!r}
        assert not [m for m in LATER if m in sys.modules], "mapped at start"
    """)
    done = subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.lieux")


def test_every_list_of_tables_maps_every_class_first() -> None:
    out = _fresh("""
        from lieuxcommuns_desktop.core import model
        from lieuxcommuns_desktop.core.tables import Table
        assert len(model.ENTITIES) == len(Table)
        print(sorted(model.metadata().tables) == sorted(t.value for t in Table))
        print(sorted(e.__tablename__ for e in model.ENTITIES) == sorted(t.value for t in Table))
        print(all(m in sys.modules for m in LATER))
        print(model.Photo.__tablename__, model.ENTITY_BY_TABLE["milestone"].__name__)
    """)
    assert out.split() == ["True", "True", "True", "photo", "Milestone"]


def test_deleting_an_atelier_then_undoing_brings_its_tools_back(demo, tmp_path) -> None:
    """The deletion's snapshot walks every table, mapped or not: undo loses nothing."""
    path = tmp_path / "copie.lieux"
    path.write_bytes(demo.read_bytes())
    [(atelier_id,)] = on_disk(path, "SELECT atelier_id FROM vote LIMIT 1")
    counts = "SELECT " + ", ".join(
        f"(SELECT count(*) FROM {table} WHERE atelier_id = ?)"
        for table in ("vote", "stakeholder_map", "decision"))
    before = on_disk(path, counts, *[atelier_id] * 3)
    assert all(before[0])  # the demo's atelier has a vote, a map and decisions
    _fresh("""
        from lieuxcommuns_desktop.core.model import Atelier
        from lieuxcommuns_desktop.core.services import records
        from lieuxcommuns_desktop.core.services.notebook import Notebook
        nb = Notebook.open(sys.argv[1])
        snapshot = records.delete(nb, Atelier, sys.argv[2])
        records.restore(nb, snapshot)
        nb.close()
    """, str(path), atelier_id)
    assert on_disk(path, counts, *[atelier_id] * 3) == before


def test_opening_a_notebook_checks_every_table(demo, tmp_path) -> None:
    """The check at open names a missing photo table, though photos are not mapped yet."""
    import sqlite3

    path = tmp_path / "sans-photos.lieux"
    path.write_bytes(demo.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("DROP TABLE photo_data")
    conn.commit()
    conn.close()
    out = _fresh("""
        from lieuxcommuns_desktop.core.errors import StoreError
        from lieuxcommuns_desktop.core.services.notebook import Notebook
        try:
            Notebook.open(sys.argv[1])
        except StoreError as exc:
            print(exc.code, exc.message)
    """, str(path))
    assert out.startswith("missing_tables") and "photo_data" in out


#: Files allowed to read the registry directly, with why.
ALLOWED = {
    # It calls model.load_all() first, and checks every mapped class, not only ENTITIES.
    "tests/core/test_model_kinds.py",
}


def test_no_code_reads_the_tables_around_the_loader() -> None:
    """``Base.metadata`` or the mapper registry directly would miss the classes not mapped yet."""
    direct = re.compile(r"Base\.metadata\.|Base\.registry\.|\.registry\.mappers")
    found = [f"{path.relative_to(ROOT)}:{n}"
             for folder in (PACKAGE, ROOT / "tests")
             for path in sorted(folder.rglob("*.py"))
             if path.parent != PACKAGE / "core" / "model" and path != Path(__file__)
             and str(path.relative_to(ROOT)) not in ALLOWED
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if direct.search(line.split("#")[0]) and "``" not in line]
    assert found == []
