"""Correcting a measured value from the experiment sheet: Enter (or the button) on a
measure opens it filled in; a bad value keeps the dialog open; one undo step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.services import experiments as ex
from lieuxcommuns_desktop.core.services import experiments_views as views
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.experiments.dialogs import MeasureDialog
from tests.ui.experiments.shown import shown_detail

D = dt.date


@pytest.fixture
def world(tmp_path: Path):
    nb = Notebook.create(tmp_path / "carnet.lieux", title="Programme")
    exp = ex.create(nb, "Comité d'usagers du parc", today=D(2026, 3, 1)) \
        .created("experimentation")[0]
    ind = ex.add_indicator(nb, exp, "Usagers", "personnes", 0, 15).created("indicator")[0]
    for month, value in ((4, 5), (5, 9), (6, 12)):
        ex.add_value(nb, ind, D(2026, month, 28), value, f"réunion de {month}")
    doc = Document(nb)
    yield doc, exp
    doc.undo_stack.clear()
    nb.close()


def _detail(qtbot, doc, exp_id):
    detail = shown_detail(qtbot, doc, exp_id)
    detail.tabs.setCurrentIndex(1)
    detail.indicators.setCurrentCell(0, 0)
    return detail


def _values(doc, exp_id) -> list[tuple[dt.date, float, str]]:
    return [(v.date, v.value, v.comment)
            for v in views.page(doc.notebook, exp_id).indicators[0].values]


def test_enter_on_a_measure_corrects_it_in_one_undo_step(qtbot, world) -> None:
    doc, exp_id = world
    detail = _detail(qtbot, doc, exp_id)
    detail.measures.setCurrentRow(1)  # newest first: May, 9
    assert detail.edit_measure.isEnabled()
    seen: list[tuple[str, str, QDate, str]] = []

    def correct() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MeasureDialog)
        seen.append((dialog.windowTitle(), dialog.value.text(), dialog.date.date(),
                     dialog.comment.text()))
        dialog.value.setText("10,5")
        dialog.accept()

    QTimer.singleShot(0, correct)
    detail.measures.setFocus()
    qtbot.keyClick(detail.measures, Qt.Key.Key_Return)
    assert seen == [("Modifier la mesure", "9", QDate(2026, 5, 28), "réunion de 5")]
    assert _values(doc, exp_id)[1] == (D(2026, 5, 28), 10.5, "réunion de 5")
    assert detail.measures.item(1).text().startswith("28/05/2026 : 10,5")
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Modifier la mesure"
    doc.undo_stack.undo()
    assert _values(doc, exp_id)[1] == (D(2026, 5, 28), 9.0, "réunion de 5")
    assert records.count(doc.notebook, m.IndicatorValue) == 3


@pytest.mark.parametrize(("value", "day", "words"), [
    ("douze", QDate(2026, 5, 28), "n'est pas un nombre"),
    ("3e6", QDate(2026, 5, 28), "hors des limites"),
    ("9", QDate.currentDate().addDays(2), "futur"),
])
def test_a_bad_correction_keeps_the_dialog_open_and_changes_nothing(
        qtbot, world, value, day, words) -> None:
    doc, exp_id = world
    detail = _detail(qtbot, doc, exp_id)
    detail.measures.setCurrentRow(1)
    before = _values(doc, exp_id)
    dialog = detail.measure_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.value.setText(value)
    dialog.date.setDate(day)
    dialog.accept()
    assert dialog.result() == 0 and dialog.error.isVisibleTo(dialog)
    assert words in dialog.error.text() and "\n" not in dialog.error.text()
    assert _values(doc, exp_id) == before and doc.undo_stack.count() == 0


def test_no_measure_chosen_nothing_to_correct(qtbot, world) -> None:
    doc, exp_id = world
    detail = _detail(qtbot, doc, exp_id)
    detail.indicators.setCurrentCell(-1, -1)
    assert detail.measures.count() == 0
    assert not detail.edit_measure.isEnabled()
    assert detail.measure_dialog() is None
