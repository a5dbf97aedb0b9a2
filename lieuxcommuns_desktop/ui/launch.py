"""Start the GUI on a notebook (a minimal window until the main window lands)."""

from __future__ import annotations

import sys
from pathlib import Path


def default_notebook_path() -> Path:
    from PySide6.QtCore import QStandardPaths

    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "carnet.lieux"


def launch(file: str | None, *, smoke: bool = False) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow

    from .. import APP_NAME, ORG_NAME
    from ..core.model import Atelier
    from ..core.services import records
    from ..core.services.notebook import Notebook

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    path = Path(file) if file else default_notebook_path()
    nb = Notebook.open(path) if path.exists() else Notebook.create(path)
    window = QMainWindow()
    window.setWindowTitle(f"{path.name} — {APP_NAME}")
    lst = QListWidget()
    lst.addItems([a.title for a in records.all_of(nb, Atelier, Atelier.title)])
    window.setCentralWidget(lst)
    window.show()
    if smoke:
        QTimer.singleShot(0, app.quit)
    return app.exec()
