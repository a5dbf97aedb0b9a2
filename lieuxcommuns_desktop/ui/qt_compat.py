"""Work around PySide6 6.12.0's reference leak on CPython 3.11.

PySide6 6.12.0 (the only release that has the PySide6-Pdf wheel we use for the
print preview) drops one reference to ``None`` after every Qt call that returns
nothing and one reference to ``True`` after every ``Signal.emit``. On CPython
3.12+ those objects are immortal and nothing happens; on 3.11 the count
reaches zero after a few thousand calls and the interpreter aborts with
"Fatal Python error: none_dealloc" — a facilitator would lose the window
mid-workshop. We give both singletons the same protection 3.12 gives them: a
reference count so large that no session can exhaust it. They are never
freed in any case, so this changes nothing else. Remove once a fixed
PySide6 is required (``tests/ui/test_qt_compat.py`` shows whether it still
leaks).
"""

from __future__ import annotations

import ctypes
import sys

#: Headroom per singleton: a billion billion leaked calls.
HEADROOM = 1 << 60

_applied = False


def needs_workaround() -> bool:
    if sys.version_info >= (3, 12):
        return False
    import PySide6

    return tuple(PySide6.__version_info__[:3]) == (6, 12, 0)


def protect_singletons() -> bool:
    """Apply the workaround once per process; True when it was needed."""
    global _applied
    if _applied or not needs_workaround():
        return _applied
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    _applied = True
    return True
