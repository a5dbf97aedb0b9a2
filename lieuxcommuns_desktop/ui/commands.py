"""The undo adapter: a service's reversible :class:`~core.services.edits.Edit` as one step.

The services know how to undo (they return the rows they touched, before and
after); this module only carries their edits to Qt's undo stack:
:class:`EditCommand` for any edit (merging a burst of nudges), and
:class:`RecreateCommand` for a service that creates a record with its
children. Each command's :meth:`~Command.apply` performs the edit the first
time (called by :meth:`Document.run`); ``redo``/``undo`` replay and revert it
later. Views never update themselves from a command: they follow
``Document.changed``. A failure while undoing (e.g. the notebook became
read-only) is reported through ``Document.error`` instead of escaping into Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from ..core.errors import LieuxError
from ..core.model import Positioned, Record, new_id
from ..core.services import edits, record_edits, records
from .document import Document


class Command(QUndoCommand):
    """Base class: implement :meth:`do` and :meth:`revert`."""

    def __init__(self, doc: Document, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self._pending_first_redo = False

    def apply(self) -> None:
        self.do()
        self._pending_first_redo = True

    def redo(self) -> None:
        if self._pending_first_redo:  # push() calls redo right after apply()
            self._pending_first_redo = False
            return
        self._guard(self.do)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, action: Callable[[], None]) -> None:
        try:
            action()
        except LieuxError as exc:
            self.doc.report(exc)
            self.setObsolete(True)

    def do(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class EditCommand(Command):
    """The one adapter from a service's :class:`~core.services.edits.Edit` to an undo step.

    The first ``do`` calls the service, which returns the rows it touched
    before and after; redo and undo put those rows back (same ids), so a redo
    never runs the service's logic twice. Commands given the same
    ``merge_key`` merge when pushed one after the other (a burst of arrow-key
    nudges of one selection): the merged step keeps the first *before* and the
    last *after*.
    """

    MERGE_ID = 0x4C43  # any fixed id: commands merge only when their merge keys match

    def __init__(self, doc: Document, text: str, do_fn: Callable[[], edits.Edit],
                 *, merge_key: Hashable | None = None) -> None:
        super().__init__(doc, text)
        self.do_fn = do_fn
        self.merge_key = merge_key
        self.edit: edits.Edit | None = None

    def do(self) -> None:
        if self.edit is None:
            self.edit = self.do_fn()
        else:
            edits.redo(self.doc.notebook, self.edit)

    def revert(self) -> None:
        if self.edit is not None:
            edits.undo(self.doc.notebook, self.edit)

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (not isinstance(other, EditCommand) or other.merge_key != self.merge_key
                or self.edit is None or other.edit is None):
            return False
        self.edit = edits.merge(self.edit, other.edit)
        return True


class RecreateCommand(Command):
    """The one create-then-restore step: a service creates rows and their children once.

    ``create`` returns the new record's id (or the record). Undo deletes it
    with everything it owns, keeping a snapshot; redo restores exactly those
    rows, so later commands on the stack that name them still find them.
    """

    def __init__(self, doc: Document, text: str, entity: type[Record],
                 create: Callable[[], Any]) -> None:
        super().__init__(doc, text)
        self.entity, self.create = entity, create
        self.record_id: str | None = None
        self.snapshot: records.Snapshot | None = None

    def do(self) -> None:
        if self.snapshot is not None:
            records.restore(self.doc.notebook, self.snapshot)
            return
        result = self.create()
        self.record_id = result.id if isinstance(result, Record) else str(result)

    def revert(self) -> None:
        if self.record_id is not None:
            self.snapshot = records.delete(self.doc.notebook, self.entity, self.record_id)


# -- field edits of any record, validated by the service (core/services/record_edits.py) --
def update_command(doc: Document, entity: type[Record], record_id: str,
                   values: Mapping[str, Any], text: str) -> EditCommand:
    """Change fields of one record; the service checks which fields and which values."""
    nb, values = doc.notebook, dict(values)
    return EditCommand(doc, text, lambda: record_edits.change(nb, entity, record_id, **values))


def create_command(doc: Document, entity: type[Record], values: Mapping[str, Any],
                   text: str) -> EditCommand:
    """A new record; give its ``id`` in ``values`` to name it afterwards (redo keeps it)."""
    nb, values = doc.notebook, dict(values)
    values.setdefault("id", new_id())
    return EditCommand(doc, text, lambda: record_edits.create(nb, entity, **values))


def delete_command(doc: Document, entity: type[Record], record_ids: Iterable[str],
                   text: str) -> EditCommand:
    """Delete records and what they own; undo restores all of it, links included."""
    nb, ids = doc.notebook, list(record_ids)
    return EditCommand(doc, text, lambda: record_edits.remove(nb, entity, ids))


def reorder_command(doc: Document, entity: type[Positioned], ordered_ids: list[str],
                    text: str) -> EditCommand:
    """Set the ``position`` of sibling records from a new order."""
    nb, ids = doc.notebook, list(ordered_ids)
    return EditCommand(doc, text, lambda: record_edits.reorder(nb, entity, ids))
