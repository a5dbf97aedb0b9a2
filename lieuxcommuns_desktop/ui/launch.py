"""Start the GUI on a notebook, or measure how long the first paint takes (``--smoke``)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

#: Fallback for the process start: when this package was first imported.
_IMPORTED_AT = time.time()


def process_elapsed() -> float:
    """Seconds since the process started (Linux: ``/proc``), else since import."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            stat = fh.read()
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        start = getattr(sys.modules.get("lieuxcommuns_desktop"), "_IMPORTED_AT", _IMPORTED_AT)
        return time.time() - start


def default_notebook_path() -> Path:
    from .settings import default_notebook_path as path

    return path()


def launch(file: str | None, *, smoke: bool = False) -> int:
    from .app import create_app
    from .main_window import MainWindow

    app = create_app()
    window = MainWindow()
    path = Path(file) if file else default_notebook_path()
    if smoke:
        from .smoke import run

        return run(app, window, path)
    if path.exists():
        window.open_path(path, quick=True)
    elif not file:
        _first_launch(window, path)
    else:
        window.open_path(path)  # shows "n'existe pas" and leaves the start page
    window.show()
    code = app.exec()
    return code


def _first_launch(window, path: Path) -> None:  # noqa: ANN001 - MainWindow
    """The very first start: the default notebook holds a worked example.

    A newcomer sees a real programme at once — four ateliers built from the
    templates, their maps, matrices and notes — instead of an empty form; the
    status bar says how to start a notebook of their own.
    """
    from PySide6.QtCore import QCoreApplication

    from ..core.demo import build_demo
    from ..core.errors import LieuxError

    try:
        build_demo(path)
    except LieuxError:
        window.create_notebook(path)  # e.g. an unwritable data folder: report it there
        return
    if window.open_path(path):
        window.statusBar().showMessage(QCoreApplication.translate(
            "launch", "Carnet d'exemple créé pour ce premier lancement. Pour le vôtre : "
            "Fichier › Nouveau carnet, ou un atelier depuis un modèle."), 30000)
