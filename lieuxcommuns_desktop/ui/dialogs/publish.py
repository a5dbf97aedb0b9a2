"""*Fichier › Publier…*: review every name the site would hold, then publish.

The review is the one the site is built from (:func:`publishing.publish.prepare`
renders the site in memory first), so what the facilitator checks is exactly
what gets written: each person's name, the page and field where it would
appear, and what is published instead when they did not consent. Names
found in free texts are marked "à vérifier", and so are the photos left out
of the site for want of an alt text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import LieuxError
from ...core.fileio import check_output
from ...publishing.publish import Publication, prepare
from ...publishing.writer import WriteReport, check_folder, write_site
from ..document import Document


class PublishDialog(QDialog):
    """Folder, review list, Publish."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.report: WriteReport | None = None
        self.publication: Publication | None = None
        self.setWindowTitle(self.tr("Publier le programme"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Le programme est publié en site web statique, lisible hors ligne et depuis "
            "n'importe quel hébergement, sous la licence choisie dans la fiche du programme. "
            "Seules les personnes qui ont accepté d'être nommées le sont ; les autres "
            "apparaissent par leur structure ou leur fonction. Courriels, téléphones et "
            "présences ne sont jamais publiés."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        folder_label = QLabel(self.tr("&Dossier du site :"))
        self.folder = QLineEdit(str(doc.notebook.path.with_name(
            doc.notebook.path.stem + "-site")))
        self.folder.setAccessibleName(self.tr("Dossier du site"))
        folder_label.setBuddy(self.folder)
        self.choose = QPushButton(self.tr("&Choisir…"))
        self.choose.clicked.connect(self.choose_folder)
        row.addWidget(folder_label)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        layout.addLayout(row)
        review_label = QLabel(self.tr("&Revue des noms avant publication :"))
        layout.addWidget(review_label)
        self.review = QTreeWidget()
        self.review.setAccessibleName(self.tr("Revue des noms"))
        self.review.setRootIsDecorated(False)
        self.review.setHeaderLabels([self.tr("Personne"), self.tr("Où"),
                                     self.tr("Publié comme"), self.tr("À vérifier")])
        self.review.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        review_label.setBuddy(self.review)
        layout.addWidget(self.review, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.publish_button = self.buttons.addButton(
            self.tr("&Publier"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.publish)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.refresh()

    def refresh(self) -> None:
        """Render the site in memory and list every name it holds."""
        self.review.clear()
        try:
            self.publication = prepare(self.doc.notebook)
        except LieuxError as exc:
            self.publication = None
            self.summary.setText(exc.message)
            self.publish_button.setEnabled(False)
            return
        flagged = 0
        for line in self.publication.review:
            item = QTreeWidgetItem([line.name, line.where, line.published,
                                    self.tr("à vérifier") if line.flagged else ""])
            item.setToolTip(1, line.where)
            if line.flagged:
                flagged += 1
            self.review.addTopLevelItem(item)
        for column in (0, 2, 3):
            self.review.resizeColumnToContents(column)
        if self.review.topLevelItemCount():
            self.review.setCurrentItem(self.review.topLevelItem(0))
        withheld = sum(1 for line in self.publication.review if line.kind == "photo")
        people = len(self.publication.review) - withheld
        text = (self.tr("%n mention(s) de personnes dans le site", "", people)
                + " — " + self.tr("%n trouvée(s) dans des textes libres : vérifiez-les.", "",
                                  flagged - withheld))
        if withheld:
            text += " " + self.tr(
                "%n photo(s) non publiée(s) faute de texte alternatif.", "", withheld)
        self.summary.setText(text)
        self.publish_button.setEnabled(True)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Dossier du site"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def publish(self) -> None:
        if self.publication is None:
            return
        target = Path(self.folder.text().strip()).expanduser()
        try:
            check_output(target, notebook=self.doc.notebook.path, folder=True)
            check_folder(target)
            self.report = write_site(self.publication.files, target)
        except LieuxError as exc:
            self.summary.setText(exc.message)
            return
        except OSError as exc:
            self.summary.setText(LieuxError("io", path=target,
                                            reason=exc.strerror or exc).message)
            return
        self.accept()


def publish_programme(parent: QWidget, doc: Document) -> WriteReport | None:
    dialog = PublishDialog(doc, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.exec()
    return dialog.report
