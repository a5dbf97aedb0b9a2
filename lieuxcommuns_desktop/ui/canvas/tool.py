"""*Carte des acteurs*: the atelier's maps, the canvas, the acteur list, projector, export.

The tool wires gestures of the :class:`MapScene` to undo commands
(``ui/canvas/commands.py``) and forwards ``Document.changed`` to the scene,
which updates only the items whose rows changed. Its widgets are built by
:class:`~.tool_views.MapToolViews`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QWidget,
)

from ...core import map_layout as ml
from ...core.enums import ActeurCategory, MapLayout, RelationKind
from ...core.model import Acteur
from ...core.services import maps, records
from ...core.services.notebook import ChangeSet
from ...core.tables import Table
from ..commands import EditCommand
from ..document import Document
from ..errors import output_refused
from ..plain import isolate
from ..roles import Role
from . import commands as cmd
from .context_menu import build_context_menu
from .dialogs import (
    RelationDialog,
    category_icon,
)
from .export import DEFAULT_WIDTH, ask_png, ask_svg, export_png, export_svg, suggested_path
from .items import ActeurCard
from .projector import ProjectorWindow, default_screen, screens
from .scene import MapScene
from .tool_views import MapToolViews

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QResizeEvent, QScreen

log = logging.getLogger(__name__)


class MapTool(MapToolViews, QWidget):
    """The atelier's stakeholder maps."""

    toolRequested = Signal(str, str)

    def __init__(self, doc: Document, atelier_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.atelier_id = atelier_id
        self.scene: MapScene | None = None
        self.projector: ProjectorWindow | None = None
        self._pending_scene_pos = QPointF()
        self._filtered = False
        #: The layout the view was last framed for: a new one (or its undo) is framed whole.
        self._fitted_layout: MapLayout | None = None
        self.setObjectName("mapTool")
        self.setAccessibleName(self.tr("Carte des acteurs"))
        self._build()
        doc.changed.connect(self._on_changed)
        self._reload_maps()
        self._reload_acteurs()

    # -- maps ------------------------------------------------------------------------
    @property
    def map_id(self) -> str | None:
        return self.scene.map_id if self.scene is not None else None

    def _reload_maps(self, select: str | None = None) -> None:
        current = select or self.map_id
        rows = maps.maps_of(self.doc.notebook, self.atelier_id)
        self.map_combo.blockSignals(True)
        self.map_combo.clear()
        for row in rows:
            self.map_combo.addItem(row.title or self.tr("(sans titre)"), row.id)
        index = self.map_combo.findData(current) if current else -1
        if index < 0 and rows:
            index = 0
        self.map_combo.setCurrentIndex(index)
        self.map_combo.blockSignals(False)
        self._show_map(self.map_combo.itemData(index) if index >= 0 else None)

    def _on_map_selected(self, index: int) -> None:
        self._show_map(self.map_combo.itemData(index) if index >= 0 else None)

    def _show_map(self, map_id: str | None) -> None:
        if map_id is not None and self.scene is not None and self.scene.map_id == map_id \
                and not self.scene.deleted:
            self._sync_layout_combo()
            return
        old = self.scene
        if map_id is None:
            self.scene = None
            self.stack.setCurrentIndex(0)
        else:
            self.scene = self.build_scene(map_id)
            self.view.setScene(self.scene)
            self.stack.setCurrentIndex(1)
            self.view.fit_map()
            self._fitted_layout = self.scene.layout
        if self.projector is not None:
            if self.scene is None:
                self.projector.close()
            else:
                self.projector.view.setScene(self.scene)
                self.projector.view.fit_map()
        if old is not None:
            old.deleteLater()
        self._sync_layout_combo()
        self._mark_placed()
        self._update_enabled()

    def build_scene(self, map_id: str) -> MapScene:
        scene = MapScene(self.doc.notebook, map_id, self)
        scene.cardsMoved.connect(self._on_cards_moved)
        scene.relationDrawn.connect(self._on_relation_drawn)
        scene.acteursDropped.connect(self.drop_acteurs)
        scene.backgroundDoubleClicked.connect(self._on_background_double_click)
        scene.relationActivated.connect(self.edit_relation)
        scene.contextMenuRequested.connect(self._context_menu)
        scene.mapChanged.connect(self._sync_layout_combo)
        scene.mapChanged.connect(self.view.resetCachedContent)
        scene.linkChanged.connect(self.relation.refresh)
        scene.set_relation_mode(self.act_link.isChecked())
        return scene

    def _sync_layout_combo(self) -> None:
        if self.scene is None:
            return
        self.layout_combo.blockSignals(True)
        self.layout_combo.setCurrentIndex(self.layout_combo.findData(self.scene.layout.value))
        self.layout_combo.blockSignals(False)
        if self._fitted_layout is not None and self.scene.layout != self._fitted_layout:
            self._fitted_layout = self.scene.layout
            self.view.fit_map()
            if self.projector is not None:
                self.projector.view.fit_map()
        self.view.resetCachedContent()
        self.view.viewport().update()
        if self.projector is not None:
            self.projector.view.resetCachedContent()
            self.projector.view.viewport().update()

    def _update_enabled(self) -> None:
        has_map = self.scene is not None
        for w in (self.act_copy, self.act_rename, self.act_delete_map, self.act_link,
                  self.act_link_to, self.act_spread, self.act_remove, self.act_fit, self.act_png,
                  self.act_svg, self.act_legend, self.act_select_all):
            w.setEnabled(has_map)
        for w in (self.layout_combo, self.kind_combo, self.projector_button, self.place_button):
            w.setEnabled(has_map)
        self.act_new.setEnabled(not self.doc.readonly)

    def new_map(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Nouvelle carte"), self.tr("Titre :"),
                                         text=self._default_title())
        if ok:
            self.create_map(title)

    def _default_title(self) -> str:
        n = self.map_combo.count()
        return self.tr("Carte des acteurs") if n == 0 else self.tr("Carte {number}").format(
            number=n + 1)

    def create_map(self, title: str, layout: MapLayout = MapLayout.ONION,
                   copy_from: str | None = None) -> str | None:
        command = cmd.create_map(self.doc, self.atelier_id, title, layout, copy_from)
        if self.doc.run(command):
            self._reload_maps(select=command.map_id)  # type: ignore[attr-defined]  # set by cmd.create_map
            return command.map_id  # type: ignore[attr-defined]  # as above
        return None

    def copy_map(self) -> None:
        if self.scene is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Dupliquer la carte"), self.tr("Titre de la copie :"),
            text=self.tr("{title} (copie)").format(title=self.scene.title))
        if ok:
            self.create_map(title, copy_from=self.scene.map_id)

    def rename_map(self) -> None:
        if self.scene is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Renommer la carte"), self.tr("Titre :"),
                                         text=self.scene.title)
        if ok and title.strip() != self.scene.title:  # the service refuses an empty title
            nb, map_id = self.doc.notebook, self.scene.map_id
            self.doc.run(EditCommand(self.doc, self.tr("Renommer la carte"),
                                     lambda: maps.rename_map(nb, map_id, title)))

    def delete_map(self, *, confirm: bool = True) -> None:
        if self.scene is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Supprimer la carte"),
                self.tr("Supprimer la carte « {title} » ? Les acteurs restent dans le carnet ; "
                        "la suppression peut être annulée.").format(
                            title=isolate(self.scene.title)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        nb, map_id = self.doc.notebook, self.scene.map_id
        self.doc.run(EditCommand(self.doc, self.tr("Supprimer la carte"),
                                 lambda: maps.delete_map(nb, map_id)))

    def _on_layout_chosen(self, index: int) -> None:
        layout = MapLayout(self.layout_combo.itemData(index))
        self.set_layout(layout)

    def set_layout(self, layout: MapLayout) -> None:
        if self.scene is None or self.scene.layout == layout:
            return
        if not self.doc.run(cmd.set_layout(self.doc, self.scene.map_id, layout)):
            self._sync_layout_combo()

    # -- following the notebook --------------------------------------------------------
    def _on_changed(self, changes: ChangeSet) -> None:
        tables = changes.tables
        if self.scene is not None:
            self.scene.apply_changes(changes)
        if Table.STAKEHOLDER_MAP in tables:
            self._reload_maps()
        if Table.ACTEUR in tables:
            self._reload_acteurs()
        elif changes.created.get(Table.MAP_PLACEMENT) or changes.deleted.get(Table.MAP_PLACEMENT):
            self._mark_placed()

    # -- acteur list -----------------------------------------------------------------
    def _reload_acteurs(self) -> None:
        listing = self.acteur_list
        selected = {i.data(Role.ID) for i in listing.selectedItems()}
        listing.clear()
        for acteur in records.all_of(self.doc.notebook, Acteur, Acteur.name):
            item = QListWidgetItem(category_icon(acteur.category), acteur.name, listing)
            item.setData(Role.ID, acteur.id)
            item.setData(Role.CATEGORY, acteur.category.value)
            if acteur.id in selected:
                item.setSelected(True)
        self._mark_placed()
        self._filtered = False
        self._apply_filter(self.filter.text())

    def _mark_placed(self) -> None:
        self.acteur_list.set_placed(set(self.scene.by_acteur) if self.scene is not None
                                    else set())

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        if not needle and not self._filtered:
            return  # nothing hidden: a fresh list of a thousand acteurs is not walked
        self._filtered = bool(needle)
        for row in range(self.acteur_list.count()):
            item = self.acteur_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def place_selected(self) -> None:
        """Place the acteurs chosen in the list (keyboard way of dragging them)."""
        ids = [i.data(Role.ID) for i in self.acteur_list.selectedItems()]
        if self.scene is None or not ids:
            return
        center = self.view.mapToScene(self.view.viewport().rect().center())
        self.drop_acteurs(ids, center)

    def drop_acteurs(self, acteur_ids: list[str], pos: QPointF) -> None:
        """Acteurs dropped at ``pos``: new ones placed, those already there moved."""
        if self.scene is None:
            return
        points = ml.spread((pos.x(), pos.y()), len(acteur_ids)) if len(acteur_ids) > 1 \
            else [(pos.x(), pos.y())]
        to_place, moves = [], {}
        for acteur_id, (x, y) in zip(acteur_ids, points, strict=True):
            card = self.scene.by_acteur.get(acteur_id)
            if card is None:
                to_place.append((acteur_id, x, y))
            else:
                moves[card.placement_id] = (x, y)
        stack = self.doc.undo_stack
        if to_place and moves:
            stack.beginMacro(self.tr("Placer sur la carte"))
        if to_place:
            self.doc.run(cmd.place_acteurs(self.doc, self.scene.map_id, to_place))
        if moves:
            self.doc.run(cmd.move_cards(self.doc, moves))
        if to_place and moves:
            stack.endMacro()

    # -- gestures ------------------------------------------------------------------
    def _on_cards_moved(self, moves: dict) -> None:
        if not self.doc.run(cmd.move_cards(self.doc, moves)) and self.scene is not None:
            for pid in moves:  # refused: cards go back where the notebook has them
                card = self.scene.cards.get(pid)
                if card is not None:
                    card.move_to(*card.committed_pos())

    def _on_relation_drawn(self, source_id: str, target_id: str) -> None:
        if self.scene is None:
            return
        kind = RelationKind(self.kind_combo.currentData())
        self.doc.run(cmd.add_relation(self.doc, self.scene.map_id, source_id, target_id, kind))
        self.relation.refresh()

    def _toggle_relation_mode(self, on: bool) -> None:
        self.relation.set_on(on)

    def _on_background_double_click(self, pos: QPointF) -> None:
        if self.doc.readonly:
            return
        self._pending_scene_pos = pos
        self.inline_editor.open_at(self.view.mapFromScene(pos))

    def _create_acteur_here(self, name: str, category: str) -> None:
        if self.scene is None:
            return
        pos = self._pending_scene_pos
        self.doc.run(cmd.create_acteur_at(self.doc, self.scene.map_id, name,
                                          ActeurCategory(category), pos.x(), pos.y()))
        self.view.setFocus()

    def new_acteur_at(self, pos: QPointF) -> None:
        self._on_background_double_click(pos)

    # -- selection edits ---------------------------------------------------------------
    def select_all(self) -> None:
        if self.scene is not None:
            for card in self.scene.cards.values():
                card.setSelected(True)

    def delete_selection(self) -> None:
        if self.scene is None:
            return
        cards = [c.placement_id for c in self.scene.selected_cards()]
        arrows = [a.relation_id for a in self.scene.selected_arrows()
                  if a.source.placement_id not in cards and a.target.placement_id not in cards]
        stack = self.doc.undo_stack
        if cards and arrows:
            stack.beginMacro(self.tr("Retirer de la carte"))
        if arrows:
            self.doc.run(cmd.delete_relations(self.doc, arrows))
        if cards:
            self.doc.run(cmd.remove_cards(self.doc, cards))
        if cards and arrows:
            stack.endMacro()

    def nudge(self, dx: float, dy: float) -> None:
        if self.scene is None:
            return
        moves = {c.placement_id: (c.pos().x() + dx, c.pos().y() + dy)
                 for c in self.scene.selected_cards()}
        if moves:  # a burst of nudges of the same cards is one undo step
            self.doc.run(cmd.move_cards(self.doc, moves, nudge=True))

    def align(self, mode: str) -> None:
        cards = self.scene.selected_cards() if self.scene else []
        if len(cards) < 2:
            return
        points = ml.align([(c.pos().x(), c.pos().y()) for c in cards], mode)
        self._move_to(cards, points, self.tr("Aligner"))

    def distribute(self, axis: str) -> None:
        cards = self.scene.selected_cards() if self.scene else []
        if len(cards) < 3:
            return
        points = ml.distribute([(c.pos().x(), c.pos().y()) for c in cards], axis)
        self._move_to(cards, points, self.tr("Répartir"))

    def _move_to(self, cards: list[ActeurCard], points: list, text: str) -> None:
        moves = {c.placement_id: p for c, p in zip(cards, points, strict=True)
                 if (c.pos().x(), c.pos().y()) != p}
        if moves:
            self.doc.run(cmd.move_cards(self.doc, moves, text))

    def spread_overlapping(self) -> None:
        if self.scene is not None:
            self.doc.run(cmd.spread(self.doc, self.scene.map_id))

    def activate_selection(self) -> None:
        if self.scene is None:
            return
        if self.relation.on:
            self.relation.choose_target()
            return
        arrows = self.scene.selected_arrows()
        if len(arrows) == 1:
            self.edit_relation(arrows[0].relation_id)

    # -- relations -------------------------------------------------------------------
    def edit_relation(self, relation_id: str) -> None:
        arrow = self.scene.arrows.get(relation_id) if self.scene else None
        if arrow is None:
            return
        dialog = RelationDialog(arrow.row, arrow.source.row.name, arrow.target.row.name, self)
        if dialog.exec():
            values = dialog.values()
            if values:
                self.doc.run(cmd.update_relation(self.doc, relation_id, values))

    def set_relation_kind(self, relation_id: str, kind: RelationKind) -> None:
        self.doc.run(cmd.update_relation(self.doc, relation_id, {"kind": kind},
                                         self.tr("Changer le type de relation")))

    def _context_menu(self, scene_pos: QPointF, screen_pos: QPoint, item: object) -> None:
        menu = self.build_context_menu(scene_pos, item)
        self.exec_menu(menu, screen_pos)

    def exec_menu(self, menu: QMenu, screen_pos: QPoint) -> None:
        """Show a context menu (a seam for tests: a real menu blocks)."""
        menu.exec(screen_pos)

    def build_context_menu(self, scene_pos: QPointF, item: object) -> QMenu:
        return build_context_menu(self, scene_pos, item)

    # -- view ----------------------------------------------------------------------
    def fit(self) -> None:
        self.view.fit_map()

    def set_legend_visible(self, on: bool) -> None:
        self.act_legend.setChecked(on)
        self.view.set_legend_visible(on)
        self.view.fit_map()
        if self.projector is not None:
            self.projector.view.set_legend_visible(on)
            self.projector.view.fit_map()

    def _fill_projector_menu(self) -> None:
        self.projector_menu.clear()
        for index, screen in enumerate(screens()):
            geometry = screen.geometry()
            text = self.tr("Écran {number} : {name} ({width}×{height})").format(
                number=index + 1, name=screen.name() or "?", width=geometry.width(),
                height=geometry.height())
            act = self.projector_menu.addAction(text)
            act.triggered.connect(lambda _=False, s=screen: self.open_projector(s))
        if self.projector is not None:
            self.projector_menu.addSeparator()
            self.projector_menu.addAction(self.tr("Fermer la projection")).triggered.connect(
                self.projector.close)

    def edit_backdrop(self) -> QWidget | None:
        """A photo of the paper map under the cards (``canvas/backdrop.py``)."""
        from .backdrop import BackdropDialog

        if not self.map_id:
            return None
        dialog = BackdropDialog(self.doc, self.map_id, self.atelier_id, self)
        dialog.open()
        return dialog

    def open_projector(self, screen: QScreen | None = None) -> ProjectorWindow | None:
        if self.scene is None:
            return None
        if self.projector is None:
            self.projector = ProjectorWindow(self.scene, self)
            self.projector.view.set_legend_visible(self.act_legend.isChecked())
            self.projector.closed.connect(self._projector_closed)
        self.projector.show_on(screen or default_screen(self.window()))
        return self.projector

    def _projector_closed(self) -> None:
        if self.projector is not None:
            self.projector.deleteLater()
        self.projector = None

    # -- export ----------------------------------------------------------------------
    def _suggested_path(self, suffix: str) -> str:
        return suggested_path(self.doc.notebook.path.parent,
                              self.scene.title if self.scene else "", suffix)

    def export_png_dialog(self) -> None:
        if self.scene is not None:
            ask_png(self, self._suggested_path(".png"), self.export_to)

    def export_svg_dialog(self) -> None:
        if self.scene is not None:
            ask_svg(self, self._suggested_path(".svg"), self.export_to)

    def export_to(self, path: Path, width: int = DEFAULT_WIDTH) -> Path | None:
        if self.scene is None:
            return None
        from ...core.errors import LieuxError

        if output_refused(self, path, self.doc.notebook.path):
            return None
        try:
            if path.suffix.lower() == ".svg":
                return export_svg(self.scene, path, width)
            return export_png(self.scene, path, width)
        except LieuxError as exc:
            self.doc.report(exc)
            return None

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The side list takes less of a narrow window (until the user moves the splitter)."""
        super().resizeEvent(event)
        width = self.splitter.width()
        if not self._side_sized and width > 0:
            side = max(150, min(240, int(width * 0.22)))
            self.splitter.setSizes([side, max(1, width - side)])

    # -- cleanup -----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.projector is not None:
            self.projector.close()
        super().closeEvent(event)
