"""The keyboard-only workshop (``keyboard_day.py``) on a 1024×768 screen, in French and English.

A child process per language: its offscreen screen is really 1024×768
(``QT_QPA_PLATFORM=offscreen:configfile=…``), which one process cannot change.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_workshop_by_keyboard_at_1024(tmp_path: Path, lang: str) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop-1024", "x": 0, "y": 0, "width": 1024, "height": 768,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "LIEUXCOMMUNS_LANG": lang}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly",
         str(Path(__file__).with_name("keyboard_day.py"))],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "1 passed" in run.stdout
