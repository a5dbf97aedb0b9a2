"""An atelier's notes as a tree: grouped by séquence (agenda order) or by kind.

Newest last inside each group, as they were said. Enter or F2 edits the
selected note, Delete removes it; both go through the undo stack.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ...core.enums import NoteKind
from ...core.model import Note, Sequence
from ...core.services import live, notes, records
from ...core.tables import Table
from ..commands import EditCommand
from ..dialogs.buttons import ok_cancel
from ..document import Document
from ..photos.feed_items import add_photo_items, open_photo
from ..plain import literal
from ..roles import Role
from .labels import KIND_COLOURS, fill_sequence_combo, kind_label, short_title

if TYPE_CHECKING:
    from ...core.services.notebook import ChangeSet

log = logging.getLogger(__name__)

BY_SEQUENCE, BY_KIND = "sequence", "kind"
COL_TIME, COL_KIND, COL_TEXT, COL_OWNER, COL_DUE = range(5)


class NotesFeed(QTreeWidget):
    #: The user asked to edit/delete; the feed does it itself, this tells tests/views.
    noteActivated = Signal(str)

    def __init__(self, doc: Document, atelier_id: str, parent: QWidget | None = None,
                 grouping: str = BY_SEQUENCE) -> None:
        super().__init__(parent)
        self.doc = doc
        self.atelier_id = atelier_id
        self.grouping = grouping
        self.setObjectName("notes_feed")
        self.setAccessibleName(self.tr("Notes de l'atelier"))
        self.setColumnCount(5)
        self.setHeaderLabels([self.tr("Heure"), self.tr("Type"), self.tr("Note"),
                              self.tr("Responsable"), self.tr("Échéance")])
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for col in (COL_TIME, COL_KIND, COL_DUE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # A long acteur name must not take the note's room: a fixed share, full text in tooltip.
        header.setSectionResizeMode(COL_OWNER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_OWNER, self.fontMetrics().horizontalAdvance("M" * 11))
        self.itemDoubleClicked.connect(lambda item, _c: self._activate(item))
        self._photos: dict[str, QTreeWidgetItem] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._groups: dict[object, tuple[QTreeWidgetItem, str]] = {}
        doc.changed.connect(self._on_changed)
        self.refresh()

    def set_grouping(self, grouping: str) -> None:
        self.grouping = grouping
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        tables = changes.tables
        if tables == {Table.NOTE} and not changes.updated and not changes.deleted:
            # A note captured: append it rather than redraw hundreds.
            if self._append(changes.created[Table.NOTE]):
                return
        if {Table.NOTE, Table.SEQUENCE, Table.PARTICIPANT, Table.ACTEUR, Table.PHOTO} & tables:
            self.refresh()

    def _append(self, note_ids: set[str]) -> bool:
        """Add new notes to their groups; False when a full redraw is needed."""
        added = [n for n in (records.find(self.doc.notebook, Note, i) for i in note_ids)
                 if n is not None and n.atelier_id == self.atelier_id]
        if not added:
            return True
        if not self._groups:
            return False
        people: dict[str, str] = {}
        acteurs: dict[str, str] = {}
        if any(n.owner_participant_id or n.owner_acteur_id for n in added):
            people, acteurs = notes.names(self.doc.notebook)
        for note in sorted(added, key=lambda n: (n.created_at, n.id)):
            key = note.sequence_id if self.grouping == BY_SEQUENCE else note.kind
            entry = self._groups.get(key)
            if entry is None:
                return False
            parent, title = entry
            last = parent.child(parent.childCount() - 1) if parent.childCount() else None
            if last is not None and (last.data(0, Role.CREATED) or note.created_at) > \
                    note.created_at:
                return False  # not the newest: let the full redraw order it
            self._items[note.id] = self._note_item(parent, note, people, acteurs)
            parent.setText(0, f"{title}  ({parent.childCount()})")
            parent.setExpanded(True)
        return True

    def refresh(self) -> None:
        selected = self.current_note_id()
        all_notes = notes.notes_of(self.doc.notebook, self.atelier_id)
        people, acteurs = notes.names(self.doc.notebook)
        self.setUpdatesEnabled(False)
        self.clear()
        self._items.clear()
        self._groups.clear()
        groups: dict[object, QTreeWidgetItem] = {}
        bold = QFont(self.font())
        bold.setBold(True)

        def group(key: object, full: str) -> QTreeWidgetItem:
            title = short_title(full)
            item = QTreeWidgetItem(self, [title])
            item.setToolTip(0, literal(full))
            item.setFirstColumnSpanned(True)
            item.setFont(0, bold)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            groups[key] = item
            self._groups[key] = (item, title)
            return item

        no_seq = self.tr("Hors séquence")
        if self.grouping == BY_SEQUENCE:
            for s in records.all_of(self.doc.notebook, Sequence, Sequence.position,
                                    atelier_id=self.atelier_id):
                group(s.id, s.title)
        else:
            for kind in notes.KIND_ORDER:
                group(kind, kind_label(kind))
        for note in all_notes:
            key = note.sequence_id if self.grouping == BY_SEQUENCE else note.kind
            parent = groups.get(key) or groups.get(None) or group(None, no_seq)
            self._items[note.id] = self._note_item(parent, note, people, acteurs)
        self._photos = add_photo_items(
            self.doc, self.atelier_id, groups, self.grouping == BY_SEQUENCE,
            lambda key, title: groups.get(key) or group(key, title))
        for key, item in list(groups.items()):
            if item.childCount() == 0 and self.grouping == BY_KIND:
                self.takeTopLevelItem(self.indexOfTopLevelItem(item))
                self._groups.pop(key, None)
                continue
            item.setText(0, f"{item.text(0)}  ({item.childCount()})")
            item.setExpanded(True)
        self.setUpdatesEnabled(True)
        if selected:
            self.select_note(selected)

    def _note_item(self, parent: QTreeWidgetItem, note: Note, people: dict[str, str],
                   acteurs: dict[str, str]) -> QTreeWidgetItem:
        when = live.to_local(note.created_at).strftime("%H:%M") if note.created_at else ""
        due = note.due_date.strftime("%d/%m/%Y") if note.due_date else ""
        owner = notes.owner_label(note, people, acteurs)
        item = QTreeWidgetItem(parent, [when, kind_label(note.kind), note.text, owner, due])
        item.setData(0, Role.ID, note.id)
        item.setData(0, Role.CREATED, note.created_at)
        item.setForeground(COL_KIND, QBrush(QColor(KIND_COLOURS[note.kind])))
        item.setToolTip(COL_TEXT, literal(note.text))
        item.setToolTip(COL_OWNER, literal(owner))
        if note.kind is NoteKind.ACTION and note.done:
            font = item.font(COL_TEXT)
            font.setStrikeOut(True)
            item.setFont(COL_TEXT, font)
        return item

    # -- selection and editing ---------------------------------------------------
    def current_note_id(self) -> str | None:
        item = self.currentItem()
        return item.data(0, Role.ID) if item is not None else None

    def select_note(self, note_id: str) -> bool:
        item = self._items.get(note_id)
        if item is None:
            return False
        self.setCurrentItem(item)
        self.scrollToItem(item)
        return True

    def note_ids(self) -> list[str]:
        return list(self._items)

    def scroll_to_last(self) -> None:
        if self._items:
            self.scrollToItem(list(self._items.values())[-1])

    def delete_note(self, note_id: str | None) -> None:
        if note_id:
            nb = self.doc.notebook
            self.doc.run(EditCommand(self.doc, self.tr("Supprimer la note"),
                                     lambda: notes.delete_notes(nb, [note_id])))

    def _activate(self, item: QTreeWidgetItem) -> None:
        photo_id = item.data(0, Role.PHOTO)
        if photo_id:
            open_photo(self.doc, self._photos, photo_id, self)
        else:
            self.edit_note(item.data(0, Role.ID))

    def edit_note(self, note_id: str | None) -> None:
        if not note_id:
            return
        self.noteActivated.emit(note_id)
        dialog = NoteDialog(self.doc, records.get(self.doc.notebook, Note, note_id), self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                dialog.apply()
        finally:
            dialog.deleteLater()  # parented to the feed: would otherwise live as long

    def current_photo_id(self) -> str | None:
        item = self.currentItem()
        return item.data(0, Role.PHOTO) if item is not None else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        photo_id = self.current_photo_id()
        if photo_id and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            open_photo(self.doc, self._photos, photo_id, self)
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_note(self.current_note_id())
        elif event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_note(self.current_note_id())
        else:
            super().keyPressEvent(event)


class NoteDialog(QDialog):
    """Edit one note: text, kind, séquence, and for an action owner/due/done."""

    def __init__(self, doc: Document, note: Note, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.note = doc, note
        self.setObjectName("note_dialog")
        self.setWindowTitle(self.tr("Modifier la note"))
        people, acteurs = notes.names(doc.notebook)
        self.text = QLineEdit(note.text, self)
        self.text.setObjectName("note_text")
        self.text.setAccessibleName(self.tr("Texte"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("note_kind")
        self.kind.setAccessibleName(self.tr("Type"))
        for kind in notes.KIND_ORDER:
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.setCurrentIndex(notes.KIND_ORDER.index(note.kind))
        self.sequence = QComboBox(self)
        self.sequence.setObjectName("note_sequence")
        self.sequence.setAccessibleName(self.tr("Séquence"))
        fill_sequence_combo(self.sequence, self.tr("Hors séquence"), (
            (s.id, s.title) for s in records.all_of(doc.notebook, Sequence, Sequence.position,
                                                    atelier_id=note.atelier_id)))
        self.sequence.setCurrentIndex(max(0, self.sequence.findData(note.sequence_id)))
        self.owner = QLineEdit(notes.owner_label(note, people, acteurs), self)
        self.owner.setObjectName("note_owner_edit")
        self.owner.setAccessibleName(self.tr("Responsable"))
        completer = QCompleter([o.label for o in notes.owners(doc.notebook, note.atelier_id)],
                               self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner.setCompleter(completer)
        self.has_due = QCheckBox(self.tr("Échéance"), self)
        self.has_due.setObjectName("note_has_due")
        self.has_due.setAccessibleName(self.tr("Avec échéance"))
        self.due = QDateEdit(self)
        self.due.setObjectName("note_due_edit")
        self.due.setAccessibleName(self.tr("Échéance"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.has_due.setChecked(note.due_date is not None)
        d = note.due_date
        self.due.setDate(QDate(d.year, d.month, d.day) if d else QDate.currentDate())
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        # Not ``self.done``: that would hide QDialog.done(), which OK, Cancel, Esc
        # and closing all call — the dialog could then never close.
        self.done_box = QCheckBox(self.tr("Faite"), self)
        self.done_box.setObjectName("note_done")
        self.done_box.setAccessibleName(self.tr("Action faite"))
        self.done_box.setChecked(note.done)
        buttons = ok_cancel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Texte"), self.text)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Séquence"), self.sequence)
        form.addRow(self.tr("Responsable"), self.owner)
        form.addRow(self.has_due, self.due)
        form.addRow("", self.done_box)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict[str, object]:
        kind = NoteKind(self.kind.currentData())
        values: dict[str, object] = {
            "text": self.text.text().strip() or self.note.text,
            "kind": kind,
            "sequence_id": self.sequence.currentData(),
        }
        if kind is NoteKind.ACTION:
            owner = notes.resolve_owner(self.doc.notebook, self.owner.text(),
                                        self.note.atelier_id)
            values.update(notes.owner_fields(owner))
            values["due_date"] = self.due.date().toPython() if self.has_due.isChecked() else None
            values["done"] = self.done_box.isChecked()
        return {k: v for k, v in values.items() if getattr(self.note, k) != v}

    def apply(self) -> bool:
        values = self.values()
        if not values:
            return False
        nb, note_id = self.doc.notebook, self.note.id
        return self.doc.run(EditCommand(self.doc, self.tr("Modifier la note"),
                                        lambda: notes.revise(nb, note_id, **values)))
