"""Every action of the notebook in one table: who, what, when, done.

Overdue actions stand out (red, and "en retard" for screen readers); the list
can be narrowed to one collectivité (through each atelier's collectivité) and
can hide what is done. Space ticks an action done, Enter edits it.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Collectivite, Note
from ...core.services import notes, records
from ...core.tables import Table
from ..columns import ColumnFitter
from ..commands import EditCommand
from ..document import Document
from ..plain import isolate, literal, plain
from ..roles import Role
from .feed import NoteDialog

if TYPE_CHECKING:
    from ...core.services.notebook import ChangeSet

log = logging.getLogger(__name__)

COL_DONE, COL_TEXT, COL_OWNER, COL_DUE, COL_ATELIER, COL_COLLECTIVITE = range(6)
OVERDUE_BG = QColor("#fde0dc")
OVERDUE_FG = QColor("#b71c1c")


class ActionsTable(QTableWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        page = self.parent()
        if event.key() == Qt.Key.Key_Space and isinstance(page, ActionsPage):
            page.toggle_done(page.current_note_id())
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(page,
                                                                                ActionsPage):
            page.edit(page.current_note_id())
        else:
            super().keyPressEvent(event)


class ActionsPage(QWidget):
    #: (atelier_id, note_id): show this note in its atelier's notes tool.
    noteRequested = Signal(str, str)

    def __init__(self, doc: Document, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.today = today
        self.setObjectName("actions_page")
        self.collectivite = QComboBox(self)
        self.collectivite.setObjectName("actions_collectivite")
        self.collectivite.setAccessibleName(self.tr("Filtrer par collectivité"))
        self.hide_done = QCheckBox(self.tr("&Masquer les actions faites"), self)
        self.hide_done.setObjectName("actions_hide_done")
        self.hide_done.setAccessibleName(self.tr("Masquer les actions faites"))
        self.summary = plain(QLabel(self))
        self.summary.setObjectName("actions_summary")
        self.open_button = QPushButton(self.tr("Voir dans l'atelier"), self)
        self.open_button.setObjectName("actions_open")
        self.open_button.setAccessibleName(self.tr("Voir l'action dans les notes de l'atelier"))
        self.table = ActionsTable(0, 6, self)
        self.table.setObjectName("actions_table")
        self.table.setAccessibleName(self.tr("Actions"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Faite"), self.tr("Action"), self.tr("Responsable"), self.tr("Échéance"),
            self.tr("Atelier"), self.tr("Collectivité")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # The action's text gets the widest column (ateliers' titles no longer take it).
        self.columns = ColumnFitter(self.table, COL_TEXT, share=0.4, cap=200)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.edit(self.current_note_id()))

        top = QHBoxLayout()
        label = QLabel(self.tr("&Collectivité :"), self)
        label.setBuddy(self.collectivite)
        top.addWidget(label)
        top.addWidget(self.collectivite)
        top.addWidget(self.hide_done)
        top.addStretch(1)
        top.addWidget(self.summary)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self.collectivite.currentIndexChanged.connect(lambda _i: self.refresh())
        self.hide_done.toggled.connect(lambda _b: self.refresh())
        self.open_button.clicked.connect(self._open_current)
        doc.changed.connect(self._on_changed)
        self._rows: list[notes.ActionRow] = []
        self._fill_collectivites()
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        tables = changes.tables
        if Table.COLLECTIVITE in tables:
            self._fill_collectivites()
        if {Table.NOTE, Table.ATELIER, Table.COLLECTIVITE, Table.PARTICIPANT, Table.ACTEUR,
                Table.SEQUENCE} & tables:
            self.refresh()

    def _fill_collectivites(self) -> None:
        current = self.collectivite.currentData()
        self.collectivite.blockSignals(True)
        self.collectivite.clear()
        self.collectivite.addItem(self.tr("Toutes"), None)
        for c in records.all_of(self.doc.notebook, Collectivite, Collectivite.name):
            self.collectivite.addItem(c.name, c.id)
        self.collectivite.setCurrentIndex(max(0, self.collectivite.findData(current)))
        self.collectivite.blockSignals(False)

    def set_collectivite(self, collectivite_id: str | None) -> None:
        self.collectivite.setCurrentIndex(max(0, self.collectivite.findData(collectivite_id)))

    def refresh(self) -> None:
        current = self.current_note_id()
        self._rows = notes.actions(self.doc.notebook,
                                   collectivite_id=self.collectivite.currentData(),
                                   include_done=not self.hide_done.isChecked(),
                                   today=self.today)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._rows))
        late = self.tr("en retard")
        for r, row in enumerate(self._rows):
            done = QTableWidgetItem()
            done.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            done.setCheckState(Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked)
            done.setData(Role.ID, row.note_id)
            due = row.due_date.strftime("%d/%m/%Y") if row.due_date else ""
            if row.overdue:
                due = f"{due} — {late}"
            cells = [done, QTableWidgetItem(row.text), QTableWidgetItem(row.owner),
                     QTableWidgetItem(due), QTableWidgetItem(row.atelier_title),
                     QTableWidgetItem(row.collectivite_name)]
            for c, item in enumerate(cells):
                if c:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if row.overdue:
                    item.setBackground(QBrush(OVERDUE_BG))
                    item.setForeground(QBrush(OVERDUE_FG))
                elif row.done:
                    item.setForeground(QBrush(QColor("#757575")))
                self.table.setItem(r, c, item)
            self.table.item(r, COL_TEXT).setToolTip(literal(
                f"{isolate(row.atelier_title)} — {isolate(row.sequence_title)}"
                if row.sequence_title else row.atelier_title))
        self.table.blockSignals(False)
        self.columns.fit()
        overdue = sum(r.overdue for r in self._rows)
        todo = sum(not r.done for r in self._rows)
        self.summary.setText(self.tr("%n à faire, dont {overdue} en retard", "", todo).format(
            overdue=overdue))
        if current:
            self.select(current)

    # -- selection and edits ----------------------------------------------------------
    def rows(self) -> list[notes.ActionRow]:
        return list(self._rows)

    def current_note_id(self) -> str | None:
        row = self.table.currentRow()
        return self._rows[row].note_id if 0 <= row < len(self._rows) else None

    def select(self, note_id: str) -> bool:
        for r, row in enumerate(self._rows):
            if row.note_id == note_id:
                self.table.selectRow(r)
                return True
        return False

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != COL_DONE:
            return
        note_id = item.data(Role.ID)
        done = item.checkState() == Qt.CheckState.Checked
        self._set_done(note_id, done)

    def toggle_done(self, note_id: str | None) -> None:
        row = next((r for r in self._rows if r.note_id == note_id), None)
        if row is not None:
            self._set_done(row.note_id, not row.done)

    def _set_done(self, note_id: str, done: bool) -> None:
        text = self.tr("Action faite") if done else self.tr("Action à refaire")
        nb = self.doc.notebook
        command = EditCommand(self.doc, text, lambda: notes.mark_done(nb, note_id, done))
        if not self.doc.run(command):
            self.refresh()

    def edit(self, note_id: str | None) -> None:
        if not note_id:
            return
        dialog = NoteDialog(self.doc, records.get(self.doc.notebook, Note, note_id), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.apply()

    def _open_current(self) -> None:
        row = next((r for r in self._rows if r.note_id == self.current_note_id()), None)
        if row is not None:
            self.noteRequested.emit(row.atelier_id, row.note_id)
