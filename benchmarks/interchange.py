"""JSON export and import of a large notebook, beside raw sqlite3 + json baselines.

A notebook of 2,000 acteurs and 20,000 notes (in 20 ateliers) is built with
Core inserts, then:

* export: ``interchange.export_json`` vs. raw ``sqlite3`` reading every table
  and ``json.dumps`` of the rows;
* import into an empty notebook: ``interchange.import_json`` (validation,
  merge, FTS index) vs. ``json.loads`` + ``executemany`` inserts into an empty
  notebook in one transaction (and the FTS rows).

Run: ``python benchmarks/interchange.py [--runs N]`` from the repository root.
Figures only; never part of the test run's pass/fail.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lieuxcommuns_desktop.core import enums, interchange, model
from lieuxcommuns_desktop.core.fts import rebuild
from lieuxcommuns_desktop.core.interchange.columns import tables
from lieuxcommuns_desktop.core.services.notebook import Notebook

N_ACTEURS = 2_000
N_NOTES = 20_000
N_ATELIERS = 20


def build(path: Path) -> Notebook:
    rng = random.Random(42)
    nb = Notebook.create(path, title="Banc d'essai")
    now = model.utcnow()
    ateliers = [
        {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "modified_at": now,
         "title": f"Atelier {i}", "place": "", "facilitators": "", "objective": "",
         "status": enums.AtelierStatus.PRET, "template_key": "", "live_state": ""}
        for i in range(N_ATELIERS)
    ]
    categories = list(enums.ActeurCategory)
    acteurs = [
        {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "modified_at": now,
         "name": f"Acteur n°{i} — structure", "category": categories[i % len(categories)],
         "description": "Une description courte de l'acteur."}
        for i in range(N_ACTEURS)
    ]
    kinds = list(enums.NoteKind)
    notes = [
        {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "modified_at": now,
         "atelier_id": ateliers[i % N_ATELIERS]["id"], "kind": kinds[i % len(kinds)],
         "text": f"Note {i} : idée partagée pendant l'atelier, à reprendre au compte-rendu.",
         "created_at": now + dt.timedelta(seconds=i), "owner_text": "",
         "owner_acteur_id": acteurs[i % N_ACTEURS]["id"] if i % 5 == 0 else None,
         "done": False}
        for i in range(N_NOTES)
    ]
    with nb.store.engine.begin() as conn:
        conn.execute(model.Atelier.__table__.insert(), ateliers)
        conn.execute(model.Acteur.__table__.insert(), acteurs)
        conn.execute(model.Note.__table__.insert(), notes)
        rebuild(conn)
    return nb


def raw_export(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        doc: dict[str, object] = {"format": "raw"}
        for entity in tables():
            cur = con.execute(f"SELECT * FROM {entity.__tablename__} ORDER BY id")
            names = [d[0] for d in cur.description]
            doc[entity.__tablename__] = [dict(zip(names, row, strict=True)) for row in cur]
        return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    finally:
        con.close()


def raw_import(path: Path, text: str) -> None:
    doc = json.loads(text)
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys=ON")
        con.execute("PRAGMA journal_mode=DELETE")
        con.execute("PRAGMA synchronous=FULL")
        con.execute("BEGIN")
        con.execute("DELETE FROM programme")
        for entity in tables():
            rows = doc.get(entity.__tablename__, [])
            if not rows:
                continue
            names = list(rows[0])
            sql = (f"INSERT INTO {entity.__tablename__} ({', '.join(names)}) "
                   f"VALUES ({', '.join('?' * len(names))})")
            con.executemany(sql, [tuple(r[n] for n in names) for r in rows])
        con.execute("INSERT INTO note_fts(note_id, text) SELECT id, text FROM note")
        con.execute("COMMIT")
    finally:
        con.close()


def timed(fn: Callable[[], object], runs: int, setup: Callable[[], object] | None = None
          ) -> tuple[float, object]:
    times = []
    result = None
    for _ in range(runs):
        if setup:
            setup()
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        nb = build(folder / "big.lieux")
        print(f"built {N_ACTEURS} acteurs, {N_NOTES} notes in {time.perf_counter() - start:.2f} s"
              f" ({(folder / 'big.lieux').stat().st_size / 1e6:.1f} MB)")

        t_export, text = timed(lambda: interchange.export_json(nb), args.runs)
        t_raw_export, raw_text = timed(lambda: raw_export(nb.path), args.runs)

        counter = iter(range(10_000))
        state: dict[str, Path] = {}

        def fresh() -> None:
            path = folder / f"target{next(counter)}.lieux"
            Notebook.create(path).close()
            state["path"] = path

        def ours() -> object:
            target = Notebook.open(state["path"])
            try:
                return interchange.import_json(target, text)
            finally:
                target.close()

        t_import, report = timed(ours, args.runs, fresh)
        t_raw_import, _ = timed(lambda: raw_import(state["path"], raw_text), args.runs, fresh)
        assert report.total_added == N_ACTEURS + N_NOTES + N_ATELIERS + 1, report.added

        check = Notebook.open(folder / "target0.lieux")
        second_start = time.perf_counter()
        again = interchange.import_json(check, text)
        t_again = time.perf_counter() - second_start
        assert again.total_added == again.total_updated == 0
        check.close()
        nb.close()

    print(f"JSON size: {len(text.encode()) / 1e6:.1f} MB (raw baseline "
          f"{len(raw_text.encode()) / 1e6:.1f} MB); median of {args.runs} runs")
    rows = [
        ("export JSON", t_export, t_raw_export),
        ("import into empty notebook", t_import, t_raw_import),
    ]
    print(f"{'operation':<30}{'ours':>10}{'raw sqlite3+json':>20}{'ratio':>8}")
    for name, mine, raw in rows:
        print(f"{name:<30}{mine:>9.3f}s{raw:>19.3f}s{mine / raw:>7.1f}x")
    print(f"{'re-import same file (no-op)':<30}{t_again:>9.3f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
