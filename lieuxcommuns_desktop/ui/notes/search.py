"""Search every note of the notebook as you type (SQLite FTS5, accents folded).

Each result shows its atelier and séquence, and the note with the words found
in bold; Enter or a double-click emits :attr:`SearchPage.noteRequested` so the
main window opens the atelier's notes on that note.
"""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import search
from ...core.errors import LieuxError
from ...core.tables import Table
from ..document import Document
from ..plain import literal, plain
from ..roles import Role
from .labels import kind_label

if TYPE_CHECKING:
    from ...core.services.notebook import ChangeSet

log = logging.getLogger(__name__)

COL_ATELIER, COL_SEQUENCE, COL_KIND, COL_TEXT = range(4)


def snippet_html(snippet: str) -> str:
    """Escape the note's text, then turn the highlight markers into bold."""
    text = html.escape(snippet.replace("\n", " "))
    return (text.replace(search.HL_START, "<b style='background:#fff59d'>")
            .replace(search.HL_END, "</b>"))


class HtmlDelegate(QStyledItemDelegate):
    """Paints the snippet column as rich text (for the highlighted words)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        markup = index.data(Role.HTML)
        if not markup:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setHtml(markup)
        doc.setDocumentMargin(2)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 6))


class SearchPage(QWidget):
    #: (atelier_id, note_id) of the result activated.
    noteRequested = Signal(str, str)

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setObjectName("search_page")
        self.query = QLineEdit(self)
        self.query.setObjectName("search_query")
        self.query.setAccessibleName(self.tr("Rechercher dans les notes"))
        self.query.setPlaceholderText(self.tr("Rechercher dans toutes les notes "
                                              "(accents et majuscules indifférents)…"))
        self.query.setClearButtonEnabled(True)
        self.status = plain(QLabel(self))
        self.status.setObjectName("search_status")
        self.results = QTreeWidget(self)
        self.results.setObjectName("search_results")
        self.results.setAccessibleName(self.tr("Résultats de la recherche"))
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setHeaderLabels([self.tr("Atelier"), self.tr("Séquence"), self.tr("Type"),
                                      self.tr("Extrait")])
        header = self.results.header()
        header.setStretchLastSection(True)
        for col in (COL_ATELIER, COL_SEQUENCE, COL_KIND):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.results.setItemDelegateForColumn(COL_TEXT, HtmlDelegate(self.results))
        self.results.itemActivated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.search_now)
        self.query.textChanged.connect(lambda _t: self._debounce.start())
        self.query.returnPressed.connect(self._enter)
        doc.changed.connect(self._on_changed)
        self.setFocusProxy(self.query)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Table.NOTE) and self.query.text().strip():
            self._debounce.start()

    def _enter(self) -> None:
        self.search_now()
        if self.results.topLevelItemCount():
            self.results.setFocus()
            self.results.setCurrentItem(self.results.topLevelItem(0))

    def search_now(self) -> list[search.Hit]:
        self._debounce.stop()
        text = self.query.text()
        try:
            hits = search.search(self.doc.notebook, text)
        except LieuxError as exc:
            self.doc.report(exc)
            hits = []
        self.results.clear()
        for hit in hits:
            item = QTreeWidgetItem(self.results, [
                hit.atelier_title, hit.sequence_title, kind_label(hit.kind) if hit.kind else "",
                search.plain(hit.snippet, "", "")])
            item.setData(0, Role.HIT, (hit.atelier_id, hit.note_id))
            item.setData(COL_TEXT, Role.HTML, snippet_html(hit.snippet))
            item.setToolTip(COL_TEXT, literal(search.plain(hit.snippet, "", "")))
        if not text.strip():
            self.status.setText("")
        elif not hits:
            self.status.setText(self.tr("Aucune note ne contient « {text} ».").format(text=text))
        else:
            self.status.setText(self.tr("%n note(s) trouvée(s)", "", len(hits)))
        return hits

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        atelier_id, note_id = item.data(0, Role.HIT)
        self.noteRequested.emit(atelier_id, note_id)
