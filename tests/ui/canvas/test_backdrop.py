"""A photo of the paper map under the cards: undoable settings, drawn, off on the projector."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QColor, QImage, QPainter

from lieuxcommuns_desktop.core.errors import LieuxError, ValidationError
from lieuxcommuns_desktop.core.model import Atelier, StakeholderMap
from lieuxcommuns_desktop.core.services import backdrop, photos, records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.ui.canvas.scene import MapScene
from lieuxcommuns_desktop.ui.canvas.view import MapView
from lieuxcommuns_desktop.ui.document import Document


@pytest.fixture
def mapped(tmp_path: Path):
    nb = Notebook.create(tmp_path / "carnet.lieux")
    atelier = records.create(nb, Atelier, title="La Halle")
    smap = records.create(nb, StakeholderMap, atelier_id=atelier.id, title="Carte")
    source = tmp_path / "papier.png"
    Image.new("RGB", (400, 300), (200, 0, 0)).save(source)  # a red paper map
    photo_id = photos.import_file(nb, atelier.id, source).photo_id
    yield nb, atelier.id, smap.id, photo_id
    nb.close()


def test_settings_are_checked_and_undoable(mapped, tmp_path) -> None:
    nb, _atelier, map_id, photo_id = mapped
    edit = backdrop.set_backdrop(nb, map_id, photo_id=photo_id, scale=2.5, opacity=0.4,
                                 in_print=True)
    got = backdrop.get(nb, map_id)
    assert (got.photo_id, got.scale, got.opacity, got.in_print) == (photo_id, 2.5, 0.4, True)
    backdrop.undo(nb, edit)
    assert backdrop.get(nb, map_id).photo_id is None
    for bad in (dict(scale=0), dict(opacity=1.5), dict(x=float("nan"))):
        with pytest.raises(ValidationError):
            backdrop.set_backdrop(nb, map_id, **bad)
    other = records.create(nb, Atelier, title="Autre")
    foreign = photos.import_file(nb, other.id, tmp_path / "papier.png").photo_id
    with pytest.raises(LieuxError):
        backdrop.set_backdrop(nb, map_id, photo_id=foreign)


def _centre(view: MapView) -> QColor:
    """A pixel of the map's background, off the rings' lines and the legend."""
    image = QImage(view.viewport().size(), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    view.render(painter)
    painter.end()
    return image.pixelColor(image.width() // 2 - 120, image.height() // 2 + 100)


def test_drawn_under_the_cards_and_off_on_the_projector(qtbot, mapped) -> None:
    nb, _atelier, map_id, photo_id = mapped
    doc = Document(nb)
    scene = MapScene(nb, map_id)
    view, projector = MapView(scene), MapView(scene, large=True)
    for v in (view, projector):
        v.legend_visible = False
        qtbot.addWidget(v)
        v.resize(400, 400)
        v.show()
    plain = _centre(view)
    backdrop.set_backdrop(nb, map_id, photo_id=photo_id, scale=3.0, opacity=0.8,
                          in_projection=False)
    doc.changed.connect(scene.apply_changes)
    backdrop.set_backdrop(nb, map_id, opacity=0.9)  # a change the scene follows
    red = _centre(view)
    assert red.red() > 150 and red.green() < plain.green() - 100
    assert _centre(projector).green() > 200  # not on the projector
    backdrop.set_backdrop(nb, map_id, in_projection=True)
    assert _centre(projector).green() < 100


def test_dialog_sets_the_backdrop_in_one_undo_step(qtbot, mapped) -> None:
    from lieuxcommuns_desktop.ui.canvas.backdrop import BackdropDialog

    nb, atelier_id, map_id, photo_id = mapped
    doc = Document(nb)
    dialog = BackdropDialog(doc, map_id, atelier_id)
    qtbot.addWidget(dialog)
    dialog.photo.setCurrentIndex(dialog.photo.findData(photo_id))
    dialog.scale.setValue(0.75)
    dialog.opacity.setValue(35)
    dialog.x_box.setValue(-40)
    dialog.in_print.setChecked(True)
    dialog.accept()
    got = backdrop.get(nb, map_id)
    assert (got.photo_id, got.scale, got.opacity, got.x, got.in_print) == (
        photo_id, 0.75, 0.35, -40.0, True)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert backdrop.get(nb, map_id).photo_id is None
