"""The programme page through its real widgets: timeline, membership grid, dashboard, phases."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from lieuxcommuns_desktop.core.enums import ExpeditionRole, PhaseKind
from lieuxcommuns_desktop.core.model import Atelier, Membership
from lieuxcommuns_desktop.core.services import programme_views, records
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.programme.grid import consequences_text
from lieuxcommuns_desktop.ui.programme.page import ProgrammePage
from lieuxcommuns_desktop.ui.programme.timeline_scene import HELD, status_group
from tests.core.programme_sample import TODAY, Sample


@pytest.fixture
def page(qtbot, s: Sample) -> ProgrammePage:
    doc = Document(s.nb)
    widget = ProgrammePage(doc, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def atelier_date(s: Sample, key: str) -> dt.date | None:
    return records.get(s.nb, Atelier, s[key]).date


def test_timeline_lanes_blocks_undated_and_outside_phases(page: ProgrammePage, s: Sample) -> None:
    scene = page.timeline.scene
    assert [lane.name for lane in scene.timeline.lanes] == [
        "Urbanisme transitoire", "Gestion de l'eau", "Espaces naturels"]
    # Every dated atelier is a block, at the x of its date.
    assert set(scene.blocks) == {s[k] for k in ("u1", "u2", "u3", "u4", "e1", "e2")}
    u2 = scene.block_rect(s["u2"])
    assert u2.left() == pytest.approx(scene.geometry.x(dt.date(2025, 3, 10)))
    # Blocks of the same lane never overlap; lanes do not share rows.
    rects = [scene.block_rect(s[k]) for k in ("u1", "u2", "u3", "u4")]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    assert scene.block_rect(s["e1"]).top() > max(r.bottom() for r in rects)
    # The undated atelier is listed beside, not lost; e2 falls between the phases.
    assert [page.timeline.undated.item(i).text()
            for i in range(page.timeline.undated.count())] == ["Atelier e3"]
    assert page.timeline.outside.isVisibleTo(page)
    assert "1" in page.timeline.outside.text()
    assert scene.blocks[s["e2"]].block.outside_phases
    assert status_group(scene.blocks[s["u1"]].block, TODAY) == HELD


def test_lanes_by_collectivite(page: ProgrammePage, s: Sample) -> None:
    page.timeline.lanes.setCurrentIndex(1)
    lanes = page.timeline.scene.timeline.lanes
    assert [lane.name for lane in lanes] == ["Arcueil", "Bréval", "Cergy", "Dammarie"]
    arcueil = next(lane for lane in lanes if lane.name == "Arcueil")
    assert {b.id for b in arcueil.blocks} == {s[k] for k in ("u1", "u2", "u3", "u4", "e1")}


def test_drag_moves_an_atelier_in_one_undo_step(qtbot, page: ProgrammePage, s: Sample) -> None:
    view, scene = page.timeline.view, page.timeline.scene
    per_day = scene.geometry.per_day
    rect = scene.block_rect(s["u2"])
    view.ensureVisible(rect)
    start = view.mapFromScene(rect.center())
    end = start + QPoint(round(per_day * 10), 25)  # ten days later; the lane stays
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(view.viewport(), start + (end - start) * step / 5)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert atelier_date(s, "u2") == dt.date(2025, 3, 20)
    stack = page.doc.undo_stack
    assert stack.count() == 1
    # Redrawn from the data: the block sits at its new date, in its lane.
    moved = page.timeline.scene.block_rect(s["u2"])
    assert moved.left() == pytest.approx(scene.geometry.x(dt.date(2025, 3, 20)))
    assert moved.top() == pytest.approx(rect.top())
    stack.undo()
    assert atelier_date(s, "u2") == dt.date(2025, 3, 10)
    stack.redo()
    assert atelier_date(s, "u2") == dt.date(2025, 3, 20)


def test_keyboard_selects_moves_and_opens(qtbot, page: ProgrammePage, s: Sample) -> None:
    view = page.timeline.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # first block of the first lane
    assert page.timeline.scene.selected_id() == s["u1"]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert page.timeline.scene.selected_id() == s["u2"]
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the water lane's block closest in time
    assert page.timeline.scene.selected_id() == s["e1"]
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert atelier_date(s, "e1") == dt.date(2025, 2, 2)
    qtbot.keyClick(view, Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert atelier_date(s, "e1") == dt.date(2025, 2, 9)
    assert page.doc.undo_stack.count() == 2
    assert page.timeline.scene.selected_id() == s["e1"]  # still selected after the redraw
    with qtbot.waitSignal(page.atelierRequested) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [s["e1"]]


def test_zoom_changes_the_scale(page: ProgrammePage) -> None:
    scales = []
    for index in range(page.timeline.zoom.count()):
        page.timeline.zoom.setCurrentIndex(index)
        scales.append(page.timeline.scene.geometry.per_day)
    assert scales == sorted(scales, reverse=True) and len(set(scales)) == 3


def test_membership_grid_shows_roles_absence_and_attendance(
    page: ProgrammePage, s: Sample
) -> None:
    page.panel("grid")
    model = page.grid.roles
    names = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    expeditions = [model.headerData(c, Qt.Orientation.Horizontal)
                   for c in range(model.columnCount())]
    assert expeditions == ["Urbanisme transitoire", "Gestion de l'eau", "Espaces naturels"]
    grid = programme_views.membership_grid(s.nb, today=TODAY)
    cell = {(names[r].lstrip("⚠ "), expeditions[c]): model.data(model.index(r, c))
            for r in range(model.rowCount()) for c in range(model.columnCount())}
    assert cell[("Arcueil", "Urbanisme transitoire")].startswith("Pilote")
    assert cell[("Dammarie", "Gestion de l'eau")] == "Second cercle"
    assert cell[("Cergy", "Urbanisme transitoire")] == "—"
    # Whoever the read model flags absent is flagged in the grid, and only they.
    flagged = {k for k, v in cell.items() if v.endswith("⚠")}
    names_by_id, exp_by_id = dict(grid.collectivites), dict(grid.expeditions)
    assert flagged == {(names_by_id[c], exp_by_id[t]) for c, t in grid.absent}
    assert flagged  # the sample has one: Bréval stopped coming to Urbanisme
    # Attendance of the chosen expedition: members × its dated ateliers.
    page.grid.expedition.setCurrentIndex(0)
    attendance = page.grid.attendance
    assert attendance.rowCount() == 2 and attendance.columnCount() == 4
    arcueil_u1 = attendance.data(attendance.index(0, 0))
    assert arcueil_u1 == str(grid.present(s["A"], s["u1"]))


def test_roles_change_join_and_leave_with_a_question(
    page: ProgrammePage, s: Sample, monkeypatch
) -> None:
    panel = page.grid
    page.panel("grid")
    assert panel.set_role(s["C"], s["U"], ExpeditionRole.SECOND_CERCLE)
    assert panel.roles.grid.role(s["C"], s["U"]) == ExpeditionRole.SECOND_CERCLE
    assert panel.set_role(s["C"], s["U"], ExpeditionRole.PILOTE)
    assert panel.roles.grid.role(s["C"], s["U"]) == ExpeditionRole.PILOTE
    asked: list[str] = []

    def answer(_parent, _title, text, *_args, **_kwargs):  # the user's answer, mocked
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not panel.set_role(s["B"], s["U"], None)  # asked, the user said no
    assert "Bréval" in asked[0] and "Urbanisme transitoire" in asked[0]
    assert panel.roles.grid.role(s["B"], s["U"]) is not None
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    assert panel.set_role(s["B"], s["U"], None)
    assert panel.roles.grid.role(s["B"], s["U"]) is None
    page.doc.undo_stack.undo()
    assert panel.roles.grid.role(s["B"], s["U"]) == ExpeditionRole.PARTICIPANTE
    members = records.all_of(s.nb, Membership)
    assert len({(m.collectivite_id, m.thematique_id) for m in members}) == len(members)


def test_consequences_are_said_in_plain_words(s: Sample) -> None:
    from lieuxcommuns_desktop.core.services import programme

    plan = programme.leave_consequences(s.nb, s["B"], s["U"], today=TODAY)
    text = consequences_text("Bréval", "Urbanisme transitoire", plan)
    assert "Bréval" in text and "atelier" in text
    assert len(text.splitlines()) == 1 + sum(
        bool(x) for x in (plan.withdrawn, plan.kept, plan.hosting))


def test_dashboard_figures(page: ProgrammePage, s: Sample) -> None:
    page.panel("dashboard")
    data = programme_views.dashboard(s.nb, today=TODAY)
    panel = page.dashboard
    assert panel.next_list.count() == len(data.next_ateliers)
    assert panel.next_list.item(0).text().endswith(data.next_ateliers[0].title)
    table = panel.actions_table
    rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}
    for count in data.actions:
        if count.name:
            assert rows[count.name] == (str(count.open), str(count.overdue))
    assert panel.chart.points == data.evaluations
    assert panel.means.count() == len(data.evaluations) == 2


def test_phases_are_edited_and_a_wrong_range_refused(
    page: ProgrammePage, s: Sample, qtbot
) -> None:
    panel = page.phases
    page.panel("phases")
    assert panel.list.count() == 2
    errors: list[str] = []
    page.doc.error.connect(errors.append)
    panel.list.setCurrentRow(0)
    panel.end.setDate(panel.start.date().addDays(-3))
    panel.save.click()
    assert errors and "Rien n'a été modifié" in errors[0]
    panel.kind.setCurrentIndex(panel.kind.findData(PhaseKind.MISE_EN_TEST))
    panel.title.setText("Deuxième cohorte")
    panel.start.setDate(panel.start.date().addYears(2))
    panel.end.setDate(panel.start.date().addMonths(6))
    panel.add.click()
    assert panel.list.count() == 3
    assert any("Deuxième cohorte" in panel.list.item(i).text() for i in range(3))
    # The timeline follows: the new phase is a band of the next rebuild.
    page.panel("timeline")
    assert len(page.timeline.scene.timeline.phases) == 3


def test_page_fits_a_small_screen(page: ProgrammePage) -> None:
    # Beside the navigation tree (about 240 px) on a 1024×768 screen.
    for key in ("timeline", "grid", "dashboard", "phases", "sheet"):
        page.panel(key)
        hint = page.minimumSizeHint()
        assert hint.width() <= 1024 - 240 and hint.height() <= 768 - 120, (key, hint)


def test_tabs_are_built_when_first_shown_and_refreshed_when_stale(
    page: ProgrammePage, s: Sample
) -> None:
    assert set(page._panels) == {"timeline"}  # noqa: SLF001 - the laziness is the point
    grid = page.grid
    assert page.tabs.currentWidget() is grid.parentWidget()
    page.panel("timeline")
    # An edit while the grid is hidden reaches it when it is shown again.
    from lieuxcommuns_desktop.core.services import programme

    programme.change_role(s.nb, grid.roles.grid.cells[(s["A"], s["U"])].membership_id,
                          ExpeditionRole.SECOND_CERCLE)
    assert grid.roles.grid.role(s["A"], s["U"]) == ExpeditionRole.PILOTE
    page.panel("grid")
    assert grid.roles.grid.role(s["A"], s["U"]) == ExpeditionRole.SECOND_CERCLE


def test_first_sight_shows_the_whole_programme_when_a_scale_allows(
    qtbot, s: Sample
) -> None:
    doc = Document(s.nb)
    page = ProgrammePage(doc, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1900, 700)  # wide enough for the sample's 18 months at some scale
    page.show()
    qtbot.waitExposed(page)
    panel = page.timeline
    qtbot.waitUntil(lambda: panel.zoom.currentData() != "quarter" or panel.scene.sceneRect()
                    .width() <= panel.view.viewport().width())
    assert panel.scene.sceneRect().width() <= panel.view.viewport().width() + 1
    # A scale the user chose is kept.
    panel.zoom.setCurrentIndex(panel.zoom.findData("month"))
    panel.zoom.activated.emit(panel.zoom.currentIndex())
    panel.fit_zoom()
    assert panel.zoom.currentData() == "month"
