"""The window-fitting helper on its own: shrink, move inside, leave maximized windows alone."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QDialog

from lieuxcommuns_desktop.ui.screen_fit import fit_size, fit_to_screen

SCREEN = QRect(0, 0, 1024, 768)


def test_fit_size_never_bigger() -> None:
    assert fit_size(QSize(1100, 720), SCREEN) == QSize(1024, 720)
    assert fit_size(QSize(1280, 800), SCREEN) == QSize(1024, 768)
    assert fit_size(QSize(400, 300), SCREEN) == QSize(400, 300)


def test_a_big_dialog_off_the_edge_comes_inside(qtbot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setGeometry(500, 400, 1100, 720)
    fit_to_screen(dialog, SCREEN)
    assert SCREEN.contains(dialog.frameGeometry())
    assert dialog.size() == QSize(1024, 720)


def test_a_small_screen_with_a_task_bar(qtbot) -> None:
    area = QRect(0, 32, 1366, 704)  # a panel at the top
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(1280, 760)
    dialog.move(0, 0)
    fit_to_screen(dialog, area)
    assert area.contains(dialog.frameGeometry())
    assert dialog.height() == 704


class _Moving(QDialog):
    def move(self, step: int) -> None:
        raise AssertionError("the helper must call QWidget.move itself")


def test_a_subclass_hiding_move_is_still_placed(qtbot) -> None:
    dialog = _Moving()
    qtbot.addWidget(dialog)
    dialog.setGeometry(900, 700, 300, 200)
    fit_to_screen(dialog, SCREEN)
    assert SCREEN.contains(dialog.frameGeometry())


def test_maximized_windows_are_left_to_the_window_system(qtbot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(2000, 1500)
    dialog.setWindowState(Qt.WindowState.WindowMaximized)
    fit_to_screen(dialog, SCREEN)
    assert dialog.size() == QSize(2000, 1500)
