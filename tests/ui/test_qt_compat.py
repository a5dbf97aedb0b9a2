"""The PySide6 6.12.0 reference leak cannot bring the app down."""

from __future__ import annotations

import re
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


SPARED = """
import linecache, sys
from lieuxcommuns_desktop import preload
preload.import_core()  # SQLAlchemy and the model, before Qt, as the entry point does
{ui}
import PySide6.QtCore
from sqlalchemy.sql import compiler  # imported again after Qt, as the UI modules do
from sqlalchemy.orm import session
import sqlalchemy.sql, sqlalchemy.orm  # what those import statements return: checked
read = [m.__file__ for m in (sqlalchemy.sql, sqlalchemy.orm) if m.__file__ in linecache.cache]
print(len(read))
"""


def _sources_read(ui: str) -> int:
    done = subprocess.run([sys.executable, "-c", SPARED.format(ui=ui)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-800:]
    return int(done.stdout.split()[-1])


def test_modules_loaded_before_qt_are_not_read_again_by_the_feature_hook() -> None:
    # Without the workaround PySide6's import hook reads the whole source of each
    # module loaded before it, at the first later import that names it (2 here).
    assert _sources_read("") == 2
    assert _sources_read("import lieuxcommuns_desktop.ui") == 0


def test_no_module_selects_a_pyside_feature() -> None:
    # spare_feature_hook() records modules as not using PySide6's __feature__:
    # true only while none of ours imports it.
    package = ROOT / "lieuxcommuns_desktop"
    users = [p for p in package.rglob("*.py")
             if re.search(r"^\s*(from|import)\s+__feature__", p.read_text("utf-8"), re.M)]
    assert users == []
