"""Préférences: the interface language (applied at the next start), photo size and quality."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ... import language
from .. import settings
from .buttons import ok_cancel

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
        self.photo_quality = QSpinBox(self)
        self.photo_quality.setObjectName("preferencesPhotoQuality")
        self.photo_quality.setAccessibleName(self.tr("Qualité JPEG des photos"))
        self.photo_quality.setRange(30, 95)
        self.photo_quality.setValue(settings.photo_quality())
        self.photo_long_side = QSpinBox(self)
        self.photo_long_side.setObjectName("preferencesPhotoLongSide")
        self.photo_long_side.setAccessibleName(self.tr("Plus grand côté des photos, en pixels"))
        self.photo_long_side.setRange(640, 4096)
        self.photo_long_side.setSingleStep(160)
        self.photo_long_side.setSuffix(self.tr(" px"))
        self.photo_long_side.setValue(settings.photo_long_side())
        form = QFormLayout()
        form.addRow(self.tr("&Langue :"), self.language)
        form.addRow(self.tr("&Qualité des photos :"), self.photo_quality)
        form.addRow(self.tr("&Taille des photos :"), self.photo_long_side)
        buttons = ok_cancel(self, "preferencesButtons")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        settings.set_language(self.language.currentData())
        settings.set_photo_preferences(self.photo_quality.value(), self.photo_long_side.value())
        super().accept()
