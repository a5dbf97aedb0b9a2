"""Work around two PySide6 costs: 6.12.0's reference leak on CPython 3.11, and the
source reading of its ``__feature__`` import hook.

**The leak.**

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

**The import hook.** Importing PySide6 replaces ``__import__`` with a hook
that serves ``from __feature__ import snake_case, true_property``. The first
time an import statement names a module the hook has not seen, it reads that
module's whole source (``inspect.getsource``, kept in ``linecache``) to see
whether it mentions PySide6. The modules loaded before Qt — SQLAlchemy, the
model, the standard library, some 450 modules — are unseen, so each later
``from sqlalchemy import …`` made it read megabytes of source at start: 8.7
million characters, time and memory for nothing (napari issue #8584 describes
the same tax). We never use ``__feature__``; a module loaded before PySide6
cannot have selected a feature either. :func:`spare_feature_hook` records
those modules as not using PySide6 — the hook's own answer for them — so it
reads nothing. The hook's table is internal to PySide6: when it is not where
this expects, nothing is done and only the time is lost.
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


def spare_feature_hook() -> int:
    """Mark the modules loaded so far as not using PySide6's ``__feature__``.

    Call it right after PySide6 is first imported. Returns how many modules
    were marked (0 when PySide6's internal table is not found).
    """
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    marked = 0
    for name in list(sys.modules):
        if name not in table and not name.startswith(("PySide6", "shiboken6", "shibokensupport")):
            table[name] = -1  # what the hook itself records for a module without PySide6
            marked += 1
    return marked
