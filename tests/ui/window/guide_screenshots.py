"""Take the screenshots of a translated user guide from the real window (not a test).

The English guide (``docs/guide.en.md``) shows the app in English at 1024×768 — a
small laptop or a projector — on the demo notebook; its pictures are named
``en-<name>.png`` beside the French ones::

    xvfb-run -a -s "-screen 0 1024x768x24" \\
        python -m tests.ui.window.guide_screenshots en docs/screenshots

(``QT_QPA_PLATFORM=offscreen`` works too, with other fonts.) The English
catalogue must be compiled first (``build/update_translations.py``).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from tests.ui.shots import SIZE, isolated_home, shoot_dialogs, shown_window

ROOT = Path(__file__).resolve().parents[3]
HOME = isolated_home("lc-guide-shots-")


def main(lang: str, out: Path) -> None:
    os.environ["LIEUXCOMMUNS_LANG"] = lang
    from PySide6.QtWidgets import QApplication

    from lieuxcommuns_desktop.core.demo import build_demo
    from lieuxcommuns_desktop.core.enums import MapLayout
    from lieuxcommuns_desktop.ui import settings
    from lieuxcommuns_desktop.ui.app import create_app

    out.mkdir(parents=True, exist_ok=True)
    app = create_app([])
    path = build_demo(HOME / "demo.lieux")
    settings.add_recent(path)
    settings.add_recent(HOME / "Old programme (USB key).lieux")  # missing: greyed
    window = shown_window()

    def settle() -> None:
        for _ in range(8):
            app.processEvents()

    def snap(widget, name: str) -> None:
        if widget is window:
            window.resize(*SIZE)  # a page with a wide minimum may have grown it
        settle()
        target = out / f"{lang}-{name}.png"
        widget.grab().save(str(target))
        print(target)

    snap(window, "accueil")
    window.open_path(path)
    snap(window, "programme")
    ids = window.navigation.atelier_ids()
    atelier = ids[0]
    window.open_atelier(atelier, "sheet")
    snap(window, "atelier-fiche")
    window.open_atelier(atelier, "agenda")
    snap(window, "atelier-deroule")
    editor = window.current_page.tools["agenda"]
    editor.table.selectRow(2)
    editor.move_selected(1)
    window.undo_dock.show()
    snap(window, "historique")
    window.doc.undo_stack.undo()
    window.undo_dock.hide()

    shoot_dialogs(window, path, "room-laptop", snap)

    for key, name in (("acteurs", "tables-acteurs"),
                      ("experimentations", "tables-experimentations"),
                      ("actions", "notes-actions")):
        if window.navigation.select("page", key):
            snap(window, name)
    if window.navigation.select("page", "search"):
        page = window.current_page
        page.query.setText("comite")
        page.search_now()
        snap(window, "notes-search")

    csv = HOME / "registrations.csv"
    csv.write_text("Last name;First name;Organisation;Email\n"
                   "Ba;Awa;Les Jardins du Môle;awa@jardins.org\n"
                   ";Paul;Collectif Halle Ouverte;paul@halle.org\n"
                   "Moreau;Lise;Atelier Vélo;lise@velo\n", encoding="utf-8")
    from lieuxcommuns_desktop.ui.tables.csv_import import CsvImportDialog

    importer = CsvImportDialog(window.doc, csv, "participants")
    importer.show()
    snap(importer, "tables-csv-import")
    importer.close()

    window.open_atelier(atelier, "attendance")
    snap(window, "attendance")
    window.open_atelier(atelier, "map")
    tool = window.current_page.tools["map"]
    snap(window, "map-onion")
    tool.set_layout(MapLayout.POWER_INTEREST)
    snap(window, "map-power-interest")
    window.doc.undo_stack.undo()
    window.open_atelier(atelier, "roles")
    snap(window, "matrices-roles")
    window.open_atelier(atelier, "decisions")
    decisions = window.current_page.tools["decisions"]
    decisions.tabs.setCurrentIndex(decisions.tabs.count() - 1)
    snap(window, "matrices-comparaison")
    window.open_atelier(atelier, "commons")
    snap(window, "matrices-communs")
    window.open_atelier(atelier, "evaluation")
    evaluation = window.current_page.tools["evaluation"]
    evaluation.tabs.setCurrentIndex(1)
    snap(window, "evaluation-summary")

    from lieuxcommuns_desktop.ui.live.window import LiveWindow

    start = dt.datetime(2026, 3, 14, 9, 30)
    now = [start]
    live = LiveWindow(window.doc, atelier, None, clock=lambda: now[0])
    live.resize(*SIZE)
    live.show()
    live.timer.reset()  # the demo's atelier was already run: start it afresh
    live.timer.next()
    live.timer.start()
    step = live.current_sequence()
    now[0] = start + dt.timedelta(minutes=step.minutes * 0.85)
    live.timer.tick()
    snap(live, "live-timer-orange")
    live.toggle_projector()
    if live.projector is not None:
        live.projector.resize(*SIZE)
        snap(live.projector, "live-projector")
        live.toggle_projector()
    live.close()
    window.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "en",
         Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "docs" / "screenshots")
