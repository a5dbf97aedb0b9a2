"""The whole application fits its windows to the screen only once the first screen is painted.

``screen_fit.install`` routes every event through Python and makes PySide6
load every Qt type (a tenth of a second): the main window installs it after
its first screen, and the dialogs that can come before watch themselves.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog

from lieuxcommuns_desktop.ui import screen_fit


@pytest.fixture
def unfitted(app: QApplication, monkeypatch: pytest.MonkeyPatch) -> QApplication:
    """The application as a start leaves it: no application-wide fitting yet.

    The fallback delay is pushed out of the tests' reach: a paint must do it.
    """
    monkeypatch.setattr(screen_fit, "LATEST", 600.0)
    screen_fit.uninstall(app)
    assert not screen_fit.installed(app)
    return app


def _fits(dialog: QDialog) -> bool:
    return screen_fit.available_rect(dialog).contains(dialog.frameGeometry())


def test_fitting_comes_after_the_notebook_page_is_painted(unfitted, window, qtbot, sample_path):
    at_attach: list[bool] = []
    window.notebookOpened.connect(lambda *_: at_attach.append(screen_fit.installed(unfitted)))
    assert window.open_path(sample_path, quick=True)  # as launch() does: before show
    window.show()
    qtbot.waitUntil(lambda: screen_fit.installed(unfitted), timeout=5000)
    assert at_attach == [False]  # attached first, then painted, then the filter
    dialog = QDialog(window)
    dialog.resize(QSize(5000, 4000))
    dialog.show()
    assert _fits(dialog)


def test_fitting_comes_after_the_start_page_is_painted(unfitted, window, qtbot):
    assert not screen_fit.installed(unfitted)
    window.show()
    qtbot.waitUntil(lambda: screen_fit.installed(unfitted), timeout=5000)


def test_a_watched_dialog_fits_before_the_application_does(unfitted, qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    screen_fit.watch(dialog)
    dialog.resize(QSize(5000, 4000))
    dialog.show()
    assert not screen_fit.installed(unfitted)
    assert _fits(dialog)


@pytest.mark.parametrize("which", ["error", "lock"])
def test_the_dialogs_of_a_start_come_inside_the_screen(unfitted, qtbot, tmp_path, which):
    """An error or the lock question can come before the main window is even shown."""
    from lieuxcommuns_desktop.ui.dialogs.lock import LockDialog
    from lieuxcommuns_desktop.ui.errors import make_error_box
    from lieuxcommuns_desktop.ui.lock import Holder

    if which == "error":
        box = make_error_box(None, "Lieux Communs — erreur", "Ce fichier n'est pas un carnet.")
    else:
        box = LockDialog(None, tmp_path / "drome.lieux", Holder(4242, "portable", "Lieux Communs"))
    qtbot.addWidget(box)
    box.move(6000, 5000)  # placed off the screen (a position saved on another screen)
    box.show()  # a message box takes its size in its own showEvent, after the filter
    qtbot.waitUntil(lambda: _fits(box), timeout=2000)
    assert not screen_fit.installed(unfitted)
