"""Graphics items of the map: acteur cards and relation arrows, and the two layers.

A map of a thousand cards and thousands of relations repaints as a few
pixmap blits: cards and relations at rest are painted by two cached layers
(:class:`CardLayer`, :class:`RelationLayer`), each item of the layer having
``ItemHasNoContents`` (still hit-testable, selectable, movable). An item
paints itself (it is *live*) only while selected or dragged, so a selection
or a drag repaints only the live items and the part of a layer they left
(partial cache updates). Arrows are plain ``QGraphicsPathItem`` so Qt strokes
them in C++. Items never write to the notebook: the scene turns gestures into
signals and the tool into undo commands.
"""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ...core import map_layout as ml
from ...core import map_style as ms
from ...core.services.maps import CardRow, RelationRow
from . import style

CARD_W, CARD_H = ml.CARD_W, ml.CARD_H
SYMBOL_R = 9.0
HANDLE_R = 6.0
TEXT_LEFT = 26.0
SELECTION = QColor("#1F5FBF")
LARGE_PROPERTY = "lc_large"
CARD_FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemIsMovable
              | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
              | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
ARROW_FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
               | QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
ANTIALIASING = QPainter.RenderHint.Antialiasing
CARD_BOX = QRectF(-CARD_W / 2, -CARD_H / 2, CARD_W, CARD_H)
CARD_BOUNDS = QRectF(-CARD_W / 2 - 2, -CARD_H / 2 - 2, CARD_W + HANDLE_R * 2 + 4, CARD_H + 4)
WHITE = QColor("#FFFFFF")
INK = QColor("#111111")
SYMBOL_PEN = QPen(QColor("#222222"), 1.1)
#: Below this level of detail a card is a coloured tile and a relation has no label.
TILE_LOD, TEXT_LOD, LABEL_LOD = 0.3, 0.45, 0.5
#: Set while exporting: cards paint their text whatever the scale.
FORCE_DETAIL = [False]


#: Set by a projector view around its paint event (cached items get no widget).
PAINTING_LARGE = [False]


def is_large(widget: QWidget | None) -> bool:
    """True when painting for the projector view (bigger, bolder text)."""
    return PAINTING_LARGE[0] or bool(widget is not None and widget.property(LARGE_PROPERTY))


@cache
def _card_font(large: bool) -> QFont:
    font = style.font(15 if large else 13)
    if large:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def wrap_two_lines(text: str, metrics: QFontMetricsF, width: float) -> tuple[str, str]:
    """Up to two lines, the second elided: a long name never grows the card."""
    text = " ".join(text.split())
    if metrics.horizontalAdvance(text) <= width:
        return text, ""
    words = text.split(" ")
    first = ""
    for i, word in enumerate(words):
        candidate = f"{first} {word}".strip()
        if metrics.horizontalAdvance(candidate) > width:
            if not first:  # one very long word: cut it with a hyphen
                cut = len(word) - 1
                while cut > 1 and metrics.horizontalAdvance(word[:cut] + "-") > width:
                    cut -= 1
                first, rest = word[:cut] + "-", " ".join([word[cut:], *words[i + 1:]])
            else:
                rest = " ".join(words[i:])
            return first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        first = candidate
    return first, ""


