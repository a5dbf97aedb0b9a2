"""The programme sheet: title, territory, licence, description, and its thématiques."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import model as m
from ...core.services import programme_sheet, records
from ...publishing.licences import CHOICES
from ..commands import EditCommand
from ..document import Document
from ..focus_commit import CommitOnFocusOut
from ..roles import Role

if TYPE_CHECKING:

    from ...core.services.notebook import ChangeSet

log = logging.getLogger(__name__)


class ProgrammeEditor(QWidget):
    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeEditor")
        self.setAccessibleName(self.tr("Programme"))
        self.doc = doc
        self.programme: m.Programme | None = None
        heading = QLabel(self.tr("Programme"), self)
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout()
        for field, label in (("title", self.tr("Titre")), ("territory", self.tr("Territoire")),
                             ("licence", self.tr("Licence"))):
            edit = QLineEdit(self)
            edit.setObjectName(f"programme_{field}")
            edit.setAccessibleName(label)
            edit.editingFinished.connect(lambda f=field, e=edit: self._commit(f, e.text().strip()))
            self.fields[field] = edit
            form.addRow(label, edit)
        # Creative Commons licences to choose from (publishing refuses any other)
        licence = self.fields["licence"]
        completer = QCompleter([c.code for c in CHOICES], licence)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        licence.setCompleter(completer)
        licence.setToolTip(self.tr("Licence Creative Commons des publications : {choices}")
                           .format(choices=", ".join(c.code for c in CHOICES)))
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("programme_description")
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(140)
        CommitOnFocusOut(self.description,
                         lambda: self._commit("description", self.description.toPlainText()))
        self.fields["description"] = self.description
        form.addRow(self.tr("Description"), self.description)

        self.summary = QLabel(self)
        self.summary.setObjectName("programmeSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        themes = QGroupBox(self.tr("Thématiques (expéditions)"), self)
        self.themes = QListWidget(themes)
        self.themes.setObjectName("programmeThematiques")
        self.themes.setAccessibleName(self.tr("Thématiques"))
        self.themes.itemChanged.connect(self._rename_theme)
        add = QPushButton(self.tr("Ajouter une thématique"), themes)
        add.setObjectName("programmeAddThematique")
        add.setAccessibleName(add.text())
        add.clicked.connect(self.add_theme)
        remove = QPushButton(self.tr("Supprimer"), themes)
        remove.setObjectName("programmeRemoveThematique")
        remove.setAccessibleName(self.tr("Supprimer la thématique"))
        remove.clicked.connect(self.remove_theme)
        self.theme_buttons = (add, remove)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        box = QVBoxLayout(themes)
        box.addWidget(self.themes)
        box.addLayout(row)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(themes, 1)
        self.refresh()
        # A bound method, not a lambda: Qt drops the connection when the editor is
        # deleted (leaving the page), a lambda would keep calling into dead widgets.
        doc.changed.connect(self._on_changed)

    def _on_changed(self, _changes: ChangeSet) -> None:
        self.refresh()

    def refresh(self) -> None:
        nb = self.doc.notebook
        found = records.all_of(nb, m.Programme)
        self.programme = found[0] if found else None
        if self.programme is not None:
            for field, widget in self.fields.items():
                value = getattr(self.programme, field)
                if isinstance(widget, QLineEdit):
                    if widget.text() != value:
                        widget.setText(value)
                elif widget.toPlainText() != value:
                    widget.setPlainText(value)
                widget.setReadOnly(self.doc.readonly)
        self.summary.setText(" · ".join((
            self.tr("<b>%n</b> atelier(s)", "", records.count(nb, m.Atelier)),
            self.tr("<b>%n</b> collectivité(s)", "", records.count(nb, m.Collectivite)),
            self.tr("<b>%n</b> acteur(s)", "", records.count(nb, m.Acteur)),
            self.tr("<b>%n</b> participant·e(s)", "", records.count(nb, m.Participant)),
            self.tr("<b>%n</b> expérimentation(s)", "", records.count(nb, m.Experimentation)))))
        self.themes.blockSignals(True)
        self.themes.clear()
        for theme in records.all_of(nb, m.Thematique, m.Thematique.position, m.Thematique.name):
            n = records.count(nb, m.Atelier, thematique_id=theme.id)
            item = QListWidgetItem(theme.name, self.themes)
            item.setData(Role.ID, theme.id)
            item.setToolTip(self.tr("%n atelier(s)", "", n))
            if not self.doc.readonly:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.themes.blockSignals(False)
        for button in self.theme_buttons:
            button.setEnabled(not self.doc.readonly)

    def _commit(self, field: str, value: str) -> None:
        if self.programme is None or self.doc.readonly:
            return
        if getattr(self.programme, field) == value:
            return
        nb, programme_id = self.doc.notebook, self.programme.id
        if not self.doc.run(EditCommand(
                self.doc, self.tr("Modifier le programme"),
                lambda: programme_sheet.edit_sheet(nb, programme_id, **{field: value}))):
            self.refresh()

    def add_theme(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Nouvelle thématique"), self.tr("Nom :"))
        if ok:  # an empty name: the service says no
            nb = self.doc.notebook
            self.doc.run(EditCommand(
                self.doc, self.tr("Ajouter la thématique « {name} »").format(name=name.strip()),
                lambda: programme_sheet.add_theme(nb, name)))

    def _rename_theme(self, item: QListWidgetItem) -> None:
        name = item.text().strip()
        theme_id = item.data(Role.ID)
        nb = self.doc.notebook
        if not self.doc.run(EditCommand(self.doc, self.tr("Renommer la thématique"),
                                        lambda: programme_sheet.rename_theme(nb, theme_id, name))):
            self.refresh()

    def remove_theme(self) -> None:
        item = self.themes.currentItem()
        if item is None:
            return
        nb, theme_id = self.doc.notebook, item.data(Role.ID)
        self.doc.run(EditCommand(
            self.doc, self.tr("Supprimer la thématique « {name} »").format(name=item.text()),
            lambda: programme_sheet.remove_theme(nb, theme_id)))
