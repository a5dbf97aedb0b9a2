"""The notes tool of an atelier, outside live mode: review, sort, complete.

Notes grouped by séquence (the agenda's order) or by kind, the same entry as
in live mode to add one (attached to the séquence chosen in the list), and
:meth:`NotesTool.select_note` for the search page to show a result.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Sequence
from ...core.services import records
from ...core.tables import Table
from ..document import Document
from ..experiments.from_note import NoteToExperiment
from ..plain import plain
from .capture import NoteCapture
from .feed import BY_KIND, BY_SEQUENCE, NotesFeed
from .labels import fill_sequence_combo

if TYPE_CHECKING:
    from ...core.services.notebook import ChangeSet

log = logging.getLogger(__name__)


class NotesTool(QWidget):
    def __init__(self, doc: Document, atelier_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.atelier_id = atelier_id
        self.setObjectName("notes_tool")

        self.grouping = QComboBox(self)
        self.grouping.setObjectName("notes_grouping")
        self.grouping.setAccessibleName(self.tr("Regrouper les notes"))
        self.grouping.addItem(self.tr("Par séquence"), BY_SEQUENCE)
        self.grouping.addItem(self.tr("Par type"), BY_KIND)
        self.sequence = QComboBox(self)
        self.sequence.setObjectName("notes_sequence")
        self.sequence.setAccessibleName(self.tr("Séquence des nouvelles notes"))
        self.edit_button = QPushButton(self.tr("Modifier…"), self)
        self.edit_button.setObjectName("notes_edit")
        self.edit_button.setAccessibleName(self.tr("Modifier la note choisie"))
        self.delete_button = QPushButton(self.tr("Supprimer"), self)
        self.delete_button.setObjectName("notes_delete")
        self.delete_button.setAccessibleName(self.tr("Supprimer la note choisie"))

        self.feed = NotesFeed(doc, atelier_id, self)
        self.to_experiment = NoteToExperiment(doc, self.feed)
        self.experiment_button = QPushButton(self.tr("En faire une e&xpérimentation"), self)
        self.experiment_button.setObjectName("notes_to_experiment")
        self.experiment_button.setToolTip(self.to_experiment.action.toolTip())
        self.experiment_button.clicked.connect(self.to_experiment.trigger)
        self.to_experiment.action.changed.connect(
            lambda: self.experiment_button.setEnabled(self.to_experiment.action.isEnabled()))
        self.experiment_button.setEnabled(self.to_experiment.action.isEnabled())
        self.experiment_done = plain(QLabel(self))
        self.experiment_done.setObjectName("notes_experiment_done")
        self.to_experiment.created.connect(lambda _id: self.experiment_done.setText(self.tr(
            "Expérimentation créée : retrouvez-la dans la page Expérimentations.")))
        self.capture = NoteCapture(doc, atelier_id, self.sequence.currentData, parent=self)

        top = QHBoxLayout()
        label = QLabel(self.tr("&Afficher :"), self)
        label.setBuddy(self.grouping)
        top.addWidget(label)
        top.addWidget(self.grouping)
        top.addStretch(1)
        top.addWidget(self.experiment_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        bottom = QHBoxLayout()
        seq_label = QLabel(self.tr("&Nouvelle note dans :"), self)
        seq_label.setBuddy(self.sequence)
        bottom.addWidget(seq_label)
        bottom.addWidget(self.sequence, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.feed, 1)
        layout.addWidget(self.experiment_done)
        layout.addLayout(bottom)
        layout.addWidget(self.capture)

        self.grouping.currentIndexChanged.connect(
            lambda _i: self.feed.set_grouping(self.grouping.currentData()))
        self.edit_button.clicked.connect(lambda: self.feed.edit_note(self.feed.current_note_id()))
        self.delete_button.clicked.connect(
            lambda: self.feed.delete_note(self.feed.current_note_id()))
        self.feed.currentItemChanged.connect(self._follow_selection)
        self.capture.captured.connect(self.feed.select_note)
        doc.changed.connect(self._on_changed)
        self._fill_sequences()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Table.SEQUENCE):
            self._fill_sequences()

    def _fill_sequences(self) -> None:
        current = self.sequence.currentData()
        self.sequence.blockSignals(True)
        self.sequence.clear()
        fill_sequence_combo(self.sequence, self.tr("Hors séquence"), (
            (s.id, s.title) for s in records.all_of(self.doc.notebook, Sequence,
                                                    Sequence.position,
                                                    atelier_id=self.atelier_id)))
        self.sequence.setCurrentIndex(max(0, self.sequence.findData(current)))
        self.sequence.blockSignals(False)

    def _follow_selection(self, item: object, _previous: object) -> None:
        """New notes go to the séquence of the note (or group) selected."""
        if item is None:
            return
        from ...core.model import Note

        note_id = self.feed.current_note_id()
        if note_id:
            note = records.find(self.doc.notebook, Note, note_id)
            if note is not None:
                self.sequence.setCurrentIndex(max(0, self.sequence.findData(note.sequence_id)))

    def select_note(self, note_id: str) -> bool:
        """Show and select a note (from a search result)."""
        return self.feed.select_note(note_id)
