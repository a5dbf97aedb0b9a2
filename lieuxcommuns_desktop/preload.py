"""Import the Qt-free core (SQLAlchemy, the model, the store) before PySide6.

Once ``PySide6.QtCore`` is imported, PySide6 replaces ``__import__`` with a
hook that, for its ``from __feature__ import …`` support, reads the source of
every module imported afterwards (``inspect.getsource``) and keeps it in
``linecache`` — a tax on each later import, paid in time and in memory
(napari issue #8584 describes it). SQLAlchemy and what it pulls in (asyncio,
email, …) are several hundred modules: imported after Qt they cost about
0.1 s more and 20 MiB more than imported before it. So the entry point loads
them first, on the main thread — a worker thread would gain nothing, because
importing is bound to the GIL and the hook taxes every thread alike.
``benchmarks/startup.py`` measures the result.
"""

from __future__ import annotations

import gc
import sys

#: Arguments that answer without a notebook: not worth the import.
NO_NOTEBOOK = frozenset({"-h", "--help", "--version"})


def wanted(args: list[str]) -> bool:
    """Whether this command line will open a notebook (anything but help or version)."""
    return not NO_NOTEBOOK.intersection(args)


def import_core() -> None:
    """Import what every notebook on screen needs; call it before anything imports PySide6.

    The store and the model (SQLAlchemy and its SQLite dialect), and the read
    paths of the first screen: the navigation's outline and the programme
    page's timeline. The cyclic garbage collector is paused meanwhile: importing
    creates tens of thousands of objects that live as long as the process
    (classes, functions) and that it would otherwise walk again and again
    (about a tenth of the time). They are then frozen — left out of later
    collections. Only the first call does anything (the tests call the CLI
    many times in one process).
    """
    if "lieuxcommuns_desktop.core.services.notebook" in sys.modules:
        return
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        # create_engine would load the SQLite dialect at the first open, after Qt
        from sqlalchemy.dialects import sqlite  # noqa: F401

        from .core.services import notebook, outline, programme_views, records  # noqa: F401
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
