"""The agenda builder (*déroulé*): séquences, clock times, total and slot warning."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import Tool
from ...core.model import new_id
from ...core.services import agenda, ateliers
from ...core.tables import Table
from ..columns import ColumnFitter
from ..commands import EditCommand
from ..document import Document
from ..editors.labels import tool_label
from ..focus_commit import CommitOnFocusOut
from ..plain import plain
from .model import (
    COL_TITLE,
    COL_TOOL,
    SequenceModel,
)

if TYPE_CHECKING:

    from PySide6.QtCore import QAbstractItemModel, QPersistentModelIndex
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QStyleOptionViewItem

    from ...core.templates import Template

log = logging.getLogger(__name__)


def format_minutes(total: int) -> str:
    hours, minutes = divmod(total, 60)
    if not hours:
        return f"{minutes} min"
    return f"{hours} h {minutes:02d}" if minutes else f"{hours} h"


class ToolDelegate(QStyledItemDelegate):
    """A combo box of the tools a séquence can open."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QComboBox:
        combo = QComboBox(parent)
        combo.setObjectName("sequenceToolEditor")
        combo.setAccessibleName(self.tr("Outil de la séquence"))
        for tool in Tool:
            combo.addItem(tool_label(tool), tool.value)
        return combo

    def setEditorData(self, editor: QWidget,
                      index: QModelIndex | QPersistentModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AgendaEditor(QWidget):
    """Registry tool ``agenda``: ``AgendaEditor(doc, atelier_id, parent=None)``."""

    toolRequested = Signal(str, str)

    def __init__(self, doc: Document, atelier_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaEditor")
        self.setAccessibleName(self.tr("Déroulé de l'atelier"))
        self.doc = doc
        self.atelier_id = atelier_id
        self.model = SequenceModel(doc, atelier_id, self)

        self.banner = plain(QLabel(self))
        self.banner.setObjectName("agendaWarning")
        self.banner.setAccessibleName(self.tr("Alerte de durée"))
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: #fff3cd; color: #664d03; border: 1px solid #e0b84c;"
            " border-radius: 4px; padding: 6px 10px; font-weight: bold; }")
        self.total_label = plain(QLabel(self))
        self.total_label.setObjectName("agendaTotal")
        self.total_label.setAccessibleName(self.tr("Durée totale"))

        self.table = QTableView(self)
        self.table.setObjectName("agendaTable")
        self.table.setAccessibleName(self.tr("Séquences du déroulé"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COL_TOOL, ToolDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        # The step's title gets the room; the others fit their contents, capped (a long
        # instruction no longer squeezes the title to "Ac…" at 1024 pixels).
        self.columns = ColumnFitter(self.table, COL_TITLE, share=0.3, cap=180)
        self.table.verticalHeader().setDefaultSectionSize(28)

        buttons = QHBoxLayout()
        self.buttons: dict[str, QToolButton] = {}
        for key, text, shortcut, slot in (
            ("add", self.tr("Ajouter une séquence"), "Ctrl+Shift+N", self.add_step),
            ("duplicate", self.tr("Dupliquer"), "Ctrl+Shift+D", self.duplicate_step),
            ("remove", self.tr("Supprimer"), "", self.remove_step),
            ("up", self.tr("Monter"), "Alt+Up", lambda: self.move_selected(-1)),
            ("down", self.tr("Descendre"), "Alt+Down", lambda: self.move_selected(1)),
            ("template", self.tr("Ajouter depuis un modèle…"), "", self.add_from_template),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setObjectName(f"agenda_{key}")
            button.setAccessibleName(text)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            if shortcut:
                button.setShortcut(QKeySequence(shortcut))
                native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
                button.setToolTip(f"{text} ({native})")
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)

        self.instructions = QPlainTextEdit(self)
        self.instructions.setObjectName("sequenceInstructions")
        self.instructions.setAccessibleName(self.tr("Consigne pour l'animateur·rice"))
        self.instructions.setTabChangesFocus(True)
        self.participant_instructions = QPlainTextEdit(self)
        self.participant_instructions.setObjectName("sequenceParticipantInstructions")
        self.participant_instructions.setAccessibleName(
            self.tr("Consigne projetée aux participant·es"))
        self.participant_instructions.setTabChangesFocus(True)
        self.materials = QPlainTextEdit(self)
        self.materials.setObjectName("sequenceMaterials")
        self.materials.setAccessibleName(self.tr("Matériel"))
        self.materials.setTabChangesFocus(True)
        details = QWidget(self)
        row = QHBoxLayout(details)
        row.setContentsMargins(0, 0, 0, 0)
        for label_text, editor, stretch in (
                (self.tr("Consigne (animation)"), self.instructions, 3),
                (self.tr("Consigne projetée (participant·es)"), self.participant_instructions, 2),
                (self.tr("Matériel"), self.materials, 2)):
            column = QVBoxLayout()
            label = QLabel(label_text, details)
            label.setBuddy(editor)
            column.addWidget(label)
            column.addWidget(editor)
            row.addLayout(column, stretch)
        for field, editor in (("instructions", self.instructions),
                              ("participant_instructions", self.participant_instructions),
                              ("materials", self.materials)):
            CommitOnFocusOut(editor, lambda f=field, e=editor: self._commit_detail(f, e))

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("agendaSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 150])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self._keep: str | None = None
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        self._after_reset()
        if self.model.rowCount():
            self.table.selectRow(0)

    # -- helpers -------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_id(self, sequence_id: str) -> None:
        for row, seq in enumerate(self.model.rows):
            if seq.id == sequence_id:
                self.table.selectRow(row)
                return

    def _before_reset(self) -> None:
        row = self.current_row()
        self._keep = self.model.rows[row].id if 0 <= row < len(self.model.rows) else None

    def _after_reset(self) -> None:
        if self._keep is not None:
            self.select_id(self._keep)
            self._keep = None
        issues = self.model.issues()
        self.banner.setVisible(bool(issues))
        self.banner.setText("⚠ " + " ".join(i.message for i in issues))
        slot = (self.tr(" — créneau prévu : {planned}").format(
            planned=format_minutes(self.model.planned)) if self.model.planned else "")
        self.total_label.setText(self.tr("Total : {duration}").format(
            duration=format_minutes(self.model.total)) + slot)
        readonly = self.doc.readonly
        for button in self.buttons.values():
            button.setEnabled(not readonly)
        has_rows = bool(self.model.rowCount())
        for key in ("duplicate", "remove", "up", "down"):
            self.buttons[key].setEnabled(not readonly and has_rows)
        self._show_details(self.table.currentIndex())

    def _show_details(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        row = index.row() if index.isValid() else -1
        seq = self.model.rows[row] if 0 <= row < len(self.model.rows) else None
        for field, editor in (("instructions", self.instructions),
                              ("participant_instructions", self.participant_instructions),
                              ("materials", self.materials)):
            text = getattr(seq, field) if seq else ""
            if editor.toPlainText() != text:
                editor.setPlainText(text)
            editor.setEnabled(seq is not None)
            editor.setReadOnly(self.doc.readonly)
            editor.setProperty("sequence_id", seq.id if seq else None)

    def _commit_detail(self, field: str, editor: QPlainTextEdit) -> None:
        sequence_id = editor.property("sequence_id")
        seq = next((s for s in self.model.rows if s.id == sequence_id), None)
        if seq is None or self.doc.readonly:
            return
        text = editor.toPlainText()
        if getattr(seq, field) != text:
            nb, seq_id = self.doc.notebook, seq.id
            self.doc.run(EditCommand(
                self.doc, self.tr("Modifier la consigne de « {title} »").format(title=seq.title),
                lambda: agenda.edit_sequence(nb, seq_id, **{field: text})))

    # -- actions -------------------------------------------------------------------
    def insert_steps(self, steps: list[dict], position: int | None, text: str) -> list[str]:
        nb, atelier_id = self.doc.notebook, self.atelier_id
        steps = [{**dict(s), "id": new_id()} for s in steps]  # redo: the very same records
        command = EditCommand(self.doc, text,
                              lambda: agenda.insert_steps(nb, atelier_id, steps, position))
        if self.doc.run(command):
            ids = [s["id"] for s in steps]
            self.select_id(ids[0])
            return ids
        return []

    def add_step(self) -> list[str]:
        row = self.current_row()
        step = {"title": self.tr("Nouvelle séquence"), "minutes": 10}
        return self.insert_steps([step], row + 1 if row >= 0 else None,
                                 self.tr("Ajouter une séquence"))

    def duplicate_step(self) -> list[str]:
        row = self.current_row()
        if row < 0:
            return []
        seq = self.model.rows[row]
        return self.insert_steps([agenda.step_values(seq)], row + 1,
                                 self.tr("Dupliquer la séquence « {title} »").format(
                                     title=seq.title))

    def delete_selection(self) -> None:
        """*Édition › Supprimer* (``contracts.DeletesSelection``): the current séquence."""
        self.remove_step()

    def remove_step(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        seq = self.model.rows[row]
        nb, seq_id = self.doc.notebook, seq.id
        self.doc.run(EditCommand(self.doc, self.tr("Supprimer la séquence « {title} »").format(
            title=seq.title), lambda: agenda.delete_sequences(nb, [seq_id])))
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def move_selected(self, delta: int) -> None:
        row = self.current_row()
        target = row + delta
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        order = [s.id for s in self.model.rows]
        moved = order.pop(row)
        order.insert(target, moved)
        nb = self.doc.notebook
        self.doc.run(EditCommand(self.doc, self.tr("Déplacer la séquence « {title} »").format(
            title=self.model.rows[row].title), lambda: agenda.move_sequences(nb, order)))
        self.select_id(moved)

    def add_from_template(self) -> list[str]:
        from ..dialogs.templates import TemplateStepsDialog

        dialog = TemplateStepsDialog(self)
        if not dialog.available():
            dialog.explain_unavailable()
            return []
        if dialog.exec() != TemplateStepsDialog.DialogCode.Accepted:
            return []
        return self.add_template_steps(dialog.selected_template(), dialog.selected_indexes())

    def add_template_steps(self, template: Template | None, indexes: list[int]) -> list[str]:
        """Insert some steps of ``template`` below the current séquence, as one undo step."""
        if template is None or not indexes:
            return []
        row = self.current_row()
        position = row + 1 if row >= 0 else None
        text = self.tr("Ajouter %n séquence(s) depuis un modèle", "", len(indexes))
        nb, atelier_id = self.doc.notebook, self.atelier_id
        command = EditCommand(self.doc, text, lambda: ateliers.insert_template_steps(
            nb, atelier_id, template, indexes, position))
        ids = command.edit.created(Table.SEQUENCE) if self.doc.run(command) and command.edit else []
        if ids:
            self.select_id(ids[0])
        return ids

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) and self.table.hasFocus():
            self.remove_step()
            return
        super().keyPressEvent(event)
