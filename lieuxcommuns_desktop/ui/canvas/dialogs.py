"""Small editors of the map: a relation's kind/label/direction, a new acteur in place."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from ...core import map_style as ms
from ...core.enums import ActeurCategory, RelationKind
from ...core.services.maps import RelationRow
from . import style


@cache
def category_icon(category: ActeurCategory | str, size: int = 16) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(size / 2, size / 2)
    painter.setPen(QColor("#222222"))
    painter.setBrush(style.category_colour(str(category)))
    painter.drawPath(style.shape_path(ms.category_style(category).shape, size * 0.38))
    painter.end()
    return QIcon(pix)


@cache
def relation_icon(kind: RelationKind | str, width: int = 28, height: int = 12) -> QIcon:
    pix = QPixmap(width, height)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(style.relation_pen(str(kind), 2.0))
    if ms.relation_style(kind).line == "double":
        painter.drawLine(1, height // 2 - 2, width - 1, height // 2 - 2)
        painter.drawLine(1, height // 2 + 2, width - 1, height // 2 + 2)
    else:
        painter.drawLine(1, height // 2, width - 1, height // 2)
    painter.end()
    return QIcon(pix)


def fill_categories(combo: QComboBox) -> None:
    for category in ActeurCategory:
        combo.addItem(category_icon(category), ms.label(ms.category_style(category).label),
                      category.value)


def fill_relation_kinds(combo: QComboBox) -> None:
    for kind in RelationKind:
        combo.addItem(relation_icon(kind), ms.label(ms.relation_style(kind).label), kind.value)


class RelationDialog(QDialog):
    """Edit a relation: kind, label, two-way, reversed direction."""

    def __init__(self, row: RelationRow, source_name: str, target_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationDialog")
        self.setWindowTitle(self.tr("Relation"))
        self.row = row
        form = QFormLayout(self)
        self.kind = QComboBox(objectName="relationKind")
        self.kind.setAccessibleName(self.tr("Type de relation"))
        fill_relation_kinds(self.kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind)))
        self.label = QLineEdit(row.label, objectName="relationLabel")
        self.label.setAccessibleName(self.tr("Libellé de la relation"))
        self.label.setPlaceholderText(self.tr("facultatif"))
        self.two_way = QCheckBox(self.tr("Dans les deux sens"), objectName="relationTwoWay")
        self.two_way.setAccessibleName(self.tr("Dans les deux sens"))
        self.two_way.setChecked(row.two_way)
        self.reverse = QCheckBox(self.tr("Inverser le sens ({target} → {source})").format(
            source=_short(source_name), target=_short(target_name)), objectName="relationReverse")
        self.reverse.setAccessibleName(self.tr("Inverser le sens"))
        form.addRow(self.tr("De"), QLineEdit(source_name, readOnly=True))
        form.addRow(self.tr("Vers"), QLineEdit(target_name, readOnly=True))
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Libellé"), self.label)
        form.addRow(self.two_way)
        form.addRow(self.reverse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        """Only the fields that changed."""
        out: dict = {}
        kind = self.kind.currentData()
        if kind != self.row.kind:
            out["kind"] = kind
        if self.label.text().strip() != self.row.label:
            out["label"] = self.label.text().strip()
        if self.two_way.isChecked() != self.row.two_way:
            out["two_way"] = self.two_way.isChecked()
        if self.reverse.isChecked():
            out["source_id"], out["target_id"] = self.row.target_id, self.row.source_id
        return out


def _short(name: str, limit: int = 30) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


class InlineActeurEditor(QFrame):
    """Name + category typed where the facilitator double-clicked; Enter creates."""

    accepted = Signal(str, str)  # name, category value
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("inlineActeurEditor")
        self.setAccessibleName(self.tr("Nouvel acteur"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.name = QLineEdit(objectName="inlineActeurName")
        self.name.setPlaceholderText(self.tr("Nom de l'acteur"))
        self.name.setAccessibleName(self.tr("Nom de l'acteur"))
        self.name.setMinimumWidth(200)
        self.category = QComboBox(objectName="inlineActeurCategory")
        self.category.setAccessibleName(self.tr("Catégorie"))
        fill_categories(self.category)
        ok = QToolButton(objectName="inlineActeurOk", text="✓")
        ok.setAccessibleName(self.tr("Créer l'acteur"))
        ok.setToolTip(self.tr("Créer l'acteur (Entrée)"))
        cancel = QToolButton(objectName="inlineActeurCancel", text="✕")
        cancel.setAccessibleName(self.tr("Annuler"))
        cancel.setToolTip(self.tr("Annuler (Échap)"))
        for w in (self.name, self.category, ok, cancel):
            layout.addWidget(w)
        ok.clicked.connect(self.commit)
        cancel.clicked.connect(self.cancel)
        self.name.returnPressed.connect(self.commit)

    def open_at(self, pos: QPoint, category: str | None = None) -> None:
        if category:
            self.category.setCurrentIndex(max(0, self.category.findData(category)))
        self.name.clear()
        self.adjustSize()
        parent = self.parentWidget()
        x = min(max(0, pos.x() - 20), max(0, parent.width() - self.width()))
        y = min(max(0, pos.y() - self.height() // 2), max(0, parent.height() - self.height()))
        self.move(x, y)
        self.show()
        self.raise_()
        self.name.setFocus()

    def commit(self) -> None:
        if not self.isVisible():  # Entrée reaches both the line edit and the frame
            return
        name = self.name.text().strip()
        if not name:
            self.name.setFocus()
            return
        self.hide()
        self.name.clear()
        self.accepted.emit(name, self.category.currentData())

    def cancel(self) -> None:
        self.hide()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
            return
        super().keyPressEvent(event)
