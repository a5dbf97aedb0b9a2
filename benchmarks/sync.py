"""Change tracking and merging: figures beside baselines measured in the same run.

Parts (run the ones named on the command line, all by default):

* ``merge`` — two demo notebooks (``core/demo.py``) copied from one, then
  diverged by edits, deletions and additions on both sides; merged with
  ``sync.merge.merge_into`` from ``state_of_file``. Target: within 1 s.
  Baselines: ``read_state`` of the other file alone, and a plain JSON import
  (``interchange.import_json``) of the same other notebook's export.

Other parts (the team server's) add a function to :data:`PARTS`.

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

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from lieuxcommuns_desktop.core import interchange  # noqa: E402
from lieuxcommuns_desktop.core.demo import build_demo  # noqa: E402
from lieuxcommuns_desktop.core.model import Atelier, Collectivite, Note  # noqa: E402
from lieuxcommuns_desktop.core.services.notebook import Notebook  # noqa: E402
from lieuxcommuns_desktop.core.sync.merge import merge_into  # noqa: E402
from lieuxcommuns_desktop.core.sync.sources import state_of_file  # noqa: E402
from lieuxcommuns_desktop.core.sync.state import read_state  # noqa: E402

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


#: Part name -> function(runs) -> True when within its target.
PARTS: dict[str, Callable[[int], bool]] = {"merge": part_merge}


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
