"""Préférences: the interface language (applied at the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ... import language
from .. import settings

LANGUAGES = (("fr", "Français"), ("en", "English"))


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setAccessibleName(self.tr("Préférences"))
        self.setWindowTitle(self.tr("Préférences"))
        self.language = QComboBox(self)
        self.language.setObjectName("preferencesLanguage")
        self.language.setAccessibleName(self.tr("Langue de l'interface"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        current = settings.language() or language.from_environment()
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        note = QLabel(self.tr("La nouvelle langue s'applique au prochain démarrage."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Langue :"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("preferencesButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        settings.set_language(self.language.currentData())
        super().accept()
