"""À propos: version and the licences of what the application is built with."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ... import __version__
from ..icons import app_icon


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setAccessibleName(self.tr("À propos de Lieux Communs"))
        self.setWindowTitle(self.tr("À propos de Lieux Communs"))
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(QSize(64, 64)))
        title = QLabel(self.tr("<h2>Lieux Communs {version}</h2>"
                               "<p>Préparer, animer et documenter les ateliers de "
                               "partenariats public-communs, sans connexion.</p>").format(
            version=__version__), self)
        title.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(title, 1)
        from html import escape

        from ...about import components

        table = "".join(
            f"<tr><td><b>{escape(c.name)}</b></td><td>{escape(c.display_version)}</td>"
            f"<td>{escape(c.licence)}</td><td>{escape(c.note)}</td></tr>"
            for c in components())
        self.text = QTextBrowser(self)
        self.text.setObjectName("aboutLicences")
        self.text.setAccessibleName(self.tr("Licences"))
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(
            self.tr("<p>Ce programme est un logiciel libre : vous pouvez le redistribuer et le "
                    "modifier selon les termes de la licence publique générale GNU, version 3 "
                    "ou ultérieure. Les contenus produits avec (comptes rendus, modèles) sont "
                    "publiés par défaut sous licence CC BY-SA 4.0.</p>")
            + "<table cellpadding='4'><tr><th align='left'>" + self.tr("Composant") + "</th>"
              "<th align='left'>" + self.tr("Version") + "</th>"
              "<th align='left'>" + self.tr("Licence") + f"</th><th></th></tr>{table}</table>"
            + self.tr("<p>Qt et PySide6 sont utilisés sous LGPLv3 : vous pouvez les remplacer "
                      "par une version modifiée.</p>"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("aboutButtons")
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 480)
