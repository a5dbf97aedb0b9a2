"""Speed of the stakeholder map with 1,000 acteurs and 3,000 relations, beside a baseline.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/canvas.py`` from the repository root.
Prints, for the map tool and for a baseline of 1,000 plain QGraphicsRectItem +
3,000 QGraphicsLineItem in the same run and the same view settings:

- open: build the tool (scene and items) from the notebook / create the plain items;
- repaint: full repaint of the fitted view at the window's size (median of several);
- drag 50: move 50 selected cards by one step = move the items (arrows follow),
  the service call committing the positions and the scene update from the
  ChangeSet / move 50 plain items.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QLineF, QPointF, QRectF  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
)

N_ACTEURS, N_RELATIONS, N_DRAG = 1000, 3000, 50
WINDOW = (1280, 800)
REPEAT = 9


def build_notebook(path: Path) -> tuple[str, str]:
    from lieuxcommuns_desktop.core import model as m
    from lieuxcommuns_desktop.core.enums import ActeurCategory, RelationKind
    from lieuxcommuns_desktop.core.services import maps, records
    from lieuxcommuns_desktop.core.services.notebook import Notebook

    rng = random.Random(4)
    nb = Notebook.create(path)
    atelier = records.create(nb, m.Atelier, title="Grand territoire")
    map_id = maps.create_map(nb, atelier.id, "Tout le territoire")
    cats = list(ActeurCategory)
    acteurs = [m.Acteur(id=m.new_id(), name=f"Acteur {i} — {rng.choice(['association', 'commune', 'collectif', 'entreprise'])} du secteur {i % 37}", category=cats[i % 8])  # noqa: E501
               for i in range(N_ACTEURS)]
    placements = [m.MapPlacement(map_id=map_id, acteur_id=a.id, x=rng.uniform(-470, 470),
                                 y=rng.uniform(-470, 470)) for a in acteurs]
    kinds = list(RelationKind)
    relations = []
    for i in range(N_RELATIONS):
        s, t = rng.sample(range(N_ACTEURS), 2)
        relations.append(m.Relation(map_id=map_id, source_id=acteurs[s].id,
                                    target_id=acteurs[t].id, kind=kinds[i % 5],
                                    label="convention" if i % 10 == 0 else "",
                                    two_way=i % 4 == 0))
    records.create_many(nb, acteurs)
    records.create_many(nb, placements)
    records.create_many(nb, relations)
    nb.close()
    return atelier.id, map_id


def grab_times(view: QGraphicsView, app: QApplication) -> tuple[float, float]:
    """(first paint, median of the following full repaints) in ms.

    The viewport paints itself (its real paint event, item caches included)
    into a premultiplied ARGB image of its size, the format of a screen's
    backing store. ``QWidget.grab()`` is not used: it paints into a
    non-premultiplied pixmap on the offscreen platform, where antialiasing
    takes a slow path that no real window takes (about 15× slower here).
    """
    app.processEvents()
    vp = view.viewport()
    image = QImage(vp.size(), QImage.Format.Format_ARGB32_Premultiplied)

    def paint() -> float:
        t0 = time.perf_counter()
        vp.render(image)
        return (time.perf_counter() - t0) * 1000

    first = paint()
    return first, statistics.median(paint() for _ in range(REPEAT))


def bench_tool(app: QApplication, path: Path, atelier_id: str) -> dict[str, float]:
    from lieuxcommuns_desktop.core.services.notebook import Notebook
    from lieuxcommuns_desktop.ui.canvas import commands as cmd
    from lieuxcommuns_desktop.ui.canvas.scene import MapScene
    from lieuxcommuns_desktop.ui.canvas.tool import MapTool
    from lieuxcommuns_desktop.ui.document import Document

    nb = Notebook.open(path)
    doc = Document(nb)
    out: dict[str, float] = {}
    t0 = time.perf_counter()
    tool = MapTool(doc, atelier_id)
    out["open"] = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    scene = MapScene(nb, tool.map_id)
    out["open_scene_only"] = (time.perf_counter() - t0) * 1000
    scene.deleteLater()
    tool.resize(*WINDOW)
    tool.show()
    app.processEvents()
    tool.fit()
    out["first_paint"], out["repaint"] = grab_times(tool.view, app)
    tool.set_legend_visible(False)
    _first, out["repaint_no_legend"] = grab_times(tool.view, app)
    tool.set_legend_visible(True)

    cards = list(tool.scene.cards.values())[:N_DRAG]
    for c in cards:
        c.setSelected(True)
    drags, services = [], []
    for step in range(REPEAT):
        dx = 10.0 if step % 2 == 0 else -10.0
        t0 = time.perf_counter()
        tool.scene.lift_arrows()  # what the first mouse move of a drag does
        for c in cards:  # what the mouse move does: items move, arrows follow
            c.moveBy(dx, 0)
        tool.scene.follow_drag()
        moves = {c.placement_id: (c.pos().x(), c.pos().y()) for c in cards}
        t1 = time.perf_counter()
        doc.run(cmd.move_cards(doc, moves))  # release: one transaction + scene update
        tool.scene.drop_arrows()
        t2 = time.perf_counter()
        app.processEvents()
        drags.append((t2 - t0) * 1000)
        services.append((t2 - t1) * 1000)
    out["drag"] = statistics.median(drags)
    out["drag_commit"] = statistics.median(services)
    out["drag_items"] = out["drag"] - out["drag_commit"]
    tool.close()
    tool.deleteLater()
    app.processEvents()
    doc.close()
    return out


def bench_baseline(app: QApplication) -> dict[str, float]:
    rng = random.Random(4)
    out: dict[str, float] = {}
    t0 = time.perf_counter()
    scene = QGraphicsScene(QRectF(-1200, -1200, 2400, 2400))
    rects = []
    for _ in range(N_ACTEURS):
        r = QGraphicsRectItem(-75, -22, 150, 44)
        r.setBrush(QColor("#FFFFFF"))
        r.setPen(QPen(QColor("#0072B2"), 1.6))
        r.setPos(rng.uniform(-470, 470), rng.uniform(-470, 470))
        r.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemIsMovable)
        r.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemIsSelectable)
        scene.addItem(r)
        rects.append(r)
    for _ in range(N_RELATIONS):
        a, b = rng.sample(rects, 2)
        line = QGraphicsLineItem(QLineF(a.pos(), b.pos()))
        pen = QPen(QColor("#009E73"), 2.0)
        pen.setCosmetic(True)  # same pen as the map's relations
        line.setPen(pen)
        scene.addItem(line)
    out["open"] = (time.perf_counter() - t0) * 1000
    view = QGraphicsView(scene)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.resize(*WINDOW)
    view.show()
    view.fitInView(QRectF(-520, -520, 1040, 1040))
    out["first_paint"], out["repaint"] = grab_times(view, app)
    moved = rects[:N_DRAG]
    times = []
    for step in range(REPEAT):
        dx = 10.0 if step % 2 == 0 else -10.0
        t0 = time.perf_counter()
        for r in moved:
            r.setPos(r.pos() + QPointF(dx, 0))
        times.append((time.perf_counter() - t0) * 1000)
        app.processEvents()
    out["drag"] = statistics.median(times)
    view.close()
    return out


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "grand.lieux"
        t0 = time.perf_counter()
        atelier_id, _map_id = build_notebook(path)
        print(f"notebook of {N_ACTEURS} acteurs / {N_RELATIONS} relations built in "
              f"{time.perf_counter() - t0:.1f} s; window {WINDOW[0]}×{WINDOW[1]}, "
              f"{os.environ.get('QT_QPA_PLATFORM')} platform")
        base = bench_baseline(app)
        tool = bench_tool(app, path, atelier_id)
    rows = [
        ("open (build tool + scene)", "open", 1000.0),
        ("first paint after show", "first_paint", None),
        ("full repaint, fitted view", "repaint", 16.0),
        (f"drag {N_DRAG} cards one step", "drag", None),
    ]
    print(f"{'measure':32} {'map (ms)':>10} {'baseline (ms)':>14} {'ratio':>7} {'target':>10}")
    for label, key, target in rows:
        ratio = tool[key] / base[key] if base[key] else float("inf")
        goal = f"≤{target:.0f} ms" if target else ""
        print(f"{label:32} {tool[key]:10.1f} {base[key]:14.1f} {ratio:7.2f} {goal:>10}")
    print(f"  scene alone (no side list): {tool['open_scene_only']:.1f} ms; "
          f"repaint without legend: {tool['repaint_no_legend']:.1f} ms")
    print(f"  drag split: items + arrows {tool['drag_items']:.1f} ms, commit (one "
          f"transaction, synchronous=FULL) + scene update {tool['drag_commit']:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
