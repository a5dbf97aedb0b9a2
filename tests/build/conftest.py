"""Import ``build/bundle_config.py`` (a script folder, not a package) for the packaging tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build"


@pytest.fixture(scope="session")
def cfg():
    spec = importlib.util.spec_from_file_location("bundle_config", BUILD / "bundle_config.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules.setdefault("bundle_config", module)
    spec.loader.exec_module(module)
    return module
