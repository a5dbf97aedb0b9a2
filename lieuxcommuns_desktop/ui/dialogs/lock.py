"""Told when another window or instance already has the notebook open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from ..lock import Holder
from ..screen_fit import watch

READONLY, COPY, CANCEL = "readonly", "copy", "cancel"


class LockDialog(QMessageBox):
    def __init__(self, parent: QWidget | None, path: Path, holder: Holder | None) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        watch(self)  # asked before the main window is shown, so before it fits every window
        self.setAccessibleName(self.tr("Carnet déjà ouvert"))
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Carnet déjà ouvert"))
        who = ""
        if holder is not None:
            who = self.tr(" (programme {app}, processus {pid} sur {host})").format(
                app=holder.appname, pid=holder.pid, host=holder.hostname or "?")
        self.setText(self.tr("Le carnet « {name} » est déjà ouvert dans une autre fenêtre "
                             "ou une autre instance de Lieux Communs{who}.").format(
            name=path.name, who=who))
        self.setInformativeText(self.tr(
            "Deux fenêtres qui modifient le même carnet se marcheraient dessus. Vous pouvez "
            "l'ouvrir en lecture seule, ou en ouvrir une copie à modifier."))
        self.readonly_button = self.addButton(self.tr("Ouvrir en &lecture seule"),
                                              QMessageBox.ButtonRole.AcceptRole)
        self.readonly_button.setObjectName("lock_readonly")
        self.readonly_button.setAccessibleName(self.tr("Ouvrir en lecture seule"))
        self.copy_button = self.addButton(self.tr("Ouvrir une &copie…"),
                                          QMessageBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("lock_copy")
        self.copy_button.setAccessibleName(self.tr("Ouvrir une copie"))
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("lock_cancel")
        self.cancel_button.setAccessibleName(self.tr("Annuler"))
        self.setDefaultButton(self.readonly_button)
        self.setEscapeButton(self.cancel_button)

    def choose(self) -> str:
        self.exec()
        clicked = self.clickedButton()
        if clicked is self.readonly_button:
            return READONLY
        if clicked is self.copy_button:
            return COPY
        return CANCEL
