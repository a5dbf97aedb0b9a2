"""The experiments page with real widgets: sheet, measures, status, chart, comparison,
and *En faire une expérimentation* from the notes view and live mode's feed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import ExperimentationStatus as S
from lieuxcommuns_desktop.core.enums import NoteKind
from lieuxcommuns_desktop.core.services import experiments as ex
from lieuxcommuns_desktop.core.services import experiments_views as views
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.tool_kinds import seed_id
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.experiments.dialogs import MeasureDialog, StatusDialog
from tests.ui.experiments.shown import shown_page

D = dt.date


@pytest.fixture
def world(tmp_path: Path):
    nb = Notebook.create(tmp_path / "carnet.lieux", title="Programme")
    lead = records.create(nb, m.Collectivite, name="Montreuil")
    other = records.create(nb, m.Collectivite, name="Pantin")
    atelier = records.create(nb, m.Atelier, title="Le parc", collectivite_id=lead.id)
    note = records.create(nb, m.Note, atelier_id=atelier.id, kind=NoteKind.DECISION,
                          text="Comité d'usagers du parc")
    exp = ex.create_from_note(nb, note.id, today=D(2026, 3, 1)).created("experimentation")[0]
    ex.edit(nb, exp, tool_kind_id=seed_id("implication_habitants"))
    ind = ex.add_indicator(nb, exp, "Usagers", "personnes", 0, 15).created("indicator")[0]
    for month, value in ((4, 5), (5, 9), (6, 12)):
        ex.add_value(nb, ind, D(2026, month, 28), value)
    other_exp = ex.create(nb, "Comité de bassin", collectivite_id=other.id,
                          tool_kind_id=seed_id("implication_habitants"),
                          today=D(2026, 3, 1)).created("experimentation")[0]
    doc = Document(nb)
    yield doc, {"exp": exp, "other": other_exp, "note": note.id, "atelier": atelier.id,
                "indicator": ind}
    doc.undo_stack.clear()
    nb.close()


def test_the_sheet_shows_origin_indicators_and_a_chart(qtbot, world) -> None:
    doc, ids = world
    page = shown_page(qtbot, doc)
    assert page.select(ids["exp"])
    detail = page.detail
    assert detail.heading.text() == "Comité d'usagers du parc"
    assert "atelier « Le parc »" in detail.origin.text()
    assert "supprimée" not in detail.origin.text()
    detail.tabs.setCurrentIndex(1)
    assert detail.indicators.rowCount() == 1
    assert detail.indicators.item(0, 3).text() == "80\u00a0%"
    chart = detail.chart
    points, target_y, _base = chart.points(chart.rect().toRectF().adjusted(10, 10, -10, -10))
    assert len(points) == 3 and target_y is not None
    assert points[0].x() < points[1].x() < points[2].x()
    assert points[2].y() < points[0].y()  # 12 is drawn higher than 5
    assert target_y < points[2].y()  # the target (15) is above the last value
    assert "3 mesures" in chart.accessibleDescription()
    assert not chart.grab().isNull()
    # The origin is deleted: the sheet keeps the text and says so.
    records.delete(doc.notebook, m.Note, ids["note"])
    assert "origine supprimée" in detail.origin.text()
    assert "Comité d'usagers du parc" in detail.origin.text()


def test_a_bad_measure_keeps_the_dialog_open_and_writes_nothing(qtbot, world) -> None:
    doc, ids = world
    page = shown_page(qtbot, doc)
    page.select(ids["exp"])
    indicator = page.detail.current_indicator()
    dialog = MeasureDialog(doc, indicator, page)
    qtbot.addWidget(dialog)
    dialog.value.setText("douze")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog) and "n'est pas un nombre" in dialog.error.text()
    assert dialog.result() == 0 and doc.undo_stack.count() == 0
    assert records.count(doc.notebook, m.IndicatorValue) == 3
    dialog.value.setText("14,5")
    dialog.accept()
    assert dialog.result() == 1 and records.count(doc.notebook, m.IndicatorValue) == 4
    assert page.detail.indicators.item(0, 1).text().startswith("14,5")
    doc.undo_stack.undo()
    assert records.count(doc.notebook, m.IndicatorValue) == 3


def test_status_dialog_offers_only_allowed_moves_and_records_the_reason(qtbot, world) -> None:
    doc, ids = world
    page = shown_page(qtbot, doc)
    page.select(ids["exp"])
    dialog = StatusDialog(doc, ids["exp"], S.ENVISAGEE, page)
    qtbot.addWidget(dialog)
    offered = [dialog.status.itemData(i) for i in range(dialog.status.count())]
    assert offered == list(ex.allowed_statuses(S.ENVISAGEE))
    dialog.status.setCurrentIndex(offered.index(S.ABANDONNEE))
    dialog.accept()  # no reason: refused, the dialog stays
    assert dialog.result() == 0 and "pourquoi" in dialog.error.text()
    dialog.status.setCurrentIndex(offered.index(S.EN_COURS))
    dialog.reason.setPlainText("Le bureau municipal valide")
    dialog.accept()
    assert views.page(doc.notebook, ids["exp"]).status is S.EN_COURS
    assert page.detail.summary.text().startswith("En cours")
    assert "Le bureau municipal valide" in page.detail.transitions.item(1).text()


def test_editing_the_title_is_one_undo_step_and_an_empty_title_is_refused(qtbot, world) -> None:
    doc, ids = world
    page = shown_page(qtbot, doc)
    page.select(ids["exp"])
    errors: list[str] = []
    doc.error.connect(errors.append)
    title = page.detail.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Comite des Tilleuls")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert views.page(doc.notebook, ids["exp"]).title == "Comite des Tilleuls"
    assert page.model.rows[[r.id for r in page.model.rows].index(ids["exp"])].title == \
        "Comite des Tilleuls"
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert errors and "vide" in errors[-1]
    assert title.text() == "Comite des Tilleuls"  # put back as it is on disk
    doc.undo_stack.undo()
    assert views.page(doc.notebook, ids["exp"]).title == "Comité d'usagers du parc"


def test_new_and_delete_from_the_list(qtbot, world) -> None:
    doc, _ids = world
    page = shown_page(qtbot, doc)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 3
    assert page.detail.title.hasFocus() or page.detail.title.text() == "Nouvelle expérimentation"
    new_id = page.current_id()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 2 and records.find(doc.notebook, m.Experimentation,
                                                       new_id) is None
    doc.undo_stack.undo()
    assert page.model.rowCount() == 3


def test_comparison_sets_experiments_of_one_kind_side_by_side(qtbot, world) -> None:
    doc, _ids = world
    page = shown_page(qtbot, doc)
    page.tabs.setCurrentWidget(page.comparison)
    table = page.comparison.table
    assert page.comparison.kind.currentText().startswith("Implication des habitants (2)")
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["Montreuil", "Pantin"]
    assert "Usagers : 12\u00a0personnes" in table.item(0, 4).text()


def test_page_fits_beside_the_navigation_and_every_focusable_widget_is_named(qtbot,
                                                                              world) -> None:
    doc, ids = world
    page = shown_page(qtbot, doc)
    page.select(ids["exp"])
    hint = page.minimumSizeHint()
    assert hint.width() <= 1024 - 260 and hint.height() <= 768 - 110
    for child in page.findChildren(QWidget):
        if child.focusPolicy() != Qt.FocusPolicy.NoFocus and child.isVisibleTo(page):
            assert child.objectName(), child
            assert child.accessibleName(), child.objectName()


def test_en_faire_une_experimentation_from_the_notes_view(qtbot, world) -> None:
    from lieuxcommuns_desktop.ui.notes.widget import NotesTool

    doc, ids = world
    tool = NotesTool(doc, ids["atelier"])
    qtbot.addWidget(tool)
    tool.show()
    assert not tool.experiment_button.isEnabled()  # no note chosen yet
    assert tool.select_note(ids["note"])
    assert tool.experiment_button.isEnabled()
    created: list[str] = []
    tool.to_experiment.created.connect(created.append)
    qtbot.mouseClick(tool.experiment_button, Qt.MouseButton.LeftButton)
    assert len(created) == 1
    assert "page Expérimentations" in tool.experiment_done.text()
    page = views.page(doc.notebook, created[0])
    assert page.origins[0].text == "Comité d'usagers du parc" and not page.origins[0].removed
    assert page.ateliers[0].title == "Le parc"
    doc.undo_stack.undo()
    assert views.page(doc.notebook, created[0]) is None


def test_live_mode_feed_offers_the_action_window_wide(qtbot, world) -> None:
    from lieuxcommuns_desktop.ui.live.window import LiveWindow

    doc, ids = world
    window = LiveWindow(doc, ids["atelier"])
    qtbot.addWidget(window)
    window.show()
    action = window.to_experiment.action
    assert action.shortcut().toString() == "Ctrl+Shift+X"
    assert action in window.feed.actions()
    assert window.feed.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert window.feed.select_note(ids["note"]) and action.isEnabled()
    before = records.count(doc.notebook, m.Experimentation)
    # Window-wide: live mode's note entry keeps the focus, the shortcut still reaches it.
    assert action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    action.trigger()
    assert records.count(doc.notebook, m.Experimentation) == before + 1


def test_partners_are_ticked_in_one_undo_step(qtbot, world) -> None:
    from lieuxcommuns_desktop.ui.experiments.dialogs import PartnersDialog

    doc, ids = world
    page = shown_page(qtbot, doc)
    page.select(ids["exp"])
    data = page.detail.data
    everyone = [(c.id, c.name) for c in records.all_of(doc.notebook, m.Collectivite)]
    dialog = PartnersDialog(doc, data.id, data.lead_id, set(data.partner_ids), everyone, page)
    qtbot.addWidget(dialog)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["Pantin"]
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert views.page(doc.notebook, ids["exp"]).partners == ("Pantin",)
    assert page.detail.partners.text() == "Pantin"
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert views.page(doc.notebook, ids["exp"]).partners == ()
