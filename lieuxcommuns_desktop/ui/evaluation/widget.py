"""Evaluation of an atelier: re-enter the paper forms fast, see the results.

*Saisie*: one row per paper form, one column per question, keyboard only —
a digit 1–5 fills a scale question and moves right, text fills an open
question, Enter goes to the start of the next row (the last row is a new
form), Delete clears. Each answer is one committed, undoable write.
*Résultats*: per question the distribution over 1–5, the mean, the open
answers. *Questions*: add, rename, reorder, remove the questions.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import QuestionKind
from ...core.model import EvaluationForm, EvaluationQuestion
from ...core.services import evaluation
from ...core.tables import Table
from ..commands import EditCommand, create_command, delete_command, reorder_command, update_command
from ..document import Document
from ..plain import literal, plain
from ..roles import Role

if TYPE_CHECKING:
    from ...core.services.notebook import ChangeSet

log = logging.getLogger(__name__)

_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
_FIXED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class EvaluationGrid(QTableWidget):
    """The entry grid; keys are handled here, writes by :class:`EvaluationTool`."""

    def __init__(self, tool: EvaluationTool) -> None:
        super().__init__(tool)
        self.tool = tool
        self.setObjectName("evaluation_grid")
        self.setAccessibleName(self.tr("Saisie des formulaires d'évaluation"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setDefaultSectionSize(170)
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                    | Qt.AlignmentFlag.AlignVCenter)
        self.horizontalHeader().setStretchLastSection(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row, col = self.currentRow(), self.currentColumn()
        question = self.tool.question_at(col)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row >= 0:
            self.move_to(row + 1, 0)
            return
        if question is not None and question.kind is QuestionKind.SCALE5:
            text = event.text()
            if text in {"1", "2", "3", "4", "5"}:
                self.tool.save(row, col, int(text))
                self.advance(row, col)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) or text == "0":
                self.tool.save(row, col, None)
                return
            if text and text.isprintable() and not event.modifiers() & (
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                return  # a scale cell takes digits only
        elif question is not None and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.tool.save(row, col, None)
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        row = self.currentRow()
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter
            self.move_to(row + 1, 0)

    def advance(self, row: int, col: int) -> None:
        if col + 1 < self.columnCount():
            self.move_to(row, col + 1)
        else:
            self.move_to(row + 1, 0)

    def move_to(self, row: int, col: int) -> None:
        row = min(row, self.rowCount() - 1)
        self.setCurrentCell(row, col)


class DistributionBars(QWidget):
    """Five horizontal bars, 1 to 5, with their counts."""

    COLOURS = ("#d55e00", "#e69f00", "#c8c8c8", "#56b4e9", "#009e73")

    def __init__(self, distribution: dict[int, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.distribution = distribution
        self.setMinimumHeight(5 * 20)
        self.setAccessibleName(", ".join(f"{k} : {v}" for k, v in distribution.items()))

    def sizeHint(self) -> QSize:
        return QSize(360, 5 * 20)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = max(1, max(self.distribution.values(), default=0))
        row_h = self.height() / 5
        label_w = 24
        count_w = 40
        width = max(10, self.width() - label_w - count_w - 8)
        for i in range(1, 6):
            y = (i - 1) * row_h
            n = self.distribution.get(i, 0)
            painter.setPen(QColor("#333333"))
            painter.drawText(QRectF(0, y, label_w, row_h), Qt.AlignmentFlag.AlignCenter, str(i))
            bar = width * n / top
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#eeeeee"))
            painter.drawRect(QRectF(label_w, y + 3, width, row_h - 6))
            painter.setBrush(QColor(self.COLOURS[i - 1]))
            painter.drawRect(QRectF(label_w, y + 3, bar, row_h - 6))
            painter.setPen(QColor("#333333"))
            painter.drawText(QRectF(label_w + width + 6, y, count_w, row_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, str(n))
        painter.end()


def _mean(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")  # French decimal comma


class EvaluationTool(QWidget):
    def __init__(self, doc: Document, atelier_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.atelier_id = atelier_id
        self.setObjectName("evaluation_tool")
        self._questions: list[EvaluationQuestion] = []
        self._forms: list[evaluation.FormRow] = []

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("evaluation_tabs")
        self.tabs.setAccessibleName(self.tr("Évaluation"))
        # Entry
        entry = QWidget(self)
        self.grid = EvaluationGrid(self)
        self.grid.itemChanged.connect(self._on_item_changed)
        self.hint = QLabel(self.tr(
            "Un formulaire par ligne. Chiffres 1 à 5 pour les questions à échelle, texte pour "
            "les questions ouvertes, Entrée pour le formulaire suivant, Suppr pour effacer."),
            entry)
        self.hint.setWordWrap(True)
        self.delete_form_button = QPushButton(self.tr("Supprimer le formulaire"), entry)
        self.delete_form_button.setObjectName("evaluation_delete_form")
        self.delete_form_button.setAccessibleName(self.tr("Supprimer le formulaire choisi"))
        self.delete_form_button.clicked.connect(self.delete_current_form)
        entry_layout = QVBoxLayout(entry)
        entry_layout.addWidget(self.hint)
        entry_layout.addWidget(self.grid, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.delete_form_button)
        entry_layout.addLayout(row)
        # Summary
        self.summary_area = QScrollArea(self)
        self.summary_area.setObjectName("evaluation_summary")
        self.summary_area.setWidgetResizable(True)
        self.summary_area.setAccessibleName(self.tr("Résultats de l'évaluation"))
        # Questions
        questions = QWidget(self)
        self.question_list = QListWidget(questions)
        self.question_list.setObjectName("evaluation_questions")
        self.question_list.setAccessibleName(self.tr("Questions du formulaire"))
        self.question_text = QLineEdit(questions)
        self.question_text.setObjectName("evaluation_question_text")
        self.question_text.setAccessibleName(self.tr("Texte de la question"))
        self.question_text.setPlaceholderText(self.tr("Texte de la question"))
        self.question_kind = QComboBox(questions)
        self.question_kind.setObjectName("evaluation_question_kind")
        self.question_kind.setAccessibleName(self.tr("Type de question"))
        self.question_kind.addItem(self.tr("Échelle 1 à 5"), QuestionKind.SCALE5.value)
        self.question_kind.addItem(self.tr("Question ouverte"), QuestionKind.OPEN.value)
        buttons = []
        for text, name, slot in (
            (self.tr("Ajouter"), "evaluation_add_question", self.add_question),
            (self.tr("Modifier"), "evaluation_edit_question", self.edit_question),
            (self.tr("Supprimer"), "evaluation_delete_question", self.delete_question),
            (self.tr("Monter"), "evaluation_up", lambda: self.move_question(-1)),
            (self.tr("Descendre"), "evaluation_down", lambda: self.move_question(1)),
            (self.tr("Ajouter les questions types"), "evaluation_defaults",
             self.add_default_questions),
        ):
            button = QPushButton(text, questions)
            button.setObjectName(name)
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            buttons.append(button)
        self.defaults_button = buttons[-1]
        self.question_text.returnPressed.connect(self.add_question)
        self.question_list.currentRowChanged.connect(self._question_selected)
        q_layout = QVBoxLayout(questions)
        q_layout.addWidget(self.question_list, 1)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.question_text, 1)
        edit_row.addWidget(self.question_kind)
        q_layout.addLayout(edit_row)
        button_row = QHBoxLayout()
        for b in buttons:
            button_row.addWidget(b)
        button_row.addStretch(1)
        q_layout.addLayout(button_row)

        self.tabs.addTab(entry, self.tr("Saisie"))
        self.tabs.addTab(self.summary_area, self.tr("Résultats"))
        self.tabs.addTab(questions, self.tr("Questions"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        doc.changed.connect(self._on_changed)
        self.refresh()
        if not self._questions:
            self.tabs.setCurrentIndex(2)

    # -- data ---------------------------------------------------------------------
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Table.EVALUATION_QUESTION, Table.EVALUATION_FORM,
                           Table.EVALUATION_ANSWER):
            self.refresh()

    def question_at(self, col: int) -> EvaluationQuestion | None:
        return self._questions[col] if 0 <= col < len(self._questions) else None

    def refresh(self) -> None:
        self._questions = evaluation.questions(self.doc.notebook, self.atelier_id)
        self._forms = evaluation.forms(self.doc.notebook, self.atelier_id)
        self._fill_grid()
        self._fill_summary()
        self._fill_questions()

    def _fill_grid(self) -> None:
        grid = self.grid
        row, col = grid.currentRow(), grid.currentColumn()
        grid.blockSignals(True)
        grid.setColumnCount(len(self._questions))
        grid.setHorizontalHeaderLabels([
            f"{i + 1}. {q.text}" + (" (1–5)" if q.kind is QuestionKind.SCALE5 else "")
            for i, q in enumerate(self._questions)])
        for i, q in enumerate(self._questions):
            grid.horizontalHeaderItem(i).setToolTip(literal(q.text))
        grid.setRowCount(len(self._forms) + 1)
        labels = [self.tr("n° {number}").format(number=f.number) for f in self._forms]
        grid.setVerticalHeaderLabels([*labels, self.tr("nouveau")])
        for r in range(len(self._forms) + 1):
            answers = self._forms[r].answers if r < len(self._forms) else {}
            for c, q in enumerate(self._questions):
                value = answers.get(q.id)
                text = "" if value is None else str(value)
                item = grid.item(r, c)
                if item is None:
                    item = QTableWidgetItem()
                    grid.setItem(r, c, item)
                flags = _FIXED if q.kind is QuestionKind.SCALE5 else _EDITABLE
                if item.flags() != flags:
                    item.setFlags(flags)
                if item.text() != text:
                    item.setText(text)
                if q.kind is QuestionKind.SCALE5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.blockSignals(False)
        if grid.rowCount() and grid.columnCount():
            grid.setCurrentCell(max(0, min(row, grid.rowCount() - 1)),
                                max(0, min(col, grid.columnCount() - 1)))

    def _fill_summary(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        forms_count = len(self._forms)
        head = QLabel(self.tr("%n formulaire(s) saisi(s)", "", forms_count), page)
        head.setObjectName("evaluation_count")
        font = QFont(head.font())
        font.setBold(True)
        head.setFont(font)
        layout.addWidget(head)
        for s in evaluation.summary(self.doc.notebook, self.atelier_id):
            frame = QFrame(page)
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            title = plain(QLabel(s.text, frame))
            title.setWordWrap(True)
            title.setFont(font)
            box.addWidget(title)
            if s.kind is QuestionKind.SCALE5:
                box.addWidget(DistributionBars(s.distribution, frame))
                mean = (self.tr("Moyenne : {mean} / 5 (%n réponse(s))", "", s.count).format(
                        mean=_mean(s.mean)) if s.mean is not None
                        else self.tr("Aucune réponse"))
                label = plain(QLabel(mean, frame))
                label.setObjectName(f"mean_{s.question_id}")
                box.addWidget(label)
            else:
                answers = plain(QLabel("\n".join(f"• {a}" for a in s.open_answers)
                                       or self.tr("Aucune réponse"), frame))
                answers.setObjectName(f"answers_{s.question_id}")
                answers.setWordWrap(True)
                answers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                box.addWidget(answers)
            layout.addWidget(frame)
        layout.addStretch(1)
        self.summary_area.setWidget(page)

    def summary_texts(self) -> list[str]:
        page = self.summary_area.widget()
        return [label.text() for label in page.findChildren(QLabel)] if page else []

    def _fill_questions(self) -> None:
        current = self.question_list.currentRow()
        self.question_list.blockSignals(True)
        self.question_list.clear()
        for q in self._questions:
            kind = (self.tr("échelle 1–5") if q.kind is QuestionKind.SCALE5
                    else self.tr("ouverte"))
            item = QListWidgetItem(f"{q.text}  —  {kind}")
            item.setData(Role.ID, q.id)
            self.question_list.addItem(item)
        self.question_list.setCurrentRow(min(current, self.question_list.count() - 1))
        self.question_list.blockSignals(False)
        self.defaults_button.setVisible(not self._questions)

    # -- answers -------------------------------------------------------------------------
    def form_id_at(self, row: int) -> str | None:
        return self._forms[row].id if 0 <= row < len(self._forms) else None

    def save(self, row: int, col: int, value: int | str | None) -> bool:
        question = self.question_at(col)
        if question is None or row < 0:
            return False
        form_id = self.form_id_at(row)
        if form_id is None and value in (None, ""):
            return False
        nb, atelier_id, qid = self.doc.notebook, self.atelier_id, question.id
        text = QCoreApplication.translate("EvaluationTool", "Réponse « {question} »").format(
            question=question.text[:30])
        return self.doc.run(EditCommand(
            self.doc, text, lambda: evaluation.answer(nb, atelier_id, form_id, qid, value)))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        question = self.question_at(item.column())
        if question is None or question.kind is QuestionKind.SCALE5:
            return
        self.save(item.row(), item.column(), item.text().strip() or None)

    def delete_current_form(self) -> None:
        form_id = self.form_id_at(self.grid.currentRow())
        if form_id:
            self.doc.run(delete_command(self.doc, EvaluationForm, [form_id],
                                       self.tr("Supprimer le formulaire")))

    # -- questions --------------------------------------------------------------------------
    def _selected_question(self) -> EvaluationQuestion | None:
        row = self.question_list.currentRow()
        return self._questions[row] if 0 <= row < len(self._questions) else None

    def _question_selected(self, _row: int) -> None:
        q = self._selected_question()
        if q is not None:
            self.question_text.setText(q.text)
            self.question_kind.setCurrentIndex(self.question_kind.findData(q.kind.value))

    def add_question(self) -> None:
        text = self.question_text.text().strip()
        if not text:
            return
        self.doc.run(create_command(self.doc, EvaluationQuestion, {
            "atelier_id": self.atelier_id, "text": text, "position": len(self._questions),
            "kind": QuestionKind(self.question_kind.currentData()),
        }, self.tr("Ajouter une question")))
        self.question_text.clear()
        self.question_list.setCurrentRow(self.question_list.count() - 1)

    def edit_question(self) -> None:
        q = self._selected_question()
        text = self.question_text.text().strip()
        if q is None or not text:
            return
        values = {"text": text, "kind": QuestionKind(self.question_kind.currentData())}
        values = {k: v for k, v in values.items() if getattr(q, k) != v}
        if values:
            self.doc.run(update_command(self.doc, EvaluationQuestion, q.id, values,
                                       self.tr("Modifier la question")))

    def delete_question(self) -> None:
        q = self._selected_question()
        if q is not None:
            self.doc.run(delete_command(self.doc, EvaluationQuestion, [q.id],
                                       self.tr("Supprimer la question")))

    def move_question(self, step: int) -> None:
        row = self.question_list.currentRow()
        target = row + step
        if not (0 <= row < len(self._questions) and 0 <= target < len(self._questions)):
            return
        ids = [q.id for q in self._questions]
        ids[row], ids[target] = ids[target], ids[row]
        self.doc.run(reorder_command(self.doc, EvaluationQuestion, ids,
                                    self.tr("Déplacer la question")))
        self.question_list.setCurrentRow(target)

    def add_default_questions(self) -> None:
        stack = self.doc.undo_stack
        stack.beginMacro(self.tr("Ajouter les questions types"))
        try:
            for i, (text, kind) in enumerate(evaluation.DEFAULT_QUESTIONS):
                self.doc.run(create_command(self.doc, EvaluationQuestion, {
                    "atelier_id": self.atelier_id, "position": len(self._questions) + i,
                    "text": QCoreApplication.translate("evaluation", text), "kind": kind,
                }, self.tr("Ajouter une question")))
        finally:
            stack.endMacro()
        self.tabs.setCurrentIndex(0)
