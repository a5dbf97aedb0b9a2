"""Wait for a widget's real paint: shared by the benchmarks that time "until painted"."""

from __future__ import annotations

import time

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


def show_until_painted(app: QApplication, window: QWidget, painted: QWidget,
                       size: tuple[int, int], t0: float) -> float:
    """Show ``window`` at ``size`` until ``painted`` has painted: milliseconds since ``t0``.

    The window is closed and deleted afterwards, so the next run starts from nothing.
    """
    counter = PaintCounter(painted)
    window.resize(*size)
    window.show()
    until_painted(app, counter)
    elapsed = (time.perf_counter() - t0) * 1000
    window.close()
    window.deleteLater()
    app.processEvents()
    return elapsed
