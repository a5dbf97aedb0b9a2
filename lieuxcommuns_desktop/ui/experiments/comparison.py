"""Experiments of one kind of tool side by side across collectivités.

Status, duration, each indicator against its target, and the lessons (the
lessons field, else the reason of the last status change), read from
:func:`experiments_views.compare`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.labels import label
from ...core.services import experiments_views as views
from ...printing.letter_text import indicator_row
from ..document import Document
from ..plain import plain


class ComparisonView(QWidget):
    def __init__(self, doc: Document, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experimentsComparison")
        self.doc, self.today = doc, today
        self.kind = QComboBox(self)
        self.kind.setObjectName("comparisonKind")
        self.kind.setAccessibleName(self.tr("Type d'outil comparé"))
        caption = QLabel(self.tr("&Type d'outil :"), self)
        caption.setBuddy(self.kind)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("comparisonTable")
        self.table.setAccessibleName(self.tr("Expérimentations comparées"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Collectivité"), self.tr("Expérimentation"), self.tr("Statut"),
            self.tr("Durée"), self.tr("Indicateurs (dernière mesure / cible)"),
            self.tr("Enseignements")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for column in (4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.empty = plain(QLabel(self))
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.kind, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill_table())
        self.setFocusProxy(self.kind)
        # Filled when first shown (and after a change while hidden): the page
        # opens on the list, and comparing reads every experiment of a kind.
        self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        self.stale = False
        current = self.kind.currentData()
        kinds = views.tool_kinds(self.doc.notebook)
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind in kinds:
            self.kind.addItem(self.tr("{kind} (%n)", "", kind.count).format(kind=kind.name),
                              kind.id)
        index = self.kind.findData(current) if current else -1
        if index < 0:  # first open: the kind tested by most experiments
            best = max(kinds, key=lambda k: k.count, default=None)
            index = self.kind.findData(best.id) if best else 0
        self.kind.setCurrentIndex(max(0, index))
        self.kind.blockSignals(False)
        self._fill_table()

    def _fill_table(self) -> None:
        kind_id = self.kind.currentData()
        rows = views.compare(self.doc.notebook, kind_id, today=self.today) if kind_id else []
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            page = row.page
            duration = (self.tr("%n jour(s)", "", row.duration_days)
                        if row.duration_days is not None else "—")
            indicators = "\n".join(
                f"{name} : {last} / {target} ({progress})"
                for name, last, target, progress in map(indicator_row, page.indicators))
            for c, text in enumerate((page.lead or "—", page.title, label(page.status),
                                      duration, indicators or "—", row.lesson or "—")):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.empty.setText("" if rows else self.tr(
            "Aucune expérimentation ne teste ce type d'outil."))
