"""Commit a multi-line text box when it loses focus.

A ``QPlainTextEdit`` has no ``editingFinished``: committing on every key would
make one undo step per letter. The atelier sheet, the programme sheet and the
agenda's details all commit such a box once, when the user leaves it, with
this one event filter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget


class CommitOnFocusOut(QObject):
    """Call ``commit`` each time ``widget`` loses focus; owned by the widget."""

    def __init__(self, widget: QWidget, commit: Callable[[], object]) -> None:
        super().__init__(widget)
        self.commit = commit
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False