class ActeurCard(QGraphicsItem):
    """An acteur on the map: symbol of its category, elided name, a relation handle."""

    Type = QGraphicsItem.UserType + 1

    def __init__(self, row: CardRow) -> None:
        super().__init__()
        self.row = row
        self.arrows: set[RelationArrow] = set()
        self._lines: dict[bool, tuple[str, str]] = {}
        #: Painted by itself (selected or dragged) rather than by the card layer;
        #: a card paints itself until a layer takes it (``set_live(False)``).
        self.live = True
        self.layer: CardLayer | None = None
        # No itemChange override and no ItemSendsGeometryChanges: a Python
        # itemChange runs for every setter of every item; the scene moves the
        # arrows itself (during a drag and when a committed row arrives).
        self.setFlags(CARD_FLAGS | NO_CONTENTS)
        self.setCacheMode(DEVICE_CACHE)
        self.setZValue(10)
        self.setPos(row.x, row.y)

    # -- data ----------------------------------------------------------------
    @property
    def placement_id(self) -> str:
        return self.row.placement_id

    @property
    def acteur_id(self) -> str:
        return self.row.acteur_id

    def tooltip_text(self) -> str:
        """Built when the tooltip is asked for (see ``MapScene.helpEvent``)."""
        return f"{self.row.name}\n{ms.label(ms.category_style(self.row.category).label)}"

    def set_row(self, row: CardRow) -> None:
        """Follow a committed change; repaints only if name or category changed."""
        changed_look = (row.name, row.category) != (self.row.name, self.row.category)
        self.row = row
        if changed_look:
            self._lines.clear()
            self.repaint()
        if (self.pos().x(), self.pos().y()) != (row.x, row.y):
            self.move_to(row.x, row.y)

    def move_to(self, x: float, y: float) -> None:
        """Move outside a drag (committed row, refused move): layer and arrows follow."""
        if not self.live and self.layer is not None:
            self.layer.update(self.sceneBoundingRect())
        self.setPos(x, y)
        self.repaint()
        self.follow()

    def repaint(self) -> None:
        """Repaint the card where it is painted: itself when live, else its part of the layer."""
        if self.live or self.layer is None:
            self.update()
        else:
            self.layer.update(self.sceneBoundingRect())

    def follow(self) -> None:
        """Arrows follow the card after it moved."""
        for arrow in self.arrows:
            arrow.refresh()

    def selection_changed(self) -> None:
        self.prepareGeometryChange()  # the handle joins or leaves the shape
        self.set_live(self.isSelected())

    def set_live(self, live: bool) -> None:
        """Paint this card itself (True) or leave it to the cached card layer (False)."""
        live = live or self.isSelected() or self.layer is None
        if live == self.live:
            return
        self.live = live
        self.setFlag(NO_CONTENTS, not live)
        if self.layer is not None:
            self.layer.update(self.sceneBoundingRect())

    def committed_pos(self) -> tuple[float, float]:
        return (self.row.x, self.row.y)

    # -- geometry ------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return CARD_BOUNDS

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(-CARD_W / 2, -CARD_H / 2, CARD_W, CARD_H))
        if self.isSelected():
            path.addEllipse(self.handle_center(), HANDLE_R + 2, HANDLE_R + 2)
        return path

    @staticmethod
    def handle_center() -> QPointF:
        return QPointF(CARD_W / 2 + HANDLE_R / 2, 0)

    def on_handle(self, scene_pos: QPointF) -> bool:
        if not self.isSelected():
            return False
        local = self.mapFromScene(scene_pos)
        d = local - self.handle_center()
        return math.hypot(d.x(), d.y()) <= HANDLE_R + 2

    # -- painting ------------------------------------------------------------
    def _text(self, large: bool) -> tuple[str, str]:
        lines = self._lines.get(large)
        if lines is None:
            metrics = QFontMetricsF(_card_font(large))
            lines = wrap_two_lines(self.row.name, metrics, CARD_W - TEXT_LEFT - 5)
            self._lines[large] = lines
        return lines

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = 1.0 if FORCE_DETAIL[0] else option.levelOfDetailFromTransform(
            painter.worldTransform())
        self.paint_card(painter, lod, is_large(widget), self.isSelected())

    def paint_card(self, painter: QPainter, lod: float, large: bool, selected: bool) -> None:
        """Paint the card centred on the painter's origin (by itself or by the layer)."""
        colour = style.category_colour(self.row.category)
        if lod < TILE_LOD:  # far away: a coloured tile is all the eye can read
            painter.fillRect(CARD_BOX, SELECTION if selected else colour)
            return
        painter.setPen(QPen(SELECTION if selected else colour.darker(130), 3 if selected else 1.6))
        painter.setBrush(WHITE)
        painter.drawRoundedRect(CARD_BOX, 5, 5)
        painter.translate(-CARD_W / 2 + 13, 0)
        painter.setPen(SYMBOL_PEN)
        painter.setBrush(colour)
        painter.drawPath(style.shape_path(ms.category_style(self.row.category).shape, SYMBOL_R))
        painter.translate(CARD_W / 2 - 13, 0)
        if lod >= TEXT_LOD:
            painter.setFont(_card_font(large))
            painter.setPen(INK)
            first, second = self._text(large)
            text_box = QRectF(-CARD_W / 2 + TEXT_LEFT, -CARD_H / 2 + 2, CARD_W - TEXT_LEFT - 5,
                              CARD_H - 4)
            text = first if not second else f"{first}\n{second}"
            painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter
                             | Qt.AlignmentFlag.AlignLeft, text)
        if selected:
            painter.setPen(QPen(WHITE, 1.5))
            painter.setBrush(SELECTION)
            painter.drawEllipse(self.handle_center(), HANDLE_R, HANDLE_R)


