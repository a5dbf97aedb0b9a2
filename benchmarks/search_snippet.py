"""A 3-word query on a note of 20,000 repeated words (issue 12, item 14).

Prints, in the same run and on the same file, the time of ``core.search.search``
(snippet work bounded) beside the baseline: the same query with FTS5's
``snippet()`` over the whole note, as the search did before.

    python benchmarks/search_snippet.py [--words 20000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lieuxcommuns_desktop.core import search
from lieuxcommuns_desktop.core.model import Atelier, Note
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook

QUERY = "atelier commun jardin"
BASELINE = (
    "SELECT snippet(note_fts, 1, '[', ']', '…', 24) FROM note_fts "
    "WHERE note_fts MATCH ? ORDER BY rank LIMIT 200"
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        nb = Notebook.create(Path(tmp) / "bench.lieux")
        atelier = records.create(nb, Atelier, title="A")
        text = " ".join(QUERY.split() * (args.words // 3))
        records.create(nb, Note, atelier_id=atelier.id, text=text)
        records.create(nb, Note, atelier_id=atelier.id, text="Un jardin, un atelier commun.")
        start = time.perf_counter()
        hits = search.search(nb, QUERY)
        bounded = time.perf_counter() - start
        with nb.read() as session:
            start = time.perf_counter()
            session.connection().exec_driver_sql(
                BASELINE, (search.match_expression(QUERY),)).all()
            baseline = time.perf_counter() - start
        nb.close()
    print(f"note of {args.words} words, query {QUERY!r}, {len(hits)} hits")
    print(f"baseline  FTS5 snippet() on the whole note: {baseline * 1000:9.1f} ms")
    print(f"search.search (bounded snippet):           {bounded * 1000:9.1f} ms")


if __name__ == "__main__":
    main()
