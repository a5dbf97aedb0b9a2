"""Bad files get a clear French error, keep their bytes and get no sidecar.

Each case is tried three ways: :meth:`Store.open`, the GUI-free open path
(:meth:`Notebook.open`) and the command line ``check``.
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from lieuxcommuns_desktop.core.errors import StoreError
from lieuxcommuns_desktop.core.model import APPLICATION_ID, Atelier, Note
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.store import SCHEMA_VERSION, Store
from tests.cli import run_cli
from tests.hostile.damaged_files import hot_journal, real_notebook
from tests.on_disk import on_disk

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / f"schema-v{SCHEMA_VERSION}.lieux"
SIDECARS = ("-journal", "-wal", "-shm")


def sha(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def sidecars(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(SIDECARS)]


def run_check(path: Path) -> subprocess.CompletedProcess[str]:
    return run_cli("check", path, timeout=60)


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "carnets"
    folder.mkdir()
    yield folder
    folder.chmod(0o755)
    for p in folder.iterdir():
        p.chmod(0o644)


# -- how each bad file is made -----------------------------------------------------
def make_missing(folder: Path) -> Path:
    return folder / "absent.lieux"


def make_empty(folder: Path) -> Path:
    path = folder / "vide.lieux"
    path.write_bytes(b"")
    return path


def make_truncated(folder: Path) -> Path:
    good = real_notebook(folder / "bon.lieux")
    path = folder / "tronque.lieux"
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    good.unlink()
    return path


def make_zero_filled(folder: Path) -> Path:
    size = FIXTURE.stat().st_size
    path = folder / "zeros.lieux"
    path.write_bytes(bytes(size))
    return path


def make_random(folder: Path) -> Path:
    path = folder / "hasard.lieux"
    path.write_bytes(random.Random(2024).randbytes(FIXTURE.stat().st_size))
    return path


def make_other_app(folder: Path) -> Path:
    path = folder / "autre.lieux"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, nom TEXT)")
    conn.execute("INSERT INTO contacts(nom) VALUES ('Alice')")
    conn.commit()
    conn.close()
    return path


def make_newer(folder: Path) -> Path:
    path = real_notebook(folder / "futur.lieux")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    return path


def make_directory(folder: Path) -> Path:
    path = folder / "dossier.lieux"
    path.mkdir()
    return path


@dataclass(frozen=True)
class Bad:
    make: Callable[[Path], Path]
    code: str
    words: str  # a fragment of the French message


BAD = {
    "missing": Bad(make_missing, "missing", "n'existe pas"),
    "empty": Bad(make_empty, "empty", "est vide"),
    "truncated": Bad(make_truncated, "truncated", "incomplet"),
    "zero_filled": Bad(make_zero_filled, "not_sqlite", "n'est pas un carnet Lieux Communs"),
    "random_bytes": Bad(make_random, "not_sqlite", "n'est pas un carnet Lieux Communs"),
    "other_app": Bad(make_other_app, "other_app", "d'un autre programme"),
    "newer": Bad(make_newer, "newer", "version plus récente"),
    "directory": Bad(make_directory, "not_a_file", "n'est pas un fichier"),
}


@pytest.mark.parametrize("case", list(BAD), ids=list(BAD))
def test_bad_file_is_refused_untouched(case: str, folder: Path) -> None:
    bad = BAD[case]
    path = bad.make(folder)
    before_sha, before_listing = sha(path), listing(folder)

    for opener in (Store.open, Notebook.open):
        with pytest.raises(StoreError) as caught:
            opener(path)
        assert caught.value.code == bad.code
        assert bad.words in caught.value.message
        assert str(path) in caught.value.message
    with pytest.raises(StoreError) as caught:
        Store.open(path, readonly=True)
    assert caught.value.code == bad.code

    result = run_check(path)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and bad.words in lines[0], result.stderr
    assert "Traceback" not in result.stderr

    assert sha(path) == before_sha
    assert listing(folder) == before_listing
    assert sidecars(folder) == []


def test_newer_message_names_both_versions(folder: Path) -> None:
    path = make_newer(folder)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert f"format {SCHEMA_VERSION + 1}" in caught.value.message
    assert f"jusqu'au format {SCHEMA_VERSION}" in caught.value.message


def _assert_readable(path: Path) -> None:
    nb = Notebook.open(path, readonly=True)
    try:
        assert nb.readonly
        assert len(records.all_of(nb, Note)) == 31
        assert nb.store.check() == []
        with pytest.raises(StoreError) as caught:
            records.create(nb, Note, atelier_id=records.all_of(nb, Atelier)[0].id, text="x")
        assert caught.value.code == "readonly_notebook"
    finally:
        nb.close()


@pytest.mark.parametrize(("name", "protect", "code", "phrase"), [
    ("protege.lieux", lambda path: path.chmod(0o444), "readonly_file", "lecture seule"),
    ("carnet.lieux", lambda path: path.parent.chmod(0o555), "readonly_folder",
     "protégé en écriture"),
])
def test_read_only_file_or_folder(folder: Path, name: str, protect: Callable[[Path], None],
                                  code: str, phrase: str) -> None:
    """A write-protected notebook or folder is refused in one line, and checked untouched."""
    path = real_notebook(folder / name)
    protect(path)
    before_sha, before_listing = sha(path), listing(folder)

    for opener in (Store.open, Notebook.open):
        with pytest.raises(StoreError) as caught:
            opener(path)
        assert caught.value.code == code
        assert phrase in caught.value.message
    _assert_readable(path)

    result = run_check(path)
    assert result.returncode == 0, result.stderr
    assert "Résultat : carnet en bon état" in result.stdout
    assert sha(path) == before_sha
    assert listing(folder) == before_listing
    assert sidecars(folder) == []


def test_cannot_create_in_read_only_folder(folder: Path) -> None:
    folder.chmod(0o555)
    with pytest.raises(StoreError) as caught:
        Store.create(folder / "nouveau.lieux")
    assert caught.value.code == "readonly_folder"
    assert listing(folder) == []


def test_check_reports_a_healthy_notebook(folder: Path) -> None:
    path = real_notebook(folder / "carnet.lieux")
    before = sha(path)
    result = run_check(path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    out = result.stdout
    assert "Format : carnet Lieux Communs" in out
    assert f"Version du schéma : {SCHEMA_VERSION} (à jour)" in out
    assert "Intégrité (integrity_check) : ok" in out
    assert "Clés étrangères (foreign_key_check) : ok" in out
    assert sha(path) == before
    assert sidecars(folder) == []


def test_check_reports_an_older_notebook_without_upgrading_it(folder: Path) -> None:
    path = folder / "ancien.lieux"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION - 1}")
    conn.commit()
    conn.close()
    before_sha, before_listing = sha(path), listing(folder)

    result = run_check(path)

    assert result.returncode == 0, result.stderr
    assert f"ancien format {SCHEMA_VERSION - 1}, sera mis à jour à l'ouverture" in result.stdout
    assert sha(path) == before_sha
    assert listing(folder) == before_listing  # no backup, no journal: nothing migrated


def test_check_finds_corruption_inside_a_notebook(folder: Path) -> None:
    path = real_notebook(folder / "abime.lieux")
    size = path.stat().st_size
    rng = random.Random(7)
    with path.open("r+b") as fh:  # scribble over pages past the header page
        for offset in range(4096 * 3, size - 4096, 4096 * 5):
            fh.seek(offset + 8)
            fh.write(rng.randbytes(600))
    before = sha(path)

    result = run_check(path)

    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "est endommagé" in lines[0], result.stderr
    assert sha(path) == before
    assert sidecars(folder) == []


def test_check_finds_broken_links(folder: Path) -> None:
    path = real_notebook(folder / "liens.lieux")
    conn = sqlite3.connect(path)  # foreign keys are off by default on a raw connection
    conn.execute("UPDATE note SET atelier_id = 'nulle-part' WHERE rowid = 1")
    conn.commit()
    conn.close()

    result = run_check(path)

    assert result.returncode == 1
    assert "Clés étrangères (foreign_key_check) : 1 problème" in result.stdout
    assert "référence absente dans « atelier »" in result.stderr
    store = Store.open(path)
    try:
        assert len(store.check()) == 1
    finally:
        store.close()


def test_check_usage_error_exits_2() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "lieuxcommuns_desktop", "check"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, env=env,
    )
    assert result.returncode == 2


def make_interrupted_commit(folder: Path) -> tuple[Path, str]:
    """The state a crash leaves mid-commit (``damaged_files.hot_journal``), and the
    programme's description as it was before the interrupted transaction."""
    path = hot_journal(folder)
    return path, on_disk(FIXTURE, "SELECT description FROM programme")[0][0]


