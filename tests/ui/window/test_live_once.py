"""F5 twice on the same atelier brings its live window back instead of opening a second."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from lieuxcommuns_desktop.ui.live.window import LiveWindow


def _live_windows(window) -> list[LiveWindow]:
    return [w for w in window.findChildren(LiveWindow) if w.isVisible()]


def test_f5_again_raises_the_open_live_window(window, qtbot, sample_path) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.open_path(sample_path)
    first, second = window.navigation.atelier_ids()[:2]
    window.open_atelier(first)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    live = _live_windows(window)
    assert [w.atelier_id for w in live] == [first]
    live[0].showMinimized()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert _live_windows(window) == live  # the same window, not a second one
    assert not live[0].isMinimized()
    window.open_atelier(second)  # another atelier: its own live window
    window.findChild(QAction, "action_live").trigger()
    assert sorted(w.atelier_id for w in _live_windows(window)) == sorted([first, second])
    for w in _live_windows(window):
        w.close()
