"""*Grille des communs*: Ostrom's 8 principles, status and note, and their trend.

Status is set with keys 0 (absent), 1 (en discussion), 2 (en place), or
Enter / double-click for a menu; the note is edited in place (F2 or typing).
When the atelier's ressource has several ateliers, a second table shows each
principle's status across them, oldest to newest, with a trend arrow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import matrix_export
from ...core import matrix_labels as ml
from ...core.enums import PrincipleStatus
from ...core.errors import LieuxError
from ...core.model import Atelier
from ...core.services import commons as svc
from ...core.services import matrix_edits, records
from ...core.services.notebook import ChangeSet
from ...core.tables import Table
from ..commands import EditCommand
from ..document import Document
from ..plain import literal, rich
from ..save_dialog import ask_save_path
from .view import WrapHeader

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

STATUSES = list(PrincipleStatus)
PRINCIPLE, STATUS, NOTE = range(3)
Index = QModelIndex | QPersistentModelIndex


def status_text(status: PrincipleStatus | None) -> str:
    if status is None:
        return "—"
    return f"{ml.STATUS_SYMBOLS[status]} {ml.status_label(status)}"


class CommonsModel(QAbstractTableModel):
    #: (principle number, new note) typed in the note column
    noteEdited = Signal(int, str)

    def __init__(self, principles: list[svc.Principle], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.principles = principles

    def set_principles(self, principles: list[svc.Principle]) -> None:
        old = self.principles
        self.principles = principles
        for i, (a, b) in enumerate(zip(old, principles, strict=False)):
            if a != b:
                self.dataChanged.emit(self.index(i, 0), self.index(i, 2))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.principles)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == NOTE else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        p = self.principles[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == PRINCIPLE:
                return f"{p.number}. {ml.principle_label(p.number)}"
            if col == STATUS:
                return status_text(p.status)
            return p.note
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == PRINCIPLE:
                return ml.principle_hint(p.number)
            if col == STATUS:
                return self.tr("0 absent · 1 en discussion · 2 en place (ou Entrée)")
            return literal(p.note) or self.tr("Double-cliquez ou F2 pour écrire une note")
        if role == Qt.ItemDataRole.BackgroundRole and col == STATUS:
            return QColor(ml.STATUS_COLOURS[p.status][0])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (f"{ml.principle_label(p.number)} : {ml.status_label(p.status)}"
                    + (f" — {p.note}" if p.note else ""))
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != NOTE or role != Qt.ItemDataRole.EditRole:
            return False
        p = self.principles[index.row()]
        if str(value) != p.note:
            self.noteEdited.emit(p.number, str(value))
        return False  # the committed change redraws the cell

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Principe d'Ostrom"), self.tr("Statut"), self.tr("Note"))[section]


class TrendModel(QAbstractTableModel):
    """Principles × ateliers of the same ressource (oldest first), then the trend."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.trend = svc.Trend([], {})
        self.current_id = ""

    def set_trend(self, trend: svc.Trend, current_id: str) -> None:
        self.beginResetModel()
        self.trend, self.current_id = trend, current_id
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.trend.ateliers) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        number = index.row() + 1
        ateliers = self.trend.ateliers
        if index.column() == len(ateliers):
            direction = self.trend.direction(number)
            if role == Qt.ItemDataRole.DisplayRole:
                return {1: self.tr("↗ progresse"), 0: self.tr("→ stable"),
                        -1: self.tr("↘ recule")}[direction]
            return None
        status = self.trend.statuses.get(number, [])[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return status_text(status)
        if role == Qt.ItemDataRole.BackgroundRole and status is not None:
            return QColor(ml.STATUS_COLOURS[status][0])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        ateliers = self.trend.ateliers
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{section + 1}. {ml.principle_label(section + 1)}"
            return None
        if section == len(ateliers):
            return self.tr("Tendance") if role == Qt.ItemDataRole.DisplayRole else None
        atelier = ateliers[section]
        if role == Qt.ItemDataRole.DisplayRole:
            date = atelier.date.strftime("%d/%m/%Y") if atelier.date else self.tr("sans date")
            return f"{atelier.title}\n{date}"
        if role == Qt.ItemDataRole.FontRole and atelier.id == self.current_id:
            font = QFont()
            font.setBold(True)
            return font
        return None


class CommonsView(QTableView):
    statusRequested = Signal(int, object)  # row, PrincipleStatus

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        text = event.text()
        if index.isValid() and index.column() != NOTE and text in ("0", "1", "2"):
            self.statusRequested.emit(index.row(), STATUSES[int(text)])
            return
        if index.isValid() and index.column() == STATUS and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.open_menu()
            return
        super().keyPressEvent(event)

    def open_menu(self) -> None:
        index = self.currentIndex()
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.setObjectName("commonsStatusMenu")
        row = index.row()
        for i, status in enumerate(STATUSES):
            action = QAction(f"{i} — {status_text(status)}", menu)
            action.triggered.connect(lambda _c=False, s=status: self.statusRequested.emit(row, s))
            menu.addAction(action)
        menu.popup(self.viewport().mapToGlobal(self.visualRect(index).bottomLeft()))


class CommonsGridTool(QWidget):
    def __init__(self, doc: Document, atelier_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.atelier_id = doc, atelier_id
        self.setObjectName("commonsGridTool")
        self.setAccessibleName(self.tr("Grille des communs"))
        self.model = CommonsModel(svc.read_commons(doc.notebook, atelier_id), self)
        self.model.noteEdited.connect(self.set_note)
        self.view = CommonsView(self)
        self.view.setObjectName("commonsGrid")
        self.view.setAccessibleName(self.tr("Principes d'Ostrom"))
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.statusRequested.connect(self.request_status)
        self.view.doubleClicked.connect(
            lambda i: self.view.open_menu() if i.column() == STATUS else None)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(PRINCIPLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setMinimumSectionSize(32)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.trend_model = TrendModel(self)
        self.trend_view = QTableView(self)
        self.trend_view.setObjectName("commonsTrend")
        self.trend_view.setAccessibleName(self.tr("Évolution des principes"))
        self.trend_view.setModel(self.trend_model)
        self.trend_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trend_view.setHorizontalHeader(WrapHeader(Qt.Orientation.Horizontal,
                                                       self.trend_view, max_lines=4))
        self.trend_view.horizontalHeader().setDefaultSectionSize(150)
        self.trend_view.verticalHeader().setMinimumWidth(300)
        self.trend_view.verticalHeader().setDefaultSectionSize(30)
        self.trend_title = rich(QLabel(self))  # markup from the translation only
        self.trend_title.setObjectName("commonsTrendTitle")
        self.trend_title.setWordWrap(True)

        help_label = QLabel(self.tr("Statut : touches 0 absent · 1 en discussion · 2 en place, "
                                    "ou Entrée ; note : double-clic ou F2."), self)
        help_label.setWordWrap(True)
        self.csv_button = QPushButton(self.tr("Exporter en CSV…"), self)
        self.csv_button.setObjectName("commons_csv")
        self.csv_button.setAccessibleName(self.csv_button.text())
        self.csv_button.clicked.connect(self.export_csv)
        head = QHBoxLayout()
        head.addWidget(help_label, 1)
        head.addWidget(self.csv_button)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(head)
        top_layout.addWidget(self.view, 1)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.trend_title)
        bottom_layout.addWidget(self.trend_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([420, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh_trend()
        doc.changed.connect(self._on_changed)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Table.COMMONS_ASSESSMENT):
            self.model.set_principles(svc.read_commons(self.doc.notebook, self.atelier_id))
        if changes.touches(Table.COMMONS_ASSESSMENT, Table.ATELIER):
            self.refresh_trend()

    def refresh_trend(self) -> None:
        atelier = records.find(self.doc.notebook, Atelier, self.atelier_id)
        ressource_id = atelier.ressource_id if atelier else None
        if not ressource_id:
            self.trend_title.setText(self.tr("Rattachez l'atelier à une ressource pour suivre "
                                             "l'évolution des principes d'un atelier à l'autre."))
            self.trend_view.hide()
            return
        trend = svc.commons_trend(self.doc.notebook, ressource_id)
        self.trend_model.set_trend(trend, self.atelier_id)
        if len(trend.ateliers) < 2:
            self.trend_title.setText(self.tr("Un seul atelier sur cette ressource : l'évolution "
                                             "apparaîtra avec le suivant."))
            self.trend_view.hide()
            return
        self.trend_title.setText(self.tr("<b>Évolution</b> sur les %n ateliers de la ressource, "
                                         "du plus ancien au plus récent", "",
                                         len(trend.ateliers)))
        self.trend_view.show()

    def export_csv(self) -> None:
        path = ask_save_path(self, self.tr("Exporter en CSV"), "communs.csv",
                             self.tr("Tableur CSV (*.csv)"), self.doc.notebook.path)
        if path is None:
            return
        try:
            matrix_export.write_csv(path,
                                    matrix_export.commons_rows(self.doc.notebook, self.atelier_id))
        except LieuxError as exc:
            self.doc.report(exc)
            QMessageBox.warning(self, self.tr("Export CSV"), literal(exc.message))

    def request_status(self, row: int, status: PrincipleStatus) -> bool:
        number = self.model.principles[row].number
        if self.model.principles[row].status == status:
            return False
        return self._run(number, self.tr("{principle} : {status}").format(
            principle=ml.principle_label(number), status=ml.status_label(status)),
            status=status)

    def set_note(self, number: int, note: str) -> bool:
        return self._run(number, self.tr("Note : {principle}").format(
            principle=ml.principle_label(number)), note=note)

    def _run(self, number: int, text: str, **values: object) -> bool:
        nb, atelier = self.doc.notebook, self.atelier_id
        return self.doc.run(EditCommand(
            self.doc, text,
            lambda: matrix_edits.assess_principle(nb, atelier, number, **values)))
