"""What the role and decision tools share: undo commands, rows and columns bar.

Every change goes through ``doc.run`` with a command wrapping one service
call (one transaction): a key press on a block of cells, a paste, copying
*aujourd'hui* to *cible*, a column choice — one undo step each.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core import matrix_export
from ...core import matrix_labels as ml
from ...core.enums import MatrixVersion
from ...core.errors import LieuxError
from ...core.model import Decision, Responsibility, new_id
from ...core.services import matrices as svc
from ...core.services import matrix_edits
from ..commands import EditCommand
from ..dialogs.buttons import ok_cancel
from ..document import Document
from ..plain import literal, plain
from ..roles import Role
from ..save_dialog import ask_save_path
from .flow import FlowLayout, flow_policy
from .model import MatrixModel
from .view import IssuesPanel, MatrixView


def legend_html(items: list[tuple[str, str, str, str]]) -> str:
    """Chips "R réalise" on their colour, for the legend line above a matrix."""
    chips = [
        f'<span style="background-color:{bg}; color:{fg};">&nbsp;<b>{key}</b>&nbsp;</span>'
        f"&nbsp;{label}"
        for key, label, bg, fg in items
    ]
    return " &nbsp;·&nbsp; ".join(chips)


class MatrixEditor:
    """Turns view requests into undo commands on one matrix (one version)."""

    def __init__(self, doc: Document, atelier_id: str, model: MatrixModel,
                 message: Callable[[str], None]) -> None:
        self.doc, self.atelier_id, self.model = doc, atelier_id, model
        self.message = message

    @property
    def matrix(self) -> str:
        return self.model.matrix

    @property
    def version(self) -> MatrixVersion | None:
        return self.model.version

    def set_cells(self, positions: list[tuple[int, int]], value: str | None) -> bool:
        data = self.model.matrix_data
        changes = {(data.rows[r].id, data.columns[c].acteur_id): value for r, c in positions}
        changes = {k: v for k, v in changes.items() if data.cells.get(k) != v}
        if not changes:
            return False
        nb, matrix, version = self.doc.notebook, self.matrix, self.version
        if len(changes) == 1:
            (row_id, acteur_id), = changes
            template = QCoreApplication.translate("matrices", "{acteur} sur « {row} » : {value}")
            text = template.format(
                acteur=data.names[acteur_id],
                row=data.rows[self.model.row_of(row_id)].label,
                value=ml.cell_text(matrix, value) or QCoreApplication.translate("matrices", "vide"))
        else:
            text = QCoreApplication.translate("matrices", "%n cellule(s)", None, len(changes))
        self.message("")
        return self.doc.run(EditCommand(
            self.doc, text, lambda: matrix_edits.fill_cells(nb, matrix, changes, version)))

    def copy(self, view: MatrixView) -> str:
        positions = view.selected_positions()
        if not positions:
            return ""
        rows = [p[0] for p in positions]
        cols = [p[1] for p in positions]
        text = svc.block_text(self.model.matrix_data, min(rows), min(cols), max(rows), max(cols))
        QGuiApplication.clipboard().setText(text)
        return text

    def paste(self, view: MatrixView, text: str | None = None) -> bool:
        """Paste tab-separated text at the current cell; refused whole if one value is bad."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        positions = view.selected_positions()
        if not positions:
            self.message(svc.MatrixError("no_cell").message)
            return False
        row, col = positions[0]
        nb, matrix, version = self.doc.notebook, self.matrix, self.version
        try:
            changes = svc.prepare_paste(nb, self.atelier_id, matrix, row, col, text)
        except LieuxError as exc:
            self.message(exc.message)
            return False
        self.message("")
        label = QCoreApplication.translate("matrices", "Coller %n cellule(s)", None,
                                           len(changes))
        return self.doc.run(EditCommand(
            self.doc, label, lambda: matrix_edits.fill_cells(nb, matrix, changes, version)))


