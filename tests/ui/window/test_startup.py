"""Start-up: ``--smoke`` times the first paint and the moment the notebook is ready,
and the Qt-free core is imported before PySide6 (whose import hook taxes later imports).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "LIEUXCOMMUNS_LANG": "en"}  # English installs a Qt translator: Qt comes early
    return subprocess.run([sys.executable, "-X", "importtime", "-m", "lieuxcommuns_desktop",
                           *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


def _imported(stderr: str) -> list[str]:
    """Module names in the order their import finished (``-X importtime``)."""
    return [line.rpartition("|")[2].strip() for line in stderr.splitlines()
            if line.startswith("import time:") and "|" in line]


def test_smoke_prints_first_paint_then_ready_and_loads_the_core_before_qt(sample_path):
    result = _run("--smoke", str(sample_path))
    assert result.returncode == 0, result.stderr[-2000:]
    first, ready = (float(line) for line in result.stdout.split())
    assert 0 < first <= ready
    order = _imported(result.stderr)
    assert order.index("lieuxcommuns_desktop.core.services.notebook") < order.index(
        "PySide6.QtCore")
    assert order.index("sqlalchemy") < order.index("PySide6.QtCore")


def test_help_and_version_do_not_load_the_core():
    result = _run("--version")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "sqlalchemy" not in _imported(result.stderr)