def test_an_interrupted_commit_is_recovered_not_refused(folder: Path) -> None:
    path, before = make_interrupted_commit(folder)
    journal = Path(f"{path}-journal")
    assert journal.read_bytes()[:8] == bytes.fromhex("d9d505f920a163d7")
    shas = (sha(path), sha(journal))

    result = run_check(path)  # checks a recovered copy, touches nothing
    assert result.returncode == 0, result.stderr
    assert "modification interrompue" in result.stdout
    assert (sha(path), sha(journal)) == shas

    store = Store.open(path)  # SQLite replays the journal
    try:
        assert store.check() == []
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT description FROM programme").scalar() == before
            assert conn.exec_driver_sql("SELECT count(*) FROM note").scalar() == 31
    finally:
        store.close()
    assert not journal.exists()


def test_the_same_file_without_its_journal_is_truncated(folder: Path) -> None:
    path, _before = make_interrupted_commit(folder)
    Path(f"{path}-journal").unlink()
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert caught.value.code == "truncated"


def test_an_older_notebook_cannot_be_opened_read_only_and_says_why(tmp_path) -> None:
    import shutil

    from lieuxcommuns_desktop.core.errors import StoreError as _StoreError
    from lieuxcommuns_desktop.core.store import Store as _Store

    path = tmp_path / "ancien.lieux"
    shutil.copyfile(_Store.create(tmp_path / "neuf.lieux").path, path)
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA user_version=0")
    before = path.read_bytes()
    with pytest.raises(_StoreError) as caught:
        _Store.open(path, readonly=True)
    assert caught.value.code == "needs_upgrade"
    assert "ancien format (0)" in caught.value.message and "lecture seule" in caught.value.message
    assert path.read_bytes() == before
