"""Write the *lettre de suivi* from the window: PDF or HTML, all or changed since a date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import LieuxError
from ..document import Document
from ..plain import plain


class LetterDialog(QDialog):
    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(self.tr("Lettre de suivi des expérimentations"))
        self.format = QComboBox(self)
        self.format.setObjectName("letterFormat")
        self.format.addItem(self.tr("PDF à imprimer ou envoyer"), "pdf")
        self.format.addItem(self.tr("Page HTML à publier"), "html")
        self.only_since = QCheckBox(self.tr("Seulement ce qui a changé &depuis le :"), self)
        self.only_since.setObjectName("letterOnlySince")
        self.since = QDateEdit(self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("dd/MM/yyyy")
        start = dt.date.today() - dt.timedelta(days=30)
        self.since.setDate(QDate(start.year, start.month, start.day))
        self.since.setEnabled(False)
        self.only_since.toggled.connect(self.since.setEnabled)
        self.error = plain(QLabel(self))
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Format :"), self.format)
        form.addRow(self.only_since, self.since)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.written: str | None = None

    def since_date(self) -> dt.date | None:
        if not self.only_since.isChecked():
            return None
        q = self.since.date()
        return dt.date(q.year(), q.month(), q.day())

    def save(self) -> None:
        kind = self.format.currentData()
        name = self.tr("lettre-de-suivi") + f".{kind}"
        filters = self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("Page HTML (*.html)")
        path, _selected = QFileDialog.getSaveFileName(self, self.windowTitle(), name, filters)
        if not path:
            return
        try:
            if kind == "pdf":
                from ...printing.letter import write_letter

                written = write_letter(self.doc.notebook, path, since=self.since_date())
            else:
                from ...printing.letter_html import write_letter_html

                written = write_letter_html(self.doc.notebook, path, since=self.since_date())
        except LieuxError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.written = str(written)
        self.accept()
