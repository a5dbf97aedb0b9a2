"""Shared fixtures: every test gets its own notebook file and user folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import lieuxcommuns_desktop.ui  # noqa: F401 - applies the PySide6 6.12.0 leak guard


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """Send QSettings and QStandardPaths to a temporary home, never the real one."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("LIEUXCOMMUNS_LANG", "fr")


@pytest.fixture(autouse=True)
def _screen_fitting_ends_with_its_test() -> Iterator[None]:
    """Remove the application-wide fitting a shown main window installs (ui/screen_fit.py).

    The offscreen screen is small: left installed, it would shrink the windows of
    every later test to it, and a test's sizes would depend on what ran before.
    """
    yield
    from PySide6.QtWidgets import QApplication

    from lieuxcommuns_desktop.ui import screen_fit

    app = QApplication.instance()
    if isinstance(app, QApplication):
        screen_fit.uninstall(app)


@pytest.fixture(scope="session")
def qapp(qapp):  # pytest-qt's own fixture, extended
    """pytest-qt's application, speaking French as the app does at start.

    ``language.install("fr")`` installs the translator that resolves the plural marks
    of the French source ("%n atelier(s)" -> "2 ateliers"); without it the widgets
    would show the raw marks.
    """
    from lieuxcommuns_desktop import language

    language.install("fr")
    return qapp


@pytest.fixture
def english(qapp, tmp_path_factory, monkeypatch):
    """The English catalogue compiled from the committed .ts and installed like the app does."""
    from lieuxcommuns_desktop import language
    from tests.english_catalogue import serve_english_catalogue

    serve_english_catalogue(tmp_path_factory.mktemp("i18n"), monkeypatch)
    assert language.install("en")
    yield

    language.install("fr")  # back to the French the other tests expect


@pytest.fixture
def notebook_path(tmp_path: Path) -> Path:
    return tmp_path / "carnet.lieux"


@pytest.fixture
def s(tmp_path: Path):
    """The small programme of ``tests/core/programme_sample.py``, with its known figures.

    Named ``s`` because its tests read its ids on every line (``s["u1"]``).
    """
    from tests.core.programme_sample import build

    sample = build(tmp_path / "programme.lieux")
    yield sample
    sample.nb.close()


@pytest.fixture
def notebook(notebook_path: Path):
    from lieuxcommuns_desktop.core.services.notebook import Notebook

    nb = Notebook.create(notebook_path, title="Carnet de test")
    yield nb
    nb.close()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts of every QMessageBox shown (the box returns at once, as if OK was clicked)."""
    from PySide6.QtWidgets import QMessageBox

    texts: list[str] = []

    def fake_exec(self: QMessageBox) -> int:
        texts.append(self.text())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return texts
