"""Screenshots of the matrices with realistic data (not a test).

    QT_QPA_PLATFORM=offscreen python -m tests.ui.matrices.screenshots docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.qt_compat import protect_singletons
from tests.ui.matrices.sample import build


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    protect_singletons()
    from lieuxcommuns_desktop.ui.matrices.commons import CommonsGridTool
    from lieuxcommuns_desktop.ui.matrices.decisions import DecisionMatrixTool
    from lieuxcommuns_desktop.ui.matrices.roles import RoleMatrixTool

    out.mkdir(parents=True, exist_ok=True)
    nb = Notebook.create(Path(tempfile.mkdtemp()) / "carnet.lieux")
    sample = build(nb)
    doc = Document(nb)

    def shoot(widget, name: str) -> None:
        widget.resize(1366, 768)
        widget.show()
        app.processEvents()
        app.processEvents()
        widget.grab().save(str(out / f"matrices-{name}.png"))

    roles = RoleMatrixTool(doc, sample.atelier_id)
    roles.view.setCurrentIndex(roles.model.index(4, 1))
    shoot(roles, "roles")
    decisions = DecisionMatrixTool(doc, sample.atelier_id)
    decisions.page("aujourdhui").view.setCurrentIndex(
        decisions.page("aujourdhui").model.index(3, 4))
    shoot(decisions, "decisions-aujourdhui")
    decisions.show_version("cible")
    shoot(decisions, "decisions-cible")
    decisions.tabs.setCurrentIndex(2)
    shoot(decisions, "comparaison")
    commons = CommonsGridTool(doc, sample.atelier_id)
    shoot(commons, "communs")
    for w in (roles, decisions, commons):
        w.close()
    doc.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
