"""Graphics items of the map: acteur cards and relation arrows.

Cards paint themselves once into a device cache (the text is elided once,
not at each paint); arrows are plain ``QGraphicsPathItem`` so Qt strokes them
in C++. Items never write to the notebook: the scene turns gestures into
signals and the tool into undo commands.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
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
#: Set while exporting: cards paint their text whatever the scale.
FORCE_DETAIL = [False]


#: Set by a projector view around its paint event (cached items get no widget).
PAINTING_LARGE = [False]


def is_large(widget: QWidget | None) -> bool:
    """True when painting for the projector view (bigger, bolder text)."""
    return PAINTING_LARGE[0] or bool(widget is not None and widget.property(LARGE_PROPERTY))


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
        # No itemChange override and no ItemSendsGeometryChanges: a Python
        # itemChange runs for every setter of every item; the scene moves the
        # arrows itself (during a drag and when a committed row arrives).
        self.setFlags(CARD_FLAGS)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
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
            self.update()
        if (self.pos().x(), self.pos().y()) != (row.x, row.y):
            self.setPos(row.x, row.y)
            self.follow()

    def follow(self) -> None:
        """Arrows follow the card after it moved."""
        for arrow in self.arrows:
            arrow.refresh()

    def selection_changed(self) -> None:
        self.prepareGeometryChange()  # the handle joins or leaves the shape

    def committed_pos(self) -> tuple[float, float]:
        return (self.row.x, self.row.y)

    # -- geometry ------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return QRectF(-CARD_W / 2 - 2, -CARD_H / 2 - 2, CARD_W + HANDLE_R * 2 + 4, CARD_H + 4)

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
        colour = style.category_colour(self.row.category)
        box = QRectF(-CARD_W / 2, -CARD_H / 2, CARD_W, CARD_H)
        lod = 1.0 if FORCE_DETAIL[0] else option.levelOfDetailFromTransform(
            painter.worldTransform())
        selected = self.isSelected()
        if lod < 0.3:  # far away: a coloured tile is all the eye can read
            painter.fillRect(box, SELECTION if selected else colour)
            return
        painter.setPen(QPen(SELECTION if selected else colour.darker(130), 3 if selected else 1.6))
        painter.setBrush(QBrush(QColor("#FFFFFF")))
        painter.drawRoundedRect(box, 5, 5)
        painter.save()
        painter.translate(-CARD_W / 2 + 13, 0)
        painter.setPen(QPen(QColor("#222222"), 1.1))
        painter.setBrush(colour)
        painter.drawPath(style.shape_path(ms.category_style(self.row.category).shape, SYMBOL_R))
        painter.restore()
        if lod >= 0.45:
            large = is_large(widget)
            painter.setFont(_card_font(large))
            painter.setPen(QColor("#111111"))
            first, second = self._text(large)
            text_box = QRectF(-CARD_W / 2 + TEXT_LEFT, -CARD_H / 2 + 2, CARD_W - TEXT_LEFT - 5,
                              CARD_H - 4)
            text = first if not second else f"{first}\n{second}"
            painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter
                             | Qt.AlignmentFlag.AlignLeft, text)
        if selected:
            painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
            painter.setBrush(SELECTION)
            painter.drawEllipse(self.handle_center(), HANDLE_R, HANDLE_R)


def _clip_factor(dx: float, dy: float) -> float:
    """Fraction of (dx, dy) inside a card box centred on the segment's end."""
    hw, hh = CARD_W / 2 + 3, CARD_H / 2 + 3
    fx = hw / abs(dx) if dx else math.inf
    fy = hh / abs(dy) if dy else math.inf
    return min(fx, fy)


def _arrow_head(path: QPainterPath, tip: QPointF, ux: float, uy: float, size: float) -> None:
    """A closed triangle pointing along (ux, uy) with its tip at ``tip``."""
    bx, by = tip.x() - ux * size, tip.y() - uy * size
    px, py = -uy * size * 0.45, ux * size * 0.45
    path.moveTo(tip)
    path.lineTo(bx + px, by + py)
    path.lineTo(bx - px, by - py)
    path.closeSubpath()


