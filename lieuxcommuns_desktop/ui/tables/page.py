"""A notebook page: a filterable, sortable record table with add and delete.

Each concrete page (``pages.py``) only declares its entity, columns and the
values of a new record. Adding, editing and deleting are undo commands;
deleting something used elsewhere says where, in words, and asks first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import LieuxError
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.model import Record, new_id
from ...core.services import people
from ...core.services import records as svc
from ..commands import create_command, delete_command
from ..document import Document
from ..errors import output_refused
from ..plain import literal, plain
from ..roles import Role
from .model import Column, FoldFilterProxy, RecordTableModel, RecordTableView

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    """Translate a string marked elsewhere with ``QT_TRANSLATE_NOOP("tables", ...)``."""
    return QCoreApplication.translate("tables", text)


# Literals are spelled ``translate("tables", "...")`` so that pyside6-lupdate sees the context.
translate = QCoreApplication.translate


class TablePage(QWidget):
    """Base of every notebook table page; subclasses fill the class attributes."""

    entity: type[Record]
    key = "records"
    #: French source strings (translated in context "tables").
    title = QT_TRANSLATE_NOOP("tables", "Éléments")
    noun_one = QT_TRANSLATE_NOOP("tables", "élément")
    new_name = QT_TRANSLATE_NOOP("tables", "Nouvel élément")
    add_text = QT_TRANSLATE_NOOP("tables", "Ajouter")
    #: "participants" or "acteurs" to offer CSV import/export.
    csv_kind: str | None = None
    order_by: Sequence[Any] = ()
    extra_tables: Sequence[str] = ()

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setObjectName(f"{self.key}Page")
        self.setAccessibleName(tr(self.title))
        self.model = RecordTableModel(doc, self.entity, self.columns(), self.load, self,
                                      extra_tables=self.extra_tables)
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.model.rowsInserted.connect(self._update_count)
        self.model.rowsRemoved.connect(self._update_count)
        self._update_count()

    # -- what subclasses declare ---------------------------------------------
    def columns(self) -> list[Column]:  # pragma: no cover - abstract
        raise NotImplementedError

    def load(self) -> list[Any]:
        return svc.all_of(self.doc.notebook, self.entity, *self.order_by)

    def new_values(self) -> dict[str, Any]:
        first = self.model.columns[0].attr
        return {first: tr(self.new_name)}

    def label_of(self, record: Any) -> str:
        return self.model.display(record, self.model.columns[0])

    # -- layout ----------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        bar = QHBoxLayout()
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName(f"{self.key}Toolbar")
        self.toolbar.setAccessibleName(translate("tables", "Actions sur la table"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action = self._action(tr(self.add_text), self.add_record, "add",
                                       translate("tables", "Ajouter une ligne (Inser ou Ctrl+N)"))
        self.delete_action = self._action(
            translate("tables", "Supprimer"), self.delete_selected, "delete",
            translate("tables", "Supprimer les lignes choisies (Suppr) ; Ctrl+Z annule"))
        if self.csv_kind:
            self.toolbar.addSeparator()
            self.import_action = self._action(
                translate("tables", "Importer un CSV…"), self.import_csv, "importCsv",
                translate("tables", "Importer un tableur d'inscriptions (CSV)"))
            self.export_action = self._action(
                translate("tables", "Exporter en CSV…"), self.export_csv, "exportCsv",
                translate("tables", "Exporter cette table pour un tableur"))
        bar.addWidget(self.toolbar)
        bar.addStretch(1)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName(f"{self.key}Filter")
        self.filter_edit.setAccessibleName(translate("tables", "Filtrer"))
        self.filter_edit.setPlaceholderText(translate("tables", "Filtrer (Ctrl+F)…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(280)
        self.filter_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.returnPressed.connect(lambda: self.view.setFocus())
        find = QShortcut(QKeySequence.StandardKey.Find, self, self._focus_filter)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        bar.addWidget(self.filter_edit)
        self.count_label = plain(QLabel(self))
        self.count_label.setObjectName(f"{self.key}Count")
        self.count_label.setMinimumWidth(110)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.view = RecordTableView(self)
        self.view.setObjectName(f"{self.key}Table")
        self.view.setAccessibleName(tr(self.title))
        self.view.setModel(self.proxy)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.fit_columns(self.model.columns)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions(self.toolbar.actions())
        self.view.addRequested.connect(self.add_record)
        self.view.deleteRequested.connect(self.delete_selected)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.selectionModel().currentChanged.connect(self._selection_changed)
        layout.addWidget(self.view, 1)
        self.empty_hint = plain(QLabel(self))
        self.empty_hint.setObjectName(f"{self.key}EmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setEnabled(False)
        hint = translate(
            "tables", "Aucune ligne pour l'instant : « {add} » (Inser ou Ctrl+N) en ajoute une.")
        if self.csv_kind:
            hint += " " + translate(
                "tables", "« Importer un CSV… » reprend un tableur d'inscriptions.")
        self.empty_hint.setText(hint.format(add=tr(self.add_text)))
        layout.addWidget(self.empty_hint)
        self._selection_changed()

    def _action(self, text: str, slot: Callable[[], Any], name: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"{self.key}_{name}")
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.toolbar.addAction(action)
        button = self.toolbar.widgetForAction(action)
        if button is not None:
            button.setObjectName(f"{self.key}_{name}Button")
            button.setAccessibleName(text.rstrip("…"))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable without a mouse
        return action

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        self.empty_hint.setVisible(total == 0)
        self.count_label.setText(self.count_text(total, shown))

    def count_text(self, total: int, shown: int | None = None) -> str:
        """"12 éléments", or "3 sur 12 éléments" when filtered.

        Each page says it with its own plural message (lupdate needs the literal in
        the call, and a noun's plural is the translator's business, not ours).
        """
        if shown is None or shown == total:
            return translate("tables", "%n élément(s)", None, total)
        return translate("tables", "{shown} sur %n élément(s)", None, total).format(shown=shown)

    def _selection_changed(self, *_args: object) -> None:
        self.delete_action.setEnabled(bool(self.selected_ids()) and not self.doc.readonly)
        self.add_action.setEnabled(not self.doc.readonly)

    # -- selection -------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows()
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex()]
        return list(dict.fromkeys(i.data(Role.ID) for i in rows))

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(Role.ID) if index.isValid() else None

    def select_id(self, record_id: str, column: int = 0) -> QModelIndex:
        row = self.model.row_of(record_id)
        if row < 0:
            return QModelIndex()
        index = self.proxy.mapFromSource(self.model.index(row, column))
        if not index.isValid():  # hidden by the filter: show everything
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, column))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        return index

    # -- editing ---------------------------------------------------------------
    def add_record(self) -> str | None:
        """Create a record with default values and start editing its first cell."""
        if self.doc.readonly:
            return None
        record_id = new_id()
        command = create_command(self.doc, self.entity, {**self.new_values(), "id": record_id},
                                 translate(
                                     "tables", "Ajouter {what}").format(what=tr(self.noun_one)))
        if not self.doc.run(command):
            return None
        index = self.select_id(record_id)
        if index.isValid():
            self.view.setFocus()
            self.view.edit(index)
        return record_id

    def delete_selected(self) -> bool:
        """Delete the chosen rows; if they are used elsewhere, say where and ask."""
        ids = self.selected_ids()
        if not ids or self.doc.readonly:
            return False
        by_id = {r.id: r for r in self.model.records}
        names = [self.label_of(by_id[i]) for i in ids if i in by_id]
        what = f"« {names[0]} »" if len(names) == 1 else self.count_text(len(names))
        try:
            used = people.describe_usages(self.doc.notebook, self.entity, ids)
        except LieuxError as exc:
            self.doc.report(exc)
            return False
        if used:
            message = translate(
                "tables", "{what} est utilisé par {usages}.\n\nSupprimer quand même ? "
                         "Ces liens seront retirés (Ctrl+Z annule la suppression).").format(
                what=what, usages=used)
            answer = QMessageBox.question(
                self, translate("tables", "Supprimer"), literal(message),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        row = self.view.currentIndex().row()
        ok = self.doc.run(delete_command(self.doc, self.entity, ids,
                                        translate("tables", "Supprimer {what}").format(what=what)))
        if ok and self.proxy.rowCount():
            row = min(max(row, 0), self.proxy.rowCount() - 1)
            self.view.setCurrentIndex(self.proxy.index(row, 0))
        return ok

    # -- CSV -------------------------------------------------------------------
    def import_csv(self, path: str | Path | None = None) -> bool:
        """Choose a CSV file and open the column-mapping dialog on it."""
        from .csv_import import CsvImportDialog

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, translate("tables", "Importer un CSV"), "",
                translate("tables", "Tableurs CSV (*.csv *.txt);;Tous les fichiers (*)"))
            if not path:
                return False
        assert self.csv_kind is not None
        dialog = CsvImportDialog(self.doc, Path(path), self.csv_kind, self)
        return bool(dialog.exec())

    def export_csv(self, path: str | Path | None = None) -> bool:
        from ...core import csv_io
        from ...core.model import Acteur

        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, translate("tables", "Exporter en CSV"), f"{self.key}.csv",
                translate("tables", "Tableurs CSV (*.csv)"))
            if not path:
                return False
        if output_refused(self, path, self.doc.notebook.path):
            return False
        records = [self.proxy.index(r, 0).data(Role.ID) for r in range(self.proxy.rowCount())]
        by_id = {r.id: r for r in self.model.records}
        rows = [by_id[i] for i in records]
        if self.csv_kind == "participants":
            acteurs = {a.id: a for a in svc.all_of(self.doc.notebook, Acteur)}
            headers, data = csv_io.participant_table(rows, acteurs)
        else:
            headers, data = csv_io.acteur_table(rows)
        try:
            csv_io.write_csv(path, headers, data)
        except LieuxError as exc:
            self.doc.report(exc)
            return False
        return True
