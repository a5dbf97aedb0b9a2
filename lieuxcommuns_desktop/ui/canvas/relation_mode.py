"""*Relier* (R): the relation mode of the map tool, its hint line and its keyboard way.

In relation mode a relation is made by a drag from card to card, by a click
on the origin then a click on the target, or by keyboard: with the origin
selected, R then Entrée opens :class:`RelationTargetDialog`. The hint line
says at each step what to do next; Échap drops the origin, then leaves the
mode. Every way ends in the same single undo command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...core.enums import RelationKind
from . import commands as cmd
from .relation_chooser import CardChoice, RelationTargetDialog

if TYPE_CHECKING:
    from .tool import MapTool


class RelationHint(QLabel):
    """One line under the toolbars, shown in relation mode only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationHint")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel { background: #E8F0FC; color: #123A73;"
                           " border-bottom: 1px solid #9DB7E0; padding: 4px 8px; }")
        self.hide()


class RelationMode:
    """Relation mode of one map tool (kept apart so the tool only wires it)."""

    def __init__(self, tool: MapTool) -> None:
        self.tool = tool
        self.hint = RelationHint(tool)

    @property
    def on(self) -> bool:
        return self.tool.act_link.isChecked()

    def set_on(self, on: bool) -> None:
        """Enter or leave the mode; entering with one card selected makes it the origin."""
        tool = self.tool
        tool.act_link.setChecked(on)
        scene = tool.scene
        if scene is not None:
            scene.set_relation_mode(on)
            cards = scene.selected_cards()
            if on and len(cards) == 1:
                scene.start_link(cards[0])
        tool.view.viewport().setCursor(Qt.CursorShape.CrossCursor if on
                                       else Qt.CursorShape.ArrowCursor)
        self.refresh()

    def refresh(self) -> None:
        """The hint says what the next step is."""
        scene = self.tool.scene
        if not self.on or scene is None:
            self.hint.hide()
            return
        source = scene.link_source
        if source is None:
            text = QCoreApplication.translate(
                "RelationMode",
                "Relier : cliquez la carte d'origine puis la carte cible (ou glissez de l'une "
                "à l'autre). Au clavier : sélectionnez l'origine, puis Entrée. Échap : quitter.")
        else:
            text = QCoreApplication.translate(
                "RelationMode",
                "Origine : « {name} ». Cliquez la carte cible, ou Entrée pour la choisir dans "
                "une liste. Échap : annuler.").format(name=source.row.name)
        self.hint.setText(text)
        self.hint.show()

    def escape(self) -> bool:
        """Échap: drop the origin, else leave the mode; False if there was nothing to leave."""
        scene = self.tool.scene
        if scene is not None and scene.cancel_link():
            self.refresh()
            return True
        if self.on:
            self.set_on(False)
            return True
        return False

    # -- by keyboard -----------------------------------------------------------------
    def choose_target(self) -> bool:
        """Open the target chooser from the origin (or the selected card); True if made."""
        tool = self.tool
        scene = tool.scene
        if scene is None or tool.doc.readonly or len(scene.cards) < 2:
            return False
        source = scene.link_source
        if source is None:
            selected = scene.selected_cards()
            source = selected[0] if len(selected) == 1 else None
        cards = [CardChoice(c.acteur_id, c.row.name, c.row.category)
                 for c in scene.cards.values()]
        kind = RelationKind(tool.kind_combo.currentData())
        dialog = self.make_dialog(cards, source.acteur_id if source else None, kind)
        choice = dialog.choice() if self.run_dialog(dialog) else None
        scene.cancel_link()
        self.refresh()
        if choice is None:
            return False
        return tool.doc.run(cmd.add_relation(tool.doc, scene.map_id, choice.source_id,
                                             choice.target_id, choice.kind, choice.label))

    def make_dialog(self, cards: list[CardChoice], source_id: str | None,
                    kind: RelationKind) -> RelationTargetDialog:
        return RelationTargetDialog(cards, source_id, kind, self.tool)

    def run_dialog(self, dialog: RelationTargetDialog) -> bool:
        """Show the dialog (a seam for tests, which answer it by keyboard without blocking)."""
        return bool(dialog.exec())
