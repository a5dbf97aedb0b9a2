"""What a piece of the app loads, for the tests that check the bundle leaves none of it out.

Each such test runs a snippet in a fresh interpreter from the checkout, which
prints the modules it loaded, and compares them with the spec's
``EXCLUDED_MODULES``; the running and the comparing were copied test to test.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def modules_loaded(code: str, env: Mapping[str, str] | None = None) -> set[str]:
    """The module names ``code`` prints, one a line, run by ``python -c`` from the checkout."""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def excluded_among(modules: Iterable[str], excluded: Iterable[str]) -> list[str]:
    """The ``modules`` the bundle leaves out: one of ``excluded`` or inside one, sorted."""
    left_out = tuple(excluded)
    return sorted(m for m in modules if any(m == x or m.startswith(x + ".") for x in left_out))
