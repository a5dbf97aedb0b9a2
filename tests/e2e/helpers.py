"""Driving the real window as a user does: clicks on items, tabs and buttons, keys, and
answering the modal dialogs the app opens with ``exec()``.

A modal dialog blocks the test where the action that opens it is triggered, so
the answer is scheduled first: a timer polls for the modal widget once the
event loop of ``exec()`` runs, then the handler clicks and types in it like a
user, and must close it. A handler that fails rejects the dialog (the test never
hangs) and its exception is raised where the dialog was opened.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QTabWidget,
    QTreeWidgetItem,
    QWidget,
)

LEFT = Qt.MouseButton.LeftButton


@contextmanager
def answering_modal(handler: Callable[[QDialog], None], *,
                    timeout_s: float = 30.0) -> Iterator[list[QDialog]]:
    """Answer the next modal dialog opened inside the ``with`` block with ``handler``."""
    errors: list[BaseException] = []
    seen: list[QDialog] = []
    owners: list[QWidget] = []
    deadline = time.monotonic() + timeout_s

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            if time.monotonic() < deadline:
                QTimer.singleShot(10, poll)
            else:
                errors.append(AssertionError("no modal dialog appeared"))
            return
        seen.append(dialog)
        if dialog.parentWidget() is not None:
            owners.append(dialog.parentWidget().window())
        try:
            handler(dialog)
            if dialog.isVisible():
                raise AssertionError(f"the handler left {dialog.objectName()!r} open")
        except BaseException as exc:
            errors.append(exc)
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, poll)
    yield seen
    if errors:
        raise errors[0]
    assert seen, "the action opened no modal dialog"
    if owners and owners[0].isVisible():  # a window manager gives the focus back
        _wait_active(owners[0])


def _wait_active(window: QWidget, timeout_s: float = 5.0) -> None:
    window.activateWindow()
    deadline = time.monotonic() + timeout_s
    while not window.isActiveWindow() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    assert window.isActiveWindow(), f"{window.objectName()!r} could not be activated"


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, accented letters included.

    ``QTest.keyClicks`` asserts on lower-case Latin-1 letters (é, è, ô…): those
    are sent as the key events a French keyboard produces (key code + text).
    """
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        upper = ch.upper()
        key = ord(upper) if len(upper) == 1 and ord(upper) <= 0xFF else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     ch))


def activate(window: QWidget) -> None:
    """Make ``window`` the active one: keyboard focus only goes to the active window.

    The offscreen platform has no window manager to do it when a dialog or
    another window closes.
    """
    window.raise_()
    _wait_active(window)


def click(qtbot, widget: QWidget, pos: QPoint | None = None) -> None:
    assert widget.isVisible(), f"{widget.objectName()!r} is not visible"
    qtbot.mouseClick(widget, LEFT, pos=pos if pos is not None else widget.rect().center())


def click_tab(qtbot, tabs: QTabWidget, title: str) -> None:
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == title)
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def click_index(qtbot, view: QAbstractItemView, index) -> None:  # QModelIndex
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid(), "cell not on screen"
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())


def click_tree_item(qtbot, tree, item: QTreeWidgetItem) -> None:
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), LEFT, pos=tree.visualItemRect(item).center())


def click_list_row(qtbot, widget: QListWidget, row: int,
                   modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    item = widget.item(row)
    widget.scrollToItem(item)
    qtbot.mouseClick(widget.viewport(), LEFT, modifier, widget.visualItemRect(item).center())


def drag(widget: QWidget, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """Press, move with the button held, release: a mouse drag.

    ``QTest.mouseMove`` does not hold the button, so the moves are sent as
    mouse events carrying it.
    """
    QTest.mousePress(widget, LEFT, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        event = QMouseEvent(QEvent.Type.MouseMove, QPointF(p), QPointF(widget.mapToGlobal(p)),
                            Qt.MouseButton.NoButton, LEFT, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)
    QTest.mouseRelease(widget, LEFT, Qt.KeyboardModifier.NoModifier, end)


def ok_button(dialog: QDialog):  # QPushButton
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None, "no button box"
    return box.button(QDialogButtonBox.StandardButton.Ok)


def wait_not_editing(qtbot, view: QAbstractItemView) -> None:
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
