"""The séquences of one atelier as a table: computed clock times, edits as undo commands.

The model never writes its rows itself: ``setData`` and drops push undo
commands, and the rows are reloaded from the notebook when ``Document.changed``
says séquences or the atelier changed.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...core import rules
from ...core.enums import Tool
from ...core.model import Atelier, Sequence
from ...core.services import agenda, records
from ...core.tables import Table
from ..commands import EditCommand
from ..document import Document
from ..editors.labels import tool_label
from ..plain import literal
from ..roles import Role

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from ...core.services.notebook import ChangeSet

log = logging.getLogger(__name__)

MIME = "application/x-lieuxcommuns-sequences"

COL_START, COL_END, COL_TITLE, COL_MINUTES, COL_METHOD, COL_INSTRUCTIONS, COL_MATERIALS, \
    COL_TOOL = range(8)

#: Column -> Sequence field for editable columns.
FIELDS = {
    COL_TITLE: "title",
    COL_MINUTES: "minutes",
    COL_METHOD: "method",
    COL_INSTRUCTIONS: "instructions",
    COL_MATERIALS: "materials",
    COL_TOOL: "tool",
}

Index = QModelIndex | QPersistentModelIndex


class SequenceModel(QAbstractTableModel):
    def __init__(self, doc: Document, atelier_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.atelier_id = atelier_id
        self.rows: list[Sequence] = []
        self.slots: list[rules.Slot] = []
        self.start: dt.time | None = None
        self.planned: int | None = None
        self.reload()
        doc.changed.connect(self._on_changed)

    # -- data from the notebook --------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        atelier = records.find(self.doc.notebook, Atelier, self.atelier_id)
        self.start = atelier.start_time if atelier else None
        self.planned = atelier.planned_minutes if atelier else None
        self.rows = agenda.sequences(self.doc.notebook, self.atelier_id)
        self.slots = rules.schedule(self.start, [s.minutes for s in self.rows])
        self.endResetModel()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Table.SEQUENCE) or self.atelier_id in changes.ids(Table.ATELIER):
            self.reload()

    @property
    def minutes(self) -> list[int]:
        return [s.minutes for s in self.rows]

    @property
    def total(self) -> int:
        return rules.total_minutes(self.minutes)

    def issues(self) -> list[rules.Issue]:
        return rules.agenda_issues(self.minutes, self.planned)

    def sequence_id(self, row: int) -> str:
        return self.rows[row].id

    # -- Qt model ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Début"), self.tr("Fin"), self.tr("Séquence"), self.tr("Min."),
                    self.tr("Méthode"), self.tr("Consigne"), self.tr("Matériel"),
                    self.tr("Outil"))[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        seq = self.rows[index.row()]
        col = index.column()
        if role == Role.ID:
            return seq.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_START:
                return self.slots[index.row()].start.strftime("%H:%M")
            if col == COL_END:
                return self.slots[index.row()].end.strftime("%H:%M")
            if col == COL_TOOL:
                return seq.tool.value if role == Qt.ItemDataRole.EditRole else tool_label(
                    seq.tool)
            value = getattr(seq, FIELDS[col])
            if role == Qt.ItemDataRole.DisplayRole and col in (COL_INSTRUCTIONS,
                                                               COL_MATERIALS):
                return " ".join(str(value).split())
            return value
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_INSTRUCTIONS, COL_MATERIALS,
                                                           COL_TITLE):
            return literal(getattr(seq, FIELDS[col])) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_START, COL_END,
                                                                 COL_MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col in (COL_START, COL_END):
            return QBrush(QColor("#555555"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsDragEnabled)
        if index.column() in FIELDS and not self.doc.readonly:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in FIELDS:
            return False
        seq = self.rows[index.row()]
        field = FIELDS[index.column()]
        if field == "minutes":  # typed text to a number; the service checks the range
            try:
                value = int(value)
            except (TypeError, ValueError):
                return False
        elif field == "tool":
            value = Tool(value) if value in {t.value for t in Tool} else value
        else:
            value = str(value).strip() if field == "title" else str(value)
        if getattr(seq, field) == value:
            return False
        text = self.tr("Modifier « {field} » de la séquence « {title} »").format(
            field=self.headerData(index.column(), Qt.Orientation.Horizontal), title=seq.title)
        nb, seq_id = self.doc.notebook, seq.id
        return self.doc.run(EditCommand(
            self.doc, text, lambda: agenda.edit_sequence(nb, seq_id, **{field: value})))

    # -- drag and drop reordering ---------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(MIME, json.dumps([self.rows[r].id for r in rows]).encode())
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return data.hasFormat(MIME) and not self.doc.readonly

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not data.hasFormat(MIME) or action == Qt.DropAction.IgnoreAction:
            return False
        moved = [i for i in json.loads(bytes(data.data(MIME)).decode()) if
                 any(s.id == i for s in self.rows)]
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        self.move(moved, row)
        # The rows move through the undo command and the reload, never through
        # the view's removeRows: report "not handled here".
        return False

    def move(self, ids: list[str], row: int) -> bool:
        """Put the séquences ``ids`` before row ``row`` as one undo step."""
        order = [s.id for s in self.rows]
        before = order[:row]
        after = order[row:]
        new_order = ([i for i in before if i not in ids] + ids
                     + [i for i in after if i not in ids])
        if new_order == order:
            return False
        text = self.tr("Déplacer la séquence « {title} »").format(
            title=next(s.title for s in self.rows if s.id == ids[0]))
        nb = self.doc.notebook
        return self.doc.run(EditCommand(self.doc, text,
                                        lambda: agenda.move_sequences(nb, new_order)))
