"""The letter's indicator table as one drawn flowable instead of a reportlab Table.

A letter of 200 experiments has 2 200 indicator rows. reportlab's Table draws
each cell with its own state save, translation and text object, and wraps
the whole table again on every page; here the rows are measured once (text
wrapped with :func:`simpleSplit`, over-long words cut), a page break falls
between rows with the header repeated, and the whole grid is one text object
and one path of rules. It looks like :func:`layout.grid_table`: shaded bold
header, thin rule below each row.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from . import fonts
from .layout import INK, RULE, SHADE
from .text import line

SIZE, LEADING, PAD = 9, 11.5, 4
#: The caption: 12 pt bold, 3 mm above, a small gap below (as the letter's headings).
CAPTION_SIZE, CAPTION_GAP = 12, 4
CAPTION_HEIGHT = 3 * 72 / 25.4 + CAPTION_SIZE * 1.25 + CAPTION_GAP
#: A cell's lines at most: a row must fit a page (a pasted 100 000-character name).
MAX_LINES = 30


@lru_cache(maxsize=8192)
def _wrap(text: str, font: str, width: float) -> tuple[str, ...]:
    """``text`` in lines of at most ``width`` points; a word too long is cut.

    Cached: a letter repeats its targets, units and dates many times over.
    Stops after :data:`MAX_LINES` + 1 lines: the rest would be clipped anyway.
    """
    if stringWidth(text, font, SIZE) <= width:
        return (text,)
    lines: list[str] = []
    for piece in simpleSplit(text, font, SIZE, width) or [""]:
        while len(lines) <= MAX_LINES:
            head = piece[:300]  # far more than a column holds: measure no further
            measured = stringWidth(head, font, SIZE)
            if (measured <= width and len(head) == len(piece)) or len(piece) <= 1:
                lines.append(piece)
                break
            cut = max(1, min(len(head) - 1, int(len(head) * width / measured)))
            while cut > 1 and stringWidth(piece[:cut], font, SIZE) > width:
                cut -= 1
            lines.append(piece[:cut])
            piece = piece[cut:]
        if len(lines) > MAX_LINES:
            break
    return tuple(lines)


def _clip(lines: tuple[str, ...]) -> tuple[str, ...]:
    if len(lines) <= MAX_LINES:
        return lines
    last = lines[MAX_LINES - 1]
    return (*lines[:MAX_LINES - 1], (last[:-1] if len(last) > 1 else last) + "…")


class IndicatorGrid(Flowable):
    """Rows of plain text under a repeated header; splits between rows.

    ``caption`` (the section's heading, one line in the letter's heading look) is
    drawn above the first part only, so that a heading never ends a page
    without its table.
    """

    def __init__(self, header: Sequence[str], rows: Sequence[Sequence[str]],
                 widths: Sequence[float], *, caption: str = "",
                 _measured: tuple[tuple[float, list[tuple[str, ...]]],
                                  list[tuple[float, list[tuple[str, ...]]]]] | None = None
                 ) -> None:
        super().__init__()
        self.caption = line(caption)
        self.caption_height = CAPTION_HEIGHT if self.caption else 0.0
        self.widths = list(widths)
        if _measured is None:
            head = self._measure([line(c) for c in header], fonts.BOLD)
            body = [self._measure([line(c) for c in row], fonts.REGULAR) for row in rows]
            _measured = (head, body)
        self.head, self.body = _measured
        self.width = sum(self.widths)

    def _measure(self, cells: list[str], font: str) -> tuple[float, list[tuple[str, ...]]]:
        wrapped = [_clip(_wrap(text, font, width - 2 * PAD))
                   for text, width in zip(cells, self.widths, strict=True)]
        return max(len(w) for w in wrapped) * LEADING + 2 * PAD, wrapped

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.height = self.caption_height + self.head[0] + sum(h for h, _cells in self.body)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room, count = avail_height - self.caption_height - self.head[0], 0
        for height, _cells in self.body:
            if height > room:
                break
            room -= height
            count += 1
        if count == 0:
            return []  # not even one row fits: the frame moves on
        if count == len(self.body):
            return [self]
        return [IndicatorGrid((), (), self.widths, caption=self.caption,
                              _measured=(self.head, self.body[:count])),
                IndicatorGrid((), (), self.widths, _measured=(self.head, self.body[count:]))]

    def draw(self) -> None:
        canvas = self.canv
        top = self.height - self.caption_height
        if self.caption:
            canvas.saveState()
            canvas.setFillColor(INK)
            canvas.setFont(fonts.BOLD, CAPTION_SIZE)
            canvas.drawString(0, top + CAPTION_GAP, self.caption)
            canvas.restoreState()
        head_height = self.head[0]
        canvas.saveState()
        canvas.setFillColor(SHADE)
        canvas.rect(0, top - head_height, self.width, head_height, stroke=0, fill=1)
        rules = canvas.beginPath()
        text = canvas.beginText()
        text.setFillColor(INK)
        y = top
        for n, (height, cells) in enumerate([self.head, *self.body]):
            text.setFont(fonts.BOLD if n == 0 else fonts.REGULAR, SIZE, LEADING)
            x = 0.0
            for lines, width in zip(cells, self.widths, strict=True):
                baseline = y - PAD - SIZE
                for piece in lines:
                    if piece:
                        text.setTextOrigin(x + PAD, baseline)
                        text.textOut(piece)
                    baseline -= LEADING
                x += width
            y -= height
            rules.moveTo(0, y)
            rules.lineTo(self.width, y)
        canvas.drawText(text)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.drawPath(rules, stroke=1, fill=0)
        canvas.restoreState()
