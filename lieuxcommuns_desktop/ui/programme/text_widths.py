"""Text widths and elisions in one font, remembered for the process."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF


class TextWidths:
    """Widths of texts in one font, remembered for the process.

    Why: the timeline is laid out again at every edit and every visit, and
    measuring a title (a few µs each, hundreds of titles) was a third of a
    layout; titles seldom change between two layouts. Keyed by the font's
    :meth:`QFont.key`, so another font or size measures afresh.
    """

    # One cache per font for the whole process, shared by every instance.
    _shared: ClassVar[dict[str, dict[str, float]]] = {}
    _shared_elided: ClassVar[dict[str, dict[tuple[str, float], str]]] = {}
    LIMIT = 4096

    def __init__(self, font: QFont) -> None:
        self.metrics = QFontMetricsF(font)
        self._widths = TextWidths._shared.setdefault(font.key(), {})
        self._elided = TextWidths._shared_elided.setdefault(font.key(), {})

    def width(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) >= self.LIMIT:
                self._widths.clear()
            width = self._widths[text] = self.metrics.horizontalAdvance(text)
        return width

    def elided(self, text: str, width: float) -> str:
        """``text`` cut with an ellipsis to fit ``width``, whole when it fits."""
        if self.width(text) <= width:
            return text
        key = (text, width)
        elided = self._elided.get(key)
        if elided is None:
            if len(self._elided) >= self.LIMIT:
                self._elided.clear()
            elided = self._elided[key] = self.metrics.elidedText(
                text, Qt.TextElideMode.ElideRight, max(0.0, width))
        return elided
