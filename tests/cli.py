"""The command line as the tests run it: ``python -m lieuxcommuns_desktop`` from the checkout.

Each command's tests had its own copy of this runner (French, the checkout on
``PYTHONPATH``, output read as UTF-8 text); they call this one. Tests that need
a bare environment (the language tests) or ``-X importtime`` keep their own.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str | Path, lang: str = "fr", timeout: float = 120,
            env: Mapping[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the app's command with ``args``, in ``lang``; ``env`` adds to the environment."""
    full_env = {**os.environ, "LIEUXCOMMUNS_LANG": lang, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "lieuxcommuns_desktop", *map(str, args)],
        cwd=ROOT, env=full_env, capture_output=True, text=True, encoding="utf-8",
        timeout=timeout,
    )
