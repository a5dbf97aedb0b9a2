"""The PySide6 6.12.0 reference leak cannot bring the app down."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

LOOP = """
from PySide6.QtCore import QObject, Signal
class O(QObject):
    s = Signal(bool)
o = O()
for _ in range(200_000):
    o.setObjectName("x")
    o.s.emit(True)
print("alive")
"""


def run(prelude: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", prelude + LOOP], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_many_void_calls_and_emits_do_not_abort() -> None:
    done = run("import lieuxcommuns_desktop.ui\n")
    assert done.returncode == 0, done.stderr[-500:]
    assert "alive" in done.stdout


def test_workaround_is_applied_exactly_when_needed() -> None:
    from lieuxcommuns_desktop.ui import qt_compat

    bare = run("")
    if qt_compat.needs_workaround():
        assert bare.returncode != 0 and "dealloc" in bare.stderr  # the bug is still there
    else:
        assert bare.returncode == 0
