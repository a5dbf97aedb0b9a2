"""*Matrice des rôles* (RACI): responsibilities × acteurs of an atelier.

Keys R, A, C, I set the selected cells, Delete clears them, arrows move,
Enter or a double-click opens the choices; the rule checks (exactly one A,
at least one R) are shown live on the right.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ...core import matrix_labels as ml
from ...core.enums import Raci
from ..document import Document
from .model import MatrixModel
from .tool import MatrixPage, RowsBar, export_csv, legend_html

KEYS: dict[str, str | None] = {v.value.casefold(): v.value for v in Raci}


class RoleMatrixTool(QWidget):
    def __init__(self, doc: Document, atelier_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.atelier_id = doc, atelier_id
        self.setObjectName("roleMatrixTool")
        self.setAccessibleName(self.tr("Matrice des rôles"))
        self.model = MatrixModel(doc, atelier_id, ml.ROLES, parent=self)
        choices = [(v.value, f"{v.value} — {ml.raci_label(v)}") for v in Raci]
        choices.append((None, self.tr("Vider la cellule")))
        self.page = MatrixPage(doc, atelier_id, self.model, KEYS, choices, "roles", self)
        self.view = self.page.view
        self.bar = RowsBar(doc, atelier_id, ml.ROLES, lambda: (self.model, self.view), self)
        self.bar.exportRequested.connect(
            lambda: export_csv(self, doc, self.model.matrix_data, "roles.csv"))

        legend = QLabel(legend_html([
            (v.value, ml.raci_label(v), *ml.RACI_COLOURS[v]) for v in Raci
        ]) + "&nbsp;&nbsp;" + self.tr("— touches R, A, C, I ; Suppr pour vider ; "
                                      "Entrée pour choisir"), self)
        legend.setObjectName("rolesLegend")
        legend.setWordWrap(True)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>Points d'attention</b> — une ligne doit avoir exactement "
                               "un A et au moins un R"), side)
        title.setWordWrap(True)
        side_layout.addWidget(title)
        side_layout.addWidget(self.page.issues, 1)

        splitter = QSplitter(self)
        splitter.setObjectName("rolesSplitter")
        splitter.addWidget(self.page)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 300])

        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(legend)
        layout.addWidget(splitter, 1)
