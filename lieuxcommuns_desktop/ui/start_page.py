"""The start page: recent notebooks, new, open, the demo, new atelier from a template."""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import settings
from .icons import app_icon
from .plain import literal, rich
from .roles import Role

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, QPoint
    from PySide6.QtGui import QKeyEvent, QShowEvent

log = logging.getLogger(__name__)


def shorten(text: str, limit: int = 140) -> str:
    """``text`` on one line, cut at a word before ``limit`` characters.

    The ellipsis replaces the punctuation it follows: "en commun.…" read as
    four dots.
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" .,;:!?…—–-") + "…"


class StartPage(QWidget):
    newNotebookRequested = Signal()
    openNotebookRequested = Signal()
    recentChosen = Signal(str)
    demoRequested = Signal()
    templateChosen = Signal(object)
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setAccessibleName(self.tr("Accueil"))
        self.setAutoFillBackground(True)
        # The widgets are made the first time the page is shown or asked for:
        # a start on a notebook, the usual case, never shows this page, and
        # building it was a tenth of the start-up (issue 13, item 9).
        self._built = False
        self._notebook_open = False
        self._stale = True  # filled when first shown: templates are files to read

    @property
    def buttons(self) -> dict[str, QPushButton]:
        """Start actions by key: back, new, open, demo."""
        self._ensure_built()
        return self._buttons

    @property
    def recent(self) -> QListWidget:
        self._ensure_built()
        return self._recent

    @property
    def templates(self) -> QListWidget:
        self._ensure_built()
        return self._templates

    @property
    def remove_recent(self) -> QPushButton:
        self._ensure_built()
        return self._remove_recent

    def _ensure_built(self) -> None:
        if not self._built:
            self._built = True
            self._build()

    def _build(self) -> None:
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(QSize(72, 72)))
        title = QLabel(self.tr("Lieux Communs"), self)
        title.setStyleSheet("font-size: 22pt; font-weight: 600;")
        subtitle = QLabel(self.tr("Préparer, animer et documenter les ateliers de "
                                  "partenariats public-communs."), self)
        subtitle.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(logo)
        texts = QVBoxLayout()
        texts.addWidget(title)
        texts.addWidget(subtitle)
        head.addLayout(texts, 1)

        self._buttons: dict[str, QPushButton] = {}
        actions = QVBoxLayout()
        for key, text, signal in (
            ("back", self.tr("Revenir au carnet ouvert"), self.backRequested),
            ("new", self.tr("Nouveau carnet…"), self.newNotebookRequested),
            ("open", self.tr("Ouvrir un carnet…"), self.openNotebookRequested),
            ("demo", self.tr("Ouvrir la démo"), self.demoRequested),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"start_{key}")
            button.setAccessibleName(text)
            button.setMinimumHeight(34)
            button.clicked.connect(signal.emit)
            actions.addWidget(button)
            self._buttons[key] = button
        self._buttons["back"].setVisible(self._notebook_open)
        actions.addStretch(1)

        self._recent = QListWidget(self)
        self._recent.setObjectName("recentNotebooks")
        self._recent.setAccessibleName(self.tr("Carnets récents"))
        self._recent.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._recent.customContextMenuRequested.connect(self._recent_menu)
        self._recent.itemActivated.connect(self._open_recent)
        self._remove_recent = QPushButton(self.tr("Retirer de la liste"), self)
        self._remove_recent.setObjectName("start_removeRecent")
        self._remove_recent.setAccessibleName(self.tr("Retirer le carnet de la liste des récents"))
        self._remove_recent.clicked.connect(self.remove_selected_recent)

        self._templates = QListWidget(self)
        self._templates.setObjectName("startTemplates")
        self._templates.setAccessibleName(self.tr("Nouvel atelier depuis un modèle"))
        self._templates.setWordWrap(True)
        self._templates.setSpacing(2)
        self._templates.itemActivated.connect(self._choose_template)
        self._template_objects: list[Any] = []

        for listw in (self._recent, self._templates):
            listw.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listw.viewport().installEventFilter(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.addWidget(self._heading(self.tr("Commencer")), 0, 0)
        grid.addLayout(actions, 1, 0)
        grid.addWidget(self._heading(self.tr("Carnets récents")), 0, 1)
        recent_box = QVBoxLayout()
        recent_box.addWidget(self._recent, 1)
        recent_box.addWidget(self._remove_recent, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addLayout(recent_box, 1, 1)
        grid.addWidget(self._heading(self.tr("Nouvel atelier depuis un modèle")), 0, 2)
        grid.addWidget(self._templates, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 4)
        grid.setRowStretch(1, 1)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(head)
        layout.addWidget(line)
        layout.addLayout(grid, 1)

    def mark_stale(self) -> None:
        """Refresh now if visible, else when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        self._ensure_built()
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            for listw in (self.recent, self.templates):
                if obj is listw.viewport():
                    self._fit(listw)
        return False

    def _fit(self, listw: QListWidget) -> None:
        width = max(200, listw.viewport().width() - 4)
        for row in range(listw.count()):
            label = listw.itemWidget(listw.item(row))
            if label is not None:
                listw.item(row).setSizeHint(QSize(width, label.heightForWidth(width) + 2))

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setStyleSheet("font-size: 12pt; font-weight: 600; padding-top: 8px;")
        return label

    def _rich_item(self, listw: QListWidget, title: str, detail: str, *,
                   missing: bool = False) -> QListWidgetItem:
        """A two-line entry: a bold title and a smaller detail line."""
        item = QListWidgetItem(listw)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}. {detail}")
        colour = "#8a8a8a" if missing else "palette(text)"
        label = rich(QLabel(f"<div style='color:{colour}'><b>{html.escape(title)}</b><br>"
                       f"<span style='font-size:9pt; color:#666'>{html.escape(detail)}</span>"
                       "</div>"))
        label.setWordWrap(True)
        label.setContentsMargins(6, 5, 6, 5)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        listw.setItemWidget(item, label)
        width = max(200, listw.viewport().width() - 4)
        item.setSizeHint(QSize(width, label.heightForWidth(width) + 2))
        return item

    def set_notebook_open(self, is_open: bool) -> None:
        self._notebook_open = is_open
        if self._built:
            self._buttons["back"].setVisible(is_open)

    def refresh(self) -> None:
        self._stale = False
        self.recent.clear()

        not_found = self.tr("introuvable")  # outside the f-string, where lupdate sees it
        for text in settings.recent_files():
            path = Path(text)
            missing = not path.exists()
            name = f"{path.name} ({not_found})" if missing else path.name
            item = self._rich_item(self.recent, name, str(path.parent), missing=missing)
            item.setData(Role.PATH, text)
            item.setToolTip(literal(text))
            if missing:
                item.setData(Role.MISSING, True)
        self.remove_recent.setEnabled(self.recent.count() > 0)
        self.templates.clear()
        from .dialogs.templates import NBSP, duration, load_templates  # files: read when shown

        self._template_objects = load_templates()
        for template in self._template_objects:
            item = self._rich_item(
                self.templates, f"{template.title}{NBSP}— {duration(template.total_minutes)}",
                shorten(template.objective))
            item.setToolTip(literal(template.objective))
        if not self._template_objects:
            item = QListWidgetItem(self.tr("Aucun modèle disponible."), self.templates)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def missing(self, row: int) -> bool:
        return bool(self.recent.item(row).data(Role.MISSING))

    def _open_recent(self, item: QListWidgetItem) -> None:
        if item.data(Role.MISSING):
            return
        self.recentChosen.emit(item.data(Role.PATH))

    def remove_selected_recent(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            settings.remove_recent(item.data(Role.PATH))
            self.refresh()

    def _recent_menu(self, pos: QPoint) -> None:
        item = self.recent.itemAt(pos)
        if item is None:
            return
        self.recent.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.tr("Retirer de la liste"), self.remove_selected_recent)
        menu.exec(self.recent.viewport().mapToGlobal(pos))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.recent.hasFocus() and event.matches(QKeySequence.StandardKey.Delete):
            self.remove_selected_recent()
            return
        super().keyPressEvent(event)

    def _choose_template(self, item: QListWidgetItem) -> None:
        row = self.templates.row(item)
        if 0 <= row < len(self._template_objects):
            self.templateChosen.emit(self._template_objects[row])
