"""*En faire une expérimentation*: the action on a note (notes view, live mode's feed)
and on a decision (the decision matrix, in the atelier and in live mode).

One undo step creates the experiment with the note's text and the link back
to it and its atelier (``core.services.experiments.create_from_note``). The
action is on the feed itself (context menu, Ctrl+Shift+X), so both the notes
view and live mode's feed offer it without knowing about experiments.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTreeWidget

from ...core.services import experiments
from ...core.tables import Table
from ..document import Document
from ..programme.edits import ProgrammeEditCommand

if TYPE_CHECKING:
    from collections.abc import Callable

    from ...core.services.edits import Edit

translate = QCoreApplication.translate


def make_experiment(doc: Document, note_id: str) -> str | None:
    """Create the experiment from the note (one undo step); its id, or None if refused."""
    return _created(doc, translate("experiments", "Faire une expérimentation d'une note"),
                    lambda: experiments.create_from_note(doc.notebook, note_id))


def make_experiment_from_decision(doc: Document, decision_id: str) -> str | None:
    """The same from a row of the decision matrix: its label copied, the link back to it."""
    return _created(doc, translate("experiments", "Faire une expérimentation d'une décision"),
                    lambda: experiments.create_from_decision(doc.notebook, decision_id))


def _created(doc: Document, text: str, create: Callable[[], Edit]) -> str | None:
    """Run ``create`` as one undo step named ``text``: the new experiment's id, or None."""
    command = ProgrammeEditCommand(doc, text, create)
    if not doc.run(command) or command.edit is None:
        return None
    return command.edit.created(Table.EXPERIMENTATION)[0]


class NoteToExperiment(QObject):
    """The action added to a notes feed; ``created`` carries the new experiment's id."""

    created = Signal(str)

    def __init__(self, doc: Document, feed: QTreeWidget, *, window_wide: bool = False) -> None:
        """``window_wide``: the shortcut works wherever the focus is in the window (live
        mode, whose note entry keeps the focus); else only from the feed itself."""
        super().__init__(feed)
        self.doc, self.feed = doc, feed
        self.action = QAction(translate("experiments", "En faire une &expérimentation"), feed)
        self.action.setObjectName("noteToExperiment")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+X"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut if window_wide
                                       else Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setToolTip(translate(
            "experiments", "Créer une expérimentation reprenant le texte de la note choisie, "
            "avec le lien vers la note et son atelier"))
        self.action.triggered.connect(self.trigger)
        feed.addAction(self.action)
        feed.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        feed.currentItemChanged.connect(self._follow)
        self._follow()

    def _follow(self, *_args: object) -> None:
        note_id = self.feed.current_note_id()  # type: ignore[attr-defined]  # the notes feed, typed as its QListWidget base
        self.action.setEnabled(bool(note_id) and not self.doc.readonly)

    def trigger(self) -> str | None:
        note_id = self.feed.current_note_id()  # type: ignore[attr-defined]  # as above
        if not note_id:
            return None
        exp_id = make_experiment(self.doc, note_id)
        if exp_id:
            self.created.emit(exp_id)
        return exp_id
