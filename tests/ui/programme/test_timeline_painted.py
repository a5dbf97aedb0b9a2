"""The painted timeline answers the mouse, the keyboard, tooltips and assistive
technologies from its layout, as the one-item-per-block scene did."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QToolTip

from lieuxcommuns_desktop.core.model import Atelier
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.programme.page import ProgrammePage
from lieuxcommuns_desktop.ui.programme.timeline_scene import FILLS, HELD, LABEL_WIDTH
from tests.core.programme_sample import TODAY, Sample, build


@pytest.fixture
def page(qtbot, s: Sample) -> ProgrammePage:
    widget = ProgrammePage(Document(s.nb), today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    qtbot.waitExposed(widget)
    widget.timeline.zoom.setCurrentIndex(widget.timeline.zoom.findData("month"))
    return widget


def in_view(page: ProgrammePage, atelier_id: str) -> QPoint:
    """The block's centre in viewport pixels, the block scrolled clear of the lane names."""
    view = page.timeline.view
    view.select_block(atelier_id)
    return view.mapFromScene(page.timeline.scene.block_rect(atelier_id).center())


def test_hit_testing_finds_every_block_and_nothing_between(page: ProgrammePage,
                                                           s: Sample) -> None:
    scene = page.timeline.scene
    bar = page.timeline.view.horizontalScrollBar()
    bar.setValue(bar.minimum())  # no block behind the lane names
    for key in ("u1", "u2", "u3", "u4", "e1", "e2"):
        rect = scene.block_rect(s[key])
        assert scene.block_at(rect.center()) == s[key]
        assert scene.block_at(rect.topLeft() + QPointF(1, 1)) == s[key]
        assert scene.block_at(QPointF(rect.center().x(), rect.top() - 2)) is None
    gap = QPointF(scene.geometry.x(dt.date(2025, 4, 15)), scene.block_rect(s["u2"]).center().y())
    assert scene.block_at(gap) is None


def test_lane_names_cover_the_blocks_scrolled_behind_them(page: ProgrammePage,
                                                          s: Sample) -> None:
    view, scene = page.timeline.view, page.timeline.scene
    rect = scene.block_rect(s["u2"])
    # Scroll so that u2 sits under the pinned column of lane names.
    view.horizontalScrollBar().setValue(
        view.horizontalScrollBar().value() + view.mapFromScene(rect.center()).x() - 60)
    under = view.mapToScene(QPoint(60, view.mapFromScene(rect.center()).y()))
    assert scene.block_at(under) is None
    assert scene.tooltip_at(under) == "Urbanisme transitoire"
    # Chosen by keyboard, the block comes out from behind the names.
    view.select_block(s["u2"])
    assert view.mapFromScene(scene.block_rect(s["u2"]).topLeft()).x() >= LABEL_WIDTH


def test_tooltips_of_blocks_today_and_lanes(qtbot, page: ProgrammePage, s: Sample) -> None:
    scene, view = page.timeline.scene, page.timeline.view
    text = scene.tooltip_at(scene.block_rect(s["e2"]).center())
    assert text.splitlines() == ["Atelier e2", "15/07/2025 · Prévu", "Salle e2",
                                 "Hors de toutes les phases du programme"]
    today = QPointF(scene.geometry.x(TODAY), scene.layout.bottom - 3)
    assert scene.tooltip_at(today) == "Aujourd'hui"
    # Through the viewport, as a hovering mouse asks.
    point = in_view(page, s["u3"])
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    view.viewportEvent(event)
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text().startswith("Atelier u3")
    QToolTip.hideText()


def test_a_click_selects_a_block_and_elsewhere_clears(qtbot, page: ProgrammePage,
                                                      s: Sample) -> None:
    view, scene = page.timeline.view, page.timeline.scene
    point = in_view(page, s["u3"])
    scene.select(None)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert scene.selected_id() == s["u3"]
    assert "Atelier u3" in view.accessibleDescription()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point + QPoint(0, 60))
    assert scene.selected_id() is None
    assert view.accessibleDescription() == ""
    with qtbot.waitSignal(page.atelierRequested) as opened:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == [s["u3"]]


def test_keyboard_walks_lanes_and_says_where_it_is(qtbot, page: ProgrammePage,
                                                   s: Sample) -> None:
    view, scene = page.timeline.view, page.timeline.scene
    view.setFocus()
    walk = []
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Right,
                Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Down,
                Qt.Key.Key_Right, Qt.Key.Key_Up):
        qtbot.keyClick(view, key)
        walk.append(scene.selected_id())
    u1, u2, u3, u4, e1, e2 = (s[k] for k in ("u1", "u2", "u3", "u4", "e1", "e2"))
    # Left at the first block stays; the last block of a lane stays; Down goes to the
    # water lane's block closest in time (u4 in October: e2 in July); the empty
    # nature lane is never reached; Up comes back to Urbanisme's closest block.
    assert walk == [u1, u1, u2, u3, u4, u4, e2, e2, e2, u3]
    assert view.accessibleDescription().startswith("Atelier u3 — 20/05/2025")
    assert e1 not in walk


