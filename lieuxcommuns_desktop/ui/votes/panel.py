"""Dot votes in live mode: count the *gommettes* by keyboard, see the ranking.

Counting: the count column takes a number, Enter saves it and goes to the next
option (so a facilitator reads the board top to bottom without the mouse);
``+`` and ``-`` add or remove one dot on the current option. A refused count
(negative, not a number) says so in one line and keeps the previous one. Each
count is one undoable edit. The chart shows the round's results sorted, ties
marked, and can be sent to the projector; the top options become decision or
action notes in one click.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import NoteKind
from ...core.errors import LieuxError
from ...core.services import votes
from ...core.services.notebook import ChangeSet
from ...core.tables import Table
from ...core.votes import top
from ..dialogs.buttons import ok_cancel
from ..document import Document
from ..plain import plain
from ..programme.edits import ProgrammeEditCommand
from ..roles import Role
from .chart import BarChart

if TYPE_CHECKING:
    from ...core.services.edits import Edit

SOURCES = ("idee", "decision", "principe", "saisie")


class NewVoteDialog(QDialog):
    """Question, where the options come from (editable list), and the rounds."""

    def __init__(self, doc: Document, atelier_id: str, sequence_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newVoteDialog")
        self.setWindowTitle(self.tr("Nouveau vote"))
        self.doc, self.atelier_id, self.sequence_id = doc, atelier_id, sequence_id
        self.question = QLineEdit(self)
        self.question.setObjectName("newVoteQuestion")
        self.source = QComboBox(self)
        self.source.setObjectName("newVoteSource")
        for key, text in zip(SOURCES, (self.tr("Idées de la séquence"),
                                       self.tr("Décisions de l'atelier"),
                                       self.tr("Les 8 principes d'Ostrom"),
                                       self.tr("Saisie libre")), strict=True):
            self.source.addItem(text, key)
        self.options = QPlainTextEdit(self)
        self.options.setObjectName("newVoteOptions")
        self.options.setTabChangesFocus(True)
        self.rounds = QLineEdit(self.tr("Importance"), self)
        self.rounds.setObjectName("newVoteRounds")
        self._specs: list[votes.OptionSpec] = []
        self.source.currentIndexChanged.connect(lambda _i: self._fill())
        form = QFormLayout()
        form.addRow(self.tr("&Question :"), self.question)
        form.addRow(self.tr("&Options depuis :"), self.source)
        form.addRow(self.tr("O&ptions (une par ligne) :"), self.options)
        form.addRow(self.tr("&Tours (séparés par des virgules) :"), self.rounds)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self) -> None:
        key = self.source.currentData()
        nb = self.doc.notebook
        if key == "idee" and self.sequence_id:
            self._specs = votes.idea_options(nb, self.sequence_id)
        elif key == "decision":
            self._specs = votes.decision_options(nb, self.atelier_id)
        elif key == "principe":
            self._specs = votes.principle_options()
        else:
            self._specs = []
        self.options.setPlainText("\n".join(s.label for s in self._specs))

    def specs(self) -> list[votes.OptionSpec]:
        """The listed options, keeping the source of those left as they came."""
        known = {s.label: s for s in self._specs}
        return [known.get(spec.label, spec)
                for spec in votes.typed_options(self.options.toPlainText())]

    def round_names(self) -> list[str]:
        names = [n.strip() for n in self.rounds.text().split(",") if n.strip()]
        return names or [""]


class CountTable(QTableWidget):
    """Options and their counts; Enter saves and moves down, +/− adjust."""

    def __init__(self, panel: VotePanel) -> None:
        super().__init__(0, 2, panel)
        self.panel = panel
        self.setObjectName("voteCounts")
        self.setAccessibleName(self.tr("Gommettes par option"))
        self.setHorizontalHeaderLabels([self.tr("Option"), self.tr("Gommettes")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        if event.text() in ("+", "-") and row >= 0:
            self.panel.adjust(row, 1 if event.text() == "+" else -1)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row >= 0:
            self.setCurrentCell(min(row + 1, self.rowCount() - 1), 1)
            return
        super().keyPressEvent(event)


class VotePanel(QWidget):
    #: The results to project: (question, ranked results).
    projectionRequested = Signal(str, object)

    def __init__(self, doc: Document, atelier_id: str,
                 current_sequence: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votePanel")
        self.doc, self.atelier_id, self.current_sequence = doc, atelier_id, current_sequence
        self.view: votes.VoteView | None = None
        self._filling = False
        self.vote_box = QComboBox(self)
        self.vote_box.setObjectName("voteChoice")
        self.vote_box.setAccessibleName(self.tr("Vote"))
        self.vote_box.currentIndexChanged.connect(lambda _i: self._show())
        self.new_button = QPushButton(self.tr("&Nouveau vote…"), self)
        self.new_button.setObjectName("voteNew")
        self.new_button.clicked.connect(self.new_vote)
        self.round_box = QComboBox(self)
        self.round_box.setObjectName("voteRound")
        self.round_box.setAccessibleName(self.tr("Tour"))
        self.round_box.currentIndexChanged.connect(lambda _i: self._fill_counts())
        self.round_button = QPushButton(self.tr("Ajouter un &tour…"), self)
        self.round_button.setObjectName("voteAddRound")
        self.round_button.clicked.connect(self.add_round)
        self.table = CountTable(self)
        self.table.itemChanged.connect(self._on_item)
        self.chart = BarChart(self)
        self.status = plain(QLabel(self))
        self.status.setObjectName("voteStatus")
        self.decide_button = QPushButton(self.tr("En tête → &décisions"), self)
        self.decide_button.setObjectName("votePromoteDecisions")
        self.decide_button.clicked.connect(lambda: self.promote(NoteKind.DECISION))
        self.act_button = QPushButton(self.tr("En tête → a&ctions"), self)
        self.act_button.setObjectName("votePromoteActions")
        self.act_button.clicked.connect(lambda: self.promote(NoteKind.ACTION))
        self.project_button = QPushButton(self.tr("&Projeter les résultats"), self)
        self.project_button.setObjectName("voteProject")
        self.project_button.clicked.connect(self._project)
        top_row = QHBoxLayout()
        top_row.addWidget(self.vote_box, 1)
        top_row.addWidget(self.new_button)
        top_row.addWidget(self.round_box)
        top_row.addWidget(self.round_button)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 2)
        middle.addWidget(self.chart, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.decide_button)
        bottom.addWidget(self.act_button)
        bottom.addStretch(1)
        bottom.addWidget(self.project_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top_row)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        doc.changed.connect(self._on_changed)
        self.refresh()

    # -- reading --------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.vote_box.currentData()
        views = votes.list_votes(self.doc.notebook, self.atelier_id)
        self.vote_box.blockSignals(True)
        self.vote_box.clear()
        for view in views:
            self.vote_box.addItem(view.question or self.tr("Vote sans question"), view.id)
        index = self.vote_box.findData(current)
        self.vote_box.setCurrentIndex(index if index >= 0 else self.vote_box.count() - 1)
        self.vote_box.blockSignals(False)
        self._show()

    def _show(self) -> None:
        vote_id = self.vote_box.currentData()
        self.view = votes.get_vote(self.doc.notebook, vote_id) if vote_id else None
        current = self.round_box.currentData()
        self.round_box.blockSignals(True)
        self.round_box.clear()
        for result in self.view.rounds if self.view else []:
            self.round_box.addItem(result.name or self.tr("Tour unique"), result.round_id)
        index = self.round_box.findData(current)
        self.round_box.setCurrentIndex(max(index, 0))
        self.round_box.blockSignals(False)
        for widget in (self.round_button, self.table, self.decide_button, self.act_button,
                       self.project_button):
            widget.setEnabled(self.view is not None)
        self._fill_counts()

    def current_round(self) -> votes.RoundResult | None:
        if self.view is None:
            return None
        round_id = self.round_box.currentData()
        return next((r for r in self.view.rounds if r.round_id == round_id), None)

    def _fill_counts(self) -> None:
        result = self.current_round()
        counts = {r.option_id: r.count for r in result.ranked} if result else {}
        row = self.table.currentRow()
        self._filling = True
        options = self.view.options if self.view else []
        same = [self.table.item(i, 0).data(Role.ID) if self.table.item(i, 0) else None
                for i in range(self.table.rowCount())] == [o for o, _ in options]
        if same:  # counts only: items stay (an edit may be being committed into one)
            for index, (option_id, _label) in enumerate(options):
                self.table.item(index, 1).setText(str(counts.get(option_id, 0)))
            self._filling = False
            self.chart.set_results(result.ranked if result else [])
            return
        self.table.setRowCount(len(options))
        for index, (option_id, label) in enumerate(options):
            name = QTableWidgetItem(label)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            name.setData(Role.ID, option_id)
            self.table.setItem(index, 0, name)
            count = QTableWidgetItem(str(counts.get(option_id, 0)))
            count.setData(Role.ID, option_id)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(index, 1, count)
        self._filling = False
        if options:
            self.table.setCurrentCell(max(0, min(row, len(options) - 1)), 1)
        self.chart.set_results(result.ranked if result else [])

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Table.VOTE, Table.VOTE_OPTION, Table.VOTE_ROUND, Table.VOTE_COUNT):
            self.refresh()

    # -- edits ----------------------------------------------------------------------
    def _run(self, text: str, do_fn: Callable[[], Edit]) -> bool:
        return self.doc.run(ProgrammeEditCommand(self.doc, text, do_fn))

    def _on_item(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 1:
            return
        result = self.current_round()
        if result is None:
            return
        option_id, text = item.data(Role.ID), item.text()
        try:
            votes.parse_count(text)
        except LieuxError as exc:
            self.status.setText(exc.message)
            self._fill_counts()
            return
        self.status.clear()
        self._run(self.tr("Gommettes"),
                  lambda: votes.set_count(self.doc.notebook, result.round_id, option_id, text))

    def adjust(self, row: int, delta: int) -> None:
        result = self.current_round()
        item = self.table.item(row, 0)
        if result is None or item is None:
            return
        option_id = item.data(Role.ID)
        self._run(self.tr("Gommettes"), lambda: votes.adjust_count(
            self.doc.notebook, result.round_id, option_id, delta))

    def new_vote(self) -> QDialog:
        dialog = NewVoteDialog(self.doc, self.atelier_id, self.current_sequence(), self)
        dialog.accepted.connect(lambda: self._create(dialog))
        dialog.open()
        return dialog

    def _create(self, dialog: NewVoteDialog) -> None:
        specs, rounds = dialog.specs(), dialog.round_names()
        question, sequence_id = dialog.question.text(), self.current_sequence()
        if self._run(self.tr("Nouveau vote"), lambda: votes.create_vote(
                self.doc.notebook, self.atelier_id, sequence_id, question, specs, rounds)):
            self.vote_box.setCurrentIndex(self.vote_box.count() - 1)

    def add_round(self) -> None:
        if self.view is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Nouveau tour"), self.tr("Nom du tour :"))
        if ok:
            vote_id = self.view.id
            self._run(self.tr("Nouveau tour"),
                      lambda: votes.add_round(self.doc.notebook, vote_id, name))
            self.round_box.setCurrentIndex(self.round_box.count() - 1)

    def promote(self, kind: NoteKind) -> None:
        result = self.current_round()
        if self.view is None or result is None:
            return
        leaders = [r.option_id for r in top(result.ranked)]
        if not leaders:
            self.status.setText(self.tr("Aucune gommette comptée dans ce tour."))
            return
        vote_id = self.view.id
        text = (self.tr("Options en tête → décisions") if kind == NoteKind.DECISION
                else self.tr("Options en tête → actions"))
        if self._run(text, lambda: votes.promote(self.doc.notebook, vote_id, leaders,
                                                 kind=kind)):
            self.status.setText(self.tr("%n note(s) ajoutée(s).", "", len(leaders)))

    def _project(self) -> None:
        result = self.current_round()
        if self.view is not None and result is not None:
            self.projectionRequested.emit(self.view.question, result.ranked)
