"""The follow-up letter and the experiments list of a large mise en test.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/experiments.py [runs]`` from the
repository root (median of ``runs``, 3 by default).

The notebook: 200 experiments in 20 collectivités, each with 10 indicators of 24
monthly values (48 000 measures), 4 milestones, 3 status transitions and 3 log
entries. Measured:

* the *lettre de suivi* of every experiment written as PDF and as HTML (read
  model, layout, file). Target (issue 15): within 2 s. Baseline: reportlab
  writing the same number of paragraphs and table rows, without any query;
* the experiments page opened until its list is painted (list read model,
  first experiment's sheet, comparison tab). Target: within 2× of the
  baseline, a plain ``QTableView`` over a ``QStandardItemModel`` of the same
  200 rows × 3 columns, shown until painted, in the same run.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from benchmarks.painting import show_until_painted

N_EXPERIMENTS, N_INDICATORS, N_VALUES, N_COLLECTIVITES = 200, 10, 24, 20
WINDOW = (1024 - 260, 768 - 110)
START = dt.date(2024, 1, 28)
TODAY = dt.date(2026, 11, 30)


def build_notebook(path: Path) -> None:
    from lieuxcommuns_desktop.core import enums, model
    from lieuxcommuns_desktop.core.services import records
    from lieuxcommuns_desktop.core.services.notebook import Notebook
    from lieuxcommuns_desktop.core.tool_kinds import SEED, seed_id

    st = enums.ExperimentationStatus
    rng = random.Random(15)
    nb = Notebook.create(path, title="Mise en test à grande échelle")
    objs: list[model.Record] = []
    collectivites = [model.Collectivite(id=model.new_id(), name=f"Ville n° {i + 1}")
                     for i in range(N_COLLECTIVITES)]
    objs += collectivites
    for e in range(N_EXPERIMENTS):
        exp = model.Experimentation(
            id=model.new_id(), title=f"Expérimentation {e + 1}",
            collectivite_id=collectivites[e % N_COLLECTIVITES].id,
            tool_kind_id=seed_id(SEED[e % len(SEED)][0]), status=st.EN_COURS,
            hypothesis="Si les habitants co-décident, la ressource est mieux entretenue.",
            start_date=START, lessons="Une tournée mensuelle mobilise plus qu'un comité.")
        objs.append(exp)
        for i in range(N_INDICATORS):
            ind = model.Indicator(id=model.new_id(), experimentation_id=exp.id,
                                  name=f"Indicateur {i + 1}", unit="personnes", baseline=0.0,
                                  target=100.0, position=i)
            objs.append(ind)
            objs += [model.IndicatorValue(
                id=model.new_id(), indicator_id=ind.id,
                date=dt.date(START.year + (START.month - 1 + v) // 12,
                             (START.month - 1 + v) % 12 + 1, 28),
                value=float(rng.randrange(0, 120))) for v in range(N_VALUES)]
        objs += [model.Milestone(id=model.new_id(), experimentation_id=exp.id,
                                 title=f"Jalon {k + 1}", due_date=TODAY + dt.timedelta(days=30 * k),
                                 position=k) for k in range(4)]
        objs += [model.StatusTransition(id=model.new_id(), experimentation_id=exp.id,
                                        date=START + dt.timedelta(days=10 * k),
                                        from_status=old, to_status=new, reason="Étape")
                 for k, (old, new) in enumerate(((None, st.ENVISAGEE),
                                                 (st.ENVISAGEE, st.EN_PREPARATION),
                                                 (st.EN_PREPARATION, st.EN_COURS)))]
        objs += [model.ExperimentationLog(id=model.new_id(), experimentation_id=exp.id,
                                          date=TODAY - dt.timedelta(days=40 * k),
                                          text="Réunion du comité") for k in range(3)]
    records.create_many(nb, objs)
    nb.close()


def bench_letter(path: Path, folder: Path, kind: str) -> float:
    from lieuxcommuns_desktop.core.services.notebook import Notebook
    from lieuxcommuns_desktop.printing.letter import write_letter
    from lieuxcommuns_desktop.printing.letter_html import write_letter_html

    t0 = time.perf_counter()
    nb = Notebook.open(path, readonly=True)
    try:
        if kind == "pdf":
            write_letter(nb, folder / "lettre.pdf", today=TODAY)
        else:
            write_letter_html(nb, folder / "lettre.html", today=TODAY)
    finally:
        nb.close()
    return (time.perf_counter() - t0) * 1000


def bench_letter_baseline(folder: Path) -> float:
    """reportlab alone: the same paragraphs and table rows, no notebook."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    t0 = time.perf_counter()
    st = getSampleStyleSheet()
    flow: list = []
    for e in range(N_EXPERIMENTS):
        flow.append(Paragraph(f"Expérimentation {e + 1}", st["Heading1"]))
        flow += [Paragraph(f"Ligne {k}", st["BodyText"]) for k in range(14)]
        flow.append(Table([[f"Indicateur {i}", "12 personnes le 28/11/2026", "100", "12 %"]
                           for i in range(N_INDICATORS + 1)], repeatRows=1))
    SimpleDocTemplate(str(folder / "base.pdf"), pagesize=A4).build(flow)
    return (time.perf_counter() - t0) * 1000


