"""Undo commands of the agenda that need more than one record operation."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ...core.model import Sequence, new_id
from ...core.services import agenda, records
from ..commands import Command
from ..document import Document


class InsertSequencesCommand(Command):
    """Insert séquences at a position and renumber, in one transaction.

    The ids are fixed up front so that redo recreates the very same records.
    """

    def __init__(self, doc: Document, atelier_id: str, steps: Iterable[Mapping[str, Any]],
                 position: int | None, text: str) -> None:
        super().__init__(doc, text)
        self.atelier_id = atelier_id
        self.position = position
        self.steps = [{**dict(s), "id": new_id()} for s in steps]

    @property
    def ids(self) -> list[str]:
        return [s["id"] for s in self.steps]

    def do(self) -> None:
        agenda.insert_sequences(self.doc.notebook, self.atelier_id, self.steps, self.position)

    def revert(self) -> None:
        records.delete(self.doc.notebook, Sequence, self.ids)


class StepsFromTemplateCommand(Command):
    """``ateliers.add_steps_from_template`` as an undo step; redo restores the same rows."""

    def __init__(self, doc: Document, atelier_id: str, template: Any, indexes: list[int],
                 position: int | None, text: str) -> None:
        super().__init__(doc, text)
        self.atelier_id, self.template = atelier_id, template
        self.indexes, self.position = list(indexes), position
        self.ids: list[str] = []
        self.snapshot: records.Snapshot | None = None

    def do(self) -> None:
        if self.snapshot is not None:
            records.restore(self.doc.notebook, self.snapshot)
            return
        from ...core.services import ateliers

        created = ateliers.add_steps_from_template(self.doc.notebook, self.atelier_id,
                                                   self.template, self.indexes, self.position)
        self.ids = [s.id for s in created]

    def revert(self) -> None:
        self.snapshot = records.delete(self.doc.notebook, Sequence, self.ids)
