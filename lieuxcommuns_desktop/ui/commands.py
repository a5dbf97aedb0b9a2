"""Undo commands that change the domain through the services only.

Each command's :meth:`apply` performs the edit the first time (called by
:meth:`Document.run`); ``redo``/``undo`` replay and revert it later. Views
never update themselves from a command: they follow ``Document.changed``.
A failure while undoing (e.g. the notebook became read-only) is reported
through ``Document.error`` instead of escaping into Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from ..core.errors import LieuxError
from ..core.model import Record, new_id
from ..core.services import records
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


class UpdateCommand(Command):
    """Change fields of one record."""

    def __init__(
        self, doc: Document, entity: type[Record], record_id: str,
        values: Mapping[str, Any], text: str,
    ) -> None:
        super().__init__(doc, text)
        self.entity, self.record_id, self.values = entity, record_id, dict(values)
        self.previous: dict[str, Any] = {}

    def do(self) -> None:
        self.previous = records.update(self.doc.notebook, self.entity, self.record_id,
                                       **self.values)

    def revert(self) -> None:
        records.update(self.doc.notebook, self.entity, self.record_id, **self.previous)


class CreateCommand(Command):
    """Create one record; its id is fixed up front so redo recreates the same record."""

    def __init__(
        self, doc: Document, entity: type[Record], values: Mapping[str, Any], text: str
    ) -> None:
        super().__init__(doc, text)
        self.entity = entity
        self.values = dict(values)
        self.values.setdefault("id", new_id())

    @property
    def record_id(self) -> str:
        return self.values["id"]

    def do(self) -> None:
        records.create(self.doc.notebook, self.entity, **self.values)

    def revert(self) -> None:
        records.delete(self.doc.notebook, self.entity, self.record_id)


class DeleteCommand(Command):
    """Delete records and what they own; undo restores all of it."""

    def __init__(
        self, doc: Document, entity: type[Record], record_ids: Iterable[str], text: str
    ) -> None:
        super().__init__(doc, text)
        self.entity = entity
        self.record_ids = list(record_ids)
        self.snapshot: records.Snapshot | None = None

    def do(self) -> None:
        self.snapshot = records.delete(self.doc.notebook, self.entity, self.record_ids)

    def revert(self) -> None:
        if self.snapshot is not None:
            records.restore(self.doc.notebook, self.snapshot)


class ReorderCommand(Command):
    """Set the ``position`` of sibling records from a new order."""

    def __init__(
        self, doc: Document, entity: type[Record], ordered_ids: list[str], text: str
    ) -> None:
        super().__init__(doc, text)
        self.entity, self.ordered_ids = entity, list(ordered_ids)
        self.previous: list[str] = []

    def do(self) -> None:
        self.previous = records.reorder(self.doc.notebook, self.entity, self.ordered_ids)

    def revert(self) -> None:
        records.reorder(self.doc.notebook, self.entity, self.previous)


class CallCommand(Command):
    """Any service call with its inverse: ``undo_fn`` gets what ``do_fn`` returned."""

    def __init__(
        self, doc: Document, text: str,
        do_fn: Callable[[], Any], undo_fn: Callable[[Any], None],
    ) -> None:
        super().__init__(doc, text)
        self.do_fn, self.undo_fn = do_fn, undo_fn
        self.result: Any = None

    def do(self) -> None:
        self.result = self.do_fn()

    def revert(self) -> None:
        self.undo_fn(self.result)
