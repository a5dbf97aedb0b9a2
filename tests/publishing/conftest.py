"""Notebooks to publish: the demo programme (built once) and a consent sample."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lieuxcommuns_desktop.core.demo import build_demo


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.lieux")


@pytest.fixture
def demo_path(demo_master: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo notebook, free to edit."""
    copy = tmp_path / "demo.lieux"
    shutil.copyfile(demo_master, copy)
    return copy


@pytest.fixture(scope="session")
def demo_site(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from lieuxcommuns_desktop.core.services.notebook import Notebook
    from lieuxcommuns_desktop.publishing.publish import publish

    folder = tmp_path_factory.mktemp("published") / "site"
    nb = Notebook.open(demo_master, readonly=True)
    try:
        publish(nb, folder)
    finally:
        nb.close()
    return folder
