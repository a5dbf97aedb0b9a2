"""Where the shipped data lives: templates, translations, fonts, icons.

In a wheel the top-level ``resources/`` folder is installed inside the package;
in a source checkout (editable install) it sits beside the package; in a
PyInstaller bundle it is under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [here / "resources", here.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    for candidate in candidates:
        if (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found next to lieuxcommuns_desktop")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