def _clip_factor(dx: float, dy: float) -> float:
    """Fraction of (dx, dy) inside a card box centred on the segment's end."""
    hw, hh = CARD_W / 2 + 3, CARD_H / 2 + 3
    fx = hw / abs(dx) if dx else math.inf
    fy = hh / abs(dy) if dy else math.inf
    return min(fx, fy)


def _arrow_head(path: QPainterPath, x: float, y: float, ux: float, uy: float,
                size: float) -> None:
    """A closed triangle pointing along (ux, uy) with its tip at (x, y)."""
    bx, by = x - ux * size, y - uy * size
    px, py = -uy * size * 0.45, ux * size * 0.45
    path.moveTo(x, y)
    path.lineTo(bx + px, by + py)
    path.lineTo(bx - px, by - py)
    path.closeSubpath()


class RelationArrow(QGraphicsPathItem):
    """A relation between two cards: styled by kind, follows the cards.

    At rest the relation layer paints it (``ItemHasNoContents``, no label
    item); selected or dragged it is *live* and paints itself with a label item.
    """

    Type = QGraphicsItem.UserType + 2

    def __init__(self, row: RelationRow, source: ActeurCard, target: ActeurCard) -> None:
        super().__init__()
        self.row = row
        self.source, self.target = source, target
        self._label: QGraphicsSimpleTextItem | None = None
        self._label_bg: QGraphicsRectItem | None = None
        self._label_text = ""
        self._label_size = (0.0, 0.0)
        #: Middle of the drawn segment (where the label sits), in scene coordinates.
        self.mid = (0.0, 0.0)
        #: Drawn by itself (selected, or following a drag) rather than by the layer.
        self.live = False
        #: Following a drag: drawn without antialiasing (several times faster to
        #: stroke; the arrow rejoins the antialiased layer on release).
        self.dragged = False
        self.layer: RelationLayer | None = None
        self.setFlags(ARROW_FLAGS)
        self.setZValue(5)
        source.arrows.add(self)
        target.arrows.add(self)
        self._apply_row()

    @property
    def relation_id(self) -> str:
        return self.row.id

    def detach(self) -> None:
        self.source.arrows.discard(self)
        self.target.arrows.discard(self)

    def set_row(self, row: RelationRow, source: ActeurCard, target: ActeurCard) -> None:
        if (source, target) != (self.source, self.target):
            self.detach()
            self.source, self.target = source, target
            source.arrows.add(self)
            target.arrows.add(self)
        self._dirty_layer()
        self.row = row
        self._apply_row()
        self._dirty_layer()

    def _apply_row(self) -> None:
        text = self.row.label
        if len(text) > 40:
            text = text[:39] + "…"
        if text != self._label_text:
            self._label_text = text
            rect = QFontMetricsF(_label_font()).boundingRect(text) if text else QRectF()
            self._label_size = (rect.width(), rect.height())
        if self.live:
            self._apply_pen()
        self.refresh()

    def tooltip_text(self) -> str:
        kind_label = ms.label(ms.relation_style(self.row.kind).label)
        names = f"{self.source.row.name} {'↔' if self.row.two_way else '→'} {self.target.row.name}"
        extra = f"\n{self.row.label}" if self.row.label else ""
        return f"{kind_label}\n{names}{extra}"

    def kind_pen(self) -> QPen:
        """The pen of this relation's kind (the layer and the live arrow use it)."""
        return style.relation_pen(self.row.kind)

    def _apply_pen(self) -> None:
        pen = QPen(style.relation_pen(self.row.kind))
        if self.isSelected():
            pen.setWidthF(pen.widthF() * 2)
        self.setPen(pen)
        self.setBrush(pen.color())

    def selection_changed(self) -> None:
        self.set_live(self.isSelected())
        self._apply_pen()

    def set_live(self, live: bool) -> None:
        """Paint this arrow itself (True) or leave it to the cached layer (False)."""
        live = live or self.isSelected()
        if live == self.live:
            return
        self.live = live
        if live:
            self._apply_pen()
        self.setFlag(NO_CONTENTS, not live)
        self._sync_label()
        if self.layer is not None:
            self.layer.update(self.layer_rect())

    # -- geometry ------------------------------------------------------------
    def label_rect(self) -> QRectF:
        """The label's box in scene coordinates (empty without a label)."""
        if not self._label_text:
            return QRectF()
        w, h = self._label_size
        return QRectF(self.mid[0] - w / 2, self.mid[1] - h / 2, w, h)

    def layer_rect(self) -> QRectF:
        """What this arrow covers in the layer: path, cosmetic pen and label."""
        rect = self.path().controlPointRect().adjusted(-LAYER_PAD, -LAYER_PAD,
                                                       LAYER_PAD, LAYER_PAD)
        if self._label_text:
            rect = rect.united(self.label_rect().adjusted(-4, -2, 4, 2))
        return rect

    def _dirty_layer(self) -> None:
        if not self.live and self.layer is not None:
            self.layer.update(self.layer_rect())

    def refresh(self) -> None:
        """Recompute the path from the cards' current positions."""
        self._dirty_layer()
        s, t = self.source.pos(), self.target.pos()
        sx, sy, tx, ty = s.x(), s.y(), t.x(), t.y()
        dx, dy = tx - sx, ty - sy
        length = math.hypot(dx, dy)
        path = QPainterPath()
        if length < 1:
            self.mid = (sx, sy)
            self.setPath(path)
            self._after_move()
            return
        ux, uy = dx / length, dy / length
        clip = _clip_factor(dx, dy)
        if clip >= 0.5:  # overlapping cards: a bare line, no heads
            x0, y0, x1, y1, heads = sx, sy, tx, ty, False
        else:
            x0, y0, x1, y1 = sx + dx * clip, sy + dy * clip, tx - dx * clip, ty - dy * clip
            heads = True
        if ms.relation_style(self.row.kind).line == "double":
            ox, oy = -uy * 2.4, ux * 2.4
            for sign in (1, -1):
                path.moveTo(x0 + sign * ox, y0 + sign * oy)
                path.lineTo(x1 + sign * ox - ux * 8, y1 + sign * oy - uy * 8)
        else:
            path.moveTo(x0, y0)
            if heads:
                path.lineTo(x1 - ux * 6, y1 - uy * 6)
            else:
                path.lineTo(x1, y1)
        if heads:
            _arrow_head(path, x1, y1, ux, uy, 13)
            if self.row.two_way:
                _arrow_head(path, x0, y0, -ux, -uy, 13)
        self.mid = ((x0 + x1) / 2, (y0 + y1) / 2)
        self.setPath(path)
        self._after_move()

    def _after_move(self) -> None:
        if self.live:
            if self._label is not None:
                self._sync_label()
        else:
            self._dirty_layer()

    def _sync_label(self) -> None:
        """The live arrow's label item (created the first time it is needed)."""
        show = self.live and bool(self._label_text)
        if show and self._label is None:
            self._label_bg = QGraphicsRectItem(self)
            self._label_bg.setPen(QPen(Qt.PenStyle.NoPen))
            self._label_bg.setBrush(LABEL_BACK)
            self._label = QGraphicsSimpleTextItem(self)
            self._label.setFont(_label_font())
        if self._label is None or self._label_bg is None:
            return
        self._label.setVisible(show)
        self._label_bg.setVisible(show)
        if show:
            rect = self.label_rect()
            self._label.setText(self._label_text)
            self._label.setBrush(label_colour(self.row.kind))
            self._label.setPos(rect.topLeft())
            self._label_bg.setRect(rect.adjusted(-3, -1, 3, 1))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if not self.dragged:
            super().paint(painter, option, widget)
            return
        smooth = painter.testRenderHint(ANTIALIASING)
        painter.setRenderHint(ANTIALIASING, False)
        super().paint(painter, option, widget)
        painter.setRenderHint(ANTIALIASING, smooth)

    def shape(self) -> QPainterPath:
        """A wider band than the stroke, so a relation is easy to click."""
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self.path())


