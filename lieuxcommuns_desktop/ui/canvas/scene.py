"""The scene of one stakeholder map: items built from the notebook, gestures as signals.

The scene reads through ``core.services.maps`` and follows committed edits
with :meth:`MapScene.apply_changes` (only the rows a ChangeSet names are read
again). It never writes: a finished drag, a drawn relation, a drop or a
double-click on the background become signals the tool turns into undo
commands, and positions are reported on mouse release only.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmapCache, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QToolTip,
)

from ...core.enums import MapLayout
from ...core.services import maps
from ...core.services.maps import CardRow, MapContent, RelationRow
from ...core.services.notebook import ChangeSet, Notebook
from ...core.tables import Table
from ..plain import literal
from . import backdrop
from .items import (
    CARD_H,
    CARD_W,
    HIT_TOLERANCE,
    ActeurCard,
    RelationArrow,
    RelationEdge,
)
from .layers import CardLayer, RelationLayer
from .painting import MAP_RECT, legend_entries, paint_background

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

log = logging.getLogger(__name__)

#: Item caches live in QPixmapCache (10 MB by default): a large map's cards and
#: relation layer need more, or every repaint would evict and re-render them.
PIXMAP_CACHE_KB = 160 * 1024

#: Room around the map so panning and zooming out feel free.
SCENE_RECT = MAP_RECT.adjusted(-700, -700, 700, 700)


class MapScene(QGraphicsScene):
    #: placement id -> (x, y): cards moved by a finished drag.
    cardsMoved = Signal(object)
    #: source acteur id, target acteur id.
    relationDrawn = Signal(str, str)
    #: list of acteur ids, scene position.
    acteursDropped = Signal(object, QPointF)
    backgroundDoubleClicked = Signal(QPointF)
    relationActivated = Signal(str)
    cardActivated = Signal(str)
    #: scene position, screen position, the item under the cursor (or None).
    contextMenuRequested = Signal(QPointF, object, object)
    #: The map row changed (title, layout) or disappeared.
    mapChanged = Signal()
    #: A relation being made got (or lost) its origin card (the tool's hint follows).
    linkChanged = Signal()

    def __init__(self, notebook: Notebook, map_id: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
        self.notebook = notebook
        self.map_id = map_id
        self.title = ""
        self.layout = MapLayout.ONION
        self.atelier_id = ""
        self.cards: dict[str, ActeurCard] = {}  # by placement id
        self.by_acteur: dict[str, ActeurCard] = {}
        #: Every relation drawn on the map, by relation id (data; see ``arrow_item``).
        self.arrows: dict[str, RelationEdge] = {}
        self.relation_mode = False
        self.deleted = False
        self._link_from: ActeurCard | None = None
        self._link_line: QGraphicsLineItem | None = None
        #: The origin was clicked (not dragged from): the next click on a card ends it.
        self._link_clicked = False
        self._legend: tuple[list, list] | None = None
        self._lifted: list[RelationEdge] = []
        self._prune_pending = False
        #: Set by a view while the user draws a rubber band.
        self.banding = False
        self._lifted_cards: list[ActeurCard] = []
        self.layer = RelationLayer(SCENE_RECT)
        self.card_layer = CardLayer(SCENE_RECT)
        self._selected: set[QGraphicsItem] = set()
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setSceneRect(SCENE_RECT)
        self.selectionChanged.connect(self._on_selection_changed)
        #: The backdrop photo drawn under the cards (read by :meth:`load`).
        self.backdrop_state: backdrop.Loaded | None = None
        self.load()

    # -- building ------------------------------------------------------------
    def load(self) -> None:
        """(Re)build every item from the notebook."""
        self._reset()
        self._link_line = None
        self._link_from = None
        self._link_clicked = False
        self._legend = None
        try:
            content = maps.map_content(self.notebook, self.map_id)
        except Exception:  # the map vanished
            self.deleted = True
            return
        self._apply_map(content)
        self.backdrop_state = backdrop.load(self.notebook, self.map_id)
        for row in content.cards.values():
            self._add_card(row, repaint=False)
        by_acteur, arrows, layer = self.by_acteur, self.arrows, self.layer
        for rel in content.relations.values():  # _add_arrow, in one tight loop
            source, target = by_acteur.get(rel.source_id), by_acteur.get(rel.target_id)
            if source is not None and target is not None:
                edge = arrows[rel.id] = RelationEdge(rel, source, target)
                layer.add(edge, repaint=False)
        self.card_layer.update()
        self.layer.update()

    def _on_selection_changed(self) -> None:
        """Tell the items whose selection changed (instead of a per-item itemChange)."""
        now = set(self.selectedItems())
        for item in now ^ self._selected:
            if isinstance(item, (ActeurCard, RelationArrow)) and item.scene() is self:
                item.selection_changed()
        self._selected = now
        self._schedule_prune()

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """Tooltips are built on demand: thousands of items never pay for them."""
        item = self._top_item(event.scenePos(), make=False)
        text = item.tooltip_text() if isinstance(
            item, (ActeurCard, RelationArrow, RelationEdge)) else ""
        if text:
            QToolTip.showText(event.screenPos(), literal(text))
        else:
            QToolTip.hideText()
        event.accept()

    def _top_item(self, pos: QPointF, *, make: bool = True
                  ) -> QGraphicsItem | RelationEdge | None:
        """The card or relation under ``pos``.

        A relation without an item is found by the relation layer; it gets its
        item made here (``make``) or is returned as its edge (for a tooltip).
        """
        item = self.itemAt(pos, QTransform())
        while item is not None and item.parentItem() is not None:
            item = item.parentItem()
        if item is None:
            edge = self.layer.edge_at(pos)
            if edge is not None:
                return self.arrow_item(edge) if make else edge
        return item

    # -- relation items, made on demand ----------------------------------------------
    def arrow_item(self, edge: RelationEdge | str) -> RelationArrow:
        """The graphics item of a relation (made and added to the scene if it has none)."""
        if isinstance(edge, str):
            edge = self.arrows[edge]
        if edge.item is None or edge.item.scene() is not self:
            edge.item = RelationArrow(edge)
            self.addItem(edge.item)
        return edge.item

    def materialize_in(self, area: QRectF) -> None:
        """Give an item to every relation in ``area`` (before a rubber band selects there)."""
        reach = HIT_TOLERANCE + 8  # the click band, double lines and heads
        for edge in self.layer.edges_in(area.adjusted(-reach, -reach, reach, reach)):
            self.arrow_item(edge)

    def arrow_items(self) -> list[RelationArrow]:
        """The relation items that exist now (most relations have none at rest)."""
        return [e.item for e in self.arrows.values() if e.item is not None]

    def _schedule_prune(self) -> None:
        if not self._prune_pending:
            self._prune_pending = True
            QTimer.singleShot(0, self.prune_arrow_items)

    def prune_arrow_items(self) -> None:
        """Drop the items of relations nobody acts on any more (back to plain data)."""
        self._prune_pending = False
        if self.banding:
            return  # a rubber band is being drawn: its items are needed (pruned on release)
        grabber = self.mouseGrabberItem()
        for edge in self.arrows.values():
            item = edge.item
            if item is not None and not item.live and not item.isSelected() \
                    and item is not grabber:
                edge.item = None
                if item.scene() is self:
                    self.removeItem(item)

    def _reset(self) -> None:
        """Drop every item (the layer is recreated: clear() deletes it)."""
        self._selected = set()
        self.clear()
        self.cards.clear()
        self.by_acteur.clear()
        self.arrows.clear()
        self._lifted = []
        self._lifted_cards = []
        self.layer = RelationLayer(SCENE_RECT)
        self.addItem(self.layer)
        self.card_layer = CardLayer(SCENE_RECT)
        self.addItem(self.card_layer)

    def _apply_map(self, content: MapContent) -> None:
        layout_changed = content.layout != self.layout
        self.title, self.layout, self.atelier_id = content.title, content.layout, content.atelier_id
        if layout_changed:
            self.invalidate(SCENE_RECT, QGraphicsScene.SceneLayer.BackgroundLayer)

    def _add_card(self, row: CardRow, *, repaint: bool = True) -> ActeurCard:
        card = ActeurCard(row, self.card_layer)  # the layer paints it
        self.addItem(card)
        self.cards[row.placement_id] = card
        self.by_acteur[row.acteur_id] = card
        if repaint:
            card.repaint()
        return card

    def _remove_card(self, placement_id: str) -> None:
        card = self.cards.pop(placement_id, None)
        if card is None:
            return
        if self.by_acteur.get(card.acteur_id) is card:
            del self.by_acteur[card.acteur_id]
        for arrow in list(card.arrows):
            self._remove_arrow(arrow.relation_id)
        card.repaint()  # its place in the card layer
        card.layer = None
        self.removeItem(card)

    def _add_arrow(self, rel: RelationRow, *, repaint: bool = True) -> RelationEdge | None:
        source, target = self.by_acteur.get(rel.source_id), self.by_acteur.get(rel.target_id)
        if source is None or target is None:
            return None  # an end is not on this map (yet): nothing to draw
        edge = RelationEdge(rel, source, target)
        self.arrows[rel.id] = edge
        self.layer.add(edge, repaint=repaint)
        return edge

    def _remove_arrow(self, relation_id: str) -> None:
        edge = self.arrows.pop(relation_id, None)
        if edge is not None:
            edge.detach()
            item = edge.item
            self.layer.remove(edge)
            if edge in self._lifted:
                self._lifted.remove(edge)
            if item is not None:
                edge.item = None
                if item.scene() is self:
                    self.removeItem(item)

    # -- following the notebook -------------------------------------------------
    def apply_changes(self, changes: ChangeSet) -> None:
        """Update only the items whose rows a committed edit touched."""
        if changes.touches(Table.MAP_PLACEMENT, Table.ACTEUR, Table.RELATION,
                           Table.STAKEHOLDER_MAP):
            self._legend = None
            self._apply_changes(changes)

    def _apply_changes(self, changes: ChangeSet) -> None:
        tables = changes.tables
        if Table.STAKEHOLDER_MAP in tables and self.map_id in changes.ids(Table.STAKEHOLDER_MAP):
            if self.map_id in changes.deleted.get(Table.STAKEHOLDER_MAP, set()):
                self.deleted = True
                self._reset()
                self.mapChanged.emit()
                return
            try:
                smap = maps.map_content_header(self.notebook, self.map_id)
            except Exception:
                log.exception("map header")
                return
            self.deleted = False
            self._apply_map(smap)
            self.backdrop_state = backdrop.load(self.notebook, self.map_id)
            self.invalidate(SCENE_RECT, QGraphicsScene.SceneLayer.BackgroundLayer)
            self.mapChanged.emit()
        if Table.MAP_PLACEMENT in tables:
            for pid in changes.deleted.get(Table.MAP_PLACEMENT, set()):
                self._remove_card(pid)
            fresh = (changes.created.get(Table.MAP_PLACEMENT, set())
                     | changes.updated.get(Table.MAP_PLACEMENT, set()))
            fresh -= changes.deleted.get(Table.MAP_PLACEMENT, set())
            if fresh:
                rows = maps.cards_by_placement(self.notebook, fresh, map_id=self.map_id)
                for pid, row in rows.items():
                    card = self.cards.get(pid)
                    if card is None:
                        self._add_card(row)
                    else:
                        card.set_row(row)
                if changes.created.get(Table.MAP_PLACEMENT):
                    self._attach_pending_relations()
        if Table.ACTEUR in tables:
            for acteur_id in changes.deleted.get(Table.ACTEUR, set()):
                card = self.by_acteur.get(acteur_id)
                if card is not None:
                    self._remove_card(card.placement_id)
            touched = changes.updated.get(Table.ACTEUR, set()) & set(self.by_acteur)
            if touched:
                for row in maps.cards_by_acteur(self.notebook, self.map_id, touched).values():
                    card = self.cards.get(row.placement_id)
                    if card is not None:
                        card.set_row(row)
                        for arrow in card.arrows:
                            arrow.set_row(arrow.row, arrow.source, arrow.target)
        if Table.RELATION in tables:
            for rid in changes.deleted.get(Table.RELATION, set()):
                self._remove_arrow(rid)
            fresh = (changes.created.get(Table.RELATION, set())
                     | changes.updated.get(Table.RELATION, set()))
            fresh -= changes.deleted.get(Table.RELATION, set())
            if fresh:
                for rid, rel in maps.relations_by_id(self.notebook, fresh,
                                                     map_id=self.map_id).items():
                    arrow = self.arrows.get(rid)
                    source = self.by_acteur.get(rel.source_id)
                    target = self.by_acteur.get(rel.target_id)
                    if arrow is not None and source is not None and target is not None:
                        arrow.set_row(rel, source, target)
                    elif arrow is None:
                        self._add_arrow(rel)
                    else:
                        self._remove_arrow(rid)

    def _attach_pending_relations(self) -> None:
        """Relations whose cards came back (undo of a removal) are drawn again."""
        content = maps.relation_rows_of_map(self.notebook, self.map_id)
        for rel in content:
            if rel.id not in self.arrows:
                self._add_arrow(rel)

    # -- queries -----------------------------------------------------------------
    def selected_cards(self) -> list[ActeurCard]:
        return [i for i in self.selectedItems() if isinstance(i, ActeurCard)]

    def selected_arrows(self) -> list[RelationArrow]:
        """Selected relation items (a selected relation always has its item)."""
        return [i for i in self.selectedItems() if isinstance(i, RelationArrow)]

    def legend(self) -> tuple[list, list]:
        """Categories and relation kinds on the map (cached until the next change)."""
        if self._legend is None:
            self._legend = legend_entries({c.row.category for c in self.cards.values()},
                                          {a.row.kind for a in self.arrows.values()})
        return self._legend

    def cards_rect(self) -> QRectF:
        """The box around every card (empty without cards); a fit shows all of it."""
        if not self.cards:
            return QRectF()
        xs = [c.pos().x() for c in self.cards.values()]
        ys = [c.pos().y() for c in self.cards.values()]
        return QRectF(min(xs) - CARD_W / 2, min(ys) - CARD_H / 2,
                      max(xs) - min(xs) + CARD_W, max(ys) - min(ys) + CARD_H)

    def card_at(self, pos: QPointF) -> ActeurCard | None:
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape,
                               Qt.SortOrder.DescendingOrder, QTransform()):
            if isinstance(item, ActeurCard):
                return item
        return None

    # -- painting ----------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        paint_background(painter, self.layout)

    # -- gestures ------------------------------------------------------------------
    def set_relation_mode(self, on: bool) -> None:
        self.relation_mode = on
        self.cancel_link()

    @property
    def link_source(self) -> ActeurCard | None:
        """The origin card of the relation being made (None: none started)."""
        return self._link_from

    def cancel_link(self) -> bool:
        """Forget the relation being made; True if there was one."""
        had = self._link_from is not None
        if self._link_line is not None:
            self.removeItem(self._link_line)
        self._link_line = None
        self._link_from = None
        self._link_clicked = False
        if had:
            self.linkChanged.emit()
        return had

    _cancel_link = cancel_link

    def start_link(self, card: ActeurCard, at: QPointF | None = None, *,
                   clicked: bool = True) -> None:
        """Make ``card`` the origin: a dashed line follows the mouse to the target."""
        self.cancel_link()
        self._link_from = card
        self._link_clicked = clicked
        self._link_line = QGraphicsLineItem(QLineF(card.pos(), at or card.pos()))
        self._link_line.setPen(QPen(QColor("#1F5FBF"), 2, Qt.PenStyle.DashLine))
        self._link_line.setZValue(50)
        self.addItem(self._link_line)
        self.linkChanged.emit()

    def finish_link(self, target: ActeurCard | None) -> bool:
        """End the relation being made on ``target``; True if a relation was asked for."""
        source = self._link_from
        self.cancel_link()
        if source is not None and target is not None and target is not source:
            self.relationDrawn.emit(source.acteur_id, target.acteur_id)
            return True
        return False

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            card = self.card_at(event.scenePos())
            if self._link_clicked:  # the origin was clicked: this click picks the target
                if card is None or card is not self._link_from:
                    self.finish_link(card)
                event.accept()
                return
            if card is not None and (self.relation_mode or card.on_handle(event.scenePos())):
                self.start_link(card, event.scenePos(), clicked=False)
                event.accept()
                return
        if event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            self._top_item(event.scenePos())  # a relation there gets its item, to be selected
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._link_line is not None and self._link_from is not None:
            self._link_line.setLine(QLineF(self._link_from.pos(), event.scenePos()))
            event.accept()
            return
        dragging = (event.buttons() & Qt.MouseButton.LeftButton
                    and isinstance(self.mouseGrabberItem(), ActeurCard))
        if dragging and not self._lifted:
            self.lift_arrows()
        super().mouseMoveEvent(event)
        if dragging:
            self.follow_drag()

    def follow_drag(self) -> None:
        """The lifted arrows (those of the moving cards) follow them."""
        for edge in self._lifted:
            edge.refresh()

    def lift_arrows(self) -> None:
        """A drag starts: arrows of the moving cards leave the cached layer.

        The moving cards are selected, hence already live (out of the card layer).
        """
        cards = self.selected_cards()
        grabber = self.mouseGrabberItem()
        if isinstance(grabber, ActeurCard) and grabber not in cards:
            cards.append(grabber)
        lifted: dict[RelationEdge, None] = {}
        for card in cards:
            card.set_live(True)
            lifted.update(dict.fromkeys(card.arrows))
        self._lifted_cards = cards
        self._lifted = list(lifted)
        for edge in self._lifted:
            item = self.arrow_item(edge)
            item.dragged = True
            item.set_live(True)

    def drop_arrows(self) -> None:
        """The drag ended: arrows (and unselected cards) go back into the layers."""
        for edge in self._lifted:
            if edge.item is not None:
                edge.item.dragged = False
                edge.item.set_live(False)
        for card in self._lifted_cards:
            if card.scene() is self:
                card.set_live(False)
        self._lifted = []
        self._lifted_cards = []
        self._schedule_prune()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._link_line is not None and self._link_from is not None:
            target = self.card_at(event.scenePos())
            if self._link_clicked:
                pass  # waiting for the click on the target
            elif target is self._link_from and self.relation_mode:
                self._link_clicked = True  # a click on the origin: now click the target
            else:
                self.finish_link(target)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.report_moves()
            self.drop_arrows()

    def report_moves(self) -> None:
        """Emit the cards whose position differs from the committed one (a drag ended)."""
        moves = {
            card.placement_id: (card.pos().x(), card.pos().y())
            for card in self.selected_cards()
            if (card.pos().x(), card.pos().y()) != card.committed_pos()
        }
        if moves:
            self.cardsMoved.emit(moves)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mouseDoubleClickEvent(event)
        item = self._top_item(event.scenePos())
        if isinstance(item, RelationArrow):
            self.relationActivated.emit(item.relation_id)
        elif isinstance(item, ActeurCard):
            self.cardActivated.emit(item.placement_id)
        elif item is None:
            self.backgroundDoubleClicked.emit(event.scenePos())
        event.accept()

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        item = self._top_item(event.scenePos())
        if isinstance(item, (ActeurCard, RelationArrow)) and not item.isSelected():
            self.clearSelection()
            item.setSelected(True)
        self.contextMenuRequested.emit(event.scenePos(), event.screenPos(), item)
        event.accept()
