"""Relations without items: the relation layer finds them under the mouse, in a band, moved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QToolTip

from lieuxcommuns_desktop.core.services.maps import RelationRow
from lieuxcommuns_desktop.ui.canvas.commands import move_cards
from lieuxcommuns_desktop.ui.canvas.items import RelationArrow, RelationEdge
from lieuxcommuns_desktop.ui.canvas.tool import MapTool
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.roles import Role
from tests.ui.canvas import sample
from tests.ui.canvas.shown import shown_map_tool


@pytest.fixture
def tool(qtbot, notebook):
    atelier_id, _map_id, _ids = sample.build(notebook)
    return shown_map_tool(qtbot, Document(notebook), atelier_id)


def _vp(tool: MapTool, point: QPointF) -> QPoint:
    return tool.view.mapFromScene(point)


def _clear_spot(tool: MapTool) -> tuple[RelationEdge, QPointF]:
    """A relation and a point on it where no card and no other relation lies."""
    scene = tool.scene
    for edge in scene.arrows.values():
        for t in (0.5, 0.4, 0.6, 0.3, 0.7):
            point = edge.path().pointAtPercent(t)
            near = [e for e in scene.arrows.values() if e.distance_to(point.x(), point.y()) < 22]
            if scene.card_at(point) is None and near == [edge]:
                return edge, point
    raise AssertionError("no clear spot on any relation")


def test_no_relation_item_at_rest_and_layer_finds_relations(tool: MapTool) -> None:
    scene = tool.scene
    assert not [i for i in scene.items() if isinstance(i, RelationArrow)]
    edge, point = _clear_spot(tool)
    assert scene.layer.edge_at(point) is edge
    assert scene.layer.edge_at(point + QPointF(0, 40)) in (None, *scene.arrows.values())
    off = QPointF(1e4, 1e4)
    assert scene.layer.edge_at(off) is None
    box = QRectF(point.x() - 3, point.y() - 3, 6, 6)
    assert edge in scene.layer.edges_in(box)
    assert not scene.layer.edges_in(QRectF(off, off + QPointF(5, 5)))


def test_grid_follows_a_moved_card(tool: MapTool) -> None:
    scene = tool.scene
    edge, point = _clear_spot(tool)
    card = edge.target
    doc = tool.doc
    doc.run(move_cards(doc, {card.placement_id: (card.pos().x() + 200, card.pos().y() - 150)}))
    moved = edge.path().pointAtPercent(0.5)
    assert edge.distance_to(moved.x(), moved.y()) < 1
    assert scene.layer.edge_at(moved) is edge or scene.card_at(moved) is not None
    if edge.distance_to(point.x(), point.y()) > 10:
        assert scene.layer.edge_at(point) is not edge  # not found where it was


def test_hover_tooltip_click_and_context_menu_on_a_relation(tool: MapTool, qtbot,
                                                           monkeypatch) -> None:
    scene = tool.scene
    edge, point = _clear_spot(tool)
    vp = tool.view.viewport()
    spot = _vp(tool, point)
    help_event = QHelpEvent(QEvent.Type.ToolTip, spot, vp.mapToGlobal(spot))
    QApplication.sendEvent(vp, help_event)
    assert edge.target.row.name in QToolTip.text()
    assert edge.item is None  # a tooltip needs no item
    QTest.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, spot)
    assert edge.item is not None and edge.item.isSelected() and edge.live
    assert scene.selected_arrows() == [edge.item]
    QTest.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _vp(tool, QPointF(2000, 2000)))  # the background: selection cleared
    QApplication.processEvents()
    assert edge.item is None and not scene.selectedItems()
    seen = []
    monkeypatch.setattr(tool, "exec_menu", lambda menu, *a: seen.append(
        [act.text() for act in menu.actions()]))
    QTest.mouseClick(vp, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, spot)
    QApplication.sendEvent(vp, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, spot,
                                                 vp.mapToGlobal(spot)))
    assert seen and "Supprimer la relation" in seen[-1]
    assert edge.item is not None and edge.item.isSelected()


def test_rubber_band_selects_relations_and_cards(tool: MapTool) -> None:
    scene = tool.scene
    edge, point = _clear_spot(tool)
    vp = tool.view.viewport()
    *_, ux, uy, _heads = edge.geometry()
    across = QPointF(-uy * 9, ux * 9)  # off the relation's click band, on either side
    assert scene.card_at(point + across) is None and scene.card_at(point - across) is None
    start, end = _vp(tool, point + across), _vp(tool, point - across)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    assert scene.mouseGrabberItem() is None  # on the background: a rubber band
    for i in range(1, 5):
        p = start + (end - start) * (i / 4)
        QApplication.sendEvent(vp, QMouseEvent(
            QEvent.Type.MouseMove, QPointF(p), QPointF(vp.mapToGlobal(p)),
            Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
        QApplication.processEvents()
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    QApplication.processEvents()
    assert scene.selected_arrows() == [edge.item]
    # a band around a whole card selects the card and the relations it crosses
    card = edge.source
    box = card.sceneBoundingRect().adjusted(-10, -10, 10, 10)
    scene.clearSelection()
    start, end = _vp(tool, box.topLeft()), _vp(tool, box.bottomRight())
    assert scene.card_at(box.topLeft()) is None
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QApplication.sendEvent(vp, QMouseEvent(
        QEvent.Type.MouseMove, QPointF(end), QPointF(vp.mapToGlobal(end)),
        Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    QApplication.processEvents()
    assert card in scene.selected_cards()
    assert any(a.edge in card.arrows for a in scene.selected_arrows())
    # relations the band met without selecting them lost their items again
    assert all(e.item is None or e.item.isSelected() for e in scene.arrows.values())


def test_edge_geometry_and_hits() -> None:
    """The click band of an edge is the item's shape: 5 units each side of the segment."""

    class _Card:
        def __init__(self, x: float, y: float) -> None:
            self.arrows: set = set()
            self._pos = QPointF(x, y)

        def pos(self) -> QPointF:
            return self._pos

    row = RelationRow("r", "a", "b", "cooperation", "", False)
    edge = RelationEdge(row, _Card(0, 0), _Card(400, 0))  # type: ignore[arg-type]  # minimal card stand-ins
    x0, y0, x1, y1, *_ = edge.geometry()
    assert 0 < x0 < x1 < 400 and y0 == y1 == 0  # clipped at the card boxes
    assert edge.hits(200, 4.9) and not edge.hits(200, 5.5)
    assert not edge.hits(x0 - 10, 0)  # inside the source card: not the relation
    item = RelationArrow(edge)
    assert item.shape().contains(QPointF(200, 4.5))
    assert not item.shape().contains(QPointF(200, 6))
    beside_head, off_head = QPointF(x1 - 10, 8), QPointF(x1 - 10, 14)
    assert edge.hits(beside_head.x(), beside_head.y()) and item.shape().contains(beside_head)
    assert not edge.hits(off_head.x(), off_head.y()) and not item.shape().contains(off_head)
    lines, heads = edge.strokes()
    assert len(lines) == 1 and len(heads) == 1  # one way: one head, at the target


