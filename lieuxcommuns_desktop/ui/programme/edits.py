"""One undo step for a programme edit: done once, then replayed from its rows.

The programme services return an :class:`~core.services.edits.Edit` (every
row touched, before and after). Redo puts the *after* rows back with the same
ids instead of calling the service again, so a redo never creates a second
membership or shifts a date twice.
"""

from __future__ import annotations

from collections.abc import Callable

from ...core.services import edits
from ..commands import Command
from ..document import Document


class ProgrammeEditCommand(Command):
    def __init__(self, doc: Document, text: str, do_fn: Callable[[], edits.Edit]) -> None:
        super().__init__(doc, text)
        self.do_fn = do_fn
        self.edit: edits.Edit | None = None

    def do(self) -> None:
        if self.edit is None:
            self.edit = self.do_fn()
        else:
            edits.redo(self.doc.notebook, self.edit)

    def revert(self) -> None:
        if self.edit is not None:
            edits.undo(self.doc.notebook, self.edit)
