"""Store benchmark: our notebook layer beside raw ``sqlite3`` doing the same work.

    python benchmarks/store.py [--runs 15] [--dir FOLDER]

Builds (or reuses, in ``--dir``) a notebook of 2,000 acteurs and 20,000 notes
and a plain SQLite copy of it, then times, as the median of ``--runs`` runs:

- opening the notebook and listing the ateliers (``Notebook.open`` +
  ``records.all_of``) vs ``sqlite3.connect`` + the same ``SELECT``;
- the same from a new process (what a user waits for on a cold start,
  interpreter and imports included);
- one edit committed (``records.update`` of a note) vs a raw ``UPDATE`` of
  the note and its full-text row + ``COMMIT``, both ``synchronous=FULL``;
- one note created (``records.create``) vs a raw ``INSERT`` + ``COMMIT``.

Figures only: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lieuxcommuns_desktop.core.model import Atelier, Note  # noqa: E402
from lieuxcommuns_desktop.core.services import records  # noqa: E402
from lieuxcommuns_desktop.core.services.notebook import ChangeSet, Notebook  # noqa: E402
from lieuxcommuns_desktop.core.store import backup_file  # noqa: E402

ACTEURS = 2_000
NOTES = 20_000
ATELIERS = 40
WORDS = ("commun", "halle", "usage", "convention", "budget", "habitants", "collectivité",
         "équipement", "gouvernance", "règle", "accès", "entretien", "jardin", "eau")


def build(path: Path) -> None:
    """Fill a new notebook through the services (one transaction per batch)."""
    rng = random.Random(1)
    nb = Notebook.create(path, title="Benchmark")
    try:
        now = dt.datetime(2024, 1, 1)
        ateliers = [dict(id=str(uuid.uuid4()), modified_at=now, title=f"Atelier {i}",
                         place="", facilitators="", objective="", status="brouillon",
                         template_key="", live_state="", date=dt.date(2024, 1 + i % 12, 1))
                    for i in range(ATELIERS)]
        acteurs = [dict(id=str(uuid.uuid4()), modified_at=now, name=f"Acteur {i}",
                        category="associations", description=" ".join(rng.choices(WORDS, k=12)))
                   for i in range(ACTEURS)]
        notes = [dict(id=str(uuid.uuid4()), modified_at=now, created_at=now,
                      atelier_id=ateliers[i % ATELIERS]["id"], kind="note", owner_text="",
                      done=False, text=" ".join(rng.choices(WORDS, k=rng.randrange(5, 40))))
                 for i in range(NOTES)]
        changes = ChangeSet()
        with nb.write(changes) as session:
            records.insert_rows(
                session, {"atelier": ateliers, "acteur": acteurs, "note": notes}, changes
            )
    finally:
        nb.close()


def median_ms(fn: Callable[[int], object], runs: int, warmup: int = 2) -> float:
    for i in range(warmup):
        fn(-1 - i)
    times = []
    for i in range(runs):
        t0 = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def raw_connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA synchronous=FULL")
    return conn


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--dir", type=Path, default=None, help="reuse/keep files here")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="lc-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    ours = folder / f"bench-{ACTEURS}x{NOTES}.lieux"
    plain = folder / f"bench-{ACTEURS}x{NOTES}.sqlite"
    if not ours.exists():
        t0 = time.perf_counter()
        build(ours)
        print(f"built {ours} in {time.perf_counter() - t0:.1f} s")
    if not plain.exists():
        backup_file(ours, plain)
    print(f"notebook: {ours.stat().st_size / 1e6:.1f} MB, {ACTEURS} acteurs, {NOTES} notes, "
          f"{args.runs} runs per figure (median)\n")

    rows: list[tuple[str, float, float]] = []

    # -- open + first listing, in process ---------------------------------------
    def open_ours(_i: int) -> None:
        nb = Notebook.open(ours)
        assert len(records.all_of(nb, Atelier, Atelier.date)) == ATELIERS
        nb.close()

    def open_raw(_i: int) -> None:
        conn = raw_connect(plain)
        assert len(conn.execute("SELECT * FROM atelier ORDER BY date").fetchall()) == ATELIERS
        conn.close()

    rows.append(("ouvrir + lister les ateliers", median_ms(open_ours, args.runs),
                 median_ms(open_raw, args.runs)))

    # -- the same from a new process ----------------------------------------------
    ours_code = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "from lieuxcommuns_desktop.core.services.notebook import Notebook\n"
        "from lieuxcommuns_desktop.core.services import records\n"
        "from lieuxcommuns_desktop.core.model import Atelier\n"
        "nb = Notebook.open(sys.argv[2]); records.all_of(nb, Atelier, Atelier.date); nb.close()\n"
    )
    raw_code = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[2]); c.execute('PRAGMA foreign_keys=ON')\n"
        "c.execute('SELECT * FROM atelier ORDER BY date').fetchall(); c.close()\n"
    )
    cold_runs = max(3, args.runs // 3)
    rows.append((
        "idem, nouveau processus (python compris)",
        median_ms(lambda _i: subprocess.run([sys.executable, "-c", ours_code, str(ROOT), str(ours)],
                                            check=True), cold_runs, warmup=1),
        median_ms(lambda _i: subprocess.run([sys.executable, "-c", raw_code, str(ROOT), str(plain)],
                                            check=True), cold_runs, warmup=1),
    ))

    # -- one edit committed ------------------------------------------------------
    nb = Notebook.open(ours)
    conn = raw_connect(plain)
    note_ids = [r[0] for r in conn.execute("SELECT id FROM note ORDER BY id LIMIT 500")]
    rng = random.Random(2)

    def edit_ours(i: int) -> None:
        records.update(nb, Note, rng.choice(note_ids), text=f"modifiée {i} commun halle")

    def edit_raw(i: int) -> None:
        note_id = rng.choice(note_ids)
        text = f"modifiée {i} commun halle"
        conn.execute("BEGIN")
        conn.execute("UPDATE note SET text=?, modified_at=? WHERE id=?",
                     (text, dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(" "), note_id))
        conn.execute("DELETE FROM note_fts WHERE note_id=?", (note_id,))
        conn.execute("INSERT INTO note_fts(note_id, text) VALUES (?, ?)", (note_id, text))
        conn.execute("COMMIT")

    rows.append(("une modification enregistrée (note)", median_ms(edit_ours, args.runs * 2),
                 median_ms(edit_raw, args.runs * 2)))

    atelier_id = conn.execute("SELECT id FROM atelier LIMIT 1").fetchone()[0]

    def create_ours(i: int) -> None:
        records.create(nb, Note, atelier_id=atelier_id, text=f"nouvelle note {i}")

    def create_raw(i: int) -> None:
        note_id = str(uuid.uuid4())
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(" ")
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO note(id, modified_at, created_at, atelier_id, kind, text, owner_text,"
            " done) VALUES (?, ?, ?, ?, 'note', ?, '', 0)",
            (note_id, now, now, atelier_id, f"nouvelle note {i}"),
        )
        conn.execute("INSERT INTO note_fts(note_id, text) VALUES (?, ?)",
                     (note_id, f"nouvelle note {i}"))
        conn.execute("COMMIT")

    rows.append(("une note créée", median_ms(create_ours, args.runs * 2),
                 median_ms(create_raw, args.runs * 2)))
    nb.close()
    conn.close()

    width = max(len(r[0]) for r in rows)
    print(f"{'':<{width}}  {'Lieux Communs':>14}  {'sqlite3 brut':>13}  {'rapport':>8}")
    for label, ms_ours, ms_raw in rows:
        print(f"{label:<{width}}  {ms_ours:>11.2f} ms  {ms_raw:>10.2f} ms  "
              f"{ms_ours / ms_raw:>7.1f}x")
    if args.dir is None:
        print(f"\n(files in {folder}; pass --dir to reuse them)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
