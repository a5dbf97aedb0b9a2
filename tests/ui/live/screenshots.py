"""Screenshots of live mode on a 1024×768 screen, the whole screen as the user sees it.

    xvfb-run -a -s "-screen 0 1024x768x24" python -m tests.ui.live.screenshots docs/screenshots

Files are named ``live-1024-*.png``. The window is opened as the app opens it
(sized to the screen by the app, not by this script).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from tests.ui.shots import isolated_home

HOME = isolated_home("lc-live-shots-")
os.environ.setdefault("LIEUXCOMMUNS_LANG", "fr")


def main(out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from lieuxcommuns_desktop.core.demo import build_demo
    from lieuxcommuns_desktop.core.model import Atelier
    from lieuxcommuns_desktop.core.services import records
    from lieuxcommuns_desktop.core.services.notebook import Notebook
    from lieuxcommuns_desktop.ui.app import create_app
    from lieuxcommuns_desktop.ui.document import Document
    from lieuxcommuns_desktop.ui.live.window import LiveWindow

    out.mkdir(parents=True, exist_ok=True)
    app = create_app([])
    path = build_demo(HOME / "demo.lieux")
    nb = Notebook.open(path)
    atelier = records.all_of(nb, Atelier)[0]
    now = [dt.datetime(2026, 3, 12, 9, 0)]
    window = LiveWindow(Document(nb), atelier.id, clock=lambda: now[0])
    window.show()
    lang = os.environ["LIEUXCOMMUNS_LANG"]

    def settle() -> None:
        for _ in range(10):
            app.processEvents()

    def snap(name: str) -> None:
        settle()
        shot = QGuiApplication.primaryScreen().grabWindow(0)
        if shot.isNull() or QGuiApplication.platformName() == "offscreen":
            shot = window.grab()
        target = out / f"live-1024-{name}{'' if lang == 'fr' else '-en'}.png"
        shot.save(str(target))
        print(target, window.geometry(), window.frameGeometry())

    snap("ready")
    window.timer.start()
    now[0] += dt.timedelta(minutes=3)
    window.timer.tick()
    window.activateWindow()
    QTest.keyClicks(window.capture.entry, "> Reserver la salle @So")
    snap("running-owner-suggestions")
    QTest.keyClick(window.capture.at_completer.popup(), Qt.Key.Key_Escape)
    QTest.keyClick(window.capture.entry, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.capture.entry, Qt.Key.Key_Backspace)
    now[0] += dt.timedelta(minutes=40)
    window.timer.tick()
    snap("overrun")
    window.close()
    nb.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