def bench_page(app: QApplication, path: Path) -> float:
    from lieuxcommuns_desktop.core.services.notebook import Notebook
    from lieuxcommuns_desktop.ui.document import Document
    from lieuxcommuns_desktop.ui.experiments.page import ExperimentsPage

    nb = Notebook.open(path)
    doc = Document(nb)
    t0 = time.perf_counter()
    page = ExperimentsPage(doc, today=TODAY)
    rows = page.model.rowCount()
    elapsed = show_until_painted(app, page, page.view.viewport(), WINDOW, t0)
    assert rows == N_EXPERIMENTS
    doc.close()
    return elapsed


def bench_table_baseline(app: QApplication) -> float:
    t0 = time.perf_counter()
    model = QStandardItemModel(N_EXPERIMENTS, 3)
    for row in range(N_EXPERIMENTS):
        for column, text in enumerate((f"Expérimentation {row + 1}",
                                       f"Ville n° {row % N_COLLECTIVITES + 1}", "En cours")):
            model.setItem(row, column, QStandardItem(text))
    view = QTableView()
    view.setModel(model)
    return show_until_painted(app, view, view.viewport(), WINDOW, t0)


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    app = QApplication.instance() or QApplication([])
    import lieuxcommuns_desktop.ui  # noqa: F401 - the PySide6 leak guard, as in the app

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "experiments.lieux"
        t0 = time.perf_counter()
        build_notebook(path)
        built = time.perf_counter() - t0
        # warm-up: imports, fonts, templates, for both sides
        bench_letter(path, folder, "pdf"), bench_letter(path, folder, "html")
        bench_letter_baseline(folder), bench_page(app, path), bench_table_baseline(app)
        pdf, html, base_pdf, page, base_table = [], [], [], [], []
        for _ in range(runs):
            pdf.append(bench_letter(path, folder, "pdf"))
            html.append(bench_letter(path, folder, "html"))
            base_pdf.append(bench_letter_baseline(folder))
            page.append(bench_page(app, path))
            base_table.append(bench_table_baseline(app))
    med = statistics.median
    print(f"{N_EXPERIMENTS} experiments × {N_INDICATORS} indicators × {N_VALUES} values "
          f"(notebook built in {built:.1f} s); median of {runs} runs")
    print(f"{'letter, PDF':<28}{med(pdf):>10.1f} ms   baseline {med(base_pdf):>8.1f} ms   "
          f"(target ≤ 2000 ms)")
    print(f"{'letter, HTML':<28}{med(html):>10.1f} ms   "
          f"{'':>24}(target ≤ 2000 ms)")
    p, b = med(page), med(base_table)
    print(f"{'experiments page opened':<28}{p:>10.1f} ms   baseline {b:>8.1f} ms   "
          f"ratio {p / b:.2f}×   (target ≤ 2×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