def test_side_list_marks_placed_acteurs_when_painted(tool: MapTool) -> None:
    listing = tool.acteur_list
    placed = [listing.item(i) for i in range(listing.count())
              if listing.item(i).data(Role.ID) in tool.scene.by_acteur]
    assert placed
    option = QStyleOptionViewItem()
    listing.itemDelegate().initStyleOption(option, listing.indexFromItem(placed[0]))
    assert option.font.italic()
    assert "Déjà sur la carte" in listing.tooltip_of(placed[0])


def test_segment_cells_holds_every_cell_the_segment_crosses() -> None:
    import math
    import random

    from lieuxcommuns_desktop.ui.canvas.layers import segment_cells

    rng = random.Random(7)
    for _ in range(300):
        x0, y0, x1, y1 = (rng.uniform(-600, 600) for _ in range(4))
        if rng.random() < 0.2:
            x1 = x0  # vertical
        cells = set(segment_cells(x0, y0, x1, y1, 128.0))
        for k in range(2001):  # dense samples all fall in listed cells
            x, y = x0 + (x1 - x0) * k / 2000, y0 + (y1 - y0) * k / 2000
            assert (math.floor(x / 128), math.floor(y / 128)) in cells
        assert len(cells) <= abs(math.floor(x1 / 128) - math.floor(x0 / 128)) \
            + abs(math.floor(y1 / 128) - math.floor(y0 / 128)) + 1  # no extra cell
