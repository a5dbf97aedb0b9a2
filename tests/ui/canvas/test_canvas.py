"""The map tool with real widgets, a real notebook file and real mouse events."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QMouseEvent,
    QWheelEvent,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsView

from lieuxcommuns_desktop.core import map_layout as ml
from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import ActeurCategory, MapLayout, RelationKind
from lieuxcommuns_desktop.core.services import maps, records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.ui.canvas import export
from lieuxcommuns_desktop.ui.canvas.commands import move_cards
from lieuxcommuns_desktop.ui.canvas.tool import MapTool
from lieuxcommuns_desktop.ui.canvas.view import ACTEUR_MIME
from lieuxcommuns_desktop.ui.commands import delete_command
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.roles import Role
from tests.ui.canvas import sample
from tests.ui.canvas.shown import shown_map_tool

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def tool(qtbot, notebook):
    atelier_id, _map_id, ids = sample.build(notebook)
    widget = shown_map_tool(qtbot, Document(notebook), atelier_id)
    widget.ids = ids  # type: ignore[attr-defined]  # test bookkeeping on the widget
    yield widget
    if widget.projector is not None:
        widget.projector.close()


def _vp(tool: MapTool, scene_point: QPointF) -> QPoint:
    return tool.view.mapFromScene(scene_point)


def _mouse(widget, kind: QEvent.Type, pos: QPoint, button=Qt.MouseButton.LeftButton,
           buttons=Qt.MouseButton.LeftButton) -> None:
    """Send a mouse event with the buttons held (QTest.mouseMove does not hold them)."""
    global_pos = widget.mapToGlobal(pos)
    event = QMouseEvent(kind, QPointF(pos), QPointF(global_pos), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def _drag(tool: MapTool, start: QPoint, end: QPoint, steps: int = 5) -> None:
    vp = tool.view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        _mouse(vp, QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def _card_of(tool: MapTool, name_start: str):
    return next(c for c in tool.scene.cards.values() if c.row.name.startswith(name_start))


def test_drag_card_undo_redo_reopen(tool: MapTool, notebook_path: Path) -> None:
    card = _card_of(tool, "Régie de quartier")
    start_scene = card.pos()
    start = _vp(tool, start_scene + QPointF(-20, 0))
    seen = []
    tool.doc.changed.connect(seen.append)
    _drag(tool, start, start + QPoint(80, 40))
    moved = card.pos()
    assert moved.x() > start_scene.x() + 40 and moved.y() > start_scene.y() + 20
    assert len(seen) == 1  # committed once, on release
    assert tool.doc.undo_stack.count() == 1
    row = records.get(tool.doc.notebook, m.MapPlacement, card.placement_id)
    assert (row.x, row.y) == (moved.x(), moved.y())

    tool.doc.undo_stack.undo()
    assert card.pos() == start_scene
    row = records.get(tool.doc.notebook, m.MapPlacement, card.placement_id)
    assert (row.x, row.y) == (start_scene.x(), start_scene.y())
    tool.doc.undo_stack.redo()
    assert card.pos() == moved

    placement_id = card.placement_id
    tool.doc.notebook.close()
    reopened = Notebook.open(notebook_path)
    try:
        row = records.get(reopened, m.MapPlacement, placement_id)
        assert (row.x, row.y) == (moved.x(), moved.y())
    finally:
        reopened.close()


def test_multi_card_drag_is_one_step(tool: MapTool) -> None:
    cards = [_card_of(tool, n) for n in ("Régie", "Conseil citoyen", "Fondation")]
    for c in cards:
        c.setSelected(True)
    before = {c.placement_id: c.pos() for c in cards}
    seen = []
    tool.doc.changed.connect(seen.append)
    start = _vp(tool, cards[0].pos() + QPointF(-20, 0))
    _drag(tool, start, start + QPoint(0, 60))
    assert tool.doc.undo_stack.count() == 1
    assert len(seen) == 1 and seen[0].ids("map_placement") == set(before)
    assert all(c.pos().y() > before[c.placement_id].y() for c in cards)
    tool.doc.undo_stack.undo()
    assert all(c.pos() == before[c.placement_id] for c in cards)


def test_draw_relation_with_handle_and_change_kind(tool: MapTool) -> None:
    a, b = _card_of(tool, "École"), _card_of(tool, "Conseil citoyen")
    before = len(tool.scene.arrows)
    tool.kind_combo.setCurrentIndex(tool.kind_combo.findData(RelationKind.INFORMATION.value))
    QTest.mouseClick(tool.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, _vp(tool, a.pos()))
    assert a.isSelected()
    handle = _vp(tool, a.mapToScene(a.handle_center()))
    _drag(tool, handle, _vp(tool, b.pos()))
    assert len(tool.scene.arrows) == before + 1
    assert a.pos() == QPointF(*a.committed_pos())  # the card itself did not move
    arrow = next(x for x in tool.scene.arrows.values() if x.source is a and x.target is b)
    assert arrow.row.kind == RelationKind.INFORMATION.value
    assert arrow.kind_pen().style() == Qt.PenStyle.CustomDashLine

    menu = tool.build_context_menu(QPointF(), tool.scene.arrow_item(arrow))
    type_menu = menu.actions()[0].menu()
    conflict = next(act for act in type_menu.actions() if act.text() == "Conflit / tension")
    conflict.trigger()
    rel = records.get(tool.doc.notebook, m.Relation, arrow.relation_id)
    assert rel.kind is RelationKind.CONFLIT
    assert tool.scene.arrows[arrow.relation_id].row.kind == "conflit"
    tool.doc.undo_stack.undo()
    assert records.get(tool.doc.notebook, m.Relation, arrow.relation_id).kind \
        is RelationKind.INFORMATION


def test_relation_mode_and_delete(tool: MapTool) -> None:
    a, b = _card_of(tool, "Riverains"), _card_of(tool, "Bailleur")
    tool.act_link.trigger()
    assert tool.scene.relation_mode
    _drag(tool, _vp(tool, a.pos()), _vp(tool, b.pos()))
    arrow = next(x for x in tool.scene.arrows.values() if x.source is a and x.target is b)
    tool.act_link.trigger()
    tool.scene.clearSelection()
    tool.scene.arrow_item(arrow).setSelected(True)
    tool.delete_selection()
    assert arrow.relation_id not in tool.scene.arrows
    assert records.find(tool.doc.notebook, m.Relation, arrow.relation_id) is None
    tool.doc.undo_stack.undo()
    assert arrow.relation_id in tool.scene.arrows


def test_switch_layout_and_undo(tool: MapTool) -> None:
    card = _card_of(tool, "Ville")
    before = card.pos()
    index = tool.layout_combo.findData(MapLayout.POWER_INTEREST.value)
    tool.layout_combo.setCurrentIndex(index)
    tool.layout_combo.activated.emit(index)
    assert tool.scene.layout is MapLayout.POWER_INTEREST
    assert ml.zone_of(MapLayout.POWER_INTEREST, card.pos().x(), card.pos().y()) == "acteurs_cles"
    assert tool.doc.undo_stack.count() == 1
    tool.doc.undo_stack.undo()
    assert tool.scene.layout is MapLayout.ONION
    assert tool.layout_combo.currentData() == MapLayout.ONION.value
    assert card.pos() == before


def test_export_png_and_svg(tool: MapTool, tmp_path: Path) -> None:
    next(iter(tool.scene.cards.values())).setSelected(True)  # a live card has a device cache
    modes = {c: c.cacheMode() for c in tool.scene.cards.values()}
    assert set(modes.values()) == {QGraphicsItem.CacheMode.NoCache,
                                   QGraphicsItem.CacheMode.DeviceCoordinateCache}
    png = tool.export_to(tmp_path / "carte.png", 900)
    image = QImage(str(png))
    assert not image.isNull()
    assert (image.width(), image.height()) == (900, export.height_for(900))
    colours = {image.pixelColor(x, y).name() for x in range(0, 590, 7) for y in range(0, 590, 7)}
    assert len(colours) > 8  # a drawn map, not a blank page
    svg = tool.export_to(tmp_path / "carte.svg", 1200)
    root = ET.parse(svg).getroot()
    texts = " ".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith("text"))
    for name in ("Conseil citoyen", "Régie de quartier", "Fondation de", "Catégories"):
        assert name in texts
    for label in (r[3] for r in sample.RELATIONS if r[3]):  # every relation, item or not
        assert label in texts
    assert tool.scene.cards  # the scene survived the export untouched
    assert {c: c.cacheMode() for c in tool.scene.cards.values()} == modes  # caches restored


def test_cli_export(tmp_path: Path, notebook: Notebook) -> None:
    sample.build(notebook)
    path = str(notebook.path)
    notebook.close()
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "LIEUXCOMMUNS_LANG": "fr",
           "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    out = tmp_path / "cli.svg"
    cmd = [sys.executable, "-m", "lieuxcommuns_desktop", "map", path,
           "--atelier", "friche des tanneries", "-o", str(out), "--width", "800"]
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Conseil citoyen" in out.read_text(encoding="utf-8")
    png = tmp_path / "cli.png"
    cmd[cmd.index(str(out))] = str(png)
    done = subprocess.run([*cmd, "--map", "AUJOURD'HUI"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert QImage(str(png)).size().width() == 800
    bad = subprocess.run([*cmd[:5], "--atelier", "inconnu", "-o", str(png)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1 and "introuvable" in bad.stderr


def test_drop_from_list_and_inline_new_acteur(tool: MapTool, qtbot) -> None:
    extra = records.create(tool.doc.notebook, m.Acteur, name="Tiers-lieu La Fabrique",
                           category=ActeurCategory.ASSOCIATIONS)
    QApplication.processEvents()
    assert any(tool.acteur_list.item(i).data(Role.ID) == extra.id
               for i in range(tool.acteur_list.count()))
    data = QMimeData()
    data.setData(ACTEUR_MIME, extra.id.encode())
    target = _vp(tool, QPointF(-420, 420))
    args = (Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPointF(target), *args)
    QApplication.sendEvent(tool.view.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(tool.view.viewport(), QDragMoveEvent(QPointF(target), *args))
    QApplication.sendEvent(tool.view.viewport(), QDropEvent(QPointF(target), *args))
    card = tool.scene.by_acteur[extra.id]
    assert abs(card.pos().x() + 420) < 5 and abs(card.pos().y() - 420) < 5

    # double-click on empty background: inline name + category
    spot = _vp(tool, QPointF(420, -440))
    QTest.mouseDClick(tool.view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, spot)
    editor = tool.inline_editor
    assert editor.isVisible()
    editor.category.setCurrentIndex(editor.category.findData(ActeurCategory.FINANCEURS.value))
    QTest.keyClicks(editor.name, "Fonds r")
    editor.name.insert("égional 🌱")  # QTest types ASCII only
    QTest.keyClick(editor.name, Qt.Key.Key_Return)
    assert not editor.isVisible()
    new = next(c for c in tool.scene.cards.values() if c.row.name == "Fonds régional 🌱")
    assert new.row.category == "financeurs"
    assert tool.acteur_list.findItems("Fonds régional 🌱", Qt.MatchFlag.MatchExactly)
    tool.doc.undo_stack.undo()
    assert new.placement_id not in tool.scene.cards
    assert records.count(tool.doc.notebook, m.Acteur,
                         name="Fonds régional 🌱") == 0  # undo removes the acteur too
    tool.doc.undo_stack.redo()
    assert any(c.row.name == "Fonds régional 🌱" for c in tool.scene.cards.values())


def test_hard_input_and_deletion_elsewhere(tool: MapTool) -> None:
    nb = tool.doc.notebook
    long_name = "Association " + "très " * 56 + "longue"
    assert len(long_name) >= 290
    names = [long_name, "مجلس الحي — conseil de quartier", "Collectif 🌳🐝 Les Abeilles"]
    special = records.create_many(nb, [m.Acteur(name=n, category=ActeurCategory.HABITANTS)
                                       for n in names])
    pile = records.create_many(nb, [m.Acteur(name=f"Habitant·e {i}",
                                             category=ActeurCategory.HABITANTS)
                                    for i in range(60)])
    maps.place_acteurs(nb, tool.scene.map_id,
                       [(a.id, -100 + 150 * i, 450) for i, a in enumerate(special)]
                       + [(a.id, 300, 300) for a in pile])
    QApplication.processEvents()
    size = None
    for a in special:
        card = tool.scene.by_acteur[a.id]
        size = size or card.boundingRect().size()
        assert card.boundingRect().size() == size  # long names never grow a card
        first, second = card._text(False)  # noqa: SLF001 - the card's two text lines, not exposed
        assert len(first) + len(second) < 60
        assert a.name in card.tooltip_text()
    tool.view.viewport().grab()  # renders without error
    tool.spread_overlapping()
    spots = {(tool.scene.by_acteur[a.id].pos().x(), tool.scene.by_acteur[a.id].pos().y())
             for a in pile}
    assert len(spots) == 60
    assert all(abs(x) <= ml.SPAN and abs(y) <= ml.SPAN for x, y in spots)

    # an acteur deleted elsewhere (the notebook page) takes its card and arrows away
    victim = _card_of(tool, "Collectif La Friche")
    arrows = [a.relation_id for a in victim.arrows]
    assert arrows
    tool.doc.run(delete_command(tool.doc, m.Acteur, [victim.acteur_id], "Supprimer"))
    assert victim.placement_id not in tool.scene.cards
    assert not set(arrows) & set(tool.scene.arrows)
    assert all(victim not in (a.source, a.target) for a in tool.scene.arrows.values())
    tool.view.viewport().grab()
    tool.doc.undo_stack.undo()
    assert set(arrows) <= set(tool.scene.arrows)


def test_remove_from_map_keeps_acteur(tool: MapTool) -> None:
    card = _card_of(tool, "Café")
    tool.scene.clearSelection()
    card.setSelected(True)
    tool.view.setFocus()
    QTest.keyClick(tool.view, Qt.Key.Key_Delete)
    assert card.placement_id not in tool.scene.cards
    assert records.find(tool.doc.notebook, m.Acteur, card.acteur_id) is not None
    tool.doc.undo_stack.undo()
    assert card.placement_id in tool.scene.cards
    restored = tool.scene.cards[card.placement_id]
    assert restored.arrows  # its relation came back with it


def test_align_distribute_nudge(tool: MapTool) -> None:
    cards = [_card_of(tool, n) for n in ("Régie", "Conseil citoyen", "Fondation")]
    for c in cards:
        c.setSelected(True)
    tool.align("left")
    lefts = {round(c.pos().x(), 6) for c in cards}
    assert len(lefts) == 1
    tool.distribute("v")
    ys = sorted(c.pos().y() for c in cards)
    assert abs((ys[1] - ys[0]) - (ys[2] - ys[1])) < 1e-6
    before = [c.pos() for c in cards]
    tool.view.setFocus()
    QTest.keyClick(tool.view, Qt.Key.Key_Right)
    assert [c.pos().x() for c in cards] == [p.x() + 10 for p in before]
    assert tool.doc.undo_stack.count() == 3


def test_navigation_zoom_fit_pan(tool: MapTool) -> None:
    view = tool.view
    vp = view.viewport()
    fitted = view.current_scale()
    center = vp.rect().center()
    wheel = QWheelEvent(QPointF(center), QPointF(vp.mapToGlobal(center)), QPoint(0, 0),
                        QPoint(0, 240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    under = view.mapToScene(center)
    QApplication.sendEvent(vp, wheel)
    assert view.current_scale() > fitted * 1.2
    after = view.mapToScene(center)
    assert abs(after.x() - under.x()) < 3 and abs(after.y() - under.y()) < 3  # around cursor
    h = view.horizontalScrollBar().value()
    _mouse(vp, QEvent.Type.MouseButtonPress, center, Qt.MouseButton.MiddleButton,
           Qt.MouseButton.MiddleButton)
    _mouse(vp, QEvent.Type.MouseMove, center + QPoint(-50, 0), Qt.MouseButton.NoButton,
           Qt.MouseButton.MiddleButton)
    _mouse(vp, QEvent.Type.MouseButtonRelease, center + QPoint(-50, 0),
           Qt.MouseButton.MiddleButton, Qt.MouseButton.NoButton)
    assert view.horizontalScrollBar().value() == h + 50
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert abs(view.current_scale() - fitted) < 1e-6
    tool.set_legend_visible(False)
    assert not view.legend_visible
    assert view.dragMode() == QGraphicsView.DragMode.RubberBandDrag


def test_projector_shares_the_scene(tool: MapTool) -> None:
    projector = tool.open_projector()
    assert projector is not None and projector.isVisible()
    assert projector.view.scene() is tool.scene
    assert projector.view.large and not projector.view.isInteractive()
    card = _card_of(tool, "Régie")
    tool.doc.run(move_cards(tool.doc, {card.placement_id: (12.0, 34.0)}))
    assert projector.view.mapFromScene(QPointF(12, 34)) == projector.view.mapFromScene(card.pos())
    image = projector.grab()
    assert not image.isNull()
    projector.close()
    assert tool.projector is None


def test_maps_create_copy_rename_delete(tool: MapTool, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    first = tool.map_id
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Demain", True))
    tool.copy_map()
    assert tool.map_combo.count() == 2 and tool.scene.title == "Demain"
    assert len(tool.scene.cards) == 20 and len(tool.scene.arrows) == len(sample.RELATIONS)
    copy_id = tool.map_id
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Demain (hypothèse)", True))
    tool.rename_map()
    assert tool.map_combo.currentText() == "Demain (hypothèse)"
    tool.delete_map(confirm=False)
    assert tool.map_combo.count() == 1 and tool.map_id == first
    tool.doc.undo_stack.undo()  # the map comes back with its cards
    assert tool.map_combo.count() == 2
    tool.map_combo.setCurrentIndex(tool.map_combo.findData(copy_id))
    assert tool.map_id == copy_id and len(tool.scene.cards) == 20
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Vide", True))
    tool.new_map()
    assert tool.map_combo.count() == 3 and not tool.scene.cards


def test_empty_atelier_shows_create_button(qtbot, notebook) -> None:
    atelier = records.create(notebook, m.Atelier, title="Sans carte")
    widget = MapTool(Document(notebook), atelier.id)
    qtbot.addWidget(widget)
    assert widget.stack.currentIndex() == 0 and widget.scene is None
    assert not widget.act_png.isEnabled()
    widget.create_map("Première")
    assert widget.stack.currentIndex() == 1 and widget.scene.title == "Première"


def test_wrap_two_lines_never_overflows(qtbot) -> None:
    from PySide6.QtGui import QFontMetricsF

    from lieuxcommuns_desktop.ui.canvas import style
    from lieuxcommuns_desktop.ui.canvas.items import wrap_two_lines

    metrics = QFontMetricsF(style.font(13))
    for name in ("Court", "Établissement public foncier de la région", "x" * 300,
                 "مجلس الحي — conseil de quartier", "Anticonstitutionnellement long"):
        first, second = wrap_two_lines(name, metrics, 100)
        assert first
        assert metrics.horizontalAdvance(first) <= 100
        assert metrics.horizontalAdvance(second) <= 100
    assert wrap_two_lines("Court", metrics, 100) == ("Court", "")


def test_arrow_double_click_and_context_menu(tool: MapTool, monkeypatch) -> None:
    from lieuxcommuns_desktop.ui.canvas.dialogs import RelationDialog

    a, b = _card_of(tool, "Riverains"), _card_of(tool, "Collectif La Friche")
    arrow = next(x for x in tool.scene.arrows.values() if x.source is a and x.target is b)
    path = arrow.path()
    mid = path.pointAtPercent(0.3)
    assert arrow.item is None  # at rest a relation is data painted by the layer
    # The layer finds it; it gets an item to act on; the hit test the context menu uses.
    item = tool.scene._top_item(mid)  # noqa: SLF001
    assert item is arrow.item and item.relation_id == arrow.relation_id

    def fake_exec(dialog: RelationDialog) -> bool:
        dialog.label.setText("nuisances sonores")
        dialog.two_way.setChecked(True)
        dialog.reverse.setChecked(True)
        return True

    monkeypatch.setattr(RelationDialog, "exec", fake_exec)
    QTest.mouseDClick(tool.view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, _vp(tool, mid))
    rel = records.get(tool.doc.notebook, m.Relation, arrow.relation_id)
    assert (rel.label, rel.two_way, rel.source_id) == ("nuisances sonores", True, b.acteur_id)
    assert tool.doc.undo_stack.count() == 1
    seen = []
    monkeypatch.setattr(tool, "exec_menu", lambda menu, *a: seen.append(
        [act.text() for act in menu.actions()]))
    tool.scene.contextMenuRequested.emit(mid, QPoint(0, 0), tool.scene._top_item(mid))  # noqa: SLF001
    assert "Supprimer la relation" in seen[-1]
