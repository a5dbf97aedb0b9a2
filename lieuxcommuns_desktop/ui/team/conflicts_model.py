"""The conflicts of a merge as a table, one row per field (or deleted record), with its choice.

Kept apart from the dialog so hundreds of conflicts cost one model, not
hundreds of widgets. Rows are grouped by record (the merge engine's order is
kept inside a record) so "the whole record" is a run of adjacent rows.
A choice is keyed as the engine wants it: ``(table, id, column)`` for a
field, ``(table, id, None)`` for an edit against a deletion.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Literal, TypeGuard

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ...core.sync.merge import Conflict, DeleteConflict
from ..plain import isolate, literal
from .kinds import column_text, kind_text, one_line, value_text

Choice = Literal["mine", "theirs"]
Key = tuple[str, str, str | None]
Index = QModelIndex | QPersistentModelIndex

RECORD, FIELD, MINE, THEIRS, CHOICE = range(5)
#: A tooltip never carries a whole hostile text: the detail pane does.
TOOLTIP_LIMIT = 1500

translate = QCoreApplication.translate


def is_deletion(conflict: Conflict) -> TypeGuard[DeleteConflict]:
    """An edit-against-deletion conflict (``DeleteConflict``) rather than a field's."""
    return isinstance(conflict, DeleteConflict)


def key_of(conflict: Conflict) -> Key:
    column = None if isinstance(conflict, DeleteConflict) else conflict.column
    return (conflict.table, conflict.id, column)


def side_text(conflict: Conflict, side: Choice) -> str:
    """What ``side`` holds, in words: a value, or "supprimé" / "modifié" for a deletion."""
    if not isinstance(conflict, DeleteConflict):
        return value_text(conflict.mine if side == "mine" else conflict.theirs)
    if conflict.deleted_by == side:
        return (translate("team_review", "(supprimé chez vous)") if side == "mine"
                else translate("team_review", "(supprimé chez l'autre)"))
    return (translate("team_review", "(modifié chez vous)") if side == "mine"
            else translate("team_review", "(modifié chez l'autre)"))


def base_text(conflict: Conflict) -> str:
    """The common state when the engine knows it, else a word saying it is unknown."""
    if isinstance(conflict, DeleteConflict) or conflict.base is None:
        return translate("team_review", "(inconnu)")
    return value_text(conflict.base)


def record_text(conflict: Any) -> str:
    """The record's kind and one-line label, e.g. "atelier « Balade urbaine »"."""
    kind = kind_text(conflict.table)
    label = one_line(conflict.label or conflict.id, 120)
    return translate("team_review", "{kind} « {label} »").format(kind=kind, label=isolate(label))


class ConflictModel(QAbstractTableModel):
    """Conflicts and the choice made for each; ``prefer`` is every row's starting choice."""

    def __init__(self, conflicts: Iterable[Any], prefer: Choice = "mine",
                 parent: Any = None) -> None:
        super().__init__(parent)
        listed = list(conflicts)
        order: dict[tuple[str, str], int] = {}
        for c in listed:
            order.setdefault((c.table, c.id), len(order))
        self.conflicts: list[Any] = sorted(listed, key=lambda c: order[(c.table, c.id)])
        self.chosen: list[Choice] = [prefer] * len(self.conflicts)
        self._headers = [translate("team_review", "Enregistrement"),
                         translate("team_review", "Champ"),
                         translate("team_review", "Chez vous"),
                         translate("team_review", "Chez l'autre"),
                         translate("team_review", "Retenu")]

    # -- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        conflict = self.conflicts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(self._full(conflict, index.row(), index.column()))
        if role == Qt.ItemDataRole.ToolTipRole:
            full = self._full(conflict, index.row(), index.column())
            if len(full) > TOOLTIP_LIMIT:
                full = full[:TOOLTIP_LIMIT] + "…"
            return literal(full)
        if role == Qt.ItemDataRole.FontRole and index.column() in (MINE, THEIRS):
            chosen = self.chosen[index.row()]
            if (index.column() == MINE) == (chosen == "mine"):
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _full(self, conflict: Any, row: int, column: int) -> str:
        if column == RECORD:
            return record_text(conflict)
        if column == FIELD:
            return (translate("team_review", "suppression") if is_deletion(conflict)
                    else column_text(conflict.column))
        if column == MINE:
            return side_text(conflict, "mine")
        if column == THEIRS:
            return side_text(conflict, "theirs")
        return self.choice_text(row)

    def choice_text(self, row: int) -> str:
        return (translate("team_review", "le mien") if self.chosen[row] == "mine"
                else translate("team_review", "celui de l'autre"))

    # -- choices ----------------------------------------------------------------------------
    def choose(self, rows: Iterable[int], choice: Choice) -> None:
        rows = [r for r in rows if 0 <= r < len(self.chosen)]
        for row in rows:
            self.chosen[row] = choice
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0),
                                  self.index(max(rows), self.columnCount() - 1))

    def toggle(self, rows: Iterable[int]) -> None:
        for row in rows:
            self.choose([row], "theirs" if self.chosen[row] == "mine" else "mine")

    def record_rows(self, row: int) -> list[int]:
        """Every row of the record that ``row`` belongs to."""
        c = self.conflicts[row]
        return [i for i, other in enumerate(self.conflicts)
                if (other.table, other.id) == (c.table, c.id)]

    def choose_all(self, choice: Choice) -> None:
        self.choose(range(len(self.chosen)), choice)

    def choices(self) -> dict[Key, Choice]:
        """What to hand the merge engine: one entry per conflict."""
        return {key_of(c): chosen for c, chosen in zip(self.conflicts, self.chosen, strict=True)}

    def count(self, choice: Choice) -> int:
        return sum(1 for chosen in self.chosen if chosen == choice)

    def conflict(self, row: int) -> Any:
        return self.conflicts[row]

    def rows_of(self, keys: Sequence[Key]) -> list[int]:
        wanted = set(keys)
        return [i for i, c in enumerate(self.conflicts) if key_of(c) in wanted]
