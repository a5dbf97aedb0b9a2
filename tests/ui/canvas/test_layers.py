"""The cached card and relation layers: who paints what, and no stale pixels after edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsItem

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.ui.canvas.commands import move_cards
from lieuxcommuns_desktop.ui.canvas.tool import MapTool
from lieuxcommuns_desktop.ui.document import Document
from tests.ui.canvas import sample
from tests.ui.canvas.shown import shown_map_tool

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


@pytest.fixture
def doc(notebook):
    atelier_id, _map_id, _ids = sample.build(notebook)
    document = Document(notebook)
    document.atelier_id = atelier_id  # type: ignore[attr-defined]  # a stand-in document
    return document


def _tool(qtbot, doc) -> MapTool:
    return shown_map_tool(qtbot, doc, doc.atelier_id, (1000, 700))


def _image(tool: MapTool) -> QImage:
    QApplication.processEvents()
    vp = tool.view.viewport()
    image = QImage(vp.size(), QImage.Format.Format_ARGB32_Premultiplied)
    vp.render(image)
    return image


def _differing(a: QImage, b: QImage) -> int:
    """Pixels that differ clearly (antialiased edges of partial updates may differ by a shade)."""
    count = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            if max(abs(pa.red() - pb.red()), abs(pa.green() - pb.green()),
                   abs(pa.blue() - pb.blue())) > 60:
                count += 1
    return count


def _mouse(widget, kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton) -> None:
    event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button,
                        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_cards_at_rest_are_painted_by_the_layer_selected_ones_by_themselves(qtbot, doc) -> None:
    tool = _tool(qtbot, doc)
    cards = list(tool.scene.cards.values())
    arrows = list(tool.scene.arrows.values())
    assert all(not c.live and c.flags() & NO_CONTENTS for c in cards)
    assert all(not a.live and a.item is None for a in arrows)  # relations: no item at rest
    before = _image(tool)
    cards[0].setSelected(True)
    item = tool.scene.arrow_item(arrows[0])
    assert not item.live and item.flags() & NO_CONTENTS  # made, still painted by the layer
    item.setSelected(True)
    assert cards[0].live and not cards[0].flags() & NO_CONTENTS
    assert arrows[0].live and not item.flags() & NO_CONTENTS
    assert _differing(before, _image(tool)) > 20  # selection frame, handle, thicker arrow
    tool.scene.clearSelection()
    assert not cards[0].live and not arrows[0].live
    assert _differing(before, _image(tool)) == 0  # back into the layers, same pixels
    assert arrows[0].item is None  # the unselected relation's item was dropped


def test_drag_moves_live_arrows_and_commits_on_release_only(qtbot, doc) -> None:
    tool = _tool(qtbot, doc)
    card = next(c for c in tool.scene.cards.values() if c.row.name.startswith("Régie"))
    start_pos = card.pos()
    vp = tool.view.viewport()
    start = tool.view.mapFromScene(card.pos() + QPointF(-20, 0))
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 4):
        _mouse(vp, QEvent.Type.MouseMove, start + QPoint(20 * i, 10 * i), Qt.MouseButton.NoButton)
        QApplication.processEvents()
    assert card.pos().x() > start_pos.x() + 30
    assert card.arrows and all(a.live and a.item.dragged for a in card.arrows)
    for arrow in card.arrows:  # the arrow's end follows the card while dragging
        path = arrow.path().controlPointRect()
        assert path.adjusted(-80, -30, 80, 30).contains(card.pos())
    row = records.get(doc.notebook, m.MapPlacement, card.placement_id)
    assert (row.x, row.y) == (start_pos.x(), start_pos.y())  # nothing written yet
    assert doc.undo_stack.count() == 0
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(60, 30))
    assert doc.undo_stack.count() == 1
    row = records.get(doc.notebook, m.MapPlacement, card.placement_id)
    assert (row.x, row.y) == (card.pos().x(), card.pos().y())
    assert all(not a.live for a in card.arrows)
    QApplication.processEvents()
    assert all(a.item is None for a in card.arrows)  # back to plain data in the layer


def test_layers_have_no_stale_pixels_after_edits(qtbot, doc) -> None:
    tool = _tool(qtbot, doc)
    _image(tool)  # the layer caches are filled
    card = next(c for c in tool.scene.cards.values() if c.row.name.startswith("Régie"))
    doc.run(move_cards(doc, {card.placement_id: (card.pos().x() + 300, card.pos().y() + 250)}))
    moved = _image(tool)  # a card at rest moved by a committed edit: old place repainted
    card.setSelected(True)
    tool.scene.clearSelection()
    fresh = _tool(qtbot, doc)  # a new scene of the same notebook, painted from scratch
    assert _differing(moved, _image(fresh)) < 30
    assert _differing(_image(tool), _image(fresh)) < 30
