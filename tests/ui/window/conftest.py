"""Fixtures of the window tests: a configured app, message boxes that never block."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.window import sample


@pytest.fixture
def app(qapp):
    from lieuxcommuns_desktop.ui import app as app_module

    app_module.configure(qapp)
    return qapp


@pytest.fixture
def window(app, qtbot, shown):
    from lieuxcommuns_desktop.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    yield win
    win.close()


@pytest.fixture
def sample_path(tmp_path: Path) -> Path:
    return sample.build(tmp_path / "drome.lieux", ateliers=3)