class ColumnsDialog(QDialog):
    """Pick the acteurs shown as columns (ticked) and their order."""

    def __init__(self, acteurs: list[svc.Column], chosen: list[str],
                 parent: QWidget | None = None, *, other: str | None = None,
                 shared: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Acteurs de la matrice"))
        self.setObjectName("matrixColumnsDialog")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Cochez les acteurs à afficher en colonnes ; "
                                        "l'ordre de la liste est celui des colonnes.")))
        self.list = QListWidget(self)
        self.list.setObjectName("matrixColumnsList")
        self.list.setAccessibleName(self.tr("Acteurs"))
        self.list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        by_id = {a.acteur_id: a for a in acteurs}
        ordered = [by_id[i] for i in chosen if i in by_id] + [
            a for a in acteurs if a.acteur_id not in chosen]
        for a in ordered:
            item = QListWidgetItem(a.name)
            item.setData(Role.ID, a.acteur_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if a.acteur_id in chosen
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        side = QVBoxLayout()
        for name, text, step in (("up", self.tr("Monter"), -1), ("down", self.tr("Descendre"), 1)):
            b = QPushButton(text, self)
            b.setObjectName(f"matrixColumns_{name}")
            b.setAccessibleName(text)
            b.clicked.connect(lambda _c=False, s=step: self.move_row(s))
            side.addWidget(b)
        side.addStretch(1)
        row.addLayout(side)
        layout.addLayout(row)
        #: Apply the same acteurs to the other matrix (roles ↔ decisions): chosen once.
        self.shared = QCheckBox(self)
        self.shared.setObjectName("matrixColumnsShared")
        self.shared.setVisible(other is not None)
        if other is not None:
            self.shared.setText(self.tr("Les mêmes acteurs pour la matrice des rôles")
                                if other == ml.ROLES else
                                self.tr("Les mêmes acteurs pour la matrice de décision"))
            self.shared.setAccessibleName(self.shared.text())
        self.shared.setChecked(shared)
        layout.addWidget(self.shared)
        buttons = ok_cancel(self)
        layout.addWidget(buttons)

    def move_row(self, step: int) -> None:  # not move(): that is QWidget.move(x, y)
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Role.ID) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class MatrixPage(QWidget):
    """One matrix view with its message line and its issues panel on the right."""

    def __init__(self, doc: Document, atelier_id: str, model: MatrixModel,
                 keys: dict[str, str | None], choices: list[tuple[str | None, str]],
                 name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = MatrixView(keys, choices, self)
        self.view.setObjectName(f"{name}View")
        self.view.setAccessibleName(self.tr("Matrice"))
        self.view.setModel(model)
        self.message_label = plain(QLabel(self))
        self.message_label.setObjectName(f"{name}Message")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(
            "QLabel { background: #fbe3e1; color: #7a1712; padding: 4px; border-radius: 3px; }")
        self.message_label.hide()
        self.editor = MatrixEditor(doc, atelier_id, model, self.show_message)
        self.issues = IssuesPanel(self)
        self.issues.setObjectName(f"{name}Issues")
        self.view.cellsRequested.connect(self.editor.set_cells)
        self.view.copyRequested.connect(lambda: self.editor.copy(self.view))
        self.view.pasteRequested.connect(lambda: self.editor.paste(self.view))
        self.issues.rowActivated.connect(self.go_to_row)
        model.issuesChanged.connect(self.refresh_issues)
        self.refresh_issues()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message_label)
        layout.addWidget(self.view, 1)

    def show_message(self, text: str) -> None:
        self.message_label.setText(("⚠ " + text) if text else "")
        self.message_label.setVisible(bool(text))

    def refresh_issues(self) -> None:
        empty = not self.model.rowCount() or not self.model.columnCount()
        self.issues.show_issues(self.model.issues(), empty=empty,
                                untouched=not empty and self.model.untouched)

    def go_to_row(self, row_id: str) -> None:
        row = self.model.row_of(row_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, max(0, self.view.currentIndex()
                                                                .column())))
            self.view.setFocus()


