"""The map's backdrop photo: read once per change, painted in the views' background.

Painted by :meth:`MapView.drawBackground`, which the views cache
(``CacheBackground``): a card drag repaints the cards over the cached
background, never the photo, so the canvas keeps its speed with a backdrop.
The projector's view paints it only when the map says so.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.services import backdrop as service
from ...core.services.notebook import Notebook
from ..document import Document

log = logging.getLogger(__name__)

#: A map's backdrop settings with its photo, ready to paint (the scene keeps it).
Loaded = tuple[service.Backdrop, QPixmap]


def load(notebook: Notebook, map_id: str) -> Loaded | None:
    """Read a map's backdrop and its photo (``None``: no backdrop, or it vanished)."""
    try:
        settings = service.get(notebook, map_id)
        if settings.photo_id is None:
            return None
        from ...core.services import photos  # Pillow: only for a map with a backdrop

        pixmap = QPixmap()
        pixmap.loadFromData(photos.image(notebook, settings.photo_id), "JPEG")
        return settings, pixmap
    except Exception:  # a vanished map or photo: no backdrop
        log.debug("no backdrop", exc_info=True)
        return None


def target_rect(settings: service.Backdrop, pixmap: QPixmap) -> QRectF:
    width, height = pixmap.width() * settings.scale, pixmap.height() * settings.scale
    return QRectF(settings.x - width / 2, settings.y - height / 2, width, height)


def paint(state: Loaded | None, painter: QPainter, *, projection: bool) -> None:
    if state is None:
        return
    settings, pixmap = state
    if pixmap.isNull() or (projection and not settings.in_projection):
        return
    painter.save()
    painter.setOpacity(settings.opacity)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.drawPixmap(target_rect(settings, pixmap), pixmap, QRectF(pixmap.rect()))
    painter.restore()


class BackdropDialog(QDialog):
    """Choose the photo, move, scale, fade it; on/off for projection and print."""

    def __init__(self, doc: Document, map_id: str, atelier_id: str,
                 parent: QWidget | None = None) -> None:
        from ...core.services import photos

        super().__init__(parent)
        self.setObjectName("backdropDialog")
        self.setWindowTitle(self.tr("Fond de carte"))
        self.doc, self.map_id = doc, map_id
        current = service.get(doc.notebook, map_id)
        self.photo = QComboBox(self)
        self.photo.setObjectName("backdropPhoto")
        self.photo.addItem(self.tr("Aucun"), None)
        for info in photos.list_photos(doc.notebook, atelier_id):
            self.photo.addItem(info.caption or info.original_name, info.id)
        self.photo.setCurrentIndex(max(0, self.photo.findData(current.photo_id)))
        self.x_box, self.y_box = QSpinBox(self), QSpinBox(self)
        for box, value in ((self.x_box, current.x), (self.y_box, current.y)):
            box.setRange(-2000, 2000)
            box.setSingleStep(10)
            box.setValue(round(value))
        self.scale = QDoubleSpinBox(self)
        self.scale.setObjectName("backdropScale")
        self.scale.setRange(*service.SCALE_RANGE)
        self.scale.setDecimals(3)
        self.scale.setSingleStep(0.05)
        self.scale.setValue(current.scale)
        self.opacity = QSpinBox(self)
        self.opacity.setObjectName("backdropOpacity")
        self.opacity.setRange(0, 100)
        self.opacity.setSuffix(" %")
        self.opacity.setValue(round(current.opacity * 100))
        self.in_projection = QCheckBox(self.tr("Visible sur le &projecteur"), self)
        self.in_projection.setChecked(current.in_projection)
        self.in_print = QCheckBox(self.tr("Visible à l'&impression"), self)
        self.in_print.setChecked(current.in_print)
        form = QFormLayout()
        form.addRow(self.tr("P&hoto :"), self.photo)
        form.addRow(self.tr("Centre &x :"), self.x_box)
        form.addRow(self.tr("Centre &y :"), self.y_box)
        form.addRow(self.tr("É&chelle :"), self.scale)
        form.addRow(self.tr("&Opacité :"), self.opacity)
        form.addRow(self.in_projection)
        form.addRow(self.in_print)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from ..programme.edits import ProgrammeEditCommand

        values = dict(photo_id=self.photo.currentData(), x=self.x_box.value(), y=self.y_box.value(),
                      scale=self.scale.value(), opacity=self.opacity.value() / 100,
                      in_projection=self.in_projection.isChecked(),
                      in_print=self.in_print.isChecked())
        if self.doc.run(ProgrammeEditCommand(
                self.doc, self.tr("Fond de carte"),
                lambda: service.set_backdrop(self.doc.notebook, self.map_id, **values))):
            super().accept()
