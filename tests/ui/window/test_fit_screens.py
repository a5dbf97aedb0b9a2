"""Every window and dialog fits a 1024×768 and a 1366×768 screen, controls in view
(at 1024×768 in French and in English).

Each size runs ``fit_windows.py`` in a child process whose offscreen screen
really has that size: Qt gives one process one set of screens, and the
windows must meet the screen as the app meets it (restored sizes, the fit done
when shown), not a rectangle handed to a helper.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("width,height,lang", [(1024, 768, "fr"), (1024, 768, "en"),
                                               (1366, 768, "fr")])
def test_every_window_fits(tmp_path: Path, width: int, height: int, lang: str) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": f"laptop-{width}", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "LIEUXCOMMUNS_FIT_SCREEN": f"{width}x{height}", "LIEUXCOMMUNS_LANG": lang}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly",
         str(Path(__file__).with_name("fit_windows.py"))],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert " passed" in run.stdout and "skipped" not in run.stdout