class RowsBar(QWidget):
    """Rows and columns of a matrix: add, rename, move, remove, choose acteurs, CSV."""

    exportRequested = Signal()

    def __init__(self, doc: Document, atelier_id: str, matrix: str,
                 current: Callable[[], tuple[MatrixModel, MatrixView]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.atelier_id, self.matrix = doc, atelier_id, matrix
        self.current = current
        self.entity = Responsibility if matrix == ml.ROLES else Decision
        layout = FlowLayout(self)  # wraps at 1024×768 instead of widening the window
        # Whole sentences, not "Ajouter {what}": a translation may need to change the verb.
        add_text = (self.tr("Ajouter une responsabilité") if matrix == ml.ROLES
                    else self.tr("Ajouter une décision"))
        self.buttons: dict[str, QToolButton] = {}
        for key, text, slot in (
            ("add", add_text, self.add_row),
            ("rename", self.tr("Renommer"), self.rename_row),
            ("up", self.tr("Monter"), lambda: self.move_row(-1)),
            ("down", self.tr("Descendre"), lambda: self.move_row(1)),
            ("remove", self.tr("Supprimer la ligne"), self.remove_row),
            ("columns", self.tr("Acteurs…"), self.choose_columns),
            ("csv", self.tr("Exporter en CSV…"), self.exportRequested.emit),
        ):
            b = QToolButton(self)
            b.setText(text)
            b.setObjectName(f"{matrix}_{key}")
            b.setAccessibleName(text)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.clicked.connect(slot)
            layout.addWidget(b)
            self.buttons[key] = b
            if key in ("remove",):
                layout.addSpacing(12)
        flow_policy(self)

    def current_row(self) -> svc.Row | None:
        model, view = self.current()
        index = view.currentIndex()
        rows = model.matrix_data.rows
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def add_row(self, label: str | None = None) -> str | None:
        if label is None:
            label, ok = QInputDialog.getText(self, self.tr("Nouvelle ligne"), self.tr("Libellé :"))
            if not ok:
                return None
        model, view = self.current()
        index = view.currentIndex()
        position = index.row() + 1 if index.isValid() else None
        row_id = new_id()
        nb, atelier, matrix = self.doc.notebook, self.atelier_id, self.matrix
        ok = self.doc.run(EditCommand(  # the service refuses an empty label, with a message
            self.doc, self.tr("Ajouter « {label} »").format(label=" ".join(label.split())),
            lambda: matrix_edits.add_row(nb, atelier, matrix, label, position, row_id)))
        if ok:
            r = model.row_of(row_id)
            if r >= 0:
                view.setCurrentIndex(model.index(r, max(0, index.column())))
        return row_id if ok else None

    def rename_row(self, label: str | None = None) -> bool:
        row = self.current_row()
        if row is None:
            return False
        if label is None:
            label, ok = QInputDialog.getText(self, self.tr("Renommer la ligne"),
                                             self.tr("Libellé :"), text=row.label)
            if not ok:
                return False
        nb, matrix = self.doc.notebook, self.matrix
        return self.doc.run(EditCommand(
            self.doc, self.tr("Renommer « {label} »").format(label=row.label),
            lambda: matrix_edits.rename_row(nb, matrix, row.id, label)))

    def move_row(self, step: int) -> bool:
        model, view = self.current()
        row = self.current_row()
        if row is None:
            return False
        ids = [r.id for r in model.matrix_data.rows]
        i = ids.index(row.id)
        j = i + step
        if not 0 <= j < len(ids):
            return False
        ids[i], ids[j] = ids[j], ids[i]
        col = view.currentIndex().column()
        nb, matrix = self.doc.notebook, self.matrix
        ok = self.doc.run(EditCommand(self.doc,
                                      self.tr("Déplacer « {label} »").format(label=row.label),
                                      lambda: matrix_edits.move_rows(nb, matrix, ids)))
        view.setCurrentIndex(model.index(model.row_of(row.id), col))
        return ok

    def remove_row(self) -> bool:
        row = self.current_row()
        if row is None:
            return False
        nb, matrix = self.doc.notebook, self.matrix
        return self.doc.run(EditCommand(self.doc,
                                        self.tr("Supprimer « {label} »").format(label=row.label),
                                        lambda: matrix_edits.remove_rows(nb, matrix, [row.id])))

    @property
    def other_matrix(self) -> str:
        return ml.DECISIONS if self.matrix == ml.ROLES else ml.ROLES

    def set_columns(self, acteur_ids: list[str], *, shared: bool = False) -> bool:
        """Choose the acteurs of this matrix (and of the other one when ``shared``): one undo."""
        nb, atelier = self.doc.notebook, self.atelier_id
        matrices = [self.matrix] + ([self.other_matrix] if shared else [])
        return self.doc.run(EditCommand(
            self.doc, self.tr("Choisir les acteurs"),
            lambda: matrix_edits.choose_columns(nb, atelier, matrices, acteur_ids)))

    def column_choice(self) -> tuple[list[str], bool]:
        """What the dialog starts from: this matrix's acteurs, else the other's (chosen
        once for both), and whether the two share them (then they stay shared)."""
        model, _view = self.current()
        mine = [c.acteur_id for c in model.matrix_data.columns]
        other = [c.acteur_id for c in svc.columns(self.doc.notebook, self.atelier_id,
                                                  self.other_matrix)]
        shared = not other or not mine or set(other) == set(mine)
        return (mine or other), shared

    def make_columns_dialog(self) -> ColumnsDialog:
        chosen, shared = self.column_choice()
        return ColumnsDialog(svc.acteurs(self.doc.notebook), chosen, self,
                             other=self.other_matrix, shared=shared)

    def choose_columns(self) -> bool:
        dialog = self.make_columns_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.set_columns(dialog.chosen(), shared=dialog.shared.isChecked())


def export_csv(parent: QWidget, doc: Document, data: svc.MatrixData, default_name: str) -> None:
    """Ask where, then write one matrix as CSV; errors go to the user, not a traceback."""
    path = ask_save_path(parent, QCoreApplication.translate("matrices", "Exporter en CSV"),
                         default_name,
                         QCoreApplication.translate("matrices", "Tableur CSV (*.csv)"),
                         doc.notebook.path)
    if path is None:
        return
    try:
        matrix_export.export_matrix(data, path)
    except LieuxError as exc:
        doc.report(exc)
        QMessageBox.warning(parent, QCoreApplication.translate("matrices", "Export CSV"),
                            literal(exc.message))
        return
    logging.getLogger(__name__).info("matrix exported to %s", path)
