"""Take the user guide's screenshots from the real window (offscreen).

    QT_QPA_PLATFORM=offscreen python -m tests.ui.window.screenshots docs/screenshots
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tests.ui.shots import isolated_home, shoot_dialogs, shown_window

ROOT = Path(__file__).resolve().parents[3]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HOME = isolated_home("lc-shots-")
os.environ["LIEUXCOMMUNS_LANG"] = "fr"


def main(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from lieuxcommuns_desktop.core import model as m
    from lieuxcommuns_desktop.core.demo import build_demo
    from lieuxcommuns_desktop.core.services import records
    from lieuxcommuns_desktop.ui import settings
    from lieuxcommuns_desktop.ui.app import create_app

    out.mkdir(parents=True, exist_ok=True)
    app = create_app([])
    path = build_demo(HOME / "Carnet de démonstration.lieux")
    settings.add_recent(path)
    settings.add_recent(HOME / "Ancien parcours (clé USB).lieux")  # missing: greyed
    window = shown_window((1366, 740), at_origin=False)

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

    shoot_dialogs(window, path, "portable-salle", snap)
    window.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
