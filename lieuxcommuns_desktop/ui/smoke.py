"""``--smoke``: open a notebook unattended, time the start-up, quit.

Two moments are timed from the process start, because a window that paints
fast but shows its notebook late only looks fast: the first paint of the
window, and *ready* — the notebook attached (its database open) and the page
it shows painted. Both go to stdout, one number per line, ready last: the
last line is the start-up time that scripts read (``benchmarks/startup.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from .errors import set_interactive
from .launch import process_elapsed

if TYPE_CHECKING:
    from .main_window import MainWindow


class StartupClock(QObject):
    """Watches the window's first paint, then the paint of the notebook's page."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__(window)
        self.app = app
        self.window = window
        self.first_paint: float | None = None
        self.ready: float | None = None
        self._page: QWidget | None = None
        window.centralWidget().installEventFilter(self)
        window.notebookOpened.connect(self._watch_page)
        window.openFailed.connect(lambda *_: app.exit(1))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        # Both moments are read once the paint is done (a zero timer posted now runs
        # after it), as benchmarks/startup.py reads a bare window's first paint.
        if self.first_paint is None and obj is self.window.centralWidget():
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._painted)
        elif obj is self._page and self.ready is None:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._page_painted)
        return False

    def _painted(self) -> None:
        self.first_paint = process_elapsed()
        if self.window.doc is not None and self._page is None:
            self._watch_page()

    def _page_painted(self) -> None:
        self.ready = process_elapsed()
        self._finish()

    def _watch_page(self, *_args: object) -> None:
        """The notebook is attached: time the next paint of the page it shows."""
        page = self.window.current_page
        if page is None:  # nothing to show: attached is ready
            self.ready = process_elapsed()
            QTimer.singleShot(0, self._finish)
            return
        self._page = page
        page.installEventFilter(self)
        page.update()

    def _finish(self) -> None:
        first = self.first_paint if self.first_paint is not None else self.ready
        print(f"{first:.3f}", flush=True)
        print(f"{self.ready:.3f}", flush=True)
        self.app.exit(0)


def run(app: QApplication, window: MainWindow, path: Path) -> int:
    """Open ``path`` as the real start does, print both times, exit 0 (1 if it fails)."""
    set_interactive(False)
    clock = StartupClock(app, window)
    opened = path.exists() and window.open_path(path, ask_on_lock=False, quick=True)
    if not opened:
        print(f"smoke: cannot open {path}", file=sys.stderr)
        return 1
    window.show()
    code = app.exec()
    clock.deleteLater()
    window.close()
    return code
