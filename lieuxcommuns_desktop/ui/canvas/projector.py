"""The map full screen on the projector: a second view of the same scene, larger text.

Because it shows the very scene the facilitator edits, a card being dragged
moves on the wall at the same time; it takes no input except Échap to close
and Ctrl+0 / the wheel to frame the map.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QGraphicsView, QVBoxLayout, QWidget

from .scene import MapScene
from .view import MapView


def screens() -> list[QScreen]:
    return list(QGuiApplication.screens())


def default_screen(facilitator: QWidget | None) -> QScreen | None:
    """Another screen than the facilitator's window when there is one."""
    all_screens = screens()
    if not all_screens:
        return None
    own = facilitator.screen() if facilitator is not None else None
    for screen in all_screens:
        if screen is not own:
            return screen
    return all_screens[0]


class ProjectorWindow(QWidget):
    closed = Signal()

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("mapProjector")
        self.setAccessibleName(self.tr("Carte des acteurs au projecteur"))
        self.setWindowTitle(self.tr("Carte des acteurs — projection"))
        self.view = MapView(scene, self, large=True)
        self.view.setInteractive(False)
        self.view.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.view.setFrameShape(QGraphicsView.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        QTimer.singleShot(0, self.view.fit_map)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.view.fit_map()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
