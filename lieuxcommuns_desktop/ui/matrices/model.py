"""Qt table model of one matrix (roles, or one version of the decisions).

The model holds plain :class:`MatrixData` and follows ``Document.changed``:
a change of cells refreshes only those cells (one ``dataChanged`` each) and
re-checks the rules of their rows only; a change of rows, columns or acteur
names reloads the whole matrix. Edits never go through ``setData``: the tool
turns keys and clicks into undo commands, and the model redraws from the
committed change.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ...core import matrix_labels as ml
from ...core.enums import MatrixVersion, ParticipationLevel, Raci
from ...core.rules import Issue
from ...core.services import matrices as svc
from ...core.services.notebook import ChangeSet
from ...core.tables import Table
from ..document import Document
from ..plain import isolate, literal
from ..roles import Role

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

_BRUSHES: dict[tuple[str, str], tuple[QBrush, QBrush]] = {}
#: The cells of the last change set, by matrix: read once for all the open matrix models.
_cells_cache: tuple[ChangeSet, dict[str, list[svc.CellRecord]]] | None = None


def colours(matrix: str, value: str | None) -> tuple[QBrush, QBrush] | None:
    """(background, text) brushes of a cell value, shared to keep painting cheap."""
    if value is None:
        return None
    key = (matrix, value)
    if key not in _BRUSHES:
        bg, fg = (ml.RACI_COLOURS[Raci(value)] if matrix == ml.ROLES
                  else ml.LEVEL_COLOURS[ParticipationLevel(value)])
        _BRUSHES[key] = (QBrush(QColor(bg)), QBrush(QColor(fg)))
    return _BRUSHES[key]


class MatrixModel(QAbstractTableModel):
    #: Rules were re-checked; the list of issues may have changed.
    issuesChanged = Signal()
    #: Cells, rows or columns changed (summaries refresh from it).
    contentChanged = Signal()

    def __init__(
        self, doc: Document, atelier_id: str, matrix: str,
        version: MatrixVersion | None = None, parent: QObject | None = None,
        load: bool = True,
    ) -> None:
        super().__init__(parent)
        self.doc, self.atelier_id, self.matrix = doc, atelier_id, matrix
        self.version = version if matrix == ml.DECISIONS else None
        self._cell_table = Table.ROLE_CELL if matrix == ml.ROLES else Table.DECISION_CELL
        self._row_table = Table.RESPONSIBILITY if matrix == ml.ROLES else Table.DECISION
        self.matrix_data = svc.MatrixData(matrix, self.version)
        self.issues_by_row: dict[str, list[Issue]] = {}
        self._untouched = True
        self._row_index: dict[str, int] = {}
        self._col_index: dict[str, int] = {}
        self._text: dict[str, str] = {}
        self.loaded = False
        if load:
            self.reload()
        doc.changed.connect(self._on_changed)

    def ensure_loaded(self) -> None:
        """Load on first use: a tab never opened costs nothing at start-up."""
        if not self.loaded:
            self.reload()

    # -- loading -------------------------------------------------------------
    def reload(self) -> None:
        self.loaded = True
        self.beginResetModel()
        self.matrix_data = svc.read_matrix(self.doc.notebook, self.atelier_id, self.matrix,
                                           self.version)
        self._row_index = {r.id: i for i, r in enumerate(self.matrix_data.rows)}
        self._col_index = {c.acteur_id: i for i, c in enumerate(self.matrix_data.columns)}
        names = self.matrix_data.names
        self.issues_by_row = {r.id: self.matrix_data.row_issues(r, names)
                              for r in self.matrix_data.rows}
        self._untouched = self.untouched
        self.endResetModel()
        self.issuesChanged.emit()
        self.contentChanged.emit()

    def _on_changed(self, changes: ChangeSet) -> None:
        if not self.loaded:
            return
        tables = changes.tables
        if tables & {Table.MATRIX_COLUMN, self._row_table, Table.ACTEUR}:
            self.reload()
            return
        if self._cell_table in tables:
            self._refresh_cells(changes)

    def _refresh_cells(self, changes: ChangeSet) -> None:
        data = self.matrix_data
        touched: set[tuple[str, str]] = set()
        for cell_id in changes.deleted.get(self._cell_table, ()):
            key = data.cell_ids.pop(cell_id, None)
            if key is not None:
                data.cells.pop(key, None)
                touched.add(key)
        for cell in self._changed_cells(changes):
            if cell.version != self.version:
                continue
            key = (cell.row_id, cell.acteur_id)
            if cell.row_id not in self._row_index or cell.acteur_id not in self._col_index:
                continue
            data.cells[key] = cell.value
            data.cell_ids[cell.id] = key
            touched.add(key)
        if not touched:
            return
        rows = {k[0] for k in touched}
        if len(touched) == 1:
            (key,) = touched
            top = bottom = self._row_index[key[0]]
            left = right = self._col_index[key[1]]
        else:  # a paste: one signal for the block rather than 400
            r = [self._row_index[k[0]] for k in touched]
            c = [self._col_index[k[1]] for k in touched]
            top, bottom, left, right = min(r), max(r), min(c), max(c)
        self.dataChanged.emit(self.index(top, left), self.index(bottom, right))
        self.recheck(rows)
        if self.untouched != self._untouched:  # first cell filled (or the last one undone)
            self._untouched = self.untouched
            last = self.rowCount() - 1
            if last >= 0:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, last)
                self.dataChanged.emit(self.index(0, 0), self.index(last, self.columnCount() - 1))
            self.issuesChanged.emit()
        self.contentChanged.emit()

    def _changed_cells(self, changes: ChangeSet) -> list[svc.CellRecord]:
        """The created/updated cells of a change set, read once for all models."""
        global _cells_cache
        if _cells_cache is None or _cells_cache[0] is not changes:
            _cells_cache = (changes, {})
        cache = _cells_cache[1]
        if self.matrix not in cache:
            ids = changes.created.get(self._cell_table, set()) | changes.updated.get(
                self._cell_table, set())
            cache[self.matrix] = svc.cells_by_ids(self.doc.notebook, self.matrix, ids)
        return cache[self.matrix]

    def recheck(self, row_ids: set[str]) -> None:
        """Re-run the rules on these rows only; repaint a row whose issues changed."""
        changed = False
        for row_id in row_ids:
            i = self._row_index.get(row_id)
            if i is None:
                continue
            issues = self.matrix_data.row_issues(self.matrix_data.rows[i])
            if issues != self.issues_by_row.get(row_id):
                self.issues_by_row[row_id] = issues
                changed = True
                self.headerDataChanged.emit(Qt.Orientation.Vertical, i, i)
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
        if changed:
            self.issuesChanged.emit()

    # -- access ----------------------------------------------------------------
    @property
    def untouched(self) -> bool:
        """No cell filled yet (a matrix just made from a template): guidance, not warnings."""
        return not any(v is not None for v in self.matrix_data.cells.values())

    def shown_issues(self, row_id: str) -> list[Issue]:
        """A row's issues as shown: none while the whole matrix is untouched.

        A template's 8 rows with no cell broke both RACI rules each: 16 red
        warnings greeted a facilitator before anyone had typed anything.
        """
        return [] if self._untouched else self.issues_by_row.get(row_id, [])

    def issues(self) -> list[Issue]:
        return [i for r in self.matrix_data.rows for i in self.shown_issues(r.id)]

    def row_of(self, row_id: str) -> int:
        return self._row_index.get(row_id, -1)

    def col_of(self, acteur_id: str) -> int:
        return self._col_index.get(acteur_id, -1)

    def key(self, index: Index) -> tuple[str, str]:
        return (self.matrix_data.rows[index.row()].id,
                self.matrix_data.columns[index.column()].acteur_id)

    def cell_style(self, row: int, column: int
                   ) -> tuple[str, QBrush | None, QBrush | None, bool, bool]:
        """(text, background, foreground, row has issue, cell named by an issue) in one call.

        The delegate paints thousands of cells; one Python call per cell
        instead of five ``data()`` round trips keeps scrolling smooth.
        """
        data = self.matrix_data
        row_id = data.rows[row].id
        acteur_id = data.columns[column].acteur_id
        value = data.cells.get((row_id, acteur_id))
        brushes = colours(self.matrix, value)
        issues = self.shown_issues(row_id)
        culprit = bool(issues) and any(acteur_id in i.columns for i in issues)
        return (self.value_text(value), brushes[0] if brushes else None,
                brushes[1] if brushes else None, bool(issues), culprit)

    def value_text(self, value: str | None) -> str:
        if value is None:
            return ""
        text = self._text.get(value)
        if text is None:
            text = self._text[value] = ml.cell_text(self.matrix, value)
        return text

    # -- Qt model ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix_data.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix_data.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        data = self.matrix_data
        row = data.rows[index.row()]
        col = data.columns[index.column()]
        value = data.cells.get((row.id, col.acteur_id))
        if role == Qt.ItemDataRole.DisplayRole:
            return self.value_text(value)
        if role == Role.VALUE:
            return value
        if role == Qt.ItemDataRole.BackgroundRole:
            brushes = colours(self.matrix, value)
            return brushes[0] if brushes else None
        if role == Qt.ItemDataRole.ForegroundRole:
            brushes = colours(self.matrix, value)
            return brushes[1] if brushes else None
        if role == Role.ISSUE:
            return bool(self.shown_issues(row.id))
        if role == Role.CULPRIT:
            return any(col.acteur_id in i.columns for i in self.shown_issues(row.id))
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(self.describe(isolate(row.label), isolate(col.name), value))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.describe(row.label, col.name, value)
        return None

    def describe(self, row: str, acteur: str, value: str | None) -> str:
        if value is None:
            what = self.tr("vide")
        elif self.matrix == ml.ROLES:
            what = f"{value} ({ml.raci_label(value)})"
        else:
            what = ml.level_label(value)
        return f"{acteur} — {row} : {what}"

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        data = self.matrix_data
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(data.columns):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return data.columns[section].name
            if role == Qt.ItemDataRole.ToolTipRole:
                return literal(data.columns[section].name)
            return None
        if not 0 <= section < len(data.rows):
            return None
        row = data.rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label
        if role == Role.ISSUE:
            return self.shown_issues(row.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            issues = self.shown_issues(row.id)
            return literal("\n".join([row.label] + [i.message for i in issues]))
        return None
