"""Deleting an indicator, a measure and a milestone from the experiment sheet, and
linking review ateliers: real widgets on a real notebook, one undo step each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import AtelierLinkRole, NoteKind
from lieuxcommuns_desktop.core.errors import LieuxError
from lieuxcommuns_desktop.core.services import experiments as ex
from lieuxcommuns_desktop.core.services import experiments_views as views
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.printing.kit import write_kit
from lieuxcommuns_desktop.printing.options import KitOptions
from lieuxcommuns_desktop.ui.document import Document
from tests.ui.experiments.shown import shown_detail

D = dt.date


@pytest.fixture
def world(tmp_path: Path):
    nb = Notebook.create(tmp_path / "carnet.lieux", title="Programme")
    lead = records.create(nb, m.Collectivite, name="Montreuil")
    born = records.create(nb, m.Atelier, title="Lancement", collectivite_id=lead.id,
                          date=D(2026, 3, 1))
    review = records.create(nb, m.Atelier, title="Bilan d'étape", collectivite_id=lead.id,
                            date=D(2026, 9, 1))
    note = records.create(nb, m.Note, atelier_id=born.id, kind=NoteKind.DECISION,
                          text="Comité d'usagers du parc")
    exp = ex.create_from_note(nb, note.id, today=D(2026, 3, 1)).created("experimentation")[0]
    ind = ex.add_indicator(nb, exp, "Usagers", "personnes", 0, 15).created("indicator")[0]
    for month, value in ((4, 5), (5, 9), (6, 12)):
        ex.add_value(nb, ind, D(2026, month, 28), value)
    ex.add_indicator(nb, exp, "Réunions", "", 0, 10)
    ex.add_milestone(nb, exp, "Premier bilan", D(2026, 12, 1))
    ex.add_milestone(nb, exp, "Charte signée", D(2027, 2, 1))
    doc = Document(nb)
    yield doc, {"exp": exp, "indicator": ind, "born": born.id, "review": review.id}
    doc.undo_stack.clear()
    nb.close()


def _answer(monkeypatch, yes: bool) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_deleting_an_indicator_with_measures_asks_then_is_one_undo_step(
        qtbot, world, monkeypatch) -> None:
    doc, ids = world
    detail = shown_detail(qtbot, doc, ids["exp"])
    detail.tabs.setCurrentIndex(1)
    detail.indicators.setCurrentCell(0, 0)
    assert detail.measures.count() == 3
    asked = _answer(monkeypatch, yes=False)
    qtbot.mouseClick(detail.remove_indicator, Qt.MouseButton.LeftButton)
    assert asked and "Usagers" in asked[0] and "3 mesure" in asked[0]
    assert records.count(doc.notebook, m.Indicator) == 2  # refused: nothing lost
    asked = _answer(monkeypatch, yes=True)
    qtbot.mouseClick(detail.remove_indicator, Qt.MouseButton.LeftButton)
    assert records.count(doc.notebook, m.Indicator) == 1
    assert records.count(doc.notebook, m.IndicatorValue) == 0
    assert detail.indicators.rowCount() == 1
    assert detail.indicators.item(0, 0).text() == "Réunions"
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert records.count(doc.notebook, m.IndicatorValue) == 3
    assert [i.name for i in views.page(doc.notebook, ids["exp"]).indicators] == \
        ["Usagers", "Réunions"]
    assert detail.indicators.rowCount() == 2


def test_an_indicator_without_measures_goes_without_a_question(qtbot, world,
                                                               monkeypatch) -> None:
    doc, ids = world
    detail = shown_detail(qtbot, doc, ids["exp"])
    detail.tabs.setCurrentIndex(1)
    detail.indicators.setCurrentCell(1, 0)
    asked = _answer(monkeypatch, yes=False)
    assert detail.delete_indicator()
    assert not asked and records.count(doc.notebook, m.Indicator) == 1


def test_deleting_a_measure_by_keyboard_is_one_undo_step(qtbot, world) -> None:
    doc, ids = world
    detail = shown_detail(qtbot, doc, ids["exp"])
    detail.tabs.setCurrentIndex(1)
    detail.indicators.setCurrentCell(0, 0)
    # Newest first: the June measure is at the top and chosen.
    assert detail.measures.item(0).text().startswith("28/06/2026 : 12")
    detail.measures.setCurrentRow(1)  # May, 9
    detail.measures.setFocus()
    qtbot.keyClick(detail.measures, Qt.Key.Key_Delete)
    values = [v.value for v in views.page(doc.notebook, ids["exp"]).indicators[0].values]
    assert values == [5.0, 12.0]
    assert detail.measures.count() == 2
    assert len(detail.chart.points(detail.chart.rect().toRectF())[0]) == 2
    doc.undo_stack.undo()
    values = [v.value for v in views.page(doc.notebook, ids["exp"]).indicators[0].values]
    assert values == [5.0, 9.0, 12.0] and detail.measures.count() == 3
    doc.undo_stack.redo()
    assert records.count(doc.notebook, m.IndicatorValue) == 2


def test_deleting_a_milestone_is_one_undo_step(qtbot, world) -> None:
    doc, ids = world
    detail = shown_detail(qtbot, doc, ids["exp"])
    detail.tabs.setCurrentIndex(2)
    detail.milestones.setCurrentCell(1, 0)
    qtbot.mouseClick(detail.remove_milestone, Qt.MouseButton.LeftButton)
    assert [x.title for x in views.page(doc.notebook, ids["exp"]).milestones] == \
        ["Premier bilan"]
    assert detail.milestones.rowCount() == 1
    doc.undo_stack.undo()
    assert detail.milestones.rowCount() == 2
    assert detail.milestones.item(1, 0).text() == "Charte signée"


def test_read_only_notebook_offers_no_deletion(qtbot, world, tmp_path) -> None:
    doc, ids = world
    path = doc.notebook.path
    doc.close()
    nb = Notebook.open(path, readonly=True)
    ro = Document(nb)
    try:
        detail = shown_detail(qtbot, ro, ids["exp"])
        assert not detail.remove_indicator.isEnabled()
        assert not detail.remove_measure.isEnabled()
        assert not detail.remove_milestone.isEnabled()
        assert not detail.ateliers_button.isEnabled()
        assert not detail.delete_measure()
    finally:
        ro.close()


def test_linking_a_review_atelier_shows_in_the_sheet_and_the_atelier_outputs(
        qtbot, world, tmp_path) -> None:
    doc, ids = world
    detail = shown_detail(qtbot, doc, ids["exp"])
    assert "Lancement (origine)" in detail.ateliers.text()
    dialog = detail.review_dialog(
        [(ids["born"], "Lancement"), (ids["review"], "Bilan d'étape")], set(), {ids["born"]})
    qtbot.addWidget(dialog)
    born_item, review_item = dialog.list.item(0), dialog.list.item(1)
    assert not born_item.flags() & Qt.ItemFlag.ItemIsEnabled  # the origin is not undone here
    review_item.setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert "Bilan d'étape (revue)" in detail.ateliers.text()
    reviewed = views.for_atelier(doc.notebook, ids["review"])
    assert [(e.title, e.role) for e in reviewed] == \
        [("Comité d'usagers du parc", AtelierLinkRole.REVUE)]
    assert doc.undo_stack.count() == 1
    # The review atelier's minutes (kit PDF) now cite the experiment.
    minutes = write_kit(doc.notebook, ids["review"], tmp_path / "bilan.pdf",
                        KitOptions(documents=("minutes",)))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(minutes).pages).split())
    assert "« Comité d'usagers du parc » — suivie lors de cet atelier" in text
    # Unlinking through the same dialog, then undo puts the link back.
    dialog = detail.review_dialog([(ids["born"], "Lancement"), (ids["review"], "Bilan")],
                                  {ids["review"]}, {ids["born"]})
    qtbot.addWidget(dialog)
    assert dialog.list.item(1).checkState() == Qt.CheckState.Checked
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    assert views.for_atelier(doc.notebook, ids["review"]) == []
    assert "revue" not in detail.ateliers.text()
    doc.undo_stack.undo()
    assert len(views.for_atelier(doc.notebook, ids["review"])) == 1
    doc.undo_stack.undo()
    assert views.for_atelier(doc.notebook, ids["review"]) == []


def test_a_second_review_link_to_the_same_atelier_is_refused(world) -> None:
    doc, ids = world
    nb = doc.notebook
    edit = ex.link_atelier(nb, ids["exp"], ids["review"])
    with pytest.raises(LieuxError) as refused:
        ex.link_atelier(nb, ids["exp"], ids["review"])
    assert "déjà lié" in refused.value.message
    assert len(edit.created("experimentation_atelier")) == 1
    gone = ex.unlink_atelier(nb, ids["exp"], ids["review"])
    assert len(gone.deleted("experimentation_atelier")) == 1
    # The origin link is not touched by unlinking a review.
    assert ex.unlink_atelier(nb, ids["exp"], ids["born"]).deleted(
        "experimentation_atelier") == []
    ex.undo(nb, gone)
    assert [e.role for e in views.for_atelier(nb, ids["review"])] == [AtelierLinkRole.REVUE]
