"""A view of a map: zoom around the cursor, pan, fit, drops from the acteur list, legend.

Several views can show the same :class:`MapScene` (the facilitator's canvas
and the projector), so both follow every change live.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QShortcut,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGestureEvent, QGraphicsView, QPinchGesture, QWidget

from . import backdrop, items
from .items import LARGE_PROPERTY
from .painting import (
    MAP_RECT,
    legend_chip_size,
    legend_size,
    paint_background,
    paint_legend,
    paint_legend_chip,
)
from .scene import MapScene

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

#: Drag-and-drop payload of acteur ids (one per line) from the side list.
ACTEUR_MIME = "application/x-lieuxcommuns-acteurs"
MIN_SCALE, MAX_SCALE = 0.08, 12.0
#: Arrow keys move the selected cards by this much (Shift: five times).
NUDGE = 10.0
#: The legend sits beside the map when that keeps the map at least this big
#: (against the map alone); otherwise it folds into a chip above the map.
LEGEND_BESIDE_MIN = 0.85


class MapView(QGraphicsView):
    zoomChanged = Signal(float)

    def __init__(self, scene: MapScene, parent: QWidget | None = None, *,
                 large: bool = False) -> None:
        super().__init__(scene, parent)
        self.large = large
        self.legend_visible = True
        #: The legend is folded into a small "Légende" chip (not enough room beside the map).
        self.legend_folded = False
        #: The user opened the folded legend (a click on the chip): drawn over the map.
        self.legend_opened = False
        self._pan_from: QPoint | None = None
        #: Where a left press fell on the background (a rubber band may follow).
        self._band_from: QPoint | None = None
        self._space = False
        #: Refit on resize until the user zooms or pans: the first fit runs before the
        #: view has its real size (tool built in a hidden tab), which left the map cut off.
        self._auto_fit = True
        self.viewport().setProperty(LARGE_PROPERTY, large)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        # Every item sets the pen, brush and font it uses: no save/restore per item.
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.setObjectName("mapProjectorView" if large else "mapView")
        self.setAccessibleName(self.tr("Carte des acteurs"))
        fit = QShortcut(QKeySequence("Ctrl+0"), self)
        fit.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        fit.activated.connect(self.fit_map)
        if isinstance(scene, MapScene):
            scene.mapChanged.connect(self.resetCachedContent)

    # -- zoom ----------------------------------------------------------------
    def current_scale(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        self._auto_fit = False
        target = min(MAX_SCALE, max(MIN_SCALE, self.current_scale() * factor))
        factor = target / self.current_scale()
        if anchor is not None:
            before = self.mapToScene(anchor)
            self.scale(factor, factor)
            after = self.mapToScene(anchor)
            delta = after - before
            self.translate_scene(delta)
        else:
            self.scale(factor, factor)
        self.resetCachedContent()
        self.zoomChanged.emit(self.current_scale())

    def translate_scene(self, delta: QPointF) -> None:
        """Shift the view so that a scene point stays under the cursor."""
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        s = self.current_scale()
        h.setValue(round(h.value() - delta.x() * s))
        v.setValue(round(v.value() - delta.y() * s))

    def fit_target(self) -> QRectF:
        """What a fit shows: the map and every card (a card may reach past the map's edge)."""
        target = QRectF(MAP_RECT)
        scene = self.scene()
        if isinstance(scene, MapScene):
            cards = scene.cards_rect()
            if not cards.isEmpty():
                target = target.united(cards)
        return target.adjusted(-20, -20, 20, 20)

    def fit_map(self) -> None:
        """Whole map in view, never under the legend.

        The legend goes beside the map when there is room for it; in a narrow
        view (1024×768 with the side list) it folds into a chip above the map,
        which a click opens.
        """
        target = self.fit_target()
        vw, vh = max(1, self.viewport().width()), max(1, self.viewport().height())
        scale = min(vw / target.width(), vh / target.height())
        center = target.center()
        self.legend_folded = False
        if self.legend_visible:
            legend_w = self._full_legend_rect().width() + 20
            side = min(vh / target.height(), (vw - legend_w) / target.width())
            if side >= LEGEND_BESIDE_MIN * scale:
                scale = side
                center = QPointF(target.left() + vw / (2 * scale), center.y())
            else:
                self.legend_folded = True
                strip = self._chip_rect().bottom() + 6
                scale = min(vw / target.width(), max(1.0, vh - strip) / target.height())
                center = QPointF(center.x(), target.top() - strip / scale + vh / (2 * scale))
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(center)
        self.resetCachedContent()
        self._auto_fit = True
        self.viewport().update()
        self.zoomChanged.emit(self.current_scale())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit_map()

    def _legend_px(self) -> float:
        return 17.0 if self.large else 12.0

    def _full_legend_rect(self) -> QRectF:
        scene = self.scene()
        if not isinstance(scene, MapScene):
            return QRectF()
        cats, kinds = scene.legend()
        box = legend_size(cats, kinds, self._legend_px())
        box.moveTopRight(QPointF(self.viewport().width() - 10, 10))
        return box

    def _chip_rect(self) -> QRectF:
        box = legend_chip_size(self.legend_chip_text(), self._legend_px())
        box.moveTopRight(QPointF(self.viewport().width() - 10, 6))
        return box

    def legend_chip_text(self) -> str:
        return self.tr("Légende ▸") if not self.legend_opened else self.tr("Légende ▾")

    def legend_rect(self) -> QRectF:
        """Where the legend is drawn, in viewport pixels (the chip when folded)."""
        if not self.legend_visible:
            return QRectF()
        if self.legend_folded:
            chip = self._chip_rect()
            return chip.united(self._opened_rect()) if self.legend_opened else chip
        return self._full_legend_rect()

    def _opened_rect(self) -> QRectF:
        box = self._full_legend_rect()
        box.moveTopRight(QPointF(self.viewport().width() - 10, self._chip_rect().bottom() + 4))
        return box

    _legend_rect = legend_rect

    def toggle_folded_legend(self) -> None:
        """Open or close the folded legend (a click on its chip)."""
        if self.legend_folded:
            self.legend_opened = not self.legend_opened
            self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            return super().wheelEvent(event)  # shift+wheel scrolls
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.15 ** steps, event.position().toPoint())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]  # a QGestureEvent, as its type says
            if isinstance(pinch, QPinchGesture) and isinstance(event, QGestureEvent):
                center = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_by(pinch.scaleFactor(), center)
                return True
        if event.type() == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom_by(1 + event.value(), event.position().toPoint())
                return True
        return super().viewportEvent(event)

    # -- pan: middle button or space + drag ------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if (event.button() == Qt.MouseButton.LeftButton and self.legend_visible
                and self.legend_folded and self.legend_rect().contains(event.position())):
            self.toggle_folded_legend()
            event.accept()
            return
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)
        scene = self.scene()
        self._band_from = None
        if (event.button() == Qt.MouseButton.LeftButton and isinstance(scene, MapScene)
                and scene.mouseGrabberItem() is None
                and self.dragMode() == QGraphicsView.DragMode.RubberBandDrag):
            self._band_from = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            pos = event.position().toPoint()
            delta = pos - self._pan_from
            self._pan_from = pos
            self._auto_fit = False
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            h.setValue(h.value() - delta.x())
            v.setValue(v.value() - delta.y())
            event.accept()
            return
        scene = self.scene()
        if self._band_from is not None and isinstance(scene, MapScene) \
                and event.buttons() & Qt.MouseButton.LeftButton:
            # Relations have no item at rest: give one to those the band may
            # reach, so that the band's selection (made by Qt) can select them.
            scene.banding = True
            band = QRect(self._band_from, event.position().toPoint()).normalized()
            scene.materialize_in(self.mapToScene(band).boundingRect())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._band_from = None
        scene = self.scene()
        if isinstance(scene, MapScene):
            scene.banding = False
        if self._pan_from is not None:
            self._pan_from = None
            if self._space:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- drops from the acteur list ------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(ACTEUR_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(ACTEUR_MIME):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        if not data.hasFormat(ACTEUR_MIME):
            return super().dropEvent(event)
        ids = [i for i in bytes(data.data(ACTEUR_MIME)).decode().splitlines() if i]
        scene = self.scene()
        if ids and isinstance(scene, MapScene):
            scene.acteursDropped.emit(ids, self.mapToScene(event.position().toPoint()))
        event.acceptProposedAction()

    # -- painting --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        items.PAINTING_LARGE[0] = self.large
        try:
            super().paintEvent(event)
        finally:
            items.PAINTING_LARGE[0] = False

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, self.palette().window())
        scene = self.scene()
        if isinstance(scene, MapScene):
            paint_background(painter, scene.layout, large=self.large)
            backdrop.paint(scene.backdrop_state, painter, projection=self.large)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        scene = self.scene()
        if not self.legend_visible or not isinstance(scene, MapScene):
            return
        cats, kinds = scene.legend()
        painter.save()
        painter.resetTransform()
        px = self._legend_px()
        if not self.legend_folded:
            paint_legend(painter, self._full_legend_rect().topLeft(), cats, kinds, px)
        else:
            paint_legend_chip(painter, self._chip_rect(), self.legend_chip_text(), px)
            if self.legend_opened:
                paint_legend(painter, self._opened_rect().topLeft(), cats, kinds, px)
        painter.restore()

    def set_legend_visible(self, on: bool) -> None:
        self.legend_visible = on
        self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if self.legend_visible:  # the legend is pinned to the viewport
            self.viewport().update(self._legend_rect().toAlignedRect().adjusted(-2, -2, 2, 2))


class CanvasView(MapView):
    """The facilitator's view: arrow keys nudge the selection, Entrée edits a relation."""

    #: The selected cards are to move by (dx, dy) scene units (arrow keys, Shift: five times).
    nudgeRequested = Signal(float, float)
    #: Entrée on the map: edit what is selected.
    activationRequested = Signal()
    #: Échap: leave the current mode (relation drawing…).
    cancelRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        scene = self.scene()
        keys = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if event.key() in keys and isinstance(scene, MapScene) and scene.selected_cards():
            step = NUDGE * (5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            dx, dy = keys[Qt.Key(event.key())]
            self.nudgeRequested.emit(dx * step, dy * step)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(scene, MapScene):
            self.activationRequested.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancelRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
