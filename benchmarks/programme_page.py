"""Opening the programme page of a large programme, beside a plain scene in the same run.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/programme_page.py [runs]`` from
the repository root (median of ``runs``, 5 by default).

The programme: 20 collectivités, 8 expeditions, 120 ateliers over 3 years
(each hosted by one collectivité with two others taking part), two phases.
Measured: from nothing to the programme page shown in a 1280×800 window with
its timeline painted (the read model built from the notebook, the scene built,
the first paint of the viewport). Baseline: a plain ``QGraphicsView`` in the
same window size, whose scene holds the same number of rectangles and text
labels (120 blocks with their titles, 8 lane names, 36 month names), shown
until painted. Target (issue 14): within 2×.

Three figures: the first visit on a just-opened notebook; a later visit that
builds the page again (what the main window did before it kept the page);
and a later visit to the page the main window keeps: suspended while another
page is shown, one atelier renamed meanwhile (so the timeline is re-read),
resumed and shown until painted.
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
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsScene,
    QGraphicsView,
)

from benchmarks.painting import PaintCounter, show_until_painted, until_painted

N_COLLECTIVITES, N_EXPEDITIONS, N_ATELIERS, MONTHS = 20, 8, 120, 36
WINDOW = (1280, 800)
START = dt.date(2025, 1, 6)


def build_notebook(path: Path) -> None:
    from lieuxcommuns_desktop.core import enums, model
    from lieuxcommuns_desktop.core.services import records
    from lieuxcommuns_desktop.core.services.notebook import Notebook

    rng = random.Random(14)
    nb = Notebook.create(path, title="Programme de trois ans")
    objs: list[model.Record] = []
    collectivites = [model.Collectivite(id=model.new_id(), name=f"Ville n° {i + 1}")
                     for i in range(N_COLLECTIVITES)]
    expeditions = [model.Thematique(id=model.new_id(), name=f"Expédition {i + 1}", position=i)
                   for i in range(N_EXPEDITIONS)]
    objs += collectivites + expeditions
    objs.append(model.Phase(id=model.new_id(), kind=enums.PhaseKind.PARCOURS_APPRENANT,
                            title="Parcours", start_date=START,
                            end_date=START + dt.timedelta(days=540)))
    objs.append(model.Phase(id=model.new_id(), kind=enums.PhaseKind.MISE_EN_TEST,
                            title="Mise en test", start_date=START + dt.timedelta(days=560),
                            end_date=START + dt.timedelta(days=1090)))
    members: set[tuple[str, str]] = set()
    for index in range(N_ATELIERS):
        expedition = expeditions[index % N_EXPEDITIONS]
        host, *others = rng.sample(collectivites, 3)
        atelier = model.Atelier(
            id=model.new_id(), title=f"Atelier {index + 1} : {expedition.name}",
            thematique_id=expedition.id, collectivite_id=host.id,
            date=START + dt.timedelta(days=rng.randrange(0, 1090)),
            status=rng.choice(list(enums.AtelierStatus)))
        objs.append(atelier)
        for collectivite in (host, *others):
            objs.append(model.AtelierCollectivite(id=model.new_id(), atelier_id=atelier.id,
                                                  collectivite_id=collectivite.id))
            members.add((collectivite.id, expedition.id))
    objs += [model.Membership(id=model.new_id(), collectivite_id=c, thematique_id=t,
                              joined_on=START) for c, t in sorted(members)]
    records.create_many(nb, objs)
    nb.close()


def open_page(app: QApplication, doc: object) -> float:
    from lieuxcommuns_desktop.ui.programme.page import ProgrammePage

    t0 = time.perf_counter()
    page = ProgrammePage(doc, today=START + dt.timedelta(days=400))
    return show_until_painted(app, page, page.timeline.view.viewport(), WINDOW, t0)


def revisit_kept_page(app: QApplication, doc: Any) -> float:
    """A later visit to the kept page, after an atelier was renamed elsewhere, in ms."""
    from lieuxcommuns_desktop.core.model import Atelier
    from lieuxcommuns_desktop.core.services import records
    from lieuxcommuns_desktop.ui.programme.page import ProgrammePage

    page = ProgrammePage(doc, today=START + dt.timedelta(days=400))
    counter = PaintCounter(page.timeline.view.viewport())
    page.resize(*WINDOW)
    page.show()
    until_painted(app, counter)
    page.suspend()  # the main window shows another page
    page.hide()
    app.processEvents()
    atelier = records.all_of(doc.notebook, Atelier)[0]
    records.update(doc.notebook, Atelier, atelier.id, title=atelier.title + " (renommé)")
    app.processEvents()
    counter.count = 0
    t0 = time.perf_counter()
    page.resume()
    page.show()
    until_painted(app, counter)
    elapsed = (time.perf_counter() - t0) * 1000
    page.close()
    page.deleteLater()
    app.processEvents()
    return elapsed


def bench_page(app: QApplication, path: Path) -> tuple[float, float, float]:
    """(first visit on a just-opened notebook, a later visit built again, a later
    visit to the kept page), in ms.

    The first visit also pays SQLAlchemy's compilation of the page's queries
    (cached per notebook connection afterwards).
    """
    from lieuxcommuns_desktop.core.services.notebook import Notebook
    from lieuxcommuns_desktop.ui.document import Document

    nb = Notebook.open(path)
    doc = Document(nb)
    first = open_page(app, doc)
    again = open_page(app, doc)
    kept = revisit_kept_page(app, doc)
    doc.close()
    return first, again, kept


def bench_baseline(app: QApplication) -> float:
    rng = random.Random(14)
    t0 = time.perf_counter()
    scene = QGraphicsScene()
    for lane in range(N_EXPEDITIONS):
        scene.addSimpleText(f"Expédition {lane + 1}").setPos(-160, 40 + lane * 60)
    for month in range(MONTHS):
        scene.addSimpleText(f"{month % 12 + 1:02d}/{2025 + month // 12}").setPos(month * 90, 0)
    for index in range(N_ATELIERS):
        x, y = rng.randrange(0, MONTHS * 90), 40 + (index % N_EXPEDITIONS) * 60
        scene.addRect(QRectF(x, y, 60, 24))
        scene.addSimpleText(f"Atelier {index + 1}").setPos(x + 3, y + 4)
    view = QGraphicsView(scene)
    return show_until_painted(app, view, view.viewport(), WINDOW, t0)


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    app = QApplication.instance() or QApplication([])
    import lieuxcommuns_desktop.ui  # noqa: F401 - the PySide6 leak guard, as in the app

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "programme.lieux"
        build_notebook(path)
        bench_page(app, path)  # warm-up: imports and font caches, for both sides
        bench_baseline(app)
        first, again, kept, base = [], [], [], []
        for _ in range(runs):
            one, two, three = bench_page(app, path)
            first.append(one)
            again.append(two)
            kept.append(three)
            base.append(bench_baseline(app))
    b = statistics.median(base)
    print(f"programme page, {N_COLLECTIVITES} collectivités, {N_EXPEDITIONS} expeditions, "
          f"{N_ATELIERS} ateliers over 3 years; median of {runs} runs")
    for label, values in (("first visit until painted", first), ("later visit", again),
                          ("later visit, kept page", kept)):
        p = statistics.median(values)
        print(f"{label:<28}{p:>10.1f} ms   baseline {b:>8.1f} ms   ratio {p / b:.2f}×"
              f"   (target ≤ 2×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
