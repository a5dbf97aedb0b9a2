"""*Matrice de décision*: decisions × acteurs on the participation scale.

Two versions, *aujourd'hui* and *cible*, in tabs, plus a comparison tab that
shows both side by side with each changed cell outlined and the changes in
words. Keys 0–5 set the selected cells, Delete clears them. Beside each
version: the rule checks, each acteur's share of decision power (bar chart)
and, per decision, how many acteurs sit at each level.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFontMetrics, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import matrix_labels as ml
from ...core.enums import MatrixVersion, ParticipationLevel
from ...core.services import matrices as svc
from ...core.services import matrix_edits
from ..commands import EditCommand
from ..document import Document
from ..experiments.from_note import make_experiment_from_decision
from ..plain import isolate, literal, plain
from .model import MatrixModel
from .tool import MatrixPage, RowsBar, export_csv, legend_html
from .view import CellDelegate, MatrixView, WrapHeader

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent, QShowEvent

    from .model import Index

KEYS: dict[str, str | None] = {lv.value: lv.value for lv in ParticipationLevel}
LEVELS = list(ParticipationLevel)


class PowerChart(QWidget):
    """Horizontal bars: each acteur's share of decision power (décide 2, co-décide 1)."""

    ROW = 20

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionPowerChart")
        self.setAccessibleName(self.tr("Pouvoir de décision par acteur"))
        self.shares: list[tuple[str, float]] = []

    def set_shares(self, shares: list[tuple[str, float]]) -> None:
        self.shares = shares
        self.setAccessibleDescription("; ".join(f"{n} {round(s * 100)} %" for n, s in shares))
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(280, max(1, len(self.shares)) * self.ROW + 8)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        label_w = min(140, max((fm.horizontalAdvance(n) for n, _s in self.shares), default=40) + 6)
        pct_w = fm.horizontalAdvance("100 %") + 6
        bar_w = max(20, self.width() - label_w - pct_w - 8)
        top = 4
        if not self.shares:
            p.setPen(text_colour)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Aucun acteur"))
            return
        best = max(s for _n, s in self.shares) or 1.0
        for name, share in self.shares:
            y = top
            p.setPen(text_colour)
            p.drawText(QRectF(0, y, label_w - 6, self.ROW),
                       int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                       fm.elidedText(name, Qt.TextElideMode.ElideRight, label_w - 6))
            p.setPen(QColor("#08519c"))
            p.setBrush(QColor("#4292c6"))
            width = bar_w * share / best if share else 0
            p.drawRect(QRectF(label_w, y + 4, max(1.0, width), self.ROW - 8))
            p.setPen(text_colour)
            p.drawText(QRectF(label_w + width + 4, y, pct_w, self.ROW),
                       int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                       f"{round(share * 100)} %")
            top += self.ROW


