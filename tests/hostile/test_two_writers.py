"""Two writers on one notebook (issue 12, item 18), with real processes.

The command-line ``import`` honours the window's lock (``ui/lock.py``), and a
write that meets another process's write waits for it (``BEGIN IMMEDIATE`` and
SQLite's busy timeout) instead of failing with "database is locked".
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from lieuxcommuns_desktop.core import interchange, store
from lieuxcommuns_desktop.core.errors import StoreError
from lieuxcommuns_desktop.core.model import Acteur, Atelier
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "LIEUXCOMMUNS_LANG": "fr", "PYTHONPATH": str(ROOT),
       "QT_QPA_PLATFORM": "offscreen"}

HOLDER = """
import sys
from lieuxcommuns_desktop.ui.lock import LockState, NotebookLock
lock = NotebookLock(sys.argv[1])
assert lock.acquire() == LockState.LOCKED
print("locked", flush=True)
sys.stdin.readline()
lock.release()
"""

WRITER = """
import sys
from lieuxcommuns_desktop.core.errors import StoreError
from lieuxcommuns_desktop.core.model import Acteur
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
nb = Notebook.open(sys.argv[1])
tag, count = sys.argv[2], int(sys.argv[3])
shared = records.all_of(nb, Acteur)[0].id
failed = 0
for i in range(count):
    try:  # read then write in one transaction: the case a deferred BEGIN could not wait for
        records.update(nb, Acteur, shared, description=f"{tag} {i}")
        records.create(nb, Acteur, name=f"{tag} {i}")
    except StoreError as exc:
        failed += 1
        print(exc.message, file=sys.stderr)
nb.close()
print(failed, flush=True)
"""


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "lieuxcommuns_desktop", *args], cwd=ROOT,
                          env=ENV, capture_output=True, text=True, timeout=120)


def test_cli_import_refuses_a_notebook_open_in_a_window(tmp_path: Path) -> None:
    source = Notebook.create(tmp_path / "collegue.lieux")
    records.create(source, Atelier, title="Atelier du collègue")
    exported = tmp_path / "collegue.json"
    interchange.write_atomic(exported, interchange.export_json(source))
    source.close()
    path = tmp_path / "carnet.lieux"
    Notebook.create(path).close()
    before = sha(path)

    window = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=ROOT, env=ENV,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout is not None and window.stdout.readline().strip() == "locked"
        refused = cli("import", str(path), str(exported))
    finally:
        assert window.stdin is not None
        window.stdin.write("\n")
        window.stdin.flush()
        window.wait(timeout=30)

    assert refused.returncode == 1
    lines = refused.stderr.splitlines()
    assert len(lines) == 1 and "est ouvert dans Lieux Communs" in lines[0], refused.stderr
    assert f"processus {window.pid}" in lines[0]
    assert sha(path) == before

    accepted = cli("import", str(path), str(exported))  # the window closed: now it may
    assert accepted.returncode == 0, accepted.stderr
    nb = Notebook.open(path, readonly=True)
    assert [a.title for a in records.all_of(nb, Atelier)] == ["Atelier du collègue"]
    nb.close()
    assert not (tmp_path / ".carnet.lieux.lock").exists()


@pytest.mark.slow
def test_two_processes_writing_at_once_lose_no_edit(tmp_path: Path) -> None:
    path = tmp_path / "carnet.lieux"
    nb = Notebook.create(path)
    records.create(nb, Acteur, name="Partagé")
    nb.close()
    count = 120
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), tag, str(count)],
                                cwd=ROOT, env=ENV, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True) for tag in ("a", "b")]
    results = [w.communicate(timeout=300) for w in writers]
    for out, err in results:
        assert out.strip() == "0", err
    nb = Notebook.open(path, readonly=True)
    try:
        assert records.count(nb, Acteur) == 1 + 2 * count
    finally:
        nb.close()


def _hold_write_lock(path: Path, seconds: float, started: threading.Event) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE programme SET description = 'autre programme'")
    started.set()
    time.sleep(seconds)
    conn.execute("COMMIT")
    conn.close()


def test_a_write_waits_for_another_writer_then_succeeds(tmp_path: Path) -> None:
    nb = Notebook.create(tmp_path / "carnet.lieux")
    started = threading.Event()
    other = threading.Thread(target=_hold_write_lock, args=(nb.path, 1.0, started))
    other.start()
    started.wait(10)
    try:
        atelier = records.create(nb, Atelier, title="Écrit après l'autre")
    finally:
        other.join()
    assert records.get(nb, Atelier, atelier.id).title == "Écrit après l'autre"
    nb.close()


def test_a_write_blocked_too_long_says_so_in_one_line(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(store, "BUSY_TIMEOUT_S", 0.3)
    nb = Notebook.create(tmp_path / "carnet.lieux")
    started = threading.Event()
    other = threading.Thread(target=_hold_write_lock, args=(nb.path, 2.0, started))
    other.start()
    started.wait(10)
    try:
        with pytest.raises(StoreError) as caught:
            records.create(nb, Atelier, title="Trop tôt")
    finally:
        other.join()
    assert caught.value.code == "busy"
    assert "un autre programme modifie ce carnet" in caught.value.message
    assert records.count(nb, Atelier) == 0
    nb.close()
