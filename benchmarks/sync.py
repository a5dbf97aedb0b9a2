"""Change tracking and merging: figures beside baselines measured in the same run.

Parts (run the ones named on the command line, all by default):

* ``merge`` — two demo notebooks (``core/demo.py``) copied from one, then
  diverged by edits, deletions and additions on both sides; merged with
  ``sync.merge.merge_into`` from ``state_of_file``. Target: within 1 s.
  Baselines: ``read_state`` of the other file alone, and a plain JSON import
  (``interchange.import_json``) of the same other notebook's export.
* ``merge-delta`` — a 10-record delta (``read_state(since=...)``, what a team server
  sends) merged into a notebook of 20,000 notes (``benchmarks/interchange.py``'s);
  baseline: reading that notebook's whole state. Target: within 0.5 s.
* ``first_push`` — a notebook of 2,000 acteurs and 20,000 notes (``benchmarks/store.py``'s)
  shared on an empty team database (``core.team.sync.share``) on a throwaway PostgreSQL
  cluster on the loopback (``tests/team/cluster.py``). Baseline: a bulk insert of the same
  rows, through the same driver (SQLAlchemy Core + psycopg, one ``executemany`` per table),
  into a database made by ``create_all``. Target: the push within 3x the bulk insert.
* ``big_push`` — the same shared notebook with all its 20,000 notes changed, synced: the
  push's ``write_state`` with ids bound as PostgreSQL arrays, beside the portable ``IN``
  lists (baseline) in the same run. No target: figures only.
* ``ten_changes`` — the same shared notebook and a copy: 10 records changed on one laptop,
  synced (push), then synced on the other (pull and merge). Target: each within 0.5 s.
  Baselines: a sync that carries nothing, and one login + ``SELECT 1``.

The server parts need PostgreSQL's binaries (``build/install_postgres.sh``); without them
they say so and count as passed.

Run: ``python benchmarks/sync.py [merge ...] [--runs N]`` from the repository root.
Figures only; never part of the test run's pass/fail.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select

if TYPE_CHECKING:
    from tests.team.cluster import Cluster

from lieuxcommuns_desktop.core import interchange
from lieuxcommuns_desktop.core.demo import build_demo
from lieuxcommuns_desktop.core.model import Atelier, Collectivite, Note
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.sync.merge import merge_into
from lieuxcommuns_desktop.core.sync.sources import state_of_file
from lieuxcommuns_desktop.core.sync.state import read_state

MERGE_TARGET_S = 1.0


def _diverge(path: Path, side: int) -> None:
    """A day of work on one laptop: edits, deletions, additions."""
    nb = Notebook.open(path)
    try:
        with nb.read() as session:
            notes = session.scalars(select(Note.id).order_by(Note.id)).all()
            ateliers = session.scalars(select(Atelier.id).order_by(Atelier.id)).all()
        with nb.write() as session:
            for n, note_id in enumerate(notes[side::3][:10]):
                session.get(Note, note_id).text = f"modifiée sur le portable {side} ({n})"
            for note_id in notes[2:30:9]:  # the same notes on both laptops: conflicts
                session.get(Note, note_id).text = f"les deux portables ({side})"
            for note_id in notes[-(side + 1)::-4][:3]:
                session.delete(session.get(Note, note_id))
            for n in range(20):
                session.add(Note(atelier_id=ateliers[n % len(ateliers)],
                                 text=f"nouvelle note {side}-{n}"))
            session.add(Collectivite(name=f"Collectivité du portable {side}"))
    finally:
        nb.close()


def _pair(folder: Path) -> tuple[Path, Path]:
    mine, theirs = folder / "mine.lieux", folder / "theirs.lieux"
    build_demo(mine)
    shutil.copyfile(mine, theirs)
    _diverge(mine, 0)
    _diverge(theirs, 1)
    return mine, theirs


def part_merge(runs: int) -> bool:
    merges, reads, imports = [], [], []
    with tempfile.TemporaryDirectory(prefix="lieux-bench-sync-") as tmp:
        folder = Path(tmp)
        mine, theirs = _pair(folder)
        nb = Notebook.open(theirs, readonly=True)
        document = interchange.export_json(nb)
        nb.close()
        for run in range(runs):
            target = folder / f"run{run}.lieux"
            shutil.copyfile(mine, target)
            baseline = folder / f"base{run}.lieux"
            shutil.copyfile(mine, baseline)

            start = time.perf_counter()
            other = Notebook.open(theirs, readonly=True)
            with other.store.engine.connect() as conn:
                read_state(conn)
            other.close()
            reads.append(time.perf_counter() - start)

            nb = Notebook.open(baseline)
            start = time.perf_counter()
            interchange.import_json(nb, document)
            imports.append(time.perf_counter() - start)
            nb.close()

            nb = Notebook.open(target)
            start = time.perf_counter()
            report = merge_into(nb, state_of_file(theirs))
            merges.append(time.perf_counter() - start)
            nb.close()
        rows = sum(report.added.values()) + sum(report.updated.values()) + sum(
            report.deleted.values())
    merge_s = statistics.median(merges)
    print(f"merge of two demo notebooks ({rows} records in, {len(report.conflicts)} conflicts)")
    print(f"  read_state of the other file (baseline): {statistics.median(reads) * 1000:8.1f} ms")
    print(f"  plain JSON import of its export (baseline): "
          f"{statistics.median(imports) * 1000:8.1f} ms")
    verdict = "ok" if merge_s <= MERGE_TARGET_S else "SLOW"
    print(f"  merge_into(state_of_file(...)):          {merge_s * 1000:8.1f} ms "
          f"(target {MERGE_TARGET_S * 1000:.0f} ms) {verdict}")
    return merge_s <= MERGE_TARGET_S


DELTA_TARGET_S = 0.5


def part_merge_delta(runs: int) -> bool:
    """A 10-record delta (what a team server sends) into a notebook of 20,000 notes."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bench_interchange", Path(__file__).with_name("interchange.py"))
    assert spec is not None and spec.loader is not None
    big = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(big)
    merges, reads = [], []
    with tempfile.TemporaryDirectory(prefix="lieux-bench-sync-") as tmp:
        folder = Path(tmp)
        big.build(folder / "mine.lieux").close()
        shutil.copyfile(folder / "mine.lieux", folder / "theirs.lieux")
        theirs = Notebook.open(folder / "theirs.lieux")
        with theirs.read() as session:
            ids = session.scalars(select(Note.id).order_by(Note.id).limit(10)).all()
        with theirs.write() as session:
            for note_id in ids:
                session.get(Note, note_id).text = "modifiée ailleurs"
        for run in range(runs):
            target = folder / f"run{run}.lieux"
            shutil.copyfile(folder / "mine.lieux", target)
            nb = Notebook.open(target)
            with nb.store.engine.connect() as conn:
                start = time.perf_counter()
                seen = read_state(conn).vector
                full = time.perf_counter() - start
            with theirs.store.engine.connect() as conn:
                delta = read_state(conn, since=seen)
            start = time.perf_counter()
            merge_into(nb, delta, backup=False)
            merges.append(time.perf_counter() - start)
            reads.append(full)
            nb.close()
        theirs.close()
    merge_s = statistics.median(merges)
    verdict = "ok" if merge_s <= DELTA_TARGET_S else "SLOW"
    print(f"merge of a 10-record delta into 20,000 notes ({len(delta.rows)} rows sent)")
    baseline = statistics.median(reads) * 1000
    print(f"  read_state of the whole notebook (baseline): {baseline:8.1f} ms")
    print(f"  merge_into(delta):                           {merge_s * 1000:8.1f} ms "
          f"(target {DELTA_TARGET_S * 1000:.0f} ms) {verdict}")
    return merge_s <= DELTA_TARGET_S



