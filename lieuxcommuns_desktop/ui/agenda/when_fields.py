"""The atelier's date and start time fields, both optional ("non fixée").

``QTimeEdit`` with a special value text made typing a time impossible: the
digits went after the text ("non fixée0930") and were thrown away, and a
``QDateEdit`` whose "no date" is its minimum opened its calendar on January
2000. :class:`TimeField` is a line edit that reads the ways people write a
time (0930, 9:30, 9h30, 9h); :class:`OptionalDateEdit` opens its calendar on
a useful month (today, or the programme's dates) without choosing it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QDate, QEvent, QObject, QPointF, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QToolTip,
    QWidget,
)

#: The stored "no time" / "no date" of the fields (what the form reads as None).
NO_TIME = QTime(0, 0)
NO_DATE = QDate(2000, 1, 1)

_TIME = re.compile(r"^\s*(\d{1,2})\s*(?:[:hH.]\s*(\d{1,2})?)?\s*$")
_DIGITS = re.compile(r"^\s*(\d{3,4})\s*$")


def parse_time(text: str) -> QTime | None:
    """A time as people type it: ``0930``, ``930``, ``9:30``, ``9h30``, ``9h``, ``9``.

    Empty text is :data:`NO_TIME` (not fixed); None means unreadable.
    """
    if not text.strip():
        return NO_TIME
    digits = _DIGITS.match(text)
    if digits:
        value = digits.group(1)
        hours, minutes = int(value[:-2]), int(value[-2:])
    else:
        match = _TIME.match(text)
        if not match:
            return None
        hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if hours > 23 or minutes > 59:
        return None
    return QTime(hours, minutes)


class TimeField(QLineEdit):
    """An optional HH:mm time: empty shows "non fixée"; ↑/↓ step by a quarter of an hour."""

    STEP = 15

    #: Emitted with the one-line message when the typed text is not a time.
    rejected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("non fixée"))
        self.setMaxLength(12)
        self._time = NO_TIME
        self.editingFinished.connect(self._normalise)

    def time(self) -> QTime:
        """The time shown (the last valid one while the text cannot be read)."""
        parsed = parse_time(self.text())
        return parsed if parsed is not None else self._time

    def setTime(self, time: QTime) -> None:
        self._time = QTime(time.hour(), time.minute())
        self.setText("" if self._time == NO_TIME else self._time.toString("HH:mm"))

    def minimumTime(self) -> QTime:
        return NO_TIME

    def _normalise(self) -> None:
        """On Entrée or leaving the field: show the time as HH:mm, or say why not."""
        parsed = parse_time(self.text())
        if parsed is None:
            message = self.tr("Heure non reconnue : « {text} » (exemple : 09:30).").format(
                text=self.text().strip())
            self.setTime(self._time)  # the previous value stays
            self.rejected.emit(message)
            if self.isVisible():
                QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), message, self)
            return
        self.setTime(parsed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_PageUp: 4,
                 Qt.Key.Key_PageDown: -4}
        step = steps.get(Qt.Key(event.key()))
        if step is None:
            return super().keyPressEvent(event)
        current = self.time()
        start = current if current != NO_TIME else QTime(9, 0).addSecs(-step * self.STEP * 60)
        minutes = start.hour() * 60 + start.minute() + step * self.STEP
        minutes = max(self.STEP, min(23 * 60 + 45, minutes - minutes % self.STEP))
        self.setTime(QTime(minutes // 60, minutes % 60))
        self.editingFinished.emit()
        event.accept()


def suggested_date(today: dt.date, dates: Iterable[dt.date]) -> dt.date:
    """Where the calendar opens for an atelier without a date.

    Today, unless the programme's ateliers are all dated elsewhere: then the
    nearest end of the programme's span.
    """
    known = sorted(d for d in dates if d is not None)
    if not known or known[0] <= today <= known[-1]:
        return today
    return known[-1] if today > known[-1] else known[0]


class OptionalDateEdit(QDateEdit):
    """A date that may be "non fixée"; its calendar opens on a useful month, not 2000."""

    def __init__(self, suggest: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggest = suggest
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("non fixée"))
        self.setDisplayFormat("dd/MM/yyyy")
        self.calendarWidget().installEventFilter(self)

    def open_calendar(self) -> None:
        """Open the calendar as a click on the arrow does (Qt has no key for it)."""
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxArrow, self)
        at = QPointF(arrow.center())
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            QApplication.sendEvent(self, QMouseEvent(
                kind, at, QPointF(self.mapToGlobal(arrow.center())), Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress
                else Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """F4 or Alt+↓ opens the calendar, as in a combo box."""
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if event.key() == Qt.Key.Key_F4 or (alt and event.key() == Qt.Key.Key_Down):
            self.open_calendar()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.calendarWidget() and event.type() == QEvent.Type.Show \
                and self.date() == self.minimumDate():
            day = self.suggest()
            calendar = self.calendarWidget()
            # Shown, not chosen: Échap keeps "non fixée", Entrée takes the suggestion.
            calendar.blockSignals(True)
            calendar.setSelectedDate(QDate(day.year, day.month, day.day))
            calendar.blockSignals(False)
        return super().eventFilter(obj, event)
