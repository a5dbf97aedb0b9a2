"""Wait for a widget's real paint: shared by the benchmarks that time "until painted"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


class PaintCounter(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def until_painted(app: QApplication, counter: PaintCounter) -> None:
    """Run the event loop until the counted widget has painted once (at most 200 rounds)."""
    for _ in range(200):
        app.processEvents()
        if counter.count:
            return