# -- the team server's parts -------------------------------------------------------
PUSH_RATIO_TARGET = 3.0
TEN_CHANGES_TARGET_S = 0.5


def _cluster() -> Cluster | None:
    from tests.team import cluster as pg

    reason = pg.missing_reason()
    if reason:
        print(f"  skipped: {reason}")
        return None
    return pg.start_cluster()


def _big_notebook(folder: Path) -> Path:
    from benchmarks.store import build

    path = folder / "big.lieux"
    start = time.perf_counter()
    build(path)
    print(f"  notebook of 2,000 acteurs and 20,000 notes built in "
          f"{time.perf_counter() - start:.1f} s")
    return path


def _bulk_insert_s(cluster: Cluster, database: str, path: Path) -> tuple[float, int]:
    """Seconds to insert the notebook's rows into an empty database, through psycopg."""
    from sqlalchemy import create_engine

    from lieuxcommuns_desktop.core.model import Base

    cluster.create_database(database)
    nb = Notebook.open(path, readonly=True)
    rows: dict[str, list[dict]] = {}
    with nb.store.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows[table.name] = [dict(r) for r in conn.execute(select(table)).mappings()]
    nb.close()
    url = cluster.url("postgres", database).replace("postgresql://", "postgresql+psycopg://")
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            Base.metadata.create_all(conn)
        start = time.perf_counter()
        with engine.begin() as conn:
            for table in Base.metadata.sorted_tables:
                if rows[table.name]:
                    conn.execute(table.insert(), rows[table.name])
        elapsed = time.perf_counter() - start
    finally:
        engine.dispose()
    return elapsed, sum(len(r) for r in rows.values())


