"""Fixtures of the end-to-end test: no network at all, a configured app, message boxes
that never block, and a place for the screenshots of each stage.

The app promises never to open a network connection (facilitators work in town
halls without Wi-Fi): every way Python has to open one is replaced by a function
that records the attempt and raises, and the test fails if anything tried.
"""

from __future__ import annotations

import logging
import socket
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

#: ``tests/artifacts/`` is git-ignored: the screenshots stay beside the run, not in the repo.
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "e2e"


class NetworkAttemptError(OSError):
    """Raised instead of opening a connection or resolving a name."""


@pytest.fixture(autouse=True)
def no_network() -> Iterator[list[str]]:
    """Every socket connection or name lookup raises and is recorded; any one fails the test.

    Its own MonkeyPatch: a test calling ``monkeypatch.undo()`` cannot lift the guard.
    """
    attempts: list[str] = []
    guard = pytest.MonkeyPatch()

    def refuse(what: str):
        def blocked(*args, **kwargs):
            shown = [a for a in args if not isinstance(a, socket.socket)]
            attempts.append(f"{what}{tuple(shown)!r}")
            raise NetworkAttemptError(f"network access attempted in an offline test: {what}{shown}")

        return blocked

    guard.setattr(socket.socket, "connect", refuse("socket.connect"))
    guard.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    guard.setattr(socket, "create_connection", refuse("socket.create_connection"))
    guard.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    try:
        yield attempts
    finally:
        guard.undo()
    if attempts:
        pytest.fail("the app tried to use the network: " + "; ".join(attempts), pytrace=False)


@pytest.fixture
def app(qapp):
    """The app as ``create_app`` makes it: names, French locale, Qt's French buttons.

    The locale and Qt's translator are global: put back afterwards for the other tests.
    """
    from PySide6.QtCore import QCoreApplication, QLocale

    from lieuxcommuns_desktop.ui import app as app_module

    app_module.configure(qapp)
    locale = QLocale()
    # The translators the app installed, removed after the test.
    installed = len(app_module._qt_translators)  # noqa: SLF001
    app_module.install_language("fr")
    yield qapp
    for translator in app_module._qt_translators[installed:]:  # noqa: SLF001 - as above
        QCoreApplication.removeTranslator(translator)
    del app_module._qt_translators[installed:]  # noqa: SLF001 - as above
    QLocale.setDefault(locale)


@pytest.fixture
def boxes(shown: list[str]) -> list[str]:
    """Texts of every QMessageBox shown (answered OK at once, as a hurried user would)."""
    return shown


class Screenshots:
    """Numbered PNGs of each stage; a PNG that cannot be written warns, never fails."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.saved: list[Path] = []
        self._n = 0
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for old in folder.glob("*.png"):
                old.unlink()
        except OSError as exc:
            warnings.warn(f"screenshots folder unavailable: {exc}", stacklevel=2)

    def __call__(self, widget: QWidget, name: str) -> Path | None:
        self._n += 1
        path = self.folder / f"{self._n:02d}-{name}.png"
        try:
            QApplication.processEvents()  # pending layouts first, as a screen would show them
            ok = widget.grab().save(str(path))
        except Exception as exc:  # a screenshot is evidence, not a verdict
            warnings.warn(f"screenshot {path.name} failed: {exc}", stacklevel=2)
            return None
        if not ok:
            warnings.warn(f"screenshot {path.name} could not be written", stacklevel=2)
            return None
        self.saved.append(path)
        return path


@pytest.fixture
def shots() -> Screenshots:
    return Screenshots(ARTIFACTS)
