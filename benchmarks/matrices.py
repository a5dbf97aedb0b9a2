"""Decision matrix of 100 decisions × 60 acteurs: open, set one cell, paste 20×20.

Each figure is printed beside a plain QTableWidget of the same size filled in
the same run (the baseline: no database, no rules, no undo). Targets: a cell
edit including its commit and rule re-check within 30 ms; opening within 2×
the plain table.

    QT_QPA_PLATFORM=offscreen python benchmarks/matrices.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import MatrixVersion
from lieuxcommuns_desktop.core.matrix_labels import DECISIONS, cell_text
from lieuxcommuns_desktop.core.services import matrices as svc
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook

ROWS, COLS = 100, 60


REPEAT = 20


def build(nb: Notebook) -> str:
    rng = random.Random(5)
    atelier = records.create(nb, m.Atelier, title="Grand atelier")
    acteurs = [o.id for o in records.create_many(
        nb, [m.Acteur(name=f"Acteur numéro {i} du territoire") for i in range(COLS)])]
    svc.set_columns(nb, atelier.id, DECISIONS, acteurs)
    rows = svc.add_rows(nb, atelier.id, DECISIONS, [f"Décision {i}" for i in range(ROWS)])
    for version in MatrixVersion:
        cells = {(r, a): str(rng.choice("0012345")) for r in rows for a in acteurs
                 if rng.random() < 0.6}
        svc.set_cells(nb, DECISIONS, cells, version)
    return atelier.id


def plain_table(values: list[list[str | None]]) -> QTableWidget:
    table = QTableWidget(ROWS, COLS)
    table.setHorizontalHeaderLabels([f"Acteur numéro {i} du territoire" for i in range(COLS)])
    table.setVerticalHeaderLabels([f"Décision {i}" for i in range(ROWS)])
    for r, line in enumerate(values):
        for c, value in enumerate(line):
            table.setItem(r, c, QTableWidgetItem(cell_text(DECISIONS, value)))
    return table


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    from lieuxcommuns_desktop.ui.qt_compat import protect_singletons

    if protect_singletons():
        print("note: PySide6 6.12.0 reference leak guarded (see ui/qt_compat.py)")
    from lieuxcommuns_desktop.ui.document import Document
    from lieuxcommuns_desktop.ui.matrices.decisions import DecisionMatrixTool

    folder = Path(tempfile.mkdtemp(prefix="lc-bench-"))
    nb = Notebook.create(folder / "bench.lieux")
    atelier_id = build(nb)
    doc = Document(nb)
    values = svc.read_matrix(nb, atelier_id, DECISIONS, MatrixVersion.AUJOURDHUI).table()

    # -- open ---------------------------------------------------------------
    def open_plain() -> float:
        t = time.perf_counter()
        table = plain_table(values)
        table.resize(1366, 768)
        table.show()
        app.processEvents()
        table.viewport().repaint()
        elapsed = time.perf_counter() - t
        table.close()
        table.deleteLater()
        app.processEvents()
        return elapsed

    def open_tool() -> tuple[float, DecisionMatrixTool]:
        t = time.perf_counter()
        tool = DecisionMatrixTool(doc, atelier_id)
        tool.resize(1366, 768)
        tool.show()
        app.processEvents()
        tool.page(MatrixVersion.AUJOURDHUI).view.viewport().repaint()
        return time.perf_counter() - t, tool

    open_plain()  # warm up fonts and styles for both
    plain_opens, tool_opens = [], []
    for _ in range(7):  # interleaved, so that a busy neighbour slows both alike
        plain_opens.append(open_plain())
        elapsed, tool = open_tool()
        tool_opens.append(elapsed)
        tool.close()
        tool.deleteLater()
        app.processEvents()
    plain_open, tool_open = min(plain_opens), min(tool_opens)
    plain_open_med, tool_open_med = statistics.median(plain_opens), statistics.median(tool_opens)
    _e, tool = open_tool()
    page = tool.page(MatrixVersion.AUJOURDHUI)

    # -- one cell -------------------------------------------------------------
    rng = random.Random(7)
    cell_times = []
    for _ in range(REPEAT):
        r, c = rng.randrange(ROWS), rng.randrange(COLS)
        current = page.model.matrix_data.table()[r][c]
        value = rng.choice([v for v in "012345" if v != current])
        t = time.perf_counter()
        page.page.editor.set_cells([(r, c)], value)
        cell_times.append(time.perf_counter() - t)
        app.processEvents()
    cell_paint_times = []
    for _ in range(REPEAT):
        r, c = rng.randrange(ROWS), rng.randrange(COLS)
        current = page.model.matrix_data.table()[r][c]
        value = rng.choice([v for v in "012345" if v != current])
        t = time.perf_counter()
        page.page.editor.set_cells([(r, c)], value)
        app.processEvents()  # includes the coalesced summaries
        page.view.viewport().repaint()
        cell_paint_times.append(time.perf_counter() - t)
    assert page.model.matrix_data.table()[r][c] == value

    table = plain_table(values)
    table.show()
    app.processEvents()
    plain_cell = []
    for _ in range(REPEAT):
        r, c = rng.randrange(ROWS), rng.randrange(COLS)
        t = time.perf_counter()
        table.item(r, c).setText(cell_text(DECISIONS, rng.choice("012345")))
        app.processEvents()
        table.viewport().repaint()
        plain_cell.append(time.perf_counter() - t)

    # -- paste 20×20 -------------------------------------------------------------
    paste_times, plain_paste = [], []
    for k in range(5):
        block = "\n".join("\t".join(rng.choice("012345") for _ in range(20))
                          for _ in range(20)) + "\n"
        page.view.setCurrentIndex(page.model.index(10 * k, 5 * k))
        t = time.perf_counter()
        assert page.page.editor.paste(page.view, block)
        app.processEvents()
        page.view.viewport().repaint()
        paste_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        for i, line in enumerate(block.splitlines()):
            for j, raw in enumerate(line.split("\t")):
                table.item(10 * k + i, 5 * k + j).setText(cell_text(DECISIONS, raw))
        app.processEvents()
        table.viewport().repaint()
        plain_paste.append(time.perf_counter() - t)

    # the floor under any edit: one bare committed update of one row (synchronous=FULL)
    bare = []
    for i in range(REPEAT):
        t = time.perf_counter()
        records.update(nb, m.Atelier, atelier_id, title=f"Grand atelier {i}")
        bare.append(time.perf_counter() - t)

    med = statistics.median
    print(f"Decision matrix {ROWS} × {COLS} ({ROWS * COLS} cells per version); the machine is "
          "shared, so best (min) and median of the runs")
    print(f"  open (built, shown, first paint): tool min {ms(tool_open)} med "
          f"{ms(tool_open_med)}   plain min {ms(plain_open)} med {ms(plain_open_med)}"
          f"   ratio min {tool_open / plain_open:4.2f}× med {tool_open_med / plain_open_med:4.2f}×"
          " (target ≤ 2×)")
    print(f"  set one cell (command, commit, rules): min {ms(min(cell_times))} med "
          f"{ms(med(cell_times))} max {ms(max(cell_times))} (target ≤ 30 ms)")
    print(f"    the floor: a bare one-row records.update commit: min {ms(min(bare))} med "
          f"{ms(med(bare))}")
    print(f"  set one cell + repaint + summaries:   {ms(med(cell_paint_times))}"
          f"   plain setText + repaint {ms(med(plain_cell))}")
    print(f"  paste 20×20 (one transaction) + repaint: {ms(med(paste_times))}"
          f"   plain {ms(med(plain_paste))}   ratio {med(paste_times) / med(plain_paste):5.1f}×")
    tool.close()
    doc.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