class _Phases:
    """Times of a sync's phases (``on_phase``): connected, pulled, merged, pushed."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.at: dict[str, float] = {}

    def __call__(self, phase: str) -> None:
        self.at[phase] = time.perf_counter() - self.start


def part_first_push(runs: int) -> bool:
    from lieuxcommuns_desktop.core.team import sync as team

    print("first push of 2,000 acteurs and 20,000 notes to an empty team server (loopback)")
    cluster = _cluster()
    if cluster is None:
        return True
    try:
        with tempfile.TemporaryDirectory(prefix="lieux-bench-team-") as tmp:
            folder = Path(tmp)
            big = _big_notebook(folder)
            bulks, shares, pushes = [], [], []
            for run in range(runs):
                bulk, count = _bulk_insert_s(cluster, f"bulk_{run}", big)
                bulks.append(bulk)
                copy = folder / f"share{run}.lieux"
                shutil.copyfile(big, copy)
                database = f"push_{run}"
                cluster.create_database(database)
                nb = Notebook.open(copy)
                phases = _Phases()
                start = time.perf_counter()
                report = team.share(nb, cluster.url("anim_a", database), "mot-de-passe-a",
                                    on_phase=phases)
                shares.append(time.perf_counter() - start)
                pushes.append(phases.at["pushed"] - phases.at["merged"])
                nb.close()
    finally:
        cluster.stop()
        shutil.rmtree(cluster.folder, ignore_errors=True)
    bulk_s, push_s = statistics.median(bulks), statistics.median(pushes)
    ratio = push_s / bulk_s
    print(f"  bulk insert of the same {count} rows (baseline): {bulk_s * 1000:8.0f} ms")
    print(f"  first push ({report.pushed} records with their dots): {push_s * 1000:8.0f} ms "
          f"= {ratio:.2f}x the bulk insert (target {PUSH_RATIO_TARGET:.0f}x) "
          f"{'ok' if ratio <= PUSH_RATIO_TARGET else 'SLOW'}")
    print(f"  whole share (login, tables made by the migrations, pull, push): "
          f"{statistics.median(shares) * 1000:8.0f} ms")
    return ratio <= PUSH_RATIO_TARGET


def part_ten_changes(runs: int) -> bool:
    from sqlalchemy import text

    from lieuxcommuns_desktop.core.team import sync as team
    from lieuxcommuns_desktop.core.team.server import TeamServer

    print("a sync carrying 10 changed records (2,000 acteurs, 20,000 notes, loopback)")
    cluster = _cluster()
    if cluster is None:
        return True
    url, password = None, "mot-de-passe-a"
    nothing, logins, sends, receives = [], [], [], []
    try:
        with tempfile.TemporaryDirectory(prefix="lieux-bench-team-") as tmp:
            folder = Path(tmp)
            big = _big_notebook(folder)
            cluster.create_database("ten")
            url = cluster.url("anim_a", "ten")
            a = Notebook.open(big)
            team.share(a, url, password)
            a.store.backup_to(folder / "copy.lieux")
            b = Notebook.open(folder / "copy.lieux")
            with a.read() as session:
                notes = session.scalars(select(Note.id).order_by(Note.id).limit(10)).all()
            for run in range(runs + 1):
                start = time.perf_counter()
                with TeamServer.connect(url, password) as server, server.engine.connect() as c:
                    c.execute(text("SELECT 1"))
                logins.append(time.perf_counter() - start)
                start = time.perf_counter()
                team.sync(a, url, password)
                nothing.append(time.perf_counter() - start)
                with a.write() as session:
                    for note_id in notes:
                        session.get(Note, note_id).text = f"modifiée, passage {run}"
                start = time.perf_counter()
                sent = team.sync(a, url, password)
                sends.append(time.perf_counter() - start)
                start = time.perf_counter()
                got = team.sync(b, url, password)
                receives.append(time.perf_counter() - start)
                assert sent.pushed == 10 and got.updated == {"note": 10}, (sent, got)
            a.close()
            b.close()
    finally:
        cluster.stop()
        shutil.rmtree(cluster.folder, ignore_errors=True)
    # The first pass warms the caches (imports, the server's plans): left out.
    send_s, receive_s = statistics.median(sends[1:]), statistics.median(receives[1:])
    login_ms = statistics.median(logins[1:]) * 1000
    nothing_ms = statistics.median(nothing[1:]) * 1000
    print(f"  one login + SELECT 1 (baseline):      {login_ms:8.1f} ms")
    print(f"  a sync carrying nothing (baseline):   {nothing_ms:8.1f} ms")
    for label, value in (("sending 10 changed notes", send_s),
                         ("receiving them on the copy", receive_s)):
        verdict = "ok" if value <= TEN_CHANGES_TARGET_S else "SLOW"
        print(f"  sync {label}: {value * 1000:8.1f} ms "
              f"(target {TEN_CHANGES_TARGET_S * 1000:.0f} ms) {verdict}")
    return max(send_s, receive_s) <= TEN_CHANGES_TARGET_S


def part_big_push(runs: int) -> bool:
    """A large non-first push: every note changed, then synced (``write_state`` on the server).

    The same push is timed with the server's id lists bound as one array
    (``= ANY(:ids)``, ``state.POSTGRES_ARRAYS``) and, as the baseline in the same
    run, with the portable ``IN`` lists of 500 parameters; passes alternate.
    """
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from lieuxcommuns_desktop.core.sync import state as sync_state
    from lieuxcommuns_desktop.core.team import sync as team

    print("a large non-first push: 20,000 changed notes (2,000 acteurs, loopback)")
    cluster = _cluster()
    if cluster is None:
        return True
    password = "mot-de-passe-a"
    timings: dict[bool, list[float]] = {True: [], False: []}
    #: Server time of the statements that filter by id lists (SELECT and DELETE ... WHERE).
    filtering: dict[bool, list[float]] = {True: [], False: []}
    spent = [0.0]

    def before(conn, _cursor, _statement, _params, _context, _many) -> None:  # noqa: ANN001
        conn.info["bench_t0"] = time.perf_counter()

    def after(conn, _cursor, statement, _params, _context, many) -> None:  # noqa: ANN001
        if conn.dialect.name == "postgresql" and not many and " WHERE " in statement \
                and statement.lstrip().startswith(("SELECT", "DELETE")):
            spent[0] += time.perf_counter() - conn.info.get("bench_t0", time.perf_counter())

    event.listen(Engine, "before_cursor_execute", before)
    event.listen(Engine, "after_cursor_execute", after)
    try:
        with tempfile.TemporaryDirectory(prefix="lieux-bench-team-") as tmp:
            big = _big_notebook(Path(tmp))
            cluster.create_database("big_push")
            url = cluster.url("anim_a", "big_push")
            nb = Notebook.open(big)
            team.share(nb, url, password)
            for run in range(runs):
                for arrays in (False, True):
                    with nb.write() as session:
                        session.execute(Note.__table__.update().values(
                            text=f"passage {run} {'tableau' if arrays else 'listes'}"))
                    sync_state.POSTGRES_ARRAYS = arrays
                    phases = _Phases()
                    spent[0] = 0.0
                    report = team.sync(nb, url, password, on_phase=phases)
                    assert report.pushed >= 20_000, report.pushed
                    timings[arrays].append(phases.at["pushed"] - phases.at["merged"])
                    filtering[arrays].append(spent[0])
            nb.close()
    finally:
        event.remove(Engine, "before_cursor_execute", before)
        event.remove(Engine, "after_cursor_execute", after)
        sync_state.POSTGRES_ARRAYS = True
        cluster.stop()
        shutil.rmtree(cluster.folder, ignore_errors=True)
    lists_s, arrays_s = statistics.median(timings[False]), statistics.median(timings[True])
    lists_f, arrays_f = statistics.median(filtering[False]), statistics.median(filtering[True])
    print(f"  push with IN lists of 500 ids (baseline): {lists_s * 1000:8.0f} ms, "
          f"of which statements filtering by ids {lists_f * 1000:6.0f} ms")
    print(f"  push with = ANY(:ids) arrays:              {arrays_s * 1000:8.0f} ms, "
          f"of which statements filtering by ids {arrays_f * 1000:6.0f} ms "
          f"({(lists_s - arrays_s) * 1000:+.0f} ms saved in all)")
    return True


#: Part name -> function(runs) -> True when within its target.
PARTS: dict[str, Callable[[int], bool]] = {
    "merge": part_merge, "merge-delta": part_merge_delta, "first_push": part_first_push,
    "ten_changes": part_ten_changes, "big_push": part_big_push,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="*", metavar="PART",
                        help=f"parts to run ({', '.join(PARTS)}; default: all)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    unknown = [p for p in args.parts if p not in PARTS]
    if unknown:
        parser.error(f"unknown part(s): {', '.join(unknown)}")
    ok = True
    for name in args.parts or list(PARTS):
        ok = PARTS[name](args.runs) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
