"""The programme at scale: 20 collectivités, 8 expeditions, 120 ateliers over 3 years.

    python benchmarks/programme.py

Prints, median of alternating runs in this same process:

* the read models (timeline, membership grid, dashboard) built from the notebook;
* the A3 poster written to PDF (target: within 1 s), beside a plain reportlab
  canvas drawing as many rectangles and text labels on as many A3 pages (the
  baseline), with the ratio.

:func:`build_programme` is meant to be shared with the programme page's part
(open the page until painted, beside a plain ``QGraphicsScene``).
Figures only: nothing here fails on a slow machine.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pypdf
from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfgen.canvas import Canvas

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import (
    AtelierStatus,
    ExpeditionRole,
    PhaseKind,
)
from lieuxcommuns_desktop.core.services import programme_views as views
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.printing import fonts
from lieuxcommuns_desktop.printing.programme import write_programme

ROUNDS = 5
COLLECTIVITES, EXPEDITIONS, ATELIERS = 20, 8, 120
START = dt.date(2025, 1, 6)
TODAY = dt.date(2026, 6, 15)


def build_programme(path: Path) -> Notebook:
    """A three-year programme with members, participants, attendance and phases."""
    rng = random.Random(14)
    nb = Notebook.create(path, title="Banc d'essai — programme de trois ans")
    objs: list[m.Record] = []
    colls = [m.Collectivite(id=m.new_id(), name=f"Ville n°{i:02d} de la métropole")
             for i in range(COLLECTIVITES)]
    exps = [m.Thematique(id=m.new_id(), name=f"Expédition {i}", position=i)
            for i in range(EXPEDITIONS)]
    objs += colls + exps
    members: dict[str, list[str]] = {e.id: [] for e in exps}
    for n, c in enumerate(colls):
        for e in rng.sample(exps, 2 + n % 2):
            role = ExpeditionRole.PILOTE if not members[e.id] else rng.choice(
                [ExpeditionRole.PARTICIPANTE] * 3 + [ExpeditionRole.SECOND_CERCLE])
            members[e.id].append(c.id)
            objs.append(m.Membership(collectivite_id=c.id, thematique_id=e.id, role=role,
                                     joined_on=START))
    objs += [m.Phase(kind=PhaseKind.PARCOURS_APPRENANT, start_date=START,
                     end_date=dt.date(2025, 9, 30)),
             m.Phase(kind=PhaseKind.MISE_EN_TEST, start_date=dt.date(2025, 11, 1),
                     end_date=dt.date(2027, 12, 31))]
    acteurs = [m.Acteur(id=m.new_id(), name=f"Mairie {c.name}", collectivite_id=c.id)
               for c in colls]
    people = [m.Participant(id=m.new_id(), first_name="Agent", last_name=f"{i:03d}",
                            acteur_id=acteurs[i % COLLECTIVITES].id) for i in range(60)]
    objs += acteurs + people
    by_coll = {c.id: [p.id for p in people if p.acteur_id == a.id]
               for c, a in zip(colls, acteurs, strict=True)}
    for i in range(ATELIERS):
        e = exps[i % EXPEDITIONS]
        day = START + dt.timedelta(days=i * 1095 // ATELIERS)
        taking_part = rng.sample(members[e.id], min(3, len(members[e.id])))
        status = AtelierStatus.TERMINE if day < TODAY else rng.choice(
            [AtelierStatus.PRET, AtelierStatus.BROUILLON])
        a = m.Atelier(id=m.new_id(), title=f"Atelier {i} : la ressource partagée n°{i}",
                      thematique_id=e.id, collectivite_id=taking_part[0], date=day,
                      start_time=dt.time(14, 0), status=status, planned_minutes=180)
        objs.append(a)
        objs += [m.AtelierCollectivite(atelier_id=a.id, collectivite_id=c) for c in taking_part]
        if status == AtelierStatus.TERMINE:
            for c in taking_part[:2]:
                objs += [m.Attendance(atelier_id=a.id, participant_id=p, present=True)
                         for p in by_coll[c][:2]]
    records.create_many(nb, objs)
    return nb


def count_marks(nb: Notebook) -> tuple[int, int]:
    """(rectangles, labels) the poster draws: blocks, grid and index cells, axis, lanes."""
    tl = views.timeline(nb, today=TODAY)
    grid = views.membership_grid(nb, today=TODAY)
    blocks = sum(len(lane.blocks) for lane in tl.lanes) + len(tl.undated)
    cells = (len(grid.collectivites) + 1) * (len(grid.expeditions) + 1)
    index = (blocks + 1) * 7
    rects = blocks + cells + len(tl.phases)
    labels = blocks + cells + index + len(tl.lanes) + len(tl.months())
    return rects, labels


def baseline(target: Path, rects: int, labels: int, pages: int) -> float:
    """Plain canvas drawing: the same rectangles and labels spread over the same pages."""
    font = fonts.register()
    width, height = landscape(A3)
    start = time.perf_counter()
    c = Canvas(str(target), pagesize=(width, height))
    per_page_r, per_page_l = -(-rects // pages), -(-labels // pages)
    drawn_r = drawn_l = 0
    for _page in range(pages):
        c.setFont(font, 7)
        for i in range(min(per_page_r, rects - drawn_r)):
            c.rect(40 + (i % 40) * 27, 60 + (i // 40) * 14, 24, 11, stroke=1, fill=i % 2)
        for i in range(min(per_page_l, labels - drawn_l)):
            c.drawString(40 + (i % 10) * 110, 40 + (i // 10) * 9 % (height - 80),
                         f"Libellé {i} de la grille")
        drawn_r += per_page_r
        drawn_l += per_page_l
        c.showPage()
    c.save()
    return time.perf_counter() - start


def median_time(action: Callable[[], object]) -> float:
    runs = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        action()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        nb = build_programme(folder / "programme.lieux")
        fonts.register()
        write_programme(nb, folder / "warm.pdf", ["poster"], today=TODAY)  # font cache
        rects, labels = count_marks(nb)
        read = median_time(lambda: (views.timeline(nb, today=TODAY),
                                    views.membership_grid(nb, today=TODAY),
                                    views.dashboard(nb, today=TODAY)))
        posters, bases = [], []
        pages = 1
        for _ in range(ROUNDS):  # alternate so both see the same machine load
            start = time.perf_counter()
            out = write_programme(nb, folder / "poster.pdf", ["poster"], today=TODAY)
            posters.append(time.perf_counter() - start)
            pages = len(pypdf.PdfReader(out).pages)
            bases.append(baseline(folder / "base.pdf", rects, labels, pages))
        nb.close()
    poster, base = statistics.median(posters), statistics.median(bases)
    print(f"{COLLECTIVITES} collectivités, {EXPEDITIONS} expéditions, {ATELIERS} ateliers "
          f"over 3 years; median of {ROUNDS} runs")
    print(f"read models (timeline + grid + dashboard)   {read * 1000:7.1f} ms")
    print(f"A3 poster ({pages} p, {rects} rectangles, {labels} labels) {poster:6.3f} s "
          f"(target 1 s: {'met' if poster <= 1 else 'MISSED'})")
    print(f"plain reportlab, same marks and pages          {base:6.3f} s   "
          f"ratio {poster / base:4.1f}x")


if __name__ == "__main__":
    main()
