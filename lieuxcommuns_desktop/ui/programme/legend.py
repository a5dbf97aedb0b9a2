"""The timeline's legend: one swatch and one name per status group, in one widget.

Why one painted widget and not a row of labels: eight ``QLabel`` (four pixmaps,
four names) cost about as much to build, polish and paint as the timeline's
whole scene does now, on every opening of the programme page. The swatches use
the blocks' own brushes, so patterns that survive greyscale printing and
colour-blind reading are the same here and on the timeline.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from .timeline_scene import GROUP_LABELS, block_brush

translate = QCoreApplication.translate
SWATCH = 14.0
GAP = 6.0  # between a swatch and its name
SPACING = 14.0  # between one name and the next swatch
OUTLINE = QColor("#333333")


class StatusLegend(QWidget):
    """Brouillon, prévu, tenu, annulé: what the blocks' fills and patterns mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineLegend")
        self.groups = list(GROUP_LABELS)
        self.names = [translate("timeline", GROUP_LABELS[g]) for g in self.groups]
        # Read as one line by assistive technologies, as the labels were one by one.
        self.setAccessibleName(", ".join(self.names))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def _positions(self) -> list[tuple[float, float]]:
        """(swatch x, name x) of each group."""
        metrics = QFontMetricsF(self.font())
        out, x = [], 0.0
        for name in self.names:
            out.append((x, x + SWATCH + GAP))
            x += SWATCH + GAP + metrics.horizontalAdvance(name) + SPACING
        return out

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        last = self._positions()[-1][1] + metrics.horizontalAdvance(self.names[-1])
        return QSize(int(last) + 2 + int(GAP), int(max(SWATCH, metrics.height())) + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = QFontMetricsF(self.font())
        middle = self.height() / 2
        top = round(middle - SWATCH / 2)
        baseline = middle - metrics.height() / 2 + metrics.ascent()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for group, name, (swatch_x, name_x) in zip(self.groups, self.names, self._positions(),
                                                   strict=True):
            square = QRectF(swatch_x, top, SWATCH - 1, SWATCH - 1)
            painter.fillRect(square, QColor("white"))
            painter.setPen(OUTLINE)
            painter.setBrush(block_brush(group))
            painter.drawRect(square)
            painter.setPen(text)
            painter.drawText(QPointF(name_x, baseline), name)
        painter.end()
