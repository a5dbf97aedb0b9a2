"""A folder import killed (SIGKILL) half-way leaves a valid notebook of complete photos.

The CLI imports a folder and prints one line per photo *after* its
transaction committed; the parent kills it after a few lines, at several
points, then checks the file: integrity, every printed photo present with its
bytes, and no photo without bytes (or bytes without a photo).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lieuxcommuns_desktop.core.model import Atelier
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook

from .test_decode import phone_jpeg

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("after_lines, delay", [(1, 0.0), (3, 0.01), (5, 0.03)])
def test_kill_during_a_folder_import(tmp_path: Path, after_lines: int, delay: float) -> None:
    path = tmp_path / "carnet.lieux"
    nb = Notebook.create(path)
    records.create(nb, Atelier, title="La Halle")
    nb.close()
    folder = tmp_path / "DCIM"
    folder.mkdir()
    for i in range(30):
        phone_jpeg(folder / f"IMG_{i:03d}.jpg", (900, 600))
    env = {**os.environ, "LIEUXCOMMUNS_LANG": "fr", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", "lieuxcommuns_desktop", "photos", str(path), "--atelier",
         "La Halle", str(folder)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    printed = []
    assert child.stdout is not None
    while len(printed) < after_lines:
        line = child.stdout.readline()
        assert line, "the import ended before it could be killed"
        printed.append(line.split("\t")[0])
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(30)
    nb = Notebook.open(path)  # settles a hot journal if the kill left one
    try:
        assert nb.store.check() == []
    finally:
        nb.close()
    conn = sqlite3.connect(path)
    try:
        names = {r[0] for r in conn.execute("SELECT original_name FROM photo")}
        orphans = conn.execute(
            "SELECT count(*) FROM photo p LEFT JOIN photo_data d ON d.photo_id = p.id "
            "WHERE d.id IS NULL OR length(d.data) = 0").fetchone()[0]
        strays = conn.execute(
            "SELECT count(*) FROM photo_data d LEFT JOIN photo p ON p.id = d.photo_id "
            "WHERE p.id IS NULL").fetchone()[0]
    finally:
        conn.close()
    assert set(printed) <= names and len(names) < 30
    assert orphans == 0 and strays == 0
