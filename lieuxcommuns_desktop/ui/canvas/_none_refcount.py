"""Workaround: PySide6 6.12.0 drops a reference to ``None`` on every void method call.

On CPython < 3.12 ``None`` is reference counted, so after some tens of
thousands of calls such as ``QPainterPath.lineTo`` or ``QGraphicsItem.setPos``
its count reaches zero and the interpreter aborts ("deallocating None").
Python 3.12+ made ``None`` immortal, which hides the bug. Giving ``None`` a
huge count up front makes it effectively immortal here too. This belongs at
the application's entry point; the canvas applies it on import because a
large map makes hundreds of thousands of such calls.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40


def immortalize_none() -> bool:
    """Raise ``None``'s reference count far from zero; True if it was needed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < _HEADROOM:
        count.value += _HEADROOM
    return True
