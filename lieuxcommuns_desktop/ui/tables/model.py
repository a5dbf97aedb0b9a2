"""A generic editable table over a list of records, and its filter and editors.

One :class:`RecordTableModel` serves every notebook table (collectivités,
acteurs, participants…) and the attendance list: the columns are described
by :class:`Column` and edits go through undo commands, never to the
database directly. The model reloads from ``Document.changed`` only when a
table it shows (or looks up) changed, and it reloads by id so that the
selection and the current cell survive an edit.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTimeEdit,
    QWidget,
)

from ...core.labels import choices, fold, label
from ...core.model import Record
from ...core.services.notebook import ChangeSet
from ..commands import update_command
from ..document import Document
from ..plain import literal
from ..roles import Role

log = logging.getLogger(__name__)

#: QDateEdit's minimum date stands for "no date" (shown as a dash).
NO_DATE = QDate(1900, 1, 1)
DATE_FORMAT = "dd/MM/yyyy"
ROOT = QModelIndex()


def tr(text: str) -> str:
    """Translate a string marked elsewhere with ``QT_TRANSLATE_NOOP("tables", ...)``."""
    return QCoreApplication.translate("tables", text)


# Literals are spelled ``translate("tables", "...")`` so that pyside6-lupdate sees the context.
translate = QCoreApplication.translate


@dataclass
class Column:
    """How one attribute of a record shows and edits in a table."""

    attr: str
    #: French source header, translated in context "tables" when shown.
    header: str
    #: text | enum | fk | date | time | bool
    kind: str = "text"
    enum: type[Enum] | None = None
    #: Target entity of a foreign key, shown by ``fk_label`` of the target.
    fk: type[Record] | None = None
    fk_label: Callable[[Any], str] = field(default=lambda r: r.name)
    #: Colour swatch (hex) of a value (enum) or of the target record (fk).
    colour: Callable[[Any], str | None] | None = None
    #: Computed display for read-only columns.
    getter: Callable[[Any], Any] | None = None
    editable: bool = True
    #: The values to write when this cell is set (default: {attr: value}).
    to_values: Callable[[Any, Any], dict[str, Any]] | None = None
    width: int | None = None
    stretch: bool = False


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Enum):
        return label(value)
    if isinstance(value, bool):
        return translate("tables", "oui") if value else ""
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class RecordTableModel(QAbstractTableModel):
    """Rows are detached records from ``loader``; edits become undo commands."""

    def __init__(
        self, doc: Document, entity: type[Record], columns: Sequence[Column],
        loader: Callable[[], list[Any]], parent: QObject | None = None,
        extra_tables: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.doc, self.entity, self.columns, self.loader = doc, entity, list(columns), loader
        self.records: list[Any] = []
        self._folded: list[str] = []
        self._targets: dict[type[Record], dict[str, Any]] = {}
        self.watched = {entity.__tablename__, *extra_tables}
        self.watched |= {c.fk.__tablename__ for c in self.columns if c.fk is not None}
        doc.changed.connect(self._on_changed)
        self.reload()

    # -- loading ---------------------------------------------------------------
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.tables & self.watched:
            self.reload()

    def reload(self) -> None:
        """Fetch again; keep surviving rows in place so selections stay put."""
        from ...core.services import records as svc

        for target in {c.fk for c in self.columns if c.fk is not None}:
            self._targets[target] = {r.id: r for r in svc.all_of(self.doc.notebook, target)}
        fresh = self.loader()
        by_id = {r.id: r for r in fresh}
        for row in range(len(self.records) - 1, -1, -1):
            if self.records[row].id not in by_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.records[row]
                del self._folded[row]
                self.endRemoveRows()
        known = {r.id for r in self.records}
        for row, old in enumerate(self.records):
            self.records[row] = by_id[old.id]
            self._folded[row] = self._fold_row(self.records[row])
        if self.records:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.records) - 1, len(self.columns) - 1))
        added = [r for r in fresh if r.id not in known]
        if added:
            first = len(self.records)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self.records.extend(added)
            self._folded.extend(self._fold_row(r) for r in added)
            self.endInsertRows()

    def _fold_row(self, record: Any) -> str:
        return fold(" ".join(self.display(record, c) for c in self.columns
                             if c.kind not in ("bool",)))

    # -- reading ---------------------------------------------------------------
    def target(self, column: Column, target_id: str | None) -> Any:
        if column.fk is None or not target_id:
            return None
        return self._targets.get(column.fk, {}).get(target_id)

    def fk_options(self, column: Column) -> list[tuple[str, str]]:
        """(id, label) of every possible target, by label."""
        assert column.fk is not None
        options = [(r.id, column.fk_label(r)) for r in self._targets.get(column.fk, {}).values()]
        return sorted(options, key=lambda o: fold(o[1]))

    def value(self, record: Any, column: Column) -> Any:
        if column.getter is not None:
            return column.getter(record)
        return getattr(record, column.attr)

    def display(self, record: Any, column: Column) -> str:
        value = self.value(record, column)
        if column.kind == "enum" and value is not None and column.enum is not None:
            return label(column.enum(value))
        if column.kind == "fk":
            target = self.target(column, value)
            return column.fk_label(target) if target is not None else ""
        return _text(value)

    def record_at(self, row: int) -> Any:
        return self.records[row]

    def row_of(self, record_id: str) -> int:
        for row, record in enumerate(self.records):
            if record.id == record_id:
                return row
        return -1

    def folded_row(self, row: int) -> str:
        return self._folded[row]

    # -- Qt model --------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.columns[section].header)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column.editable and column.getter is None and not self.doc.readonly:
            if column.kind == "bool":
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if column.kind == "bool" else self.display(record, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.value(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.display(record, column)
            return literal(text) if len(text) > 30 else None
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            return Qt.CheckState.Checked if self.value(record, column) else \
                Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column.colour is not None:
            value = self.value(record, column)
            subject = self.target(column, value) if column.kind == "fk" else value
            colour = column.colour(subject) if subject is not None else None
            return QColor(colour) if colour else None
        if role == Role.SORT:
            value = self.value(record, column)
            if column.kind in ("date", "time") or isinstance(value, (dt.date, dt.time)):
                return value.isoformat() if value else "\uffff"
            if column.kind == "bool":
                return int(bool(value))
            if column.kind == "enum" and column.enum is not None and value is not None:
                return list(column.enum).index(column.enum(value))
            return fold(self.display(record, column)) or "\uffff"
        if role == Role.ID:
            return record.id
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if isinstance(value, str) and column.kind == "text":
            value = value.strip()
        if column.kind == "fk" and not value:
            value = None
        if value == getattr(record, column.attr):
            return False
        values = column.to_values(record, value) if column.to_values else {column.attr: value}
        text = translate("tables", "Modifier « {field} »").format(field=tr(column.header))
        return self.doc.run(update_command(self.doc, self.entity, record.id, values, text))


class FoldFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose text contains every typed word, ignoring case and accents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(Role.SORT)
        self.setDynamicSortFilter(True)

    def set_filter_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self._words = fold(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._words = fold(text).split()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)
        haystack = model.folded_row(source_row)
        return all(word in haystack for word in self._words)


class RecordDelegate(QStyledItemDelegate):
    """Editors by column kind: combos with French labels, dates, times."""

    def _column(self, index: QModelIndex | QPersistentModelIndex) -> tuple[Column, Any]:
        model = index.model()
        while isinstance(model, QSortFilterProxyModel):
            index = model.mapToSource(index)
            model = model.sourceModel()
        assert isinstance(model, RecordTableModel)
        return model.columns[index.column()], model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        column, model = self._column(index)
        name = f"{column.attr}Editor"
        if column.kind == "enum" and column.enum is not None:
            combo = QComboBox(parent)
            for member, text in choices(column.enum):
                colour = column.colour(member) if column.colour else None
                if colour:
                    combo.addItem(swatch(colour), text, member)
                else:
                    combo.addItem(text, member)
            editor: QWidget = combo
        elif column.kind == "fk":
            combo = QComboBox(parent)
            combo.addItem(translate("tables", "— aucun·e —"), None)
            for target_id, text in model.fk_options(column):
                target = model.target(column, target_id)
                colour = column.colour(target) if column.colour else None
                if colour:
                    combo.addItem(swatch(colour), text, target_id)
                else:
                    combo.addItem(text, target_id)
            editor = combo
        elif column.kind == "date":
            date = QDateEdit(parent)
            date.setCalendarPopup(True)
            date.setDisplayFormat(DATE_FORMAT)
            date.setMinimumDate(NO_DATE)
            date.setSpecialValueText("—")
            editor = date
        elif column.kind == "time":
            time = QTimeEdit(parent)
            time.setDisplayFormat("HH:mm")
            editor = time
        else:
            editor = super().createEditor(parent, option, index)
        editor.setObjectName(name)
        editor.setAccessibleName(tr(column.header))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QDateEdit):
            editor.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
        elif isinstance(editor, QTimeEdit):
            now = dt.datetime.now().time()
            value = value or now
            editor.setTime(QTime(value.hour, value.minute))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QDateEdit):
            date = editor.date()
            model.setData(index, None if date == NO_DATE else date.toPython())
        elif isinstance(editor, QTimeEdit):
            model.setData(index, editor.time().toPython().replace(second=0, microsecond=0))
        else:
            super().setModelData(editor, model, index)


class RecordTableView(QTableView):
    """A table view that owns Ins, Ctrl+N and Del while it has the focus.

    The main window's menus use the same keys (Nouveau carnet, Supprimer);
    accepting the ShortcutOverride here gives the focused table priority.
    """

    addRequested = Signal()
    deleteRequested = Signal()

    ADD_KEYS = (QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+N"))
    DELETE_KEYS = (QKeySequence(Qt.Key.Key_Delete),)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setItemDelegate(RecordDelegate(self))
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.horizontalHeader().setSectionsMovable(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside

    @staticmethod
    def _combo(event: QKeyEvent) -> QKeySequence:
        return QKeySequence(event.keyCombination())

    def _ours(self, event: QKeyEvent) -> str:
        if self.state() == QAbstractItemView.State.EditingState:
            return ""
        combo = self._combo(event)
        if combo in self.ADD_KEYS:
            return "add"
        if combo in self.DELETE_KEYS:
            return "delete"
        return ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if self._ours(event):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._ours(event)
        if action == "add":
            self.addRequested.emit()
        elif action == "delete":
            self.deleteRequested.emit()
        else:
            super().keyPressEvent(event)

    def fit_columns(self, columns: Sequence[Column]) -> None:
        header = self.horizontalHeader()
        for i, column in enumerate(columns):
            if column.stretch:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            elif column.width:
                header.resizeSection(i, column.width)