#: Margin around an arrow's path in the layer: its cosmetic pen is a few device
#: pixels wide, i.e. up to ~25 scene units at the smallest zoom.
LAYER_PAD = 26.0
LABEL_BACK = QColor(255, 255, 255, 225)


@cache
def _label_font() -> QFont:
    return style.font(10)


@cache
def label_colour(kind: str) -> QColor:
    return style.relation_pen(kind).color().darker(140)


def _exposed_items(layer: QGraphicsItem, option: QStyleOptionGraphicsItem) -> list | None:
    """Items of the scene under the exposed part of a layer (None: all of it is exposed)."""
    scene = layer.scene()
    exposed = option.exposedRect
    if scene is None or exposed.contains(layer.boundingRect()):
        return None
    return scene.items(exposed, Qt.ItemSelectionMode.IntersectsItemBoundingRect,
                       Qt.SortOrder.AscendingOrder)


class _Layer(QGraphicsItem):
    """A scene-wide item painted into a device cache, updated in parts."""

    def __init__(self, rect: QRectF, z: float) -> None:
        super().__init__()
        self._rect = rect
        self.setZValue(z)
        self.setCacheMode(DEVICE_CACHE)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        """Empty: the layer is never under the mouse (its items are)."""
        return QPainterPath()


class RelationLayer(_Layer):
    """Every relation not being dragged or selected, painted in one pass into a device cache.

    A full repaint of a map with thousands of relations is then one pixmap
    blit. The cache is rebuilt where a relation in it changes, or where an
    arrow leaves or rejoins it (selection, start and end of a drag).
    """

    def __init__(self, rect: QRectF) -> None:
        super().__init__(rect, 4)
        self.arrows: dict[str, RelationArrow] = {}

    def add(self, arrow: RelationArrow, *, repaint: bool = True) -> None:
        self.arrows[arrow.relation_id] = arrow
        arrow.layer = self
        if repaint and not arrow.live:
            self.update(arrow.layer_rect())

    def remove(self, arrow: RelationArrow) -> None:
        if self.arrows.pop(arrow.relation_id, None) is not None:
            if not arrow.live:
                self.update(arrow.layer_rect())
            arrow.layer = None

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        found = _exposed_items(self, option)
        arrows = (self.arrows.values() if found is None
                  else [i for i in found if isinstance(i, RelationArrow) and i.layer is self])
        by_kind: dict[str, list[RelationArrow]] = {}
        for arrow in arrows:
            if not arrow.live:
                by_kind.setdefault(arrow.row.kind, []).append(arrow)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for kind, group in by_kind.items():
            pen = style.relation_pen(kind)
            painter.setPen(pen)
            painter.setBrush(pen.color())
            for arrow in group:
                painter.drawPath(arrow.path())
        lod = 1.0 if FORCE_DETAIL[0] else option.levelOfDetailFromTransform(
            painter.worldTransform())
        labelled = [a for group in by_kind.values() for a in group if a._label_text]
        if not labelled or lod < LABEL_LOD:
            return
        painter.setFont(_label_font())
        for arrow in labelled:
            rect = arrow.label_rect()
            painter.fillRect(rect.adjusted(-3, -1, 3, 1), LABEL_BACK)
            painter.setPen(label_colour(arrow.row.kind))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, arrow._label_text)


