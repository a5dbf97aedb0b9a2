"""Sizes of the text drawn on the map: relation labels and card names.

Text drawn at a fixed size in scene units became unreadable at the zoom that
fits a map in a small window (1024×768: about 0.45, i.e. 6-pixel names and
labels), and relation labels were hidden altogether below half size. Text
now has a minimum size *on screen*: in scene units it grows as the view
zooms out, up to a cap (so the cached layers know how far a label can
reach), and the projector's minimum is larger, for the back of a room.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from . import style

#: Relation label size in scene units at 1:1 (editor) and on the projector.
LABEL_PX, PROJECTOR_LABEL_PX = 10.0, 14.0
#: Smallest label on screen, in device pixels: the editor, the projector.
MIN_LABEL_SCREEN_PX, MIN_PROJECTOR_LABEL_SCREEN_PX = 9.0, 18.0
#: Largest label in scene units (zoomed far out); what a layer's dirty areas assume.
MAX_LABEL_PX = 30.0
#: Below this level of detail relation labels are not drawn (the map is a thumbnail).
LABEL_HIDE_LOD = 0.2

#: Card names: size at 1:1 (editor, projector), smallest on screen, largest in scene
#: units (two lines must fit the card's 40-unit text box).
CARD_PX, PROJECTOR_CARD_PX = 13.0, 15.0
MIN_CARD_SCREEN_PX = 8.0
MAX_CARD_PX = 17.0

LABEL_BACK = QColor(255, 255, 255, 225)


def label_px(lod: float, large: bool) -> float:
    """Relation label size in scene units at this level of detail (whole units)."""
    base, minimum = ((PROJECTOR_LABEL_PX, MIN_PROJECTOR_LABEL_SCREEN_PX) if large
                     else (LABEL_PX, MIN_LABEL_SCREEN_PX))
    wanted = max(base, minimum / max(lod, 1e-3))
    return float(min(MAX_LABEL_PX, round(wanted + 0.49)))


def card_px(lod: float, large: bool) -> float:
    """Card name size in scene units at this level of detail (whole units)."""
    base = PROJECTOR_CARD_PX if large else CARD_PX
    wanted = max(base, MIN_CARD_SCREEN_PX / max(lod, 1e-3))
    return float(min(MAX_CARD_PX, max(base, round(wanted + 0.49))))


@cache
def label_font(px: float = LABEL_PX) -> QFont:
    return style.font(px)


@cache
def card_font(px: float, large: bool) -> QFont:
    font = style.font(px)
    if large:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def measure(text: str) -> tuple[float, float]:
    """(width, height) of a label at :data:`LABEL_PX`; other sizes scale from it."""
    if not text:
        return (0.0, 0.0)
    rect = QFontMetricsF(label_font()).boundingRect(text)
    return (rect.width(), rect.height())


def scaled_rect(mid: tuple[float, float], size: tuple[float, float], px: float) -> QRectF:
    """The label box centred on ``mid`` at ``px`` scene units (a little wider than measured,
    since hinting makes larger text slightly wider than proportional)."""
    factor = px / LABEL_PX
    w, h = size[0] * factor * 1.04 + 1, size[1] * factor
    return QRectF(mid[0] - w / 2, mid[1] - h / 2, w, h)


def paint_label(painter: QPainter, rect: QRectF, text: str, colour: QColor, px: float) -> None:
    """One label: a light box and the text (the caller sets nothing; fonts are cached)."""
    painter.fillRect(rect.adjusted(-3, -1, 3, 1), LABEL_BACK)
    painter.setFont(label_font(px))
    painter.setPen(colour)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def wrap_two_lines(text: str, metrics: QFontMetricsF, width: float) -> tuple[str, str]:
    """Up to two lines, the second elided: a long name never grows the card."""
    text = " ".join(text.split())
    if metrics.horizontalAdvance(text) <= width:
        return text, ""
    words = text.split(" ")
    first = ""
    for i, word in enumerate(words):
        candidate = f"{first} {word}".strip()
        if metrics.horizontalAdvance(candidate) > width:
            if not first:  # one very long word: cut it with a hyphen
                cut = len(word) - 1
                while cut > 1 and metrics.horizontalAdvance(word[:cut] + "-") > width:
                    cut -= 1
                first, rest = word[:cut] + "-", " ".join([word[cut:], *words[i + 1:]])
            else:
                rest = " ".join(words[i:])
            return first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        first = candidate
    return first, ""
