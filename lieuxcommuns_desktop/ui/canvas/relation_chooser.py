"""*Relier à…*: make a relation by keyboard — origin, target chosen from a filtered list, kind.

Drawing a relation needs a mouse; a facilitator at a projector, or anyone
working by keyboard, selects the origin card, presses R then Entrée (or
*Relier à…* in the card's menu) and picks the target here. The dialog only
returns the choice; the tool turns it into one undo command.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import RelationKind
from ..roles import Role
from .dialogs import category_icon, fill_relation_kinds

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent


@dataclass(frozen=True)
class CardChoice:
    """A card offered in the dialog: its acteur, name and category."""

    acteur_id: str
    name: str
    category: str


@dataclass(frozen=True)
class RelationChoice:
    source_id: str
    target_id: str
    kind: RelationKind
    label: str


class RelationTargetDialog(QDialog):
    """Origin (preset to the selected card), target from a filterable list, kind, label."""

    def __init__(self, cards: list[CardChoice], source_id: str | None, kind: RelationKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationTargetDialog")
        self.setWindowTitle(self.tr("Relier à…"))
        self.cards = sorted(cards, key=lambda c: c.name.casefold())
        self.source = QComboBox(objectName="relationSource")
        self.source.setAccessibleName(self.tr("Carte d'origine"))
        for card in self.cards:
            self.source.addItem(category_icon(card.category), card.name, card.acteur_id)
        self.source.setCurrentIndex(max(0, self.source.findData(source_id)))
        self.source.currentIndexChanged.connect(lambda _i: self._fill_targets())
        self.filter = QLineEdit(objectName="relationTargetFilter")
        self.filter.setPlaceholderText(self.tr("Filtrer les cartes…"))
        self.filter.setAccessibleName(self.tr("Filtrer les cartes cibles"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.installEventFilter(self)
        self.targets = QListWidget(objectName="relationTargets")
        self.targets.setAccessibleName(self.tr("Carte cible"))
        self.targets.itemDoubleClicked.connect(lambda _item: self.accept())
        self.targets.currentItemChanged.connect(lambda *_a: self._update_ok())
        self.kind = QComboBox(objectName="relationTargetKind")
        self.kind.setAccessibleName(self.tr("Type de relation"))
        fill_relation_kinds(self.kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        self.label = QLineEdit(objectName="relationTargetLabel")
        self.label.setAccessibleName(self.tr("Libellé de la relation"))
        self.label.setPlaceholderText(self.tr("facultatif"))
        self.label.setMaxLength(200)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Origine :"), self.source)
        target_label = QLabel(self.tr("&Cible :"))
        target_label.setBuddy(self.filter)
        form.addRow(target_label, self.filter)
        form.addRow("", self.targets)
        form.addRow(self.tr("&Type :"), self.kind)
        form.addRow(self.tr("&Libellé :"), self.label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._fill_targets()
        self.resize(420, 420)

    def showEvent(self, event: QShowEvent) -> None:
        """The origin is usually chosen already: typing goes to the target filter."""
        super().showEvent(event)
        self.filter.setFocus()

    # -- the target list ---------------------------------------------------------------
    def _fill_targets(self) -> None:
        source_id = self.source.currentData()
        self.targets.clear()
        for card in self.cards:
            if card.acteur_id == source_id:
                continue
            item = QListWidgetItem(category_icon(card.category), card.name, self.targets)
            item.setData(Role.ID, card.acteur_id)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        first = None
        for row in range(self.targets.count()):
            item = self.targets.item(row)
            hidden = bool(needle) and needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.targets.currentItem()
        if current is None or current.isHidden():
            self.targets.setCurrentItem(first)
        self._update_ok()

    def _update_ok(self) -> None:
        current = self.targets.currentItem()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(current is not None and not current.isHidden())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """↑/↓ in the filter move in the list, so the list is usable without leaving it."""
        if obj is self.filter and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            visible = [self.targets.item(r) for r in range(self.targets.count())
                       if not self.targets.item(r).isHidden()]
            if visible:
                current = self.targets.currentItem()
                index = visible.index(current) if current in visible else -1
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                self.targets.setCurrentItem(visible[max(0, min(len(visible) - 1,
                                                               index + step))])
            return True
        return super().eventFilter(obj, event)

    def accept(self) -> None:
        if self.choice() is not None:
            super().accept()

    # -- result ------------------------------------------------------------------------
    def choice(self) -> RelationChoice | None:
        current = self.targets.currentItem()
        if current is None or current.isHidden():
            return None
        return RelationChoice(self.source.currentData(), current.data(Role.ID),
                              RelationKind(self.kind.currentData()), self.label.text().strip())
