"""A photo full screen, the previous and next one with the arrow keys.

Used from the gallery (and the notes feed) to read a board after the
workshop, or to show it again to the room: F9 (or P) moves the viewer to the
projector — the last screen when there are several — full screen. Only the
photo being shown is read from the notebook.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QPixmap, QResizeEvent, QScreen
from PySide6.QtWidgets import QDialog, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...core.services import photos
from ..document import Document


class PhotoViewer(QDialog):
    def __init__(self, doc: Document, photo_ids: list[str], index: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoViewer")
        self.setWindowTitle(self.tr("Photo"))
        self.setAccessibleName(self.tr("Photo en plein écran"))
        self.doc, self.photo_ids = doc, list(photo_ids)
        self.index = max(0, min(index, len(self.photo_ids) - 1))
        self.setStyleSheet("QDialog { background: black; } QLabel { color: white; }")
        self.picture = QLabel(self)
        self.picture.setObjectName("photoViewerPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.caption = QLabel(self)
        self.caption.setObjectName("photoViewerCaption")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.caption.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.caption.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.caption)
        self._pixmap = QPixmap()
        self.resize(1000, 700)
        self.show_index(self.index)

    def show_index(self, index: int) -> None:
        if not self.photo_ids:
            return
        self.index = index % len(self.photo_ids)
        photo_id = self.photo_ids[self.index]
        self._pixmap = QPixmap()
        self._pixmap.loadFromData(photos.image(self.doc.notebook, photo_id), "JPEG")
        info = photos.get_photo(self.doc.notebook, photo_id)
        text = info.caption or info.original_name
        self.caption.setText(self.tr("{caption} ({number} / {photos})").format(
            caption=text, number=self.index + 1, photos=len(self.photo_ids)))
        self.picture.setAccessibleName(info.alt_text or text)
        self._fit()

    @property
    def current_id(self) -> str:
        return self.photo_ids[self.index]

    def _fit(self) -> None:
        if self._pixmap.isNull():
            self.picture.clear()
            return
        self.picture.setPixmap(self._pixmap.scaled(
            self.picture.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def show_on_projector(self) -> QScreen | None:
        """Full screen on the projector: the last screen when there are several."""
        screens = QGuiApplication.screens()
        screen = screens[-1] if screens else None
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        return screen

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_F9, Qt.Key.Key_P):
            self.show_on_projector()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown):
            self.show_index(self.index + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp):
            self.show_index(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.show_index(0)
        elif key == Qt.Key.Key_End:
            self.show_index(len(self.photo_ids) - 1)
        else:
            super().keyPressEvent(event)
