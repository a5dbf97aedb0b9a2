"""Column widths that give the room to the column people read (1024×768 and up).

Qt's ``ResizeToContents`` let short-lived columns (an atelier's long title,
a collectivité's name) take the width, and a ``Stretch`` column then got what
was left — the agenda's step titles shrank to "Ac…" and the action texts to
a sliver. :class:`ColumnFitter` sizes the other columns to their contents,
capped, and shrinks them further when the main column would get less than
its share; the main column stretches over the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView
from shiboken6 import isValid


class ColumnFitter(QObject):
    """Keeps ``main`` at least ``share`` of the table's width; others fit contents, capped."""

    def __init__(self, table: QTableView, main: int, *, share: float = 0.34,
                 cap: int = 220, floor: int = 44, fixed: dict[int, int] | None = None) -> None:
        super().__init__(table)
        self.table, self.main, self.share, self.cap, self.floor = table, main, share, cap, floor
        #: Columns of a known width (not measured).
        self.fixed = dict(fixed or {})
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(main, QHeaderView.ResizeMode.Stretch)
        table.viewport().installEventFilter(self)
        model = table.model()
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
                signal.connect(self.fit)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def wanted(self, column: int) -> int:
        """What a column asks for: its widest visible cell or its title, capped."""
        if column in self.fixed:
            return self.fixed[column]
        table = self.table
        contents = max(table.sizeHintForColumn(column),
                       table.horizontalHeader().sectionSizeHint(column))
        return max(self.floor, min(self.cap, contents + 6))

    def fit(self, *_args: object) -> None:
        table = self.table
        if not isValid(table):  # a resize arriving while the table is destroyed
            return
        model = table.model()
        if model is None:
            return
        width = table.viewport().width()
        others = [c for c in range(model.columnCount())
                  if c != self.main and not table.isColumnHidden(c)]
        wanted = {c: self.wanted(c) for c in others}
        room = width - int(width * self.share)
        total = sum(wanted.values())
        if total > room > 0:  # shrink the others in proportion, never under the floor
            small = {c: w for c, w in wanted.items() if w <= self.floor}
            for _ in range(len(wanted)):
                big = {c: w for c, w in wanted.items() if c not in small}
                space = room - sum(small.values())
                factor = max(0.0, space) / max(1, sum(big.values()))
                shrunk = {c: int(w * factor) for c, w in big.items()}
                under = {c for c, w in shrunk.items() if w < self.floor}
                if not under:
                    wanted = {**small, **shrunk}
                    break
                small.update({c: self.floor for c in under})
            else:
                wanted = {c: max(self.floor, w) for c, w in wanted.items()}
        for column, size in wanted.items():
            if table.columnWidth(column) != size:
                table.setColumnWidth(column, size)
