"""Checks that a window fits a screen and that its controls can be seen and used.

"Fits" means: the window's frame lies inside the available area; every main
control is visible, lies inside the window (not pushed off its edge) and is at
least as large as its own minimum (not clipped); a label's text is not cut.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget


def problems(window: QWidget, available: QRect, controls: list[QWidget]) -> list[str]:
    """Everything wrong, as sentences (empty when the window fits)."""
    QApplication.processEvents()
    found: list[str] = []
    name = window.objectName() or type(window).__name__
    frame = window.frameGeometry()
    if not available.contains(frame):
        found.append(f"{name}: frame {frame.getRect()} outside {available.getRect()}")
    minimum = window.minimumSizeHint()
    if minimum.width() > available.width() or minimum.height() > available.height():
        found.append(f"{name}: minimum size {minimum.toTuple()} > {available.size().toTuple()}")
    inside = window.rect()
    for control in controls:
        label = f"{name}/{control.objectName() or type(control).__name__}"
        if not control.isVisibleTo(window):
            found.append(f"{label}: hidden")
            continue
        top_left = control.mapTo(window, control.rect().topLeft())
        where = QRect(top_left, control.size())
        if not inside.contains(where):
            found.append(f"{label}: {where.getRect()} outside the window {inside.getRect()}")
        hint = control.minimumSizeHint()
        if isinstance(control, QAbstractButton):
            hint = control.sizeHint()  # a button's text must show whole
        if control.width() < hint.width() or control.height() < hint.height():
            found.append(f"{label}: {control.size().toTuple()} smaller than {hint.toTuple()}")
        if isinstance(control, QLabel) and not control.wordWrap() and control.text() \
                and "<" not in control.text():
            shown = control.text()
            if control.buddy() is not None:  # "&Langue :" shows "Langue :"
                shown = shown.replace("&&", "\0").replace("&", "").replace("\0", "&")
            needed = max(control.fontMetrics().horizontalAdvance(line)
                         for line in shown.splitlines() or [""])
            room = control.contentsRect().width()
            if needed > room:
                found.append(f"{label}: text '{control.text()}' needs {needed}px, has {room}")
    return found