class RelationArrow(QGraphicsPathItem):
    """A relation between two cards: styled by kind, follows the cards."""

    Type = QGraphicsItem.UserType + 2

    def __init__(self, row: RelationRow, source: ActeurCard, target: ActeurCard) -> None:
        super().__init__()
        self.row = row
        self.source, self.target = source, target
        self._label: QGraphicsSimpleTextItem | None = None
        self._label_bg: QGraphicsRectItem | None = None
        #: Drawn by itself (selected, or following a drag) rather than by the layer.
        self.live = False
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
        self.row = row
        self._apply_row()

    def _apply_row(self) -> None:
        pen = style.relation_pen(self.row.kind)
        if self.live:
            self._apply_pen()
        if self.row.label and self._label is None:
            self._label_bg = QGraphicsRectItem(self)
            self._label_bg.setPen(QPen(Qt.PenStyle.NoPen))
            self._label_bg.setBrush(QColor(255, 255, 255, 225))
            self._label = QGraphicsSimpleTextItem(self)
            self._label.setFont(style.font(10))
        if self._label is not None and self._label_bg is not None:
            text = self.row.label
            if len(text) > 40:
                text = text[:39] + "…"
            self._label.setText(text)
            self._label.setBrush(pen.color().darker(140))
            self._label.setVisible(bool(self.row.label))
            self._label_bg.setVisible(bool(self.row.label))
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
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, not live)
        if self.layer is not None:
            self.layer.update()

    def setPath(self, path: QPainterPath) -> None:  # noqa: N802 - Qt override
        super().setPath(path)
        if not self.live and self.layer is not None:
            self.layer.update()

    def refresh(self) -> None:
        """Recompute the path from the cards' current positions."""
        s, t = self.source.pos(), self.target.pos()
        dx, dy = t.x() - s.x(), t.y() - s.y()
        length = math.hypot(dx, dy)
        path = QPainterPath()
        if length < 1:
            self.setPath(path)
            return
        ux, uy = dx / length, dy / length
        clip = _clip_factor(dx, dy)
        if clip >= 0.5:  # overlapping cards: a bare line, no heads
            start, end, heads = s, t, False
        else:
            start = QPointF(s.x() + dx * clip, s.y() + dy * clip)
            end = QPointF(t.x() - dx * clip, t.y() - dy * clip)
            heads = True
        if ms.relation_style(self.row.kind).line == "double":
            ox, oy = -uy * 2.4, ux * 2.4
            for sign in (1, -1):
                path.moveTo(start.x() + sign * ox, start.y() + sign * oy)
                path.lineTo(end.x() + sign * ox - ux * 8, end.y() + sign * oy - uy * 8)
        else:
            path.moveTo(start)
            path.lineTo(end.x() - ux * 6, end.y() - uy * 6) if heads else path.lineTo(end)
        if heads:
            _arrow_head(path, end, ux, uy, 13)
            if self.row.two_way:
                _arrow_head(path, start, -ux, -uy, 13)
        self.setPath(path)
        if self._label is not None and self._label_bg is not None and self.row.label:
            rect = self._label.boundingRect()
            mid = QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2)
            self._label.setPos(mid.x() - rect.width() / 2, mid.y() - rect.height() / 2)
            self._label_bg.setRect(QRectF(self._label.pos(), rect.size()).adjusted(-3, -1, 3, 1))

    def shape(self) -> QPainterPath:
        """A wider band than the stroke, so a relation is easy to click."""
        from PySide6.QtGui import QPainterPathStroker

        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self.path())


class RelationLayer(QGraphicsItem):
    """Every relation not being dragged, painted in one pass into a device cache.

    A full repaint of a map with thousands of relations is then one pixmap
    blit; the cache is rebuilt only when a relation in it changes, or at the
    start and end of a drag, when the arrows of the moving cards are lifted
    out of the layer (they paint themselves while they follow the mouse).
    """

    def __init__(self, rect: QRectF) -> None:
        super().__init__()
        self._rect = rect
        self.arrows: dict[str, RelationArrow] = {}
        self.setZValue(4)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def add(self, arrow: RelationArrow) -> None:
        self.arrows[arrow.relation_id] = arrow
        arrow.layer = self
        self.update()

    def remove(self, arrow: RelationArrow) -> None:
        if self.arrows.pop(arrow.relation_id, None) is not None:
            arrow.layer = None
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        """Empty: the layer is never under the mouse (the arrows themselves are)."""
        return QPainterPath()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        by_kind: dict[str, list[QPainterPath]] = {}
        for arrow in self.arrows.values():
            if not arrow.live:
                by_kind.setdefault(arrow.row.kind, []).append(arrow.path())
        for kind, paths in by_kind.items():
            pen = style.relation_pen(kind)
            painter.setPen(pen)
            painter.setBrush(pen.color())
            for path in paths:
                painter.drawPath(path)
