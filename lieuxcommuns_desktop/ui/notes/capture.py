"""The one-line note entry shared by live mode and the notes tool.

It keeps the focus: Enter commits the note (one write, undoable) stamped with
the time and the current séquence, then the field is empty again for the next
one. Ctrl+1…6 choose the kind, or a marker typed first (see
``docs/notes-markers.md``). An action shows an owner field (completion on
participants and acteurs) and a due date; ``@name`` and ``#date`` typed in the
line do the same, with completion after ``@``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import NoteKind
from ...core.errors import LieuxError
from ...core.model import new_id, utcnow
from ...core.services import edits, notes
from ...core.tables import Table
from ..commands import EditCommand
from ..document import Document
from .labels import KIND_COLOURS, kind_label

if TYPE_CHECKING:
    from ...core.services.notebook import ChangeSet

log = logging.getLogger(__name__)

_AT_TAIL = re.compile(r"@([^@#]*)$")


class NoteCapture(QWidget):
    #: A note was committed: its id.
    captured = Signal(str)

    def __init__(
        self,
        doc: Document,
        atelier_id: str,
        sequence_provider: Callable[[], str | None] = lambda: None,
        clock: Callable[[], dt.datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.atelier_id = atelier_id
        self.sequence_provider = sequence_provider
        self.clock = clock or utcnow
        self.setObjectName("note_capture")

        self.entry = QLineEdit(self)
        self.entry.setObjectName("note_entry")
        self.entry.setAccessibleName(self.tr("Saisie de note"))
        self.entry.setPlaceholderText(self.tr(
            "Note… puis Entrée   (! décision  ? question  > action  * idée  /!\\ vigilance)"))
        font = self.entry.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.entry.setFont(font)
        self.entry.setClearButtonEnabled(True)
        self.entry.returnPressed.connect(self.submit)
        self.entry.textEdited.connect(self._on_edited)
        self.entry.installEventFilter(self)

        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        kinds_row = QHBoxLayout()
        kinds_row.setSpacing(2)
        self.kind_buttons: dict[NoteKind, QToolButton] = {}
        for i, kind in enumerate(notes.KIND_ORDER, start=1):
            button = QToolButton(self)
            button.setText(f"{i} {kind_label(kind)}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setObjectName(f"kind_{kind.value}")
            button.setAccessibleName(kind_label(kind))
            button.setToolTip(self.tr("{kind} (Ctrl+{key})").format(kind=kind_label(kind), key=i))
            button.setStyleSheet(f"QToolButton:checked {{ background: {KIND_COLOURS[kind]};"
                                 " color: white; font-weight: bold; }")
            self.kind_group.addButton(button, i)
            self.kind_buttons[kind] = button
            kinds_row.addWidget(button)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda k=kind: self.set_kind(k))
        self.kind_group.idClicked.connect(
            lambda i: (self.set_kind(notes.KIND_ORDER[i - 1]), self.entry.setFocus()))
        kinds_row.addStretch(1)

        self.owner = QLineEdit(self)
        self.owner.setObjectName("note_owner")
        self.owner.setAccessibleName(self.tr("Responsable de l'action"))
        self.owner.setPlaceholderText(self.tr("Responsable (participant·e, acteur ou texte)"))
        self.due = QLineEdit(self)
        self.due.setObjectName("note_due")
        self.due.setAccessibleName(self.tr("Échéance de l'action"))
        self.due.setPlaceholderText(self.tr("Échéance JJ/MM/AAAA"))
        self.due.setMaximumWidth(170)
        for field in (self.owner, self.due):
            field.returnPressed.connect(self.submit)
        self._owners_model = QStringListModel(self)
        self.owner_completer = QCompleter(self._owners_model, self)
        self.owner_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.owner_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner.setCompleter(self.owner_completer)
        # Completion after "@" inside the line itself.
        self.at_completer = QCompleter(self._owners_model, self)
        self.at_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.at_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.at_completer.setWidget(self.entry)
        self.at_completer.activated.connect(self._insert_owner)

        self.action_row = QWidget(self)
        action_layout = QHBoxLayout(self.action_row)
        action_layout.setContentsMargins(0, 0, 0, 0)
        action_layout.addWidget(QLabel(self.tr("Action :"), self.action_row))
        action_layout.addWidget(self.owner, 1)
        action_layout.addWidget(self.due)
        self.action_row.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(kinds_row)
        layout.addWidget(self.entry)
        layout.addWidget(self.action_row)
        self.setFocusProxy(self.entry)

        self._kind = NoteKind.NOTE
        self.set_kind(NoteKind.NOTE)
        self.reload_owners()
        doc.changed.connect(self._on_changed)

    # -- kind ---------------------------------------------------------------------
    @property
    def kind(self) -> NoteKind:
        """The kind the note will have: a typed marker wins over the buttons."""
        return notes.parse(self.entry.text(), self._kind).kind or NoteKind.NOTE

    def set_kind(self, kind: NoteKind) -> None:
        self._kind = NoteKind(kind)
        self._show_kind(self._kind)

    def _show_kind(self, kind: NoteKind) -> None:
        self.kind_buttons[kind].setChecked(True)
        self.action_row.setVisible(kind is NoteKind.ACTION)

    def _on_edited(self, text: str) -> None:
        self._show_kind(self.kind)
        m = _AT_TAIL.search(text)
        if m and self.kind is NoteKind.ACTION:
            self.at_completer.setCompletionPrefix(m.group(1).strip())
            if self.at_completer.completionCount():
                self.at_completer.complete()
                return
        self.at_completer.popup().hide()

    def _insert_owner(self, name: str) -> None:
        text = self.entry.text()
        m = _AT_TAIL.search(text)
        if m:
            self.entry.setText(text[:m.start()] + "@" + name + " ")

    # -- owners --------------------------------------------------------------------
    def reload_owners(self) -> None:
        labels = list(dict.fromkeys(o.label for o in notes.owners(self.doc.notebook,
                                                                  self.atelier_id)))
        self._owners_model.setStringList(labels)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Table.PARTICIPANT, Table.ACTEUR, Table.ATTENDANCE):
            self.reload_owners()

    # -- commit ---------------------------------------------------------------------
    def accept_completion(self) -> bool:
        """Enter while the ``@`` suggestions are open chooses one; True if it did.

        The highlighted suggestion, else the first: the note itself is sent by
        the next Enter, so a ``#date`` can still be typed after the name.
        """
        popup = self.at_completer.popup()
        if not popup.isVisible():
            return False
        if not popup.currentIndex().isValid():
            # QCompleter inserts the highlighted row itself after this; the first otherwise.
            self.at_completer.setCurrentRow(0)
            self._insert_owner(self.at_completer.currentCompletion())
            popup.hide()
        return True

    def submit(self) -> str | None:
        """Commit the note typed; returns its id (None when nothing was saved)."""
        if self.accept_completion():
            return None
        line = self.entry.text()
        if not line.strip():
            return None
        kind = self.kind
        due_text = self.due.text().strip()
        due = notes.parse_date(due_text) if due_text else None
        if due_text and due is None:
            self.doc.report(LieuxError("invalid_value", field=self.tr("échéance"),
                                       value=due_text))
            self.due.setFocus()
            return None
        owner = self.owner.text().strip()
        note_id = new_id()
        stamp = self.clock()
        sequence_id = self.sequence_provider()
        nb, atelier_id = self.doc.notebook, self.atelier_id

        def do() -> edits.Edit:
            return notes.take_note(nb, atelier_id, line, kind=kind, sequence_id=sequence_id,
                                   owner=owner, due=due, now=stamp, note_id=note_id)

        command = EditCommand(self.doc, self.tr("Note « {text} »").format(text=line[:40]), do)
        if not self.doc.run(command):
            return None
        self.entry.clear()
        self.owner.clear()
        self.due.clear()
        self.set_kind(NoteKind.NOTE)
        self.entry.setFocus()
        self.captured.emit(note_id)
        return note_id

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z in the empty entry undoes the last edit (the last note)."""
        if watched is self.entry and event.type() == QEvent.Type.KeyPress:
            if not self.entry.text() and event.matches(QKeySequence.StandardKey.Undo):
                self.doc.undo_stack.undo()
                return True
            if not self.entry.text() and event.matches(QKeySequence.StandardKey.Redo):
                self.doc.undo_stack.redo()
                return True
        return super().eventFilter(watched, event)
