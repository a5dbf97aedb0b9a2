"""The programme tools' name for the one undo adapter of a service's ``Edit``.

The adapter lives in :mod:`ui.commands` (:class:`~ui.commands.EditCommand`):
done once through the service, then replayed from its rows, so a redo never
creates a second membership or shifts a date twice. This alias keeps the
programme, experiments, photos, votes and backdrop modules' imports valid.
"""

from __future__ import annotations

from ..commands import EditCommand

ProgrammeEditCommand = EditCommand

__all__ = ["ProgrammeEditCommand"]
