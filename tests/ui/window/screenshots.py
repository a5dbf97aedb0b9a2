"""Take the user guide's screenshots from the real window (offscreen).

    QT_QPA_PLATFORM=offscreen python -m tests.ui.window.screenshots docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HOME = Path(tempfile.mkdtemp(prefix="lc-shots-"))
os.environ["XDG_CONFIG_HOME"] = str(HOME / "config")
os.environ["XDG_DATA_HOME"] = str(HOME / "data")
os.environ["LIEUXCOMMUNS_LANG"] = "fr"


def main(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from lieuxcommuns_desktop.core import model as m
    from lieuxcommuns_desktop.core.demo import build_demo
    from lieuxcommuns_desktop.core.services import records
    from lieuxcommuns_desktop.ui import settings
    from lieuxcommuns_desktop.ui.app import create_app
    from lieuxcommuns_desktop.ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    app = create_app([])
    path = build_demo(HOME / "Carnet de démonstration.lieux")
    settings.add_recent(path)
    settings.add_recent(HOME / "Ancien parcours (clé USB).lieux")  # missing: greyed
    window = MainWindow()
    window.resize(1366, 740)
    window.show()

    def settle() -> None:
        for _ in range(6):
            app.processEvents()

    def snap(widget, name: str) -> None:
        settle()
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    snap(window, "accueil")
    window.open_path(path)
    snap(window, "programme")
    ids = window.navigation.atelier_ids()
    window.open_atelier(ids[0], "sheet")
    snap(window, "atelier-fiche")
    nb = window.doc.notebook
    records.update(nb, m.Atelier, ids[0], planned_minutes=150)
    window.open_atelier(ids[0], "agenda")
    snap(window, "atelier-deroule")
    editor = window.current_page.tools["agenda"]
    editor.table.selectRow(2)
    editor.model.setData(editor.model.index(2, 3), 40)
    editor.move_selected(1)
    editor.table.selectRow(3)
    window.undo_dock.show()
    snap(window, "historique")
    window.undo_dock.hide()

    from lieuxcommuns_desktop.ui.dialogs.templates import TemplateChooserDialog

    dialog = TemplateChooserDialog(window)
    dialog.show()
    snap(dialog, "modele")
    dialog.close()

    from lieuxcommuns_desktop.ui.dialogs.lock import LockDialog
    from lieuxcommuns_desktop.ui.lock import Holder

    lock = LockDialog(window, path, Holder(4242, "portable-salle", "python3"))
    lock.show()
    snap(lock, "verrou")
    lock.close()

    from lieuxcommuns_desktop.ui.dialogs.about import AboutDialog

    about = AboutDialog(window)
    about.show()
    snap(about, "a-propos")
    about.close()
    window.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