class CountsModel(QAbstractTableModel):
    """Per decision, how many acteurs take part at each level (read-only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.counts: list[dict[ParticipationLevel, int]] = []

    def set_data(self, data: svc.MatrixData) -> None:
        self.beginResetModel()
        self.labels = [r.label for r in data.rows]
        self.counts = [data.level_counts(r.id) for r in data.rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.labels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LEVELS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        level = LEVELS[index.column()]
        n = self.counts[index.row()][level]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(n) if n else "·"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and n:
            return QColor(ml.LEVEL_COLOURS[level][0])
        if role == Qt.ItemDataRole.ForegroundRole and n:
            return QColor(ml.LEVEL_COLOURS[level][1])
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(f"{isolate(self.labels[index.row()])} — {ml.level_label(level)} : {n}")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(LEVELS):
                return None
            level = LEVELS[section]  # the digit, as in the legend above the matrix
            return level.value if role == Qt.ItemDataRole.DisplayRole else ml.level_label(level)
        if not 0 <= section < len(self.labels):
            return None
        label = self.labels[section]
        return label if role == Qt.ItemDataRole.DisplayRole else literal(label)


class VersionPage(QWidget):
    """One version of the decision matrix with its checks and summaries."""

    def __init__(self, doc: Document, atelier_id: str, version: MatrixVersion,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.version = version
        name = f"decisions_{version.value}"
        self.setObjectName(name)
        self.model = MatrixModel(doc, atelier_id, ml.DECISIONS, version, parent=self,
                                 load=version == MatrixVersion.AUJOURDHUI)
        choices = [(lv.value, f"{lv.value} — {ml.level_label(lv)}") for lv in LEVELS]
        choices.append((None, self.tr("Vider la cellule")))
        self.page = MatrixPage(doc, atelier_id, self.model, KEYS, choices, name, self)
        self.view = self.page.view

        self.chart = PowerChart(self)
        chart_scroll = QScrollArea(self)
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setWidget(self.chart)
        chart_scroll.setObjectName(f"{name}PowerScroll")
        self.counts = CountsModel(self)
        self.counts_view = QTableView(self)
        self.counts_view.setObjectName(f"{name}Counts")
        self.counts_view.setAccessibleName(self.tr("Participation par décision"))
        self.counts_view.setModel(self.counts)
        self.counts_view.setHorizontalHeader(WrapHeader(Qt.Orientation.Horizontal,
                                                        self.counts_view, max_lines=1))
        self.counts_view.setVerticalHeader(WrapHeader(Qt.Orientation.Vertical, self.counts_view,
                                                      max_lines=1, width=150))
        self.counts_view.horizontalHeader().setDefaultSectionSize(34)
        self.counts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.counts_view.verticalHeader().setDefaultSectionSize(22)
        self.counts_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

        side = QSplitter(Qt.Orientation.Vertical, self)
        side.setObjectName(f"{name}Side")
        side.addWidget(_titled(self.tr("<b>Points d'attention</b>"), self.page.issues, side))
        side.addWidget(_titled(self.tr("<b>Pouvoir de décision</b> (décide = 2, co-décide = 1)"),
                               chart_scroll, side))
        side.addWidget(_titled(self.tr("<b>Participation par décision</b> : nombre d'acteurs "
                               "à chaque niveau (0 à 5)"), self.counts_view, side))
        side.setSizes([200, 220, 220])

        splitter = QSplitter(self)
        splitter.addWidget(self.page)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(0)
        self._summary_timer.timeout.connect(self.refresh_summaries)
        self._summaries_stale = True
        self.model.contentChanged.connect(self._summaries_changed)

    def _summaries_changed(self) -> None:
        self._summaries_stale = True
        if self.isVisible():
            self._summary_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        self.model.ensure_loaded()
        super().showEvent(event)
        if self._summaries_stale:
            self._summary_timer.start()

    def refresh_summaries(self) -> None:
        """Power and counts: they scan the whole matrix, so only when shown, once per burst."""
        self._summaries_stale = False
        data = self.model.matrix_data
        power = data.power()
        self.chart.set_shares([(c.name, power.get(c.acteur_id, 0.0)) for c in data.columns])
        self.counts.set_data(data)


def _titled(title: str, widget: QWidget, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 0)
    label = QLabel(title, box)
    label.setWordWrap(True)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


class ComparePage(QWidget):
    """*Aujourd'hui* and *cible* side by side, changed cells outlined, changes in words."""

    def __init__(self, today: MatrixModel, target: MatrixModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionsCompare")
        self.today, self.target = today, target
        self.changes: list[svc.Change] = []
        self.views: list[MatrixView] = []
        self.delegates: list[CellDelegate] = []
        tables = QSplitter(self)
        for model, title, name in ((today, self.tr("Aujourd'hui"), "compareToday"),
                                   (target, self.tr("Cible"), "compareTarget")):
            view = MatrixView({}, [], self, readonly=True)
            view.verticalHeader().fixed_width = 170
            view.horizontalHeader().setDefaultSectionSize(92)
            view.setObjectName(name)
            view.setAccessibleName(title)
            view.setModel(model)
            delegate = view.itemDelegate()
            assert isinstance(delegate, CellDelegate)
            self.views.append(view)
            self.delegates.append(delegate)
            tables.addWidget(_titled(f"<b>{title}</b>", view, tables))
        a, b = self.views
        a.verticalScrollBar().valueChanged.connect(b.verticalScrollBar().setValue)
        b.verticalScrollBar().valueChanged.connect(a.verticalScrollBar().setValue)
        a.horizontalScrollBar().valueChanged.connect(b.horizontalScrollBar().setValue)
        b.horizontalScrollBar().valueChanged.connect(a.horizontalScrollBar().setValue)
        self.list = QListWidget(self)
        self.list.setObjectName("compareChanges")
        self.list.setAccessibleName(self.tr("Changements entre aujourd'hui et la cible"))
        self.list.setWordWrap(True)
        self.summary = plain(QLabel(self))
        self.summary.setObjectName("compareSummary")
        outer = QSplitter(Qt.Orientation.Vertical, self)
        outer.addWidget(tables)
        outer.addWidget(_titled(self.tr("<b>Changements</b> d'aujourd'hui à la cible"),
                                self.list, outer))
        outer.setSizes([520, 180])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(outer, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self._stale = True
        today.contentChanged.connect(self._changed)
        target.contentChanged.connect(self._changed)

    def _changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Compare both versions; done only while the tab is shown (it scans every cell)."""
        self._stale = False
        self.today.ensure_loaded()
        self.target.ensure_loaded()
        self.changes = svc.compare_data(self.today.matrix_data, self.target.matrix_data)
        keys = {(c.row_id, c.acteur_id) for c in self.changes}
        for delegate in self.delegates:
            delegate.changed = keys
        for view in self.views:
            view.viewport().update()
        self.list.clear()
        self.list.addItems(["→ " + c.sentence for c in self.changes])
        n = len(self.changes)
        self.summary.setText(
            self.tr("Aucune différence entre aujourd'hui et la cible.") if not n else
            self.tr("%n changement(s) entre aujourd'hui et la cible — cellules encadrées "
                    "en noir.", "", n))

    def sentences(self) -> list[str]:
        if self._stale:
            self.refresh()
        return [c.sentence for c in self.changes]


class DecisionMatrixTool(QWidget):
    def __init__(self, doc: Document, atelier_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.atelier_id = doc, atelier_id
        self.setObjectName("decisionMatrixTool")
        self.setAccessibleName(self.tr("Matrice de décision"))
        # The *cible* and comparison tabs are built when first shown: opening the
        # tool costs one matrix, not three.
        self.pages: dict[MatrixVersion, VersionPage] = {}
        self._compare: ComparePage | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("decisionTabs")
        self.tabs.setAccessibleName(self.tr("Versions de la matrice"))
        self._holders: list[QWidget] = []
        for title in (self.tr("Aujourd'hui"), self.tr("Cible"), self.tr("Comparaison")):
            holder = QWidget(self.tabs)
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            self._holders.append(holder)
            self.tabs.addTab(holder, title)
        self._build_tab(0)
        self.tabs.currentChanged.connect(self._build_tab)

        self.bar = RowsBar(doc, atelier_id, ml.DECISIONS, self.current, self)
        self.bar.exportRequested.connect(self.export)
        self.copy_button = QPushButton(self.tr("Copier aujourd'hui vers cible"), self)
        self.copy_button.setObjectName("decisionsCopyToTarget")
        self.copy_button.setAccessibleName(self.copy_button.text())
        self.copy_button.setToolTip(self.tr("Part de la situation d'aujourd'hui pour dessiner "
                                            "la cible (annulable)."))
        self.copy_button.clicked.connect(self.copy_today_to_target)
        self.bar.layout().insertWidget(self.bar.layout().count(), self.copy_button)
        self.experiment_action = QAction(self.tr("En faire une e&xpérimentation"), self)
        self.experiment_action.setObjectName("decisionToExperiment")
        self.experiment_action.setShortcut(QKeySequence("Ctrl+Shift+X"))
        self.experiment_action.setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.experiment_action.setToolTip(self.tr(
            "Créer une expérimentation reprenant le libellé de la décision choisie, avec le "
            "lien vers la décision et son atelier (Ctrl+Maj+X)"))
        self.experiment_action.triggered.connect(self.make_experiment)
        self.addAction(self.experiment_action)
        self.experiment_button = QPushButton(self.tr("En faire une expérimentation"), self)
        self.experiment_button.setObjectName("decisionsToExperiment")
        self.experiment_button.setAccessibleName(self.experiment_button.text())
        self.experiment_button.setToolTip(self.experiment_action.toolTip())
        self.experiment_button.setEnabled(not doc.readonly)
        self.experiment_button.clicked.connect(self.make_experiment)
        self.bar.layout().insertWidget(self.bar.layout().count(), self.experiment_button)
        self.experiment_done = plain(QLabel(self))
        self.experiment_done.setObjectName("decisionsExperimentDone")
        self.experiment_done.setWordWrap(True)
        self.experiment_done.hide()

        legend = QLabel(legend_html([
            (lv.value, ml.level_label(lv), *ml.LEVEL_COLOURS[lv]) for lv in LEVELS
        ]) + "&nbsp;&nbsp;" + self.tr("— touches 0 à 5 ; Suppr pour vider"), self)
        legend.setObjectName("decisionsLegend")
        legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(legend)
        layout.addWidget(self.experiment_done)
        layout.addWidget(self.tabs, 1)

    def _build_tab(self, index: int) -> None:
        if index == 2:
            self.compare  # noqa: B018 - builds it
        elif 0 <= index < 2:
            self._page(list(MatrixVersion)[index])

    def _page(self, version: MatrixVersion) -> VersionPage:
        page = self.pages.get(version)
        if page is None:
            holder = self._holders[list(MatrixVersion).index(version)]
            page = self.pages[version] = VersionPage(self.doc, self.atelier_id, version, holder)
            holder.layout().addWidget(page)
        return page

    @property
    def compare(self) -> ComparePage:
        if self._compare is None:
            holder = self._holders[2]
            self._compare = ComparePage(self._page(MatrixVersion.AUJOURDHUI).model,
                                        self._page(MatrixVersion.CIBLE).model, holder)
            holder.layout().addWidget(self._compare)
        return self._compare

    def page(self, version: MatrixVersion | str) -> VersionPage:
        page = self._page(MatrixVersion(version))
        page.model.ensure_loaded()
        return page

    def current(self) -> tuple[MatrixModel, MatrixView]:
        index = self.tabs.currentIndex()
        version = MatrixVersion.CIBLE if index == 1 else MatrixVersion.AUJOURDHUI
        page = self.page(version)
        return page.model, page.view

    def show_version(self, version: MatrixVersion | str) -> None:
        self.tabs.setCurrentIndex(list(MatrixVersion).index(MatrixVersion(version)))

    def copy_today_to_target(self) -> bool:
        nb, atelier = self.doc.notebook, self.atelier_id
        ok = self.doc.run(EditCommand(
            self.doc, self.tr("Copier aujourd'hui vers cible"),
            lambda: matrix_edits.copy_today_to_target(nb, atelier)))
        if ok:
            self.show_version(MatrixVersion.CIBLE)
        return ok

    def make_experiment(self) -> str | None:
        """*En faire une expérimentation* from the chosen decision row (one undo step)."""
        row = self.bar.current_row()
        if row is None or self.doc.readonly:
            self.experiment_done.setText(self.tr(
                "Choisissez d'abord une décision (une ligne de la matrice)."))
            self.experiment_done.show()
            return None
        exp_id = make_experiment_from_decision(self.doc, row.id)
        if exp_id:
            self.experiment_done.setText(self.tr(
                "Expérimentation créée : retrouvez-la dans la page Expérimentations."))
            self.experiment_done.show()
        return exp_id

    def export(self) -> None:
        model, _view = self.current()
        export_csv(self, self.doc, model.matrix_data,
                   f"decisions-{model.version.value if model.version else 'aujourdhui'}.csv")
