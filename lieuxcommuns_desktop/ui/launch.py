"""Start the GUI on a notebook, or measure how long the first paint takes (``--smoke``)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .main_window import MainWindow

#: Fallback for the process start: when this package was first imported.
_IMPORTED_AT = time.time()


#: Set by a benchmark that launches this process: its ``time.monotonic()`` just before.
LAUNCHED_AT = "LIEUXCOMMUNS_LAUNCHED_AT"


def process_elapsed() -> float:
    """Seconds since the process started (Linux: ``/proc``), else since import.

    A launcher that gives its own monotonic clock reading in ``LIEUXCOMMUNS_LAUNCHED_AT``
    gets a finer figure: ``/proc`` counts in hundredths of a second, a tenth of
    a bare window's start (``benchmarks/startup.py``).
    """
    launched = os.environ.get(LAUNCHED_AT, "")
    try:
        since = time.monotonic() - float(launched)
        if 0 <= since < 3600:
            return since
    except ValueError:
        pass
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            stat = fh.read()
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.time() - _IMPORTED_AT


def default_notebook_path() -> Path:
    from .settings import default_notebook_path as path

    return path()


def notebook_to_open() -> tuple[Path, bool]:
    """Without a file: the notebook used last if it is still there, else the default one.

    The second value is True on the very first start (nothing used yet, no
    default notebook, no demo): the worked example is then written and opened.
    """
    from . import settings

    last = settings.last_notebook()
    if last is not None:
        return last, False
    default = settings.default_notebook_path()
    first = (not default.exists() and not settings.recent_files()
             and not settings.demo_notebook_path().exists())
    return (settings.demo_notebook_path() if first else default), first


def launch(file: str | None, *, smoke: bool = False) -> int:
    from .app import create_app
    from .main_window import MainWindow

    app = create_app()
    window = MainWindow()
    path, first = (Path(file), False) if file else notebook_to_open()
    if smoke:
        from .smoke import run

        return run(app, window, path)
    if first:
        _first_launch(window, path)
    elif path.exists():
        window.open_path(path, quick=True)
    elif not file:
        window.create_notebook(path)  # the default notebook, made on demand
    else:
        window.open_path(path)  # shows "n'existe pas" and leaves the start page
    window.show()
    code = app.exec()
    return code


def _first_launch(window: MainWindow, path: Path) -> None:
    """The very first start: the demo notebook, a worked example, opens.

    A newcomer sees a real programme at once — ateliers built from the
    templates, their maps, matrices and notes — instead of an empty form; the
    status bar says how to start a notebook of their own. It is the same file
    *Ouvrir la démo* opens later (never a second copy), and the next start
    reopens whatever notebook was used last.
    """
    from PySide6.QtCore import QCoreApplication

    from ..core.demo import build_demo
    from ..core.errors import LieuxError

    try:
        build_demo(path)
    except LieuxError:
        # e.g. an unwritable data folder: the default notebook reports it.
        window.create_notebook(default_notebook_path())
        return
    if window.open_path(path):
        window.statusBar().showMessage(QCoreApplication.translate(
            "launch", "Carnet d'exemple créé pour ce premier lancement. Pour le vôtre : "
            "Fichier › Nouveau carnet, ou un atelier depuis un modèle."), 30000)
