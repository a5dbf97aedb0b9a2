"""Tables whose cells may hold text of any length, laid out in linear time.

reportlab splits a table row that does not fit a page inside the row, but it
re-wraps everything left in the row at each page: a 1 MB cell is quadratic.
:func:`kit_table` turns a cell holding several pieces of text (a list from
:func:`layout.paragraphs`) into one table row per piece, so rows stay short
and split between themselves. The row's other cells print on its first
physical row; styles given for a row cover all of its physical rows; the
rules between pieces are hidden.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from . import fonts

#: A row taller than the rest of the page splits inside itself (reportlab's
#: ``splitInRow``: the least height, in points, of either part).
SPLIT_IN_ROW = 24


def _pieces(cell: object) -> list[object]:
    return list(cell) if isinstance(cell, (list, tuple)) else [cell]


def expand(rows: Sequence[Sequence[object]]
           ) -> tuple[list[list[object]], list[int], list[int]]:
    """Rows with one piece of each long cell per physical row.

    Returns the physical rows and, for each given row, its first and last
    physical row index.
    """
    physical: list[list[object]] = []
    first: list[int] = []
    last: list[int] = []
    for row in rows:
        cells = [_pieces(cell) for cell in row]
        depth = max((len(c) for c in cells), default=1) or 1
        first.append(len(physical))
        for k in range(depth):
            physical.append([c[k] if k < len(c) else "" for c in cells])
        last.append(len(physical) - 1)
    return physical, first, last


def _remap(command: tuple[Any, ...], first: list[int], last: list[int]) -> tuple[Any, ...]:
    """A style command on given rows, moved onto their physical rows."""
    op, (c0, r0), (c1, r1), *rest = command
    count = len(first)
    start = first[r0] if 0 <= r0 < count else r0
    end = last[r1] if 0 <= r1 < count else r1
    return (op, (c0, start), (c1, end), *rest)


def kit_table(rows: Sequence[Sequence[object]], col_widths: Sequence[float | None], *,
              commands: Sequence[tuple[Any, ...]] = (),
              row_heights: Sequence[float | None] | None = None,
              repeat_rows: int = 0, split_by_row: int = 1) -> Flowable:
    """A table in the kit's font whose long cells print across pages in linear time.

    ``commands`` and ``row_heights`` refer to the given rows; negative row
    indices keep their meaning (``-1`` is the last physical row).
    """
    physical, first, last = expand(rows)
    heights: list[float | None] | None = None
    if row_heights is not None:
        heights = [None] * len(physical)
        for index, height in enumerate(row_heights):
            if first[index] == last[index]:  # a row in pieces is sized by its text
                heights[first[index]] = height
    table = Table(physical, colWidths=list(col_widths), rowHeights=heights,
                  repeatRows=last[repeat_rows - 1] + 1 if repeat_rows else 0,
                  splitInRow=SPLIT_IN_ROW, splitByRow=split_by_row)
    hidden = [("LINEABOVE", (0, k), (-1, k), 0.8, colors.white)
              for f, la in zip(first, last, strict=True) for k in range(f + 1, la + 1)]
    table.setStyle(TableStyle([
        # Plain-string cells are drawn in the table's cell font, reportlab's
        # Helvetica unless told: it would be named in the PDF without being
        # embedded, even for an empty cell.
        ("FONTNAME", (0, 0), (-1, -1), fonts.register()),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        *(_remap(c, first, last) for c in commands),
        *hidden,
    ]))
    return table
