"""Speed of the stakeholder map with 1,000 acteurs and 3,000 relations, beside a baseline.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/canvas.py [runs]`` from the
repository root (``runs`` repetitions of the whole measure, 1 by default; the
table gives the median of the runs). Prints, for the map tool and for a
baseline of 1,000 plain QGraphicsRectItem + 3,000 QGraphicsLineItem in the
same run (a plain QGraphicsView with antialiasing, window 1280×800):

- open: build the tool (side list, scene and items) from the notebook /
  create the plain scene and items; then the same until the shown window has
  painted the fitted map (what the user waits for: the map's first paint
  fills the two layer caches, a baseline paint strokes 3,000 lines). The
  map's relations have no graphics item at rest (the relation layer paints
  and hit-tests them), so its "build" holds 1,000 card items and 3,000
  plain relation records, against 4,000 items for the baseline;
- repaint: full repaint of the fitted view (median of several);
- drag step: one mouse move of a drag of 50 selected cards, sent to the view
  as a real ``QMouseEvent`` (the cards move, their arrows follow, nothing is
  written), then the repaint it causes; steady steps, median. Baseline: the
  same events on 50 selected plain rects whose 3,000-line scene has a Python
  handler moving the lines attached to them (*lines follow*, the fair
  comparison). The event alone (without the repaint) is printed too, and for
  a plain drag where the lines stay put;
- drag start (the first move: the moving cards' arrows get items and leave
  the cached layer, whose area they covered is repainted) and release (one
  transaction for the 50 positions, synchronous=FULL, the scene following
  the ChangeSet, the arrows going back into the layer, and the repaint) are
  printed apart: they happen once per drag.

Repaints are timed around the viewport's real paint event: the event loop
runs until the viewport has painted into the window's backing store.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
)

from benchmarks.painting import PaintCounter

N_ACTEURS, N_RELATIONS, N_DRAG = 1000, 3000, 50
WINDOW = (1280, 800)
REPEAT = 9
STEP_PX = 4  # one mouse move, in viewport pixels


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


def settle(app: QApplication, counter: PaintCounter) -> None:
    """Run the event loop until the viewport painted (or nothing more is pending)."""
    before = counter.count
    for _ in range(20):
        app.processEvents()
        if counter.count > before:
            app.processEvents()
            return


def mouse(view: QGraphicsView, kind: QEvent.Type, pos: QPoint, pressed: bool) -> None:
    button = Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, QPointF(pos), QPointF(view.viewport().mapToGlobal(pos)),
                        button if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
                        button if pressed else Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def drag(view: QGraphicsView, app: QApplication, grip: QPoint) -> dict[str, float]:
    """Press on ``grip``, REPEAT+1 mouse moves of STEP_PX (back and forth), release.

    Returns start (first move + repaint), step / step_event (median of the
    following moves with / without their repaint) and release (+ repaint).
    """
    counter = PaintCounter(view.viewport())
    settle(app, counter)
    mouse(view, QEvent.Type.MouseButtonPress, grip, True)
    settle(app, counter)
    pos = QPoint(grip)
    out: dict[str, float] = {}
    events, steps = [], []
    for step in range(REPEAT + 1):
        pos += QPoint(STEP_PX if step % 2 == 0 else -STEP_PX, STEP_PX)
        t0 = time.perf_counter()
        mouse(view, QEvent.Type.MouseMove, pos, True)
        t1 = time.perf_counter()
        settle(app, counter)
        t2 = time.perf_counter()
        if step == 0:
            out["start"] = (t2 - t0) * 1000
        else:
            events.append((t1 - t0) * 1000)
            steps.append((t2 - t0) * 1000)
    out["step_event"] = statistics.median(events)
    out["step"] = statistics.median(steps)
    t0 = time.perf_counter()
    mouse(view, QEvent.Type.MouseButtonRelease, pos, False)
    t1 = time.perf_counter()
    settle(app, counter)
    out["release_event"] = (t1 - t0) * 1000
    out["release"] = (time.perf_counter() - t0) * 1000
    counter.deleteLater()
    return out


def pick_drag(view: QGraphicsView, items: list, top_of: Callable[[QPointF], object]
              ) -> tuple[QPoint, list]:
    """The grip: the centre of an item on top there; the item and 49 others to select."""
    for item in reversed(items):
        point = view.mapFromScene(item.pos())
        if view.viewport().rect().contains(point) and top_of(item.pos()) is item:
            others = [i for i in items if i is not item][:N_DRAG - 1]
            return point, [item, *others]
    raise RuntimeError("no card on top at its centre")


def bench_tool(app: QApplication, path: Path, atelier_id: str) -> dict[str, float]:
    from lieuxcommuns_desktop.core.services.notebook import Notebook
    from lieuxcommuns_desktop.ui.canvas.scene import MapScene
    from lieuxcommuns_desktop.ui.canvas.tool import MapTool
    from lieuxcommuns_desktop.ui.document import Document

    nb = Notebook.open(path)
    doc = Document(nb)
    out: dict[str, float] = {}
    t0 = time.perf_counter()
    tool = MapTool(doc, atelier_id)
    out["open"] = (time.perf_counter() - t0) * 1000
    tool.resize(*WINDOW)
    tool.show()
    tool.fit()
    counter = PaintCounter(tool.view.viewport())
    settle(app, counter)
    out["open_painted"] = (time.perf_counter() - t0) * 1000
    counter.deleteLater()
    t0 = time.perf_counter()
    scene = MapScene(nb, tool.map_id)
    out["open_scene_only"] = (time.perf_counter() - t0) * 1000
    scene.deleteLater()
    out["first_paint"], out["repaint"] = grab_times(tool.view, app)
    tool.set_legend_visible(False)
    _first, out["repaint_no_legend"] = grab_times(tool.view, app)
    tool.set_legend_visible(True)

    view, mscene = tool.view, tool.scene
    grip, chosen = pick_drag(view, list(mscene.cards.values()), mscene.card_at)
    for card in chosen:
        card.setSelected(True)
    out["drag_arrows"] = len({a for c in chosen for a in c.arrows})
    before = doc.undo_stack.count()
    for key, value in drag(view, app, grip).items():
        out[f"drag_{key}"] = value
    if doc.undo_stack.count() != before + 1:
        raise RuntimeError("the drag was not committed as one undo step")
    tool.close()
    tool.deleteLater()
    app.processEvents()
    doc.close()
    return out


class BaselineScene(QGraphicsScene):
    """Plain items; with ``follow`` the lines attached to the moving rects follow them."""

    def __init__(self, rect: QRectF) -> None:
        super().__init__(rect)
        self.follow = True
        self.lines: dict[QGraphicsRectItem, list[tuple[QGraphicsLineItem, bool]]] = {}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self.follow and event.buttons() & Qt.MouseButton.LeftButton:
            for rect in self.selectedItems():
                for line, at_start in self.lines.get(rect, ()):
                    old = line.line()
                    if at_start:
                        line.setLine(QLineF(rect.pos(), old.p2()))
                    else:
                        line.setLine(QLineF(old.p1(), rect.pos()))


def bench_baseline(app: QApplication) -> dict[str, float]:
    rng = random.Random(4)
    out: dict[str, float] = {}
    t0 = time.perf_counter()
    scene = BaselineScene(QRectF(-1200, -1200, 2400, 2400))
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
        scene.lines.setdefault(a, []).append((line, True))
        scene.lines.setdefault(b, []).append((line, False))
    out["open"] = (time.perf_counter() - t0) * 1000
    view = QGraphicsView(scene)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.resize(*WINDOW)
    view.show()
    view.fitInView(QRectF(-520, -520, 1040, 1040))
    counter = PaintCounter(view.viewport())
    settle(app, counter)
    out["open_painted"] = (time.perf_counter() - t0) * 1000
    counter.deleteLater()
    out["first_paint"], out["repaint"] = grab_times(view, app)

    def top_of(pos: QPointF) -> object:
        under = [i for i in scene.items(pos) if isinstance(i, QGraphicsRectItem)]
        return under[0] if under else None

    grip, chosen = pick_drag(view, rects, top_of)
    for r in chosen:
        r.setSelected(True)
    for key, value in drag(view, app, grip).items():
        out[f"drag_{key}"] = value
    scene.follow = False
    plain = drag(view, app, grip)
    out["drag_plain_step"], out["drag_plain_step_event"] = plain["step"], plain["step_event"]
    view.close()
    return out


ROWS = [
    ("open: build tool + scene", "open", None),
    ("open until painted on screen", "open_painted", 1000.0),
    ("paint right after (caches)", "first_paint", None),
    ("full repaint, fitted view", "repaint", 16.0),
    (f"drag {N_DRAG} cards: one step", "drag_step", None),
    ("  of which the mouse event", "drag_step_event", None),
    ("drag start (first step)", "drag_start", None),
    ("release (commit + repaint)", "drag_release", None),
    ("  of which the event", "drag_release_event", None),
]


def one_run(app: QApplication) -> tuple[dict[str, float], dict[str, float]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "grand.lieux"
        t0 = time.perf_counter()
        atelier_id, _map_id = build_notebook(path)
        print(f"notebook of {N_ACTEURS} acteurs / {N_RELATIONS} relations built in "
              f"{time.perf_counter() - t0:.1f} s; window {WINDOW[0]}×{WINDOW[1]}, "
              f"{os.environ.get('QT_QPA_PLATFORM')} platform", flush=True)
        base = bench_baseline(app)
        tool = bench_tool(app, path, atelier_id)
    return base, tool


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    results = [one_run(app) for _ in range(runs)]

    def med(which: int, key: str) -> float:
        return statistics.median(r[which][key] for r in results)

    print(f"\nmedian of {runs} run(s)")
    print(f"{'measure':32} {'map (ms)':>10} {'baseline (ms)':>14} {'ratio':>7} {'target':>10}")
    for label, key, target in ROWS:
        tool, base = med(1, key), med(0, key)
        ratio = tool / base if base else float("inf")
        goal = f"≤{target:.0f} ms" if target else ""
        print(f"{label:32} {tool:10.1f} {base:14.1f} {ratio:7.2f} {goal:>10}")
    print(f"  scene alone (no side list): {med(1, 'open_scene_only'):.1f} ms; "
          f"repaint without legend: {med(1, 'repaint_no_legend'):.1f} ms")
    print(f"  {N_DRAG} cards dragged carry {med(1, 'drag_arrows'):.0f} arrows; baseline "
          f"with lines that stay put: step {med(0, 'drag_plain_step'):.1f} ms, "
          f"event {med(0, 'drag_plain_step_event'):.1f} ms")
    if runs > 1:
        for _label, key, _target in ROWS[:5]:
            values = ", ".join(f"{r[1][key]:.1f}/{r[0][key]:.1f}" for r in results)
            print(f"  runs of {key} (map/baseline): {values}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
