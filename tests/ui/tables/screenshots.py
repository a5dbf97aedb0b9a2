"""Screenshots of the table pages and the attendance list (not a test).

Run: QT_QPA_PLATFORM=offscreen python -m tests.ui.tables.screenshots [OUT_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from lieuxcommuns_desktop.core.services.notebook import Notebook
    from lieuxcommuns_desktop.ui.attendance.widget import AttendanceWidget
    from lieuxcommuns_desktop.ui.document import Document
    from lieuxcommuns_desktop.ui.tables import pages
    from lieuxcommuns_desktop.ui.tables.csv_import import CsvImportDialog
    from tests.ui.tables import conftest as sample_mod

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    tmp = Path(tempfile.mkdtemp())
    nb = Notebook.create(tmp / "demo.lieux", title="Lieux Communs 2026")
    data = sample_mod.fill_sample(nb)
    doc = Document(nb)
    size = (1366 - 260, 768 - 110)  # the central area beside the navigation tree
    for name, cls in [("collectivites", pages.CollectivitesPage),
                      ("ressources", pages.RessourcesPage), ("acteurs", pages.ActeursPage),
                      ("participants", pages.ParticipantsPage)]:
        page = cls(doc)
        page.resize(*size)
        page.show()
        if name == "acteurs":
            page.select_id(data.acteurs["Les Jardins du Môle"].id)
        page.view.setFocus()
        app.processEvents()
        page.grab().save(str(out / f"tables-{name}.png"))
    widget = AttendanceWidget(doc, data.atelier.id)
    widget.resize(*size)
    widget.show()
    widget.clock = lambda: __import__("datetime").time(9, 41)
    widget.walk_in_edit.setText("Marc Olivier, Atelier Vélo")
    widget.add_walk_in()
    widget.walk_in_edit.setText("Awa Ba, Les Jardins du Môle")
    app.processEvents()
    widget.grab().save(str(out / "attendance.png"))
    csv = tmp / "inscriptions.csv"
    csv.write_bytes(("Nom;Prénom;Structure;Catégorie;Adresse e-mail;Tél.\n"
                     "Ba;Awa;Les Jardins du Môle;;awa@jardins.org;\n"
                     ";Paul;Collectif Halle Ouverte;Associations;paul@halle.org;\n"
                     "Moreau;Lise;Atelier Vélo;Martiens;lise@velo;06 11 22 33 44\n"
                     "Kone;Moussa;Atelier Vélo;Associations;moussa@velo.fr;\n").encode("cp1252"))
    dialog = CsvImportDialog(doc, csv, "participants")
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "tables-csv-import.png"))
    doc.close()


if __name__ == "__main__":
    main()
