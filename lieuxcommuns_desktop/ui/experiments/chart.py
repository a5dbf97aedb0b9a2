"""A small chart of an indicator's measured values against its target, over time.

Drawn with QPainter: QtCharts is not in PySide6-Essentials, and one line of
dated points, a dashed target and a dotted baseline do not justify a charting
library in the bundle. Black-and-white safe: the target is dashed, the
baseline dotted, the measures a solid line with square markers. The same
figures are given as text in the accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.services.experiments_views import IndicatorView
from ...printing.letter_text import number


class IndicatorChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorChart")
        self.setAccessibleName(self.tr("Graphique de l'indicateur"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)
        self.indicator: IndicatorView | None = None

    def sizeHint(self) -> QSize:
        return QSize(420, 170)

    def set_indicator(self, indicator: IndicatorView | None) -> None:
        self.indicator = indicator
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        ind = self.indicator
        if ind is None:
            return self.tr("Choisissez un indicateur.")
        if not ind.values:
            return self.tr("« {name} » : pas encore de mesure.").format(name=ind.name)
        last = ind.values[-1]
        return self.tr("« {name} » : %n mesure(s), dernière {last} le {date}, cible {target}.",
                       "", len(ind.values)).format(
            name=ind.name, last=number(last.value, ind.unit),
            date=last.date.strftime("%d/%m/%Y"), target=number(ind.target, ind.unit))

    def points(self, area: QRectF) -> tuple[list[QPointF], float | None, float | None]:
        """The measures' positions in ``area``, and the target's and baseline's y."""
        ind = self.indicator
        if ind is None or not ind.values:
            return [], None, None
        values = [v.value for v in ind.values]
        extra = [x for x in (ind.target, ind.baseline) if x is not None]
        low, high = min(values + extra), max(values + extra)
        if high == low:
            low, high = low - 1, high + 1
        days = [v.date.toordinal() for v in ind.values]
        first, span = days[0], max(1, days[-1] - days[0])

        def y(value: float) -> float:
            return area.bottom() - (value - low) / (high - low) * area.height()

        pts = [QPointF(area.left() + (d - first) / span * area.width()
                       if len(days) > 1 else area.center().x(), y(v))
               for d, v in zip(days, values, strict=True)]
        return (pts, y(ind.target) if ind.target is not None else None,
                y(ind.baseline) if ind.baseline is not None else None)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        ink = palette.windowText().color()
        painter.fillRect(self.rect(), palette.base())
        metrics = painter.fontMetrics()
        area = QRectF(self.rect()).adjusted(12, metrics.height() + 8, -12,
                                            -(metrics.height() + 10))
        ind = self.indicator
        if ind is None or not ind.values:
            painter.setPen(ink)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.describe())
            return
        pts, target_y, base_y = self.points(area)
        grey = QColor(ink)
        grey.setAlpha(110)
        painter.setPen(QPen(grey, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        if target_y is not None:
            painter.setPen(QPen(QColor("#0072B2"), 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(area.left(), target_y), QPointF(area.right(), target_y))
            painter.drawText(QPointF(area.left(), target_y - 3),
                             self.tr("cible {target}").format(target=number(ind.target, ind.unit)))
        if base_y is not None:
            painter.setPen(QPen(grey, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(area.left(), base_y), QPointF(area.right(), base_y))
        painter.setPen(QPen(ink, 2))
        painter.drawPolyline(QPolygonF(pts))
        painter.setBrush(ink)
        for p in pts:
            painter.drawRect(QRectF(p.x() - 3, p.y() - 3, 6, 6))
        painter.setPen(ink)
        first, last = ind.values[0], ind.values[-1]
        baseline = self.rect().bottom() - 4
        painter.drawText(QPointF(area.left(), baseline), first.date.strftime("%m/%Y"))
        text = last.date.strftime("%m/%Y")
        painter.drawText(QPointF(area.right() - metrics.horizontalAdvance(text), baseline), text)
        label = number(last.value, ind.unit)
        painter.drawText(QPointF(min(pts[-1].x() + 6,
                                     area.right() - metrics.horizontalAdvance(label)),
                                 pts[-1].y() - 6), label)
        painter.end()