def test_a_dragged_block_follows_the_mouse_by_whole_days(qtbot, page: ProgrammePage,
                                                         s: Sample) -> None:
    view, scene = page.timeline.view, page.timeline.scene
    per_day = scene.geometry.per_day
    start = in_view(page, s["u2"])
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(round(per_day * 5.4), 0))
    assert scene.blocks_layer.drag_offset == pytest.approx(5 * per_day)
    # Painted where it is dragged (the scene's painting, not an item's position).
    shot = view.viewport().grab().toImage()
    moved = start + QPoint(round(5 * per_day), 0)
    # Below the label's text, inside the block's fill.
    assert QColor(shot.pixel(moved + QPoint(0, 9))) == QColor(FILLS[HELD])
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton,
                       pos=start + QPoint(round(per_day * 5.4), 0))
    assert records.get(s.nb, Atelier, s["u2"]).date == dt.date(2025, 3, 15)
    assert scene.blocks_layer.drag_offset == 0


def test_the_undated_list_shows_only_when_it_has_ateliers(page: ProgrammePage,
                                                          s: Sample) -> None:
    from lieuxcommuns_desktop.core.services import programme

    panel = page.timeline
    assert panel.undated_box.isVisibleTo(page)
    programme.move_atelier(s.nb, s["e3"], dt.date(2025, 4, 1))
    panel.refresh()
    assert not panel.undated_box.isVisibleTo(page)
    assert s["e3"] in panel.scene.blocks


def test_a_very_long_lane_name_is_elided_and_whole_in_its_tooltip(
    qtbot, tmp_path: Path
) -> None:
    from lieuxcommuns_desktop.core.model import Thematique

    sample = build(tmp_path / "long.lieux")
    long_name = "Expédition " + "très " * 58 + "longue"
    records.update(sample.nb, Thematique, sample["U"], name=long_name)
    widget = ProgrammePage(Document(sample.nb), today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    qtbot.waitExposed(widget)
    scene = widget.timeline.scene
    lane = scene.layout.lanes[0]
    assert lane.text.endswith("…") and len(lane.text) < len(long_name)
    assert scene.header_metrics.horizontalAdvance(lane.text) <= LABEL_WIDTH - 12
    assert scene.tooltip_at(lane.rect.center()) == long_name
    sample.nb.close()


def test_the_pointer_shows_a_block_can_be_dragged(qtbot, page: ProgrammePage, s: Sample) -> None:
    view = page.timeline.view
    point = in_view(page, s["u3"])
    qtbot.mouseMove(view.viewport(), point)
    assert view.viewport().cursor().shape() == Qt.CursorShape.SizeHorCursor
    qtbot.mouseMove(view.viewport(), point + QPoint(0, 60))
    assert view.viewport().cursor().shape() != Qt.CursorShape.SizeHorCursor


def test_the_legend_names_every_status(page: ProgrammePage) -> None:
    legend = page.timeline.legend
    assert legend.accessibleName() == "Brouillon, Prévu, Tenu, Annulé"
    assert legend.isVisibleTo(page) and legend.width() >= legend.sizeHint().width()


def test_by_collectivite_the_keys_stay_in_the_lane_of_the_selected_block(
    qtbot, page: ProgrammePage, s: Sample
) -> None:
    # An atelier has a block in the lane of every collectivité taking part: the keys
    # move along the lane the user is in, not the atelier's first lane.
    page.timeline.lanes.setCurrentIndex(1)  # Arcueil, Bréval, Cergy, Dammarie
    view, scene = page.timeline.view, page.timeline.scene
    view.setFocus()
    walk = []
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Down,
                Qt.Key.Key_Up, Qt.Key.Key_Up):
        qtbot.keyClick(view, key)
        walk.append((scene.selected_id(), scene.selected_lane))
    u1, u2, e1 = s["u1"], s["u2"], s["e1"]
    assert walk == [(u1, 0), (u1, 1), (u2, 1), (e1, 2), (u1, 1), (u1, 0)]
    # The frame is drawn on the block of the selected lane.
    assert scene.selected_placement() is scene.placements[(u1, 0)]
    assert scene.block_rect(u1) == scene.placements[(u1, 0)].rect


def test_a_click_selects_the_block_of_the_lane_clicked(qtbot, page: ProgrammePage,
                                                       s: Sample) -> None:
    page.timeline.lanes.setCurrentIndex(1)
    view, scene = page.timeline.view, page.timeline.scene
    breval = scene.placements[(s["u2"], 1)]
    view.ensureVisible(breval.rect, 200, 20)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(breval.rect.center()))
    assert (scene.selected_id(), scene.selected_lane) == (s["u2"], 1)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert (scene.selected_id(), scene.selected_lane) == (s["u3"], 1)


def test_remembered_widths_and_elisions_are_the_metrics_own(qtbot) -> None:
    from PySide6.QtGui import QFont, QFontMetricsF

    from lieuxcommuns_desktop.ui.programme.text_widths import TextWidths

    font = QFont()
    font.setPointSizeF(9.0)
    metrics, widths = QFontMetricsF(font), TextWidths(font)
    long_title = "Atelier de la métropole sur l'urbanisme transitoire " * 3
    for text in ("Atelier 1", "", "مرحبا بالعالم", long_title):
        assert widths.width(text) == metrics.horizontalAdvance(text)
        assert widths.width(text) == metrics.horizontalAdvance(text)  # remembered
        for room in (20.0, 80.0, 400.0):
            expected = text if metrics.horizontalAdvance(text) <= room else \
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            assert widths.elided(text, room) == expected
            assert widths.elided(text, room) == expected
    bigger = QFont(font)
    bigger.setPointSizeF(14.0)
    assert TextWidths(bigger).width("Atelier 1") > widths.width("Atelier 1")
