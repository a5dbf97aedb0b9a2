"""The atelier's Photos tab: import on a worker thread, caption by keyboard, viewer, undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog

from lieuxcommuns_desktop.core.model import Atelier, Sequence
from lieuxcommuns_desktop.core.services import photos, records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.ui import settings
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.photos.gallery import PhotoGallery
from lieuxcommuns_desktop.ui.registry import ATELIER_TOOLS
from tests.core.photos.test_decode import phone_jpeg

START = dt.datetime(2026, 3, 14, 9, 0)


@pytest.fixture
def setup(qtbot, tmp_path: Path):
    nb = Notebook.create(tmp_path / "carnet.lieux")
    atelier = records.create(nb, Atelier, title="La Halle")
    first = records.create(nb, Sequence, atelier_id=atelier.id, title="Accueil", position=0,
                           actual_start=START, actual_end=START + dt.timedelta(minutes=20))
    second = records.create(nb, Sequence, atelier_id=atelier.id, title="Carte", position=1,
                            actual_start=START + dt.timedelta(minutes=20),
                            actual_end=START + dt.timedelta(minutes=60))
    doc = Document(nb)
    gallery = PhotoGallery(doc, atelier.id)
    qtbot.addWidget(gallery)
    gallery.resize(1000, 700)
    gallery.show()
    yield gallery, doc, first.id, second.id
    gallery.close()
    nb.close()


def test_gallery_is_an_atelier_tool() -> None:
    entry = next(e for e in ATELIER_TOOLS if e.key == "photos")
    assert entry.load() is PhotoGallery


def test_folder_import_runs_on_a_thread_and_is_one_undo_step(setup, tmp_path, monkeypatch):
    gallery, doc, first, second = setup
    folder = tmp_path / "DCIM"
    folder.mkdir()
    for i in range(6):
        phone_jpeg(folder / f"IMG_{i}.jpg", (120, 90), when="2026:03:14 10:30:00")
    (folder / "texte.jpg").write_text("pas une photo", encoding="utf-8")
    # Taken 30 s after the change of séquence: asked about, "Accueil" chosen.
    phone_jpeg(folder / "IMG_z.jpg", (120, 90), when="2026:03:14 10:20:30")
    asked: list[list[str]] = []

    def answer(_parent, _title, _label, items, *_args, **_kw):
        asked.append(list(items))
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", answer)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    settings.set_photo_preferences(70, 800)
    redraws: list[int] = []
    refresh = gallery.refresh
    monkeypatch.setattr(gallery, "refresh", lambda: (redraws.append(1), refresh()))
    gallery.folder_button.click()
    assert gallery.importing
    assert gallery.wait_import()
    assert gallery.list.count() == 7
    assert len(redraws) <= 3  # once at the end (and after the question), not per photo
    assert asked == [["Accueil", "Carte"]]
    assert "1 fichier refusé :" in gallery.status.text()
    assert "texte.jpg" in gallery.status.text()
    placed = {p.original_name: p.sequence_id for p in photos.list_photos(doc.notebook,
                                                                           gallery.atelier_id)}
    assert placed["IMG_0.jpg"] == second and placed["IMG_z.jpg"] == first
    assert doc.undo_stack.count() == 2  # the import, then the answer to the question
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert gallery.list.count() == 0
    doc.undo_stack.redo()
    assert gallery.list.count() == 7


def test_drop_files_then_caption_alt_text_move_and_delete_by_keyboard(setup, tmp_path, qtbot):
    gallery, doc, first, second = setup
    files = [phone_jpeg(tmp_path / f"{i}.jpg", (120, 90), when="2026:03:14 10:05:00")
             for i in range(2)]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    gallery.dropEvent(event)
    assert gallery.wait_import()
    assert gallery.list.count() == 2
    gallery.list.setCurrentRow(0)
    photo_id = gallery.current_id()
    gallery.caption.setFocus()
    qtbot.keyClicks(gallery.caption, "Le tableau des idees")
    qtbot.keyClick(gallery.caption, Qt.Key.Key_Return)
    assert photos.get_photo(doc.notebook, photo_id).caption == "Le tableau des idees"
    gallery.suggest_button.click()
    assert photos.get_photo(doc.notebook, photo_id).alt_text == (
        "Photo du tableau de la séquence « Accueil »")
    gallery.sequence.setCurrentIndex(gallery.sequence.findData(second))
    gallery.sequence.activated.emit(gallery.sequence.currentIndex())
    assert photos.get_photo(doc.notebook, photo_id).sequence_id == second
    doc.undo_stack.undo()
    assert photos.get_photo(doc.notebook, photo_id).sequence_id == first
    gallery.list.setFocus()
    gallery.list.setCurrentRow(0)
    qtbot.keyClick(gallery.list, Qt.Key.Key_Delete)
    assert gallery.list.count() == 1
    doc.undo_stack.undo()
    assert gallery.list.count() == 2


def test_viewer_goes_through_the_photos_with_the_arrow_keys(setup, tmp_path, qtbot):
    gallery, doc, _first, _second = setup
    for i in range(3):
        photos.import_file(doc.notebook, gallery.atelier_id,
                           phone_jpeg(tmp_path / f"{i}.jpg", (200, 100),
                                      when=f"2026:03:14 10:0{i}:00"))
    gallery.refresh()
    gallery.list.setCurrentRow(0)
    viewer = gallery.open_viewer()
    qtbot.addWidget(viewer)
    ids = viewer.photo_ids
    assert viewer.current_id == ids[0] and "(1 / 3)" in viewer.caption.text()
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.current_id == ids[1]
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    assert viewer.current_id == ids[2]
    assert not viewer.picture.pixmap().isNull()
    viewer.close()


def test_photos_show_in_the_notes_feed_at_their_time(setup, tmp_path, qtbot):
    from lieuxcommuns_desktop.core.enums import NoteKind
    from lieuxcommuns_desktop.core.model import Note
    from lieuxcommuns_desktop.ui.notes.feed import NotesFeed
    from lieuxcommuns_desktop.ui.photos.viewer import PhotoViewer
    from lieuxcommuns_desktop.ui.roles import Role

    gallery, doc, first, _second = setup
    for minutes, text in ((5, "avant"), (15, "après")):
        records.create(doc.notebook, Note, atelier_id=gallery.atelier_id, sequence_id=first,
                       kind=NoteKind.NOTE, text=text,
                       created_at=START + dt.timedelta(minutes=minutes))
    feed = NotesFeed(doc, gallery.atelier_id)
    qtbot.addWidget(feed)
    feed.show()
    photo = photos.import_file(doc.notebook, gallery.atelier_id, phone_jpeg(
        tmp_path / "a.jpg", (200, 100), when="2026:03:14 10:10:00"))  # 09:10 UTC
    photos.edit_photo(doc.notebook, photo.photo_id, caption="Le tableau")
    group = feed.topLevelItem(0)
    assert [group.child(i).text(2) for i in range(group.childCount())] == [
        "avant", "Le tableau", "après"]
    row = group.child(1)
    assert row.data(0, Role.PHOTO) == photo.photo_id and row.text(1) == "Photo"
    feed.setFocus()
    feed.setCurrentItem(row)
    qtbot.keyClick(feed, Qt.Key.Key_Return)
    viewers = feed.findChildren(PhotoViewer)
    assert viewers and viewers[0].current_id == photo.photo_id
    viewers[0].close()


def test_viewer_goes_to_the_projector_screen(setup, tmp_path, qtbot):
    from PySide6.QtGui import QGuiApplication

    gallery, doc, _first, _second = setup
    photos.import_file(doc.notebook, gallery.atelier_id, phone_jpeg(tmp_path / "a.jpg"))
    gallery.refresh()
    viewer = gallery.open_viewer()
    qtbot.addWidget(viewer)
    qtbot.keyClick(viewer, Qt.Key.Key_F9)
    assert viewer.screen() is QGuiApplication.screens()[-1]
    assert viewer.windowState() & Qt.WindowState.WindowFullScreen
    viewer.close()


def test_photo_preferences_are_kept(qtbot):
    from lieuxcommuns_desktop.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.photo_quality.setValue(75)
    dialog.photo_long_side.setValue(1920)
    dialog.accept()
    assert settings.photo_quality() == 75 and settings.photo_long_side() == 1920
    settings.set_value("photos/quality", "n'importe quoi")
    assert settings.photo_quality() == 82
    settings.set_value("photos/long_side", 99999)
    assert settings.photo_long_side() == 4096
