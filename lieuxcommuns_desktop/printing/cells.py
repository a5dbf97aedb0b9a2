"""Fit user text into table cells on paper: shrink, then wrap, and cut only the absurd.

A name on paper is read by people who will look for theirs: a cell shrinks its
font a little and wraps between words before anything is elided. Only a cell
that must stay bounded (a header repeated on every page) and still does not
fit at the smallest size is elided — found by bisection, so a 40,000-character
name costs a dozen measures, not one per character.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from . import fonts
from .text import clean, para

#: Font sizes tried in turn, largest first; below 6 pt print is hard to read.
SIZES: tuple[float, ...] = (9.0, 8.0, 7.0, 6.0)
#: Left plus right padding of a reportlab table cell (6 pt a side by default).
PADDING = 12.0


def longest_word(texts: Iterable[str], font: str, size: float) -> float:
    """Width of the widest word of ``texts`` at ``size`` (0 for no words)."""
    fonts.register()
    return max((stringWidth(word, font, size) for text in texts for word in text.split()),
               default=0.0)


def fitting_size(texts: Sequence[str], width: float, font: str | None = None,
                 sizes: Sequence[float] = SIZES) -> float:
    """The largest size at which every word of ``texts`` fits ``width`` whole."""
    font = font or fonts.register()
    for size in sizes:
        if longest_word(texts, font, size) <= width:
            return size
    return sizes[-1]


@cache
def style_at(base: ParagraphStyle, size: float) -> ParagraphStyle:
    return ParagraphStyle(f"{base.name}-{size:g}", parent=base, fontSize=size,
                          leading=round(size * 1.25, 2))


@dataclass(frozen=True)
class Fitted:
    paragraph: Paragraph
    #: True when the text had to be cut (the caller prints it in full elsewhere).
    elided: bool


def bounded(text: str, base: ParagraphStyle, width: float, max_height: float,
            sizes: Sequence[float] = SIZES, markup: str = "{}") -> Fitted:
    """A paragraph of ``text`` at most ``width`` × ``max_height`` points.

    Tries each size, largest first, preferring one where no word is broken;
    at the smallest size the text is elided by bisection on its length.
    ``markup`` wraps the escaped text (e.g. ``"<b>{}</b>"``).
    """
    plain = " ".join(clean(text).split())

    def make(value: str, size: float) -> tuple[Paragraph, float]:
        paragraph = Paragraph(markup.format(para(value)), style_at(base, size))
        return paragraph, paragraph.wrap(width, max_height)[1]

    # More characters than the box holds at the smallest size never fit: such a
    # text is not measured whole (a 40,000-character name costs a dozen wraps).
    size = sizes[-1]
    capacity = int(width * max_height / (size * size * 0.2)) + 1
    if len(plain) <= capacity:
        # The largest size at which words stay whole, then any size that fits.
        for whole_words in (True, False):
            for size in sizes:
                if whole_words and longest_word([plain], base.fontName, size) > width:
                    continue
                paragraph, height = make(plain, size)
                if height <= max_height:
                    return Fitted(paragraph, False)
    size = sizes[-1]
    low, high = 0, min(len(plain), capacity)
    while low < high:  # the longest prefix that fits with its ellipsis
        mid = (low + high + 1) // 2
        if make(plain[:mid].rstrip() + "…", size)[1] <= max_height:
            low = mid
        else:
            high = mid - 1
    return Fitted(make(plain[:low].rstrip() + "…", size)[0], True)
