"""Note capture and full-text search on a notebook of 20,000 notes.

Prints, side by side in the same run and on the same file:
- Enter → committed note through the real capture path (``notes.capture``,
  and the live-mode widget's Enter handler with the feed redrawing), against
  raw ``sqlite3`` doing the same insert + FTS insert with synchronous=FULL
  and a commit;
- one search query through ``core.search.search`` against the same FTS5
  query run by raw ``sqlite3``.
Targets: search ≤ 50 ms; capture ≤ 2× the raw insert.

    python benchmarks/notes.py [--notes 20000] [--runs 40]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
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

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core import search
from lieuxcommuns_desktop.core.enums import NoteKind
from lieuxcommuns_desktop.core.services import notes, records
from lieuxcommuns_desktop.core.services.notebook import Notebook

WORDS = ("jardin partagé friche équipement culturel convention mairie habitants association "
         "budget gouvernance règles usage clés salle assurance bénévoles calendrier ouverture "
         "dimanche quartier école rivière berges entretien comité décision vote consentement "
         "subvention bail précaire chantier ateliers fête voisins médiathèque eau potable").split()


def fake_text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 22))).capitalize()


def build(path: Path, count: int) -> tuple[Notebook, str, str]:
    rng = random.Random(42)
    nb = Notebook.create(path, title="Benchmark")
    ateliers = [m.Atelier(id=m.new_id(), title=f"Atelier {i}") for i in range(40)]
    records.create_many(nb, ateliers)
    sequences = [m.Sequence(id=m.new_id(), atelier_id=a.id, position=p, title=f"Séquence {p}")
                 for a in ateliers for p in range(8)]
    records.create_many(nb, sequences)
    kinds = list(NoteKind)
    t0 = dt.datetime(2026, 1, 1)
    batch = []
    for i in range(count):
        s = sequences[i % len(sequences)]
        batch.append(m.Note(id=m.new_id(), atelier_id=s.atelier_id, sequence_id=s.id,
                            kind=rng.choice(kinds), text=fake_text(rng),
                            created_at=t0 + dt.timedelta(seconds=i)))
        if len(batch) == 5000:
            records.create_many(nb, batch)
            batch = []
    if batch:
        records.create_many(nb, batch)
    return nb, ateliers[0].id, sequences[0].id


def raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def raw_insert(conn: sqlite3.Connection, atelier_id: str, sequence_id: str, text: str) -> None:
    note_id = str(uuid.uuid4())
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO note (id, modified_at, atelier_id, sequence_id, kind, text, created_at, "
        "owner_text, done) VALUES (?, ?, ?, ?, 'decision', ?, ?, '', 0)",
        (note_id, now, atelier_id, sequence_id, text, now))
    conn.execute("INSERT INTO note_fts(note_id, text) VALUES (?, ?)", (note_id, text))
    conn.execute("COMMIT")


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def describe(label: str, values: list[float]) -> float:
    med = statistics.median(values)
    p95 = sorted(values)[int(0.95 * (len(values) - 1))]
    print(f"  {label:<46} median {med:7.2f} ms   p95 {p95:7.2f} ms")
    return med


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--dir", default=None, help="folder for the notebook (default: temp)")
    args = parser.parse_args()
    folder = Path(args.dir or tempfile.mkdtemp(prefix="lieux-bench-"))
    path = folder / "bench.lieux"
    if path.exists():
        path.unlink()
    t = time.perf_counter()
    nb, atelier_id, sequence_id = build(path, args.notes)
    print(f"notebook: {path} ({args.notes} notes, built in {time.perf_counter() - t:.1f} s, "
          f"{path.stat().st_size / 1e6:.1f} MB)")
    rng = random.Random(7)
    conn = raw_connection(path)

    # Interleave ours and raw so both see the same disk conditions.
    ours, raw = [], []
    for _ in range(args.runs):
        line = "! " + fake_text(rng)
        start = time.perf_counter()
        notes.capture(nb, atelier_id, line, sequence_id=sequence_id)
        ours.append((time.perf_counter() - start) * 1000)
        text = fake_text(rng)
        start = time.perf_counter()
        raw_insert(conn, atelier_id, sequence_id, text)
        raw.append((time.perf_counter() - start) * 1000)

    widget = widget_capture(nb, atelier_id, sequence_id, rng, args.runs)

    print("\nnote capture (Enter → committed, synchronous=FULL):")
    raw_med = describe("raw sqlite3 insert + FTS insert + commit", raw)
    ours_med = describe("notes.capture (service)", ours)
    ratio = ours_med / raw_med
    print(f"  ratio service / raw: {ratio:.2f}×  (target ≤ 2×) "
          f"{'OK' if ratio <= 2 else 'OVER'}")
    if widget:
        w_med = describe("NoteCapture Enter + feed redraw (widget)", widget)
        print(f"  ratio widget / raw:  {w_med / raw_med:.2f}×")

    query = "equipement"
    expression = search.match_expression(query)
    hits = search.search(nb, query)
    print(f"\nsearch {query!r} ({len(hits)} results shown, limit 200):")
    params = {"short": search.FTS_SNIPPET_MAX, "hl": search.HL_START, "hr": search.HL_END,
              "scan": search.SNIPPET_SCAN, "match": expression, "limit": 200}
    # The service's own SQL, run raw: the baseline the service is measured against.
    raw_sql = search._SQL  # noqa: SLF001
    raw_search = timed(lambda: conn.execute(raw_sql, params).fetchall(), args.runs)
    ours_search = timed(lambda: search.search(nb, query), args.runs)
    raw_s = describe("raw sqlite3 FTS5 query (same SQL)", raw_search)
    ours_s = describe("core.search.search", ours_search)
    print(f"  target ≤ 50 ms: {'OK' if ours_s <= 50 else 'OVER'}; "
          f"ratio to raw {ours_s / raw_s:.2f}×")
    rare = timed(lambda: search.search(nb, "médiathèque potable"), args.runs)
    describe("core.search.search 'médiathèque potable'", rare)
    conn.close()
    nb.close()
    if not args.dir:
        for f in folder.iterdir():
            f.unlink()
        folder.rmdir()
    return 0


def widget_capture(nb: Notebook, atelier_id: str, sequence_id: str, rng: random.Random,
                   runs: int) -> list[float]:
    """The live-mode path: Enter in the entry, undo command, feed redrawn."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication

        from lieuxcommuns_desktop.ui.document import Document
        from lieuxcommuns_desktop.ui.notes.capture import NoteCapture
        from lieuxcommuns_desktop.ui.notes.feed import NotesFeed
    except ImportError:
        return []
    app = QApplication.instance() or QApplication([])
    doc = Document(nb)
    capture = NoteCapture(doc, atelier_id, lambda: sequence_id)
    feed = NotesFeed(doc, atelier_id)
    print(f"widget path: atelier feed shows {len(feed.note_ids())} notes")
    out = []
    for _ in range(runs):
        capture.entry.setText("? " + fake_text(rng))
        start = time.perf_counter()
        capture.entry.returnPressed.emit()
        out.append((time.perf_counter() - start) * 1000)
    # Detach the document only: Document.close would close the notebook the search
    # runs below still read.
    doc._unsubscribe()  # noqa: SLF001
    for widget in (capture, feed):
        widget.deleteLater()
    app.processEvents()
    return out


if __name__ == "__main__":
    raise SystemExit(main())
