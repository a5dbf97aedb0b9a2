"""The cost of fitting every window to the screen: an application-wide event filter.

``ui.screen_fit.install`` puts a Python event filter on the application, so
every event of every widget passes through it. This measures the time to
deliver the events of a realistic burst (paints, mouse moves, key presses sent
to a widget) without the filter (baseline) and with it, in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/window_fit.py [--events 200000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QKeyEvent, QMouseEvent
    from PySide6.QtWidgets import QApplication, QLineEdit

    from lieuxcommuns_desktop.ui import screen_fit

    app = QApplication([])
    widget = QLineEdit()
    widget.show()
    events = [
        QMouseEvent(QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.NoButton,
                    Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier),
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier),
        QEvent(QEvent.Type.UpdateRequest),
    ]

    def burst() -> float:
        start = time.perf_counter()
        for i in range(args.events):
            QApplication.sendEvent(widget, events[i % 3])
        return time.perf_counter() - start

    def measure() -> list[float]:
        return [burst() for _ in range(args.rounds)]

    base = measure()
    screen_fit.install(app)
    fitted = measure()
    per_event = (statistics.median(fitted) - statistics.median(base)) / args.events * 1e6
    print(f"{args.events} events, median of {args.rounds} rounds")
    print(f"  baseline (no filter):   {statistics.median(base):.3f} s")
    print(f"  with the screen filter: {statistics.median(fitted):.3f} s")
    print(f"  added per event:        {per_event:.2f} µs")


if __name__ == "__main__":
    main()
