"""The programme lead's dashboard: next ateliers, actions per collectivité,
experiments by status and evaluation means over time.

Read-only: every figure comes from ``programme_views.dashboard`` in one read.
The evaluation chart is drawn with QPainter (QtCharts is not part of
PySide6-Essentials) and its figures are also listed as text, so a screen reader
and a keyboard user get them too.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.labels import label
from ...core.services import programme_views
from ...core.services.programme_views import EvaluationPoint
from ..document import Document
from ..plain import literal
from ..roles import Role

translate = QCoreApplication.translate


class MeansChart(QWidget):
    """Evaluation means (1–5) of the dated ateliers, in date order, as a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: tuple[EvaluationPoint, ...] = ()
        self.setMinimumHeight(110)
        self.setObjectName("dashboardMeansChart")
        self.setAccessibleName(translate("dashboard", "Moyennes des évaluations"))

    def set_points(self, points: tuple[EvaluationPoint, ...]) -> None:
        self.points = points
        self.setToolTip(literal("\n".join(
            f"{p.date.strftime('%d/%m/%Y')} · {p.title} : {p.mean:.1f}" for p in points)))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 140)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(28, 8, -10, -18)
        painter.setPen(QPen(QColor("#bbbbbb")))
        for level in range(1, 6):
            y = area.bottom() - (level - 1) / 4 * area.height()
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.drawText(QRectF(0, y - 8, 22, 16), Qt.AlignmentFlag.AlignRight, str(level))
        if not self.points:
            painter.setPen(QColor("#666666"))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter,
                             translate("dashboard", "Aucune évaluation saisie"))
            return
        count = len(self.points)
        step = area.width() / max(1, count - 1)
        line = QPolygonF([
            QPointF(area.left() + (i * step if count > 1 else area.width() / 2),
                    area.bottom() - (max(1.0, min(5.0, p.mean)) - 1) / 4 * area.height())
            for i, p in enumerate(self.points)
        ])
        painter.setPen(QPen(QColor("#0072b2"), 2.0))
        painter.drawPolyline(line)
        painter.setBrush(QColor("#0072b2"))
        for point in line:
            painter.drawEllipse(point, 3.5, 3.5)


class DashboardPanel(QWidget):
    atelierRequested = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.today = today
        self.next_list = QListWidget(self)
        self.next_list.setObjectName("dashboardNext")
        self.next_list.setAccessibleName(self.tr("Prochains ateliers"))
        self.next_list.itemActivated.connect(
            lambda item: self.atelierRequested.emit(item.data(Role.ID)))
        self.actions_table = QTableWidget(0, 3, self)
        self.actions_table.setObjectName("dashboardActions")
        self.actions_table.setAccessibleName(self.tr("Actions par collectivité"))
        self.actions_table.setHorizontalHeaderLabels(
            [self.tr("Collectivité"), self.tr("Ouvertes"), self.tr("En retard")])
        self.actions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions_table.verticalHeader().hide()
        header = self.actions_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.experiments = QListWidget(self)
        self.experiments.setObjectName("dashboardExperiments")
        self.experiments.setAccessibleName(self.tr("Expérimentations par statut"))
        self.chart = MeansChart(self)
        self.means = QListWidget(self)
        self.means.setObjectName("dashboardMeans")
        self.means.setAccessibleName(self.tr("Moyennes des évaluations par atelier"))

        def box(title: str, *widgets: QWidget) -> QGroupBox:
            group = QGroupBox(title, self)
            inner = QVBoxLayout(group)
            for widget in widgets:
                inner.addWidget(widget)
            return group

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(box(self.tr("Prochains ateliers"), self.next_list), 0, 0)
        grid.addWidget(box(self.tr("Actions ouvertes et en retard"), self.actions_table), 0, 1)
        grid.addWidget(box(self.tr("Expérimentations"), self.experiments), 1, 0)
        grid.addWidget(box(self.tr("Évaluations au fil du parcours"), self.chart, self.means),
                       1, 1)
        self.setFocusProxy(self.next_list)
        self.refresh()

    def refresh(self) -> None:
        data = programme_views.dashboard(self.doc.notebook, today=self.today)
        self.next_list.clear()
        for block in data.next_ateliers:
            when = block.date.strftime("%d/%m/%Y") if block.date else ""
            item = QListWidgetItem(f"{when} · {block.title}")
            item.setData(Role.ID, block.id)
            item.setToolTip(literal(block.place or block.title))
            self.next_list.addItem(item)
        if not data.next_ateliers:
            self.next_list.addItem(self.tr("Aucun atelier à venir"))
        self.actions_table.setRowCount(len(data.actions))
        for row, count in enumerate(data.actions):
            name = count.name or self.tr("Sans collectivité")
            cells = (name, str(count.open), str(count.overdue))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == 2 and count.overdue:
                    item.setForeground(QColor("#b00020"))
                self.actions_table.setItem(row, column, item)
        self.experiments.clear()
        for status, number in data.experiments.items():
            self.experiments.addItem(f"{label(status)} : {number}")
        self.chart.set_points(data.evaluations)
        self.means.clear()
        for point in data.evaluations:
            self.means.addItem(self.tr("{date} · {title} : {mean} / 5 (%n réponse(s))", "",
                                       point.answers).format(
                date=point.date.strftime("%d/%m/%Y"), title=point.title,
                mean=f"{point.mean:.1f}"))
