"""The side list of the map tool: the notebook's acteurs, dragged onto the map.

Kept apart from the tool (which wires the canvas) so each module has one job.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from ...core import map_style as ms
from ..plain import literal
from ..roles import Role
from .view import ACTEUR_MIME

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex

GREY = QColor("#7A7A7A")


class _PlacedDelegate(QStyledItemDelegate):
    """Acteurs already on the map are shown grey and italic (styled when painted,
    so a list of a thousand acteurs is not restyled item by item at every edit)."""

    def __init__(self, placed: set[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.placed = placed

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.data(Role.ID) in self.placed:
            option.font.setItalic(True)
            option.palette.setColor(QPalette.ColorRole.Text, GREY)
            option.palette.setColor(QPalette.ColorRole.WindowText, GREY)


class ActeurList(QListWidget):
    """The notebook's acteurs; drag them onto the map (ids travel as mime data)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Ids of the acteurs on the shown map.
        self.placed: set[str] = set()
        self.setItemDelegate(_PlacedDelegate(self.placed, self))
        self.setObjectName("acteurList")
        self.setAccessibleName(self.tr("Acteurs du carnet"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        ids = "\n".join(i.data(Role.ID) for i in items)
        data.setData(ACTEUR_MIME, ids.encode())
        data.setText("\n".join(i.text() for i in items))
        return data

    def mimeTypes(self) -> list[str]:
        return [ACTEUR_MIME]

    def set_placed(self, acteur_ids: set[str]) -> None:
        if acteur_ids != self.placed:
            self.placed.clear()
            self.placed.update(acteur_ids)
            self.viewport().update()

    def tooltip_of(self, item: QListWidgetItem) -> str:
        """Name, category, and whether the acteur is on the map (built when asked)."""
        category = ms.label(ms.category_style(item.data(Role.CATEGORY)).label)
        on_map = item.data(Role.ID) in self.placed
        return f"{item.text()}\n{category}" + (("\n" + self.tr("Déjà sur la carte"))
                                               if on_map else "")

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.itemAt(event.pos())
            if item is not None:
                QToolTip.showText(event.globalPos(), literal(self.tooltip_of(item)),
                                  self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