class CardLayer(_Layer):
    """Every card not selected or dragged, painted in one pass into a device cache.

    The cards themselves stay in the scene (hit-testing, selection, dragging)
    with ``ItemHasNoContents``: a full repaint of a thousand cards is one blit
    instead of a thousand. Cards are painted in stacking order, under the live
    (selected, dragged) cards.
    """

    def __init__(self, rect: QRectF) -> None:
        super().__init__(rect, 9)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        scene = self.scene()
        if scene is None:
            return
        found = _exposed_items(self, option)
        if found is None:
            found = scene.items(Qt.SortOrder.AscendingOrder)
        lod = 1.0 if FORCE_DETAIL[0] else option.levelOfDetailFromTransform(
            painter.worldTransform())
        large = is_large(widget)
        base = painter.worldTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod >= TILE_LOD)
        for item in found:
            if isinstance(item, ActeurCard) and not item.live and item.layer is self:
                pos = item.pos()
                painter.setWorldTransform(QTransform.fromTranslate(pos.x(), pos.y()) * base)
                item.paint_card(painter, lod, large, False)
        painter.setWorldTransform(base)


def scene_layers(scene: QGraphicsScene) -> tuple[CardLayer, RelationLayer] | None:
    """The two layers of a map scene, if it has them."""
    layers = getattr(scene, "card_layer", None), getattr(scene, "layer", None)
    if isinstance(layers[0], CardLayer) and isinstance(layers[1], RelationLayer):
        return layers[0], layers[1]
    return None
