"""The map in a small window (1024×768) and on the projector: legend, fit, text sizes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from lieuxcommuns_desktop.core import map_spacing
from lieuxcommuns_desktop.core.enums import MapLayout
from lieuxcommuns_desktop.core.services import maps
from lieuxcommuns_desktop.ui.canvas import labels
from lieuxcommuns_desktop.ui.canvas.items import TEXT_LOD
from lieuxcommuns_desktop.ui.canvas.projector import ProjectorWindow
from lieuxcommuns_desktop.ui.canvas.tool import MapTool
from lieuxcommuns_desktop.ui.document import Document
from tests.ui.canvas import sample

#: The map tool's size in the main window on a 1024×768 screen (navigation at the left,
#: menus, the atelier's heading and tabs, two toolbars above it).
SMALL = (735, 590)
#: The same on a 1366×768 screen.
WIDE = (1000, 540)


def _tool(qtbot, notebook, size) -> MapTool:
    atelier_id, _map_id, _ids = sample.build(notebook)
    tool = MapTool(Document(notebook), atelier_id)
    qtbot.addWidget(tool)
    tool.resize(*size)
    tool.show()
    qtbot.waitExposed(tool)
    tool.fit()
    return tool


def _card_rects_on_screen(tool: MapTool) -> list[QRectF]:
    view = tool.view
    return [view.mapFromScene(c.sceneBoundingRect()).boundingRect().toRectF()
            for c in tool.scene.cards.values()]


@pytest.mark.parametrize("size", [SMALL, WIDE, (1400, 900)])
def test_legend_never_covers_a_card_at_fit(qtbot, notebook, size) -> None:
    tool = _tool(qtbot, notebook, size)
    legend = tool.view.legend_rect()
    assert not legend.isEmpty()
    covered = [r for r in _card_rects_on_screen(tool) if r.intersects(legend)]
    assert covered == []
    viewport = QRectF(tool.view.viewport().rect())
    assert all(viewport.contains(r) for r in _card_rects_on_screen(tool))  # all cards seen


def test_folded_legend_opens_on_click(qtbot, notebook) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    tool = _tool(qtbot, notebook, SMALL)
    view = tool.view
    assert view.legend_folded
    chip = view.legend_rect()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     chip.center().toPoint())
    assert view.legend_opened and view.legend_rect().height() > chip.height() * 4
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     chip.center().toPoint())
    assert not view.legend_opened


def test_layout_switch_fits_the_new_layout_without_piled_cards(qtbot, notebook) -> None:
    tool = _tool(qtbot, notebook, SMALL)
    tool.view.zoom_by(3.0)  # the user zoomed in before switching
    tool.layout_combo.setCurrentIndex(tool.layout_combo.findData(MapLayout.POWER_INTEREST.value))
    tool.layout_combo.activated.emit(tool.layout_combo.currentIndex())
    assert tool.scene.layout is MapLayout.POWER_INTEREST
    shown = tool.view.mapToScene(tool.view.viewport().rect()).boundingRect()
    assert shown.contains(tool.view.fit_target().adjusted(1, 1, -1, -1))
    points = [(c.pos().x(), c.pos().y()) for c in tool.scene.cards.values()]
    assert map_spacing.overlaps(points) == []
    tool.view.zoom_by(2.0)
    tool.doc.undo_stack.undo()  # back to the onion: framed whole again
    assert tool.scene.layout is MapLayout.ONION
    shown = tool.view.mapToScene(tool.view.viewport().rect()).boundingRect()
    assert shown.contains(tool.view.fit_target().adjusted(1, 1, -1, -1))


def test_card_text_is_at_least_eight_pixels_at_fit(qtbot, notebook) -> None:
    tool = _tool(qtbot, notebook, SMALL)
    scale = tool.view.current_scale()
    assert scale >= TEXT_LOD  # names are drawn at fit
    assert labels.card_px(scale, False) * scale >= 7.9
    card = next(iter(tool.scene.cards.values()))
    # The card's two text lines, not exposed.
    first, _second = card._text(False, labels.card_px(scale, False))  # noqa: SLF001
    assert first  # wrapped at the size drawn


def _label_pixels(tool: MapTool, view, edge) -> int:
    """Pixels of the label's box that change when the label is removed (as painted)."""
    px = labels.label_px(view.current_scale(), view.large)
    box = view.mapFromScene(edge.label_rect(px)).boundingRect()
    with_label = view.viewport().grab().toImage()
    text = edge.row.label
    maps.update_relation(tool.doc.notebook, edge.relation_id, label="")
    tool.scene.apply_changes(_changes(edge.relation_id))
    without = view.viewport().grab().toImage()
    maps.update_relation(tool.doc.notebook, edge.relation_id, label=text)
    tool.scene.apply_changes(_changes(edge.relation_id))
    count = 0
    for x in range(max(0, box.left()), min(with_label.width(), box.right())):
        for y in range(max(0, box.top()), min(with_label.height(), box.bottom())):
            a, b = QColor(with_label.pixel(x, y)), QColor(without.pixel(x, y))
            if abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) > 120:
                count += 1
    return count


def test_relation_label_is_drawn_on_the_editor_at_1366(qtbot, notebook) -> None:
    tool = _tool(qtbot, notebook, WIDE)
    edge = next(e for e in tool.scene.arrows.values() if e.row.label == "appel à projets")
    maps.update_relation(tool.doc.notebook, edge.relation_id, label="appel à projets 2026")
    tool.scene.apply_changes(_changes(edge.relation_id))
    assert tool.view.current_scale() < 0.6
    assert labels.label_px(tool.view.current_scale(), False) * tool.view.current_scale() >= 8.9
    assert _label_pixels(tool, tool.view, edge) > 60
    tool.scene.arrow_item(edge).setSelected(True)  # selected: the arrow draws its own label
    assert edge.live
    assert _label_pixels(tool, tool.view, edge) > 60


def _changes(relation_id: str):
    from lieuxcommuns_desktop.core.services.notebook import ChangeSet

    changes = ChangeSet()
    changes.add("updated", "relation", relation_id)
    return changes


def test_projector_labels_are_large_enough_for_the_back_of_the_room(qtbot, notebook) -> None:
    tool = _tool(qtbot, notebook, WIDE)
    projector = ProjectorWindow(tool.scene)
    qtbot.addWidget(projector)
    projector.resize(1024, 768)  # a projector's usual resolution
    projector.show()
    qtbot.waitExposed(projector)
    view = projector.view
    view.fit_map()
    scale = view.current_scale()
    on_wall = labels.label_px(scale, True) * scale
    assert on_wall >= labels.MIN_PROJECTOR_LABEL_SCREEN_PX >= 18
    assert on_wall > labels.label_px(tool.view.current_scale(), False) * tool.view.current_scale()
    edge = next(e for e in tool.scene.arrows.values() if e.row.label == "appel à projets")
    assert _label_pixels(tool, view, edge) > 100
    projector.close()
