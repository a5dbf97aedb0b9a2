"""A process killed with SIGKILL right after an edit returned loses nothing.

A child process edits a notebook through the services in a loop and prints
each committed change *after* the service call returned. The parent kills it
at random points (sometimes right after reading a line, sometimes after a
random delay, i.e. anywhere inside a transaction), many times over, then
checks that the file is healthy and holds every change the children reported.
The seed is printed so that a failure can be replayed (``KILL_SEED=...``).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from lieuxcommuns_desktop.core.model import Atelier, Note
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook

ROOT = Path(__file__).resolve().parents[2]
KILLS = 24

CHILD = r"""
import random, sys
from lieuxcommuns_desktop.core.enums import NoteKind
from lieuxcommuns_desktop.core.model import Atelier, Note
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook

path, seed, base = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
sys.stdin.readline()  # imported while the previous child runs; wait for our turn
nb = Notebook.open(path)
atelier = records.all_of(nb, Atelier)[0].id
mine = []
print("ready", flush=True)
seq = base
while True:
    seq += 1
    note = records.create(
        nb, Note, atelier_id=atelier, kind=rng.choice(list(NoteKind)),
        text=f"note {seq} " + "é" * rng.randrange(0, 3000),
    )
    print(f"C {note.id}", flush=True)
    mine.append(note.id)
    if rng.random() < 0.6:
        seq += 1
        target = rng.choice(mine)
        records.update(nb, Note, target, text=f"maj {seq}", done=True)
        print(f"U {target} {seq}", flush=True)
"""


def _reader(stream, lines: list[str]) -> None:
    for line in stream:
        lines.append(line)


@pytest.mark.slow
def test_sigkill_after_edits_loses_nothing(tmp_path: Path) -> None:
    seed = int(os.environ.get("KILL_SEED", random.randrange(2**32)))
    print(f"KILL_SEED={seed}")
    rng = random.Random(seed)
    path = tmp_path / "carnet.lieux"
    nb = Notebook.create(path)
    records.create(nb, Atelier, title="Atelier tué")
    nb.close()
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    created: set[str] = set()
    updated: dict[str, int] = {}  # note id -> highest reported update number
    kills = 0
    started = time.monotonic()
    spawned: list[subprocess.Popen[str]] = []

    def spawn(n: int) -> tuple[subprocess.Popen[str], list[str], threading.Thread]:
        proc = subprocess.Popen(
            [sys.executable, str(script), str(path), str(rng.randrange(2**32)),
             str(n * 1_000_000)],
            cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True,
        )
        spawned.append(proc)
        lines: list[str] = []
        reader = threading.Thread(target=_reader, args=(proc.stdout, lines), daemon=True)
        reader.start()
        return proc, lines, reader

    try:
        upcoming = spawn(0)
        while kills < KILLS:
            proc, lines, reader = upcoming
            proc.stdin.write("go\n")
            proc.stdin.flush()
            # The next child pays its start-up (Python, SQLAlchemy) meanwhile.
            upcoming = spawn(kills + 1) if kills + 1 < KILLS else None
            deadline = time.monotonic() + 20
            while not lines and time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.005)
            assert lines and lines[0] == "ready\n", proc.stderr.read() if proc.poll() else "slow"
            if rng.random() < 0.5:
                # Anywhere: inside a transaction, during fsync, between edits.
                time.sleep(rng.uniform(0.0, 0.25))
            else:
                # Right after an edit call returned and its line was written.
                wanted = 1 + rng.randrange(1, 16)
                while len(lines) < wanted and proc.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.0005)
            assert proc.poll() is None, f"child died by itself: {proc.stderr.read()}"
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
            reader.join(timeout=10)
            for stream in (proc.stdin, proc.stdout, proc.stderr):
                stream.close()
            assert proc.returncode == -signal.SIGKILL
            kills += 1
            for line in lines[1:]:
                if not line.endswith("\n"):
                    continue  # cut by the kill while printing: not a report
                kind, note_id, *rest = line.split()
                if kind == "C":
                    created.add(note_id)
                else:
                    updated[note_id] = max(updated.get(note_id, 0), int(rest[0]))
    finally:
        for child in spawned:  # never leave a child behind, even on failure
            if child.poll() is None:
                child.kill()
                child.wait(timeout=10)

    elapsed = time.monotonic() - started
    print(f"{kills} kills in {elapsed:.1f} s, {len(created)} notes and "
          f"{len(updated)} updates reported")
    assert kills >= 20
    assert created, "no edit was ever reported: the test proved nothing"

    nb = Notebook.open(path)
    try:
        assert nb.store.check() == []
        notes = {n.id: n for n in records.all_of(nb, Note)}
        assert created <= set(notes), f"lost: {sorted(created - set(notes))[:5]}"
        for note_id, seq in updated.items():
            text = notes[note_id].text
            assert text.startswith("maj ") and int(text.split()[1]) >= seq, (note_id, text, seq)
            assert notes[note_id].done
        with nb.read() as session:
            indexed = set(session.connection().exec_driver_sql(
                "SELECT note_id FROM note_fts"
            ).scalars())
        assert indexed == set(notes)  # the index moved with every committed edit

        # A kill before the journal's header was synced can leave a journal whose
        # magic number is still zero: SQLite ignores it (it is not "hot", the
        # database was not touched yet) and the next edit's commit removes it.
        journal = Path(f"{path}-journal")
        if journal.exists():
            assert journal.read_bytes()[:8] == bytes(8), "a hot journal survived reopening"
        records.update(nb, Note, next(iter(created)), text="après les tueries")
        assert not journal.exists()
        assert nb.store.check() == []
    finally:
        nb.close()
