"""The atelier's start time and date, typed by keyboard ("non fixée" until set)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.ui.agenda.when_fields import NO_DATE, parse_time, suggested_date
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.editors.atelier import AtelierForm


@pytest.fixture
def form(qtbot, notebook):
    records.create(notebook, m.Atelier, title="Atelier daté", date=dt.date(2031, 3, 12))
    records.create(notebook, m.Atelier, title="Autre atelier", date=dt.date(2031, 5, 20))
    atelier = records.create(notebook, m.Atelier, title="Sans date ni heure")
    widget = AtelierForm(Document(notebook), atelier.id)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def _atelier(form: AtelierForm) -> m.Atelier:
    return records.get(form.doc.notebook, m.Atelier, form.atelier_id)


@pytest.mark.parametrize("typed", ["0930", "930", "9:30", "09h30", "9 h 30", "9.30"])
def test_typing_a_start_time_into_non_fixee(form: AtelierForm, typed: str) -> None:
    field = form.start_time
    assert field.text() == "" and field.placeholderText() == "non fixée"
    field.setFocus()
    QTest.keyClicks(field, typed)
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == "09:30"
    assert _atelier(form).start_time == dt.time(9, 30)
    form.doc.undo_stack.undo()
    assert _atelier(form).start_time is None and field.text() == ""


def test_unreadable_time_says_why_and_keeps_the_previous_one(form: AtelierForm, qtbot) -> None:
    field = form.start_time
    field.setFocus()
    QTest.keyClicks(field, "1400")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert _atelier(form).start_time == dt.time(14, 0)
    field.selectAll()
    with qtbot.waitSignal(field.rejected) as said:
        QTest.keyClicks(field, "25h")
        QTest.keyClick(field, Qt.Key.Key_Return)
    assert "25h" in said.args[0] and "09:30" in said.args[0]
    assert field.text() == "14:00" and _atelier(form).start_time == dt.time(14, 0)
    field.clear()  # emptied: not fixed any more
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert _atelier(form).start_time is None


def test_arrow_keys_step_by_a_quarter(form: AtelierForm) -> None:
    field = form.start_time
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_Up)
    assert field.text() == "09:00"
    QTest.keyClick(field, Qt.Key.Key_Up)
    QTest.keyClick(field, Qt.Key.Key_Up)
    assert field.text() == "09:30" and _atelier(form).start_time == dt.time(9, 30)


def test_parse_time_rules() -> None:
    assert parse_time("") == QTime(0, 0)
    assert parse_time("7h") == QTime(7, 0) and parse_time("1745") == QTime(17, 45)
    for bad in ("2460", "9:75", "non fixée0930", "abc", "12345"):
        assert parse_time(bad) is None


def test_suggested_date() -> None:
    today = dt.date(2026, 11, 30)
    assert suggested_date(today, []) == today
    assert suggested_date(today, [dt.date(2026, 9, 1), dt.date(2027, 2, 1)]) == today
    assert suggested_date(today, [dt.date(2031, 3, 12), dt.date(2031, 5, 20)]) \
        == dt.date(2031, 3, 12)
    assert suggested_date(today, [dt.date(2024, 3, 12)]) == dt.date(2024, 3, 12)


def _open_calendar(form: AtelierForm) -> None:
    form.date.setFocus()
    QTest.keyClick(form.date, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()


def test_date_popup_opens_on_the_programme_not_on_2000(form: AtelierForm) -> None:
    assert form.date.date() == NO_DATE and form.date.text() == "non fixée"
    _open_calendar(form)
    calendar = form.date.calendarWidget()
    assert calendar.isVisible()
    assert calendar.selectedDate() == QDate(2031, 3, 12)
    assert (calendar.yearShown(), calendar.monthShown()) == (2031, 3)
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Escape)  # shown, not chosen
    QApplication.processEvents()
    assert form.date.date() == NO_DATE
    _open_calendar(form)
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert form.date.date() == QDate(2031, 3, 13)
    form.date.editingFinished.emit()
    assert _atelier(form).date == dt.date(2031, 3, 13)
