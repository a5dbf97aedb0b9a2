"""The open notebook as the window sees it: services, undo stack, Qt signals.

One :class:`Document` per open notebook. Views never touch the database: they
push undo commands (``ui/commands.py``) that call the services, and they
redraw when :attr:`Document.changed` carries the :class:`ChangeSet` of a
committed edit. Every edit is already on disk when ``changed`` fires, so
there is no Save action; ``saved`` tells the status bar when.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..core.errors import LieuxError
from ..core.services.notebook import ChangeSet, Notebook

if TYPE_CHECKING:
    from .commands import Command

log = logging.getLogger(__name__)


class Document(QObject):
    #: A committed edit: the ChangeSet of tables and ids it touched.
    changed = Signal(object)
    #: Local time at which the last edit reached the disk.
    saved = Signal(datetime)
    #: A user-facing error message (already translated); the window shows it.
    error = Signal(str)

    def __init__(self, notebook: Notebook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notebook = notebook
        self.undo_stack = QUndoStack(self)
        self._unsubscribe = notebook.subscribe(self._on_change)

    @property
    def readonly(self) -> bool:
        return self.notebook.readonly

    def _on_change(self, changes: ChangeSet) -> None:
        self.changed.emit(changes)
        self.saved.emit(datetime.now())

    def run(self, command: Command) -> bool:
        """Apply ``command`` now and push it on the undo stack if it worked.

        The command's first ``redo`` is the application itself, done here so
        that a refused edit (read-only notebook, vanished record) shows a
        message and leaves nothing on the stack.
        """
        try:
            command.apply()
        except LieuxError as exc:
            self.error.emit(exc.message)
            return False
        self.undo_stack.push(command)
        return True

    def report(self, exc: LieuxError) -> None:
        self.error.emit(exc.message)

    def close(self) -> None:
        self._unsubscribe()
        self.undo_stack.clear()
        self.notebook.close()
