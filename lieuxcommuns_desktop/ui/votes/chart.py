"""A horizontal bar chart of a round's results, readable from the back of the room.

Bars are sorted (``core.votes.rank``), ties marked ``1 =`` as on paper, the
count written at the end of each bar. The font follows the widget's height so
that on a projector (the ``large`` mode) a row is at least 1/12 of the screen:
about 8 cm on a 2 m wall, legible at 5 m.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.votes import Ranked

BAR = QColor("#0072b2")  # colour-blind-safe blue (Okabe–Ito)
TIE = QColor("#e69f00")


def rank_text(item: Ranked) -> str:
    return f"{item.rank} =" if item.tied else str(item.rank)


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None, *, large: bool = False,
                 dark: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("voteChart")
        self.setAccessibleName(self.tr("Résultats du vote"))
        self.large, self.dark = large, dark
        self.ranked: list[Ranked] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_results(self, ranked: list[Ranked]) -> None:
        self.ranked = list(ranked)
        self.setAccessibleDescription("; ".join(
            f"{rank_text(r)} {r.label} : {r.count}" for r in self.ranked))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, 40 + 28 * max(1, len(self.ranked)))

    def row_height(self) -> float:
        """A twelfth of the height at least on the projector; a list's row on screen."""
        rows = max(len(self.ranked), 1)
        height = self.height() / rows
        if not self.large:
            return max(min(height, 36.0), 18.0)
        return max(min(height, self.height() / 3), self.height() / 12)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = QColor("#f5f5f5" if self.dark else "#1a1a1a")
        row = self.row_height()
        font = QFont(self.font())
        font.setPixelSize(max(10, int(row * 0.5)))
        font.setBold(self.large)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        top = max((r.count for r in self.ranked), default=0) or 1
        rank_width = metrics.horizontalAdvance("10 =") + 8
        label_width = min(self.width() * 0.5, max(
            (metrics.horizontalAdvance(r.label) for r in self.ranked), default=0) + 12)
        count_width = metrics.horizontalAdvance(str(top)) + 12
        bar_space = max(10.0, self.width() - rank_width - label_width - count_width)
        for index, item in enumerate(self.ranked):
            y = index * row
            if y + row > self.height() + 1:
                break
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, y, rank_width, row), Qt.AlignmentFlag.AlignVCenter,
                             rank_text(item))
            label = metrics.elidedText(item.label, Qt.TextElideMode.ElideRight,
                                       int(label_width - 8))
            painter.drawText(QRectF(rank_width, y, label_width, row),
                             Qt.AlignmentFlag.AlignVCenter, label)
            width = bar_space * item.count / top
            painter.fillRect(QRectF(rank_width + label_width, y + row * 0.15, width, row * 0.7),
                             TIE if item.tied else BAR)
            painter.drawText(QRectF(rank_width + label_width + width + 6, y, count_width, row),
                             Qt.AlignmentFlag.AlignVCenter, str(item.count))
        painter.end()
