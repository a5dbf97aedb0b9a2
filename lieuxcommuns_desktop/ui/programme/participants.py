"""The collectivités taking part in an atelier, ticked in a list on the atelier's sheet.

Space (or a click) on a collectivité adds or withdraws it, one undo step each,
through ``programme.add_participant``/``remove_participant``: a collectivité
that joins an atelier of an expedition joins the expedition too, and the host
cannot be withdrawn (the service says so in one line).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ...core.model import AtelierCollectivite, Collectivite
from ...core.services import programme, records
from ...core.services.notebook import ChangeSet
from ...core.tables import Table
from ..document import Document
from ..roles import Role
from .edits import ProgrammeEditCommand


class ParticipantsList(QListWidget):
    def __init__(self, doc: Document, atelier_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("atelier_participants")
        self.setAccessibleName(self.tr("Collectivités participantes"))
        self.setToolTip(self.tr("Espace ou clic : ajouter ou retirer une collectivité"))
        self.doc = doc
        self.atelier_id = atelier_id
        self.host_id: str | None = None
        self._filling = False
        self.setMaximumHeight(110)
        self.itemChanged.connect(self._toggled)
        self.refresh()
        doc.changed.connect(self._on_changed)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Table.ATELIER_COLLECTIVITE, Table.COLLECTIVITE, Table.ATELIER):
            self.refresh()

    def refresh(self) -> None:
        from ...core.model import Atelier

        atelier = records.find(self.doc.notebook, Atelier, self.atelier_id)
        if atelier is None:
            return
        self.host_id = atelier.collectivite_id
        taking_part = {row.collectivite_id for row in records.all_of(
            self.doc.notebook, AtelierCollectivite) if row.atelier_id == self.atelier_id}
        current = self.currentRow()
        self._filling = True
        self.clear()
        for collectivite in records.all_of(self.doc.notebook, Collectivite, Collectivite.name):
            name = collectivite.name
            if collectivite.id == self.host_id:
                name = self.tr("{name} (accueil)").format(name=name)
            item = QListWidgetItem(name)
            item.setData(Role.ID, collectivite.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if collectivite.id in taking_part
                               else Qt.CheckState.Unchecked)
            self.addItem(item)
        self._filling = False
        if 0 <= current < self.count():
            self.setCurrentRow(current)
        self.setEnabled(not self.doc.readonly)

    def _toggled(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        nb, atelier_id = self.doc.notebook, self.atelier_id
        collectivite_id = item.data(Role.ID)
        name = item.text()
        if item.checkState() == Qt.CheckState.Checked:
            command = ProgrammeEditCommand(
                self.doc, self.tr("Ajouter {name} à l'atelier").format(name=name),
                lambda: programme.add_participant(nb, atelier_id, collectivite_id))
        else:
            command = ProgrammeEditCommand(
                self.doc, self.tr("Retirer {name} de l'atelier").format(name=name),
                lambda: programme.remove_participant(nb, atelier_id, collectivite_id))
        if not self.doc.run(command):
            self.refresh()  # refused (the host, a read-only notebook): show the truth again
