"""The version is read cheaply at start: from pyproject.toml in a checkout, else the metadata."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import lieuxcommuns_desktop

ROOT = Path(__file__).resolve().parents[1]


def test_a_checkout_reads_its_version_without_importlib_metadata() -> None:
    # importlib.metadata costs ~55 ms at every start (it parses METADATA with ``email``).
    code = ("import sys, lieuxcommuns_desktop as l; "
            "print(l.__version__, 'importlib.metadata' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.split()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert out == [project["version"], "False"]


def test_the_installed_metadata_agrees_with_the_checkout() -> None:
    # The editable install of the test run records the same version as pyproject.toml.
    assert metadata.version("lieuxcommuns-desktop") == lieuxcommuns_desktop.__version__
