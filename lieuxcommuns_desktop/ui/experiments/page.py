"""The experiments page of the main window: the list and one experiment's sheet,
the comparison by kind of tool, and the follow-up letter.

Replaces the former table page: an experiment is now more than a row (origin,
partners, indicators, milestones, transitions), so the list only shows what
tells experiments apart and the sheet beside it shows the rest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.labels import label
from ...core.model import Experimentation
from ...core.services import experiments as ex
from ...core.services import experiments_views as views
from ...core.services.notebook import ChangeSet
from ...core.tables import Table
from ..commands import delete_command
from ..document import Document
from ..programme.edits import ProgrammeEditCommand
from ..roles import Role
from . import name_buttons
from .comparison import ComparisonView
from .detail import ExperimentDetail
from .letter_dialog import LetterDialog

# Tables whose change may alter what the page shows.
WATCHED = {
    Table.EXPERIMENTATION, Table.EXPERIMENTATION_LOG, Table.EXPERIMENTATION_PARTNER,
    Table.EXPERIMENTATION_ATELIER, Table.EXPERIMENTATION_ORIGIN, Table.INDICATOR,
    Table.INDICATOR_VALUE, Table.MILESTONE, Table.STATUS_TRANSITION, Table.TOOL_KIND,
    Table.COLLECTIVITE, Table.RESSOURCE, Table.NOTE, Table.DECISION, Table.ATELIER,
}

Index = QModelIndex | QPersistentModelIndex


class ExperimentListModel(QAbstractTableModel):
    """Title, lead collectivité, kind of tool, status; the id under ``Role.ID``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[views.ListRow] = []
        self._headers = [self.tr("Titre"), self.tr("Collectivité"), self.tr("Type d'outil"),
                         self.tr("Statut")]

    def set_rows(self, rows: list[views.ListRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return row.title
            if column == 1:
                return row.lead
            if column == 2:
                return row.tool_kind
            return label(row.status)
        if role == Role.ID:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class _AfterFirstPaint(QObject):
    """Calls ``callback`` once, just after ``widget`` is first painted.

    The list shows at once; the sheet (one experiment read in full, four
    tabs of widgets) fills in right after, instead of delaying the list.
    """

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self.callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)
        return False


class ExperimentsPage(QWidget):
    def __init__(self, doc: Document, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experimentationsPage")  # the registry's key + "Page"
        self.setAccessibleName(self.tr("Expérimentations"))
        self.doc, self.today = doc, today
        heading = QLabel(self.tr("Expérimentations"), self)
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("experimentsTabs")
        self.tabs.setAccessibleName(self.tr("Suivi ou comparaison"))
        self.tabs.tabBar().setAccessibleName(self.tabs.accessibleName())
        self.tabs.setDocumentMode(True)

        follow = QWidget(self.tabs)
        self.model = ExperimentListModel(self)
        self.view = QTableView(follow)
        self.view.setObjectName("experimentsList")
        self.view.setAccessibleName(self.tr("Liste des expérimentations"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnHidden(2, True)  # the kind of tool: in the sheet and the comparison
        self.view.setWordWrap(False)
        self.add_button = QPushButton(self.tr("&Nouvelle"), follow)
        self.add_button.setObjectName("experimentsAdd")
        self.delete_button = QPushButton(self.tr("Supprimer"), follow)
        self.delete_button.setObjectName("experimentsDelete")
        self.letter_button = QPushButton(self.tr("&Lettre de suivi…"), follow)
        self.letter_button.setObjectName("experimentsLetter")
        name_buttons(self.add_button, self.delete_button, self.letter_button)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.letter_button):
            buttons.addWidget(button)
        left = QWidget(follow)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(buttons)
        # The sheet is built once the list is on screen (see ``detail``).
        self._detail: ExperimentDetail | None = None
        self._placeholder = QWidget(follow)
        splitter = QSplitter(Qt.Orientation.Horizontal, follow)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self._placeholder)
        self._splitter = splitter
        splitter.setSizes([330, 640])
        QVBoxLayout(follow).addWidget(splitter)
        self.tabs.addTab(follow, self.tr("&Suivi"))
        self.comparison = ComparisonView(doc, self.tabs, today=today)
        self.tabs.addTab(self.comparison, self.tr("&Comparaison"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.view)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._follow())
        self.add_button.clicked.connect(self.add_experiment)
        self.delete_button.clicked.connect(self.delete_current)
        self.letter_button.clicked.connect(lambda: LetterDialog(doc, self).exec())
        self.tabs.currentChanged.connect(lambda _i: self._refresh_comparison())
        doc.changed.connect(self._on_changed)
        self.model.set_rows(views.list_rows(doc.notebook))
        if self.model.rows:  # the sheet is filled right after the list is shown
            selection = self.view.selectionModel()
            selection.blockSignals(True)
            self.view.setCurrentIndex(self.model.index(0, 0))
            selection.blockSignals(False)
        _AfterFirstPaint(self.view.viewport(), self._follow)

    @property
    def detail(self) -> ExperimentDetail:
        """The experiment's sheet, built on first use (right after the list is shown)."""
        if self._detail is None:
            self._detail = ExperimentDetail(self.doc)
            self._splitter.replaceWidget(1, self._detail)
            self._placeholder.deleteLater()
        return self._detail

    # -- list ---------------------------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(Role.ID) if index.isValid() else None

    def select(self, experimentation_id: str) -> bool:
        for row, item in enumerate(self.model.rows):
            if item.id == experimentation_id:
                self.view.setCurrentIndex(self.model.index(row, 0))
                self._follow()
                return True
        return False

    def reload(self) -> None:
        current = self.current_id()
        self.model.set_rows(views.list_rows(self.doc.notebook))
        if current and not self.select(current) and self.model.rows:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._follow()

    def _follow(self) -> None:
        current = self.current_id()
        self.delete_button.setEnabled(bool(current) and not self.doc.readonly)
        self.add_button.setEnabled(not self.doc.readonly)
        detail = self.detail
        if detail.data is None or detail.data.id != current:
            detail.show_experiment(current)

    def _on_changed(self, changes: ChangeSet) -> None:
        if not WATCHED & changes.tables:
            return
        if changes.touches(Table.EXPERIMENTATION, Table.COLLECTIVITE, Table.TOOL_KIND):
            self.reload()
        if self._detail is not None:
            self._detail.refresh()
        self._refresh_comparison()

    def _refresh_comparison(self) -> None:
        if self.tabs.currentWidget() is self.comparison:
            self.comparison.refresh()
        else:
            self.comparison.stale = True

    # -- edits ----------------------------------------------------------------------------
    def add_experiment(self) -> None:
        command = ProgrammeEditCommand(
            self.doc, self.tr("Nouvelle expérimentation"),
            lambda: ex.create(self.doc.notebook, self.tr("Nouvelle expérimentation")))
        if self.doc.run(command) and command.edit is not None:
            self.select(command.edit.created(Table.EXPERIMENTATION)[0])
            self.detail.tabs.setCurrentIndex(0)
            self.detail.title.setFocus()
            self.detail.title.selectAll()

    def delete_current(self) -> None:
        current = self.current_id()
        if current:
            self.doc.run(delete_command(self.doc, Experimentation, [current],
                                       self.tr("Supprimer l'expérimentation")))
