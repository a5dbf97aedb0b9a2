"""The atelier's *Photos* tab: add photos, see them by séquence, caption them.

Photos come in by the *Ajouter des photos…* file dialog, *Importer un
dossier…* (a phone's ``DCIM`` copy) or by dropping files or folders on the
tab. The import runs on a worker thread (``worker.py``) with a progress
dialog whose *Annuler* stops between two photos; the photos imported are one
undo step. A photo taken at a change of séquence is asked about afterwards.

Only thumbnails are read to fill the grid (each once, cached); the full JPEG
is read by the viewer when a photo is opened.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.services import photos
from ...core.services.notebook import ChangeSet
from ...core.tables import Table
from .. import settings
from ..document import Document
from ..plain import literal, plain
from ..programme.edits import ProgrammeEditCommand
from ..roles import Role
from . import worker as import_worker
from .viewer import PhotoViewer

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QCloseEvent

    from ...core.services.edits import Edit

log = logging.getLogger(__name__)

FILE_FILTER_SUFFIXES = "*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif *.heic"


class PhotoList(QListWidget):
    """The thumbnails; Enter opens the viewer, Delete removes the photo."""

    def __init__(self, gallery: PhotoGallery) -> None:
        super().__init__(gallery)
        self.gallery = gallery
        self.setObjectName("photoGalleryList")
        self.setAccessibleName(self.tr("Photos de l'atelier"))
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(160, 120))
        self.setGridSize(QSize(180, 160))
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMovement(QListWidget.Movement.Static)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.gallery.open_viewer()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.gallery.delete_current()
            return
        super().keyPressEvent(event)


class PhotoGallery(QWidget):
    """Atelier tool: Cls(doc, atelier_id, parent)."""

    def __init__(self, doc: Document, atelier_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoGallery")
        self.doc, self.atelier_id = doc, atelier_id
        self._icons: dict[str, QIcon] = {}
        self._infos: dict[str, photos.PhotoInfo] = {}
        self._titles: dict[str, str] = {}
        self._worker: import_worker.ImportWorker | None = None
        self._thread = None
        self._progress: QProgressDialog | None = None
        self.last_report: photos.ImportReport | None = None
        self._stale = False
        #: An import is writing photos: changes are redrawn once at its end.
        self._collecting = False
        self.setAcceptDrops(True)

        self.add_button = QPushButton(self.tr("Ajouter des &photos…"), self)
        self.add_button.setObjectName("photoAddFiles")
        self.add_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(self.tr("Importer un &dossier…"), self)
        self.folder_button.setObjectName("photoAddFolder")
        self.folder_button.clicked.connect(self.choose_folder)
        self.view_button = QPushButton(self.tr("Plein é&cran"), self)
        self.view_button.setObjectName("photoViewButton")
        self.view_button.clicked.connect(self.open_viewer)
        self.delete_button = QPushButton(self.tr("&Supprimer"), self)
        self.delete_button.setObjectName("photoDelete")
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.folder_button, self.view_button,
                       self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        privacy = plain(QLabel(self.tr(
            "Les photos sont réduites et enregistrées dans le carnet sans leur position GPS "
            "ni aucune autre métadonnée. Glissez-y des photos ou un dossier."), self))
        privacy.setObjectName("photoPrivacyNote")
        privacy.setWordWrap(True)

        self.list = PhotoList(self)
        self.list.currentItemChanged.connect(lambda *_: self._show_details())
        self.list.itemActivated.connect(lambda _item: self.open_viewer())

        self.sequence = QComboBox(self)
        self.sequence.setObjectName("photoSequence")
        self.sequence.setAccessibleName(self.tr("Séquence de la photo"))
        self.sequence.activated.connect(lambda _i: self._move_current())
        self.caption = QLineEdit(self)
        self.caption.setObjectName("photoCaption")
        self.caption.setAccessibleName(self.tr("Légende"))
        self.caption.editingFinished.connect(self._save_caption)
        self.alt_text = QLineEdit(self)
        self.alt_text.setObjectName("photoAltText")
        self.alt_text.setAccessibleName(self.tr("Texte alternatif"))
        self.alt_text.setPlaceholderText(self.tr("Obligatoire avant publication"))
        self.alt_text.editingFinished.connect(self._save_alt_text)
        self.suggest_button = QPushButton(self.tr("Su&ggérer"), self)
        self.suggest_button.setObjectName("photoSuggestAlt")
        self.suggest_button.clicked.connect(self._suggest)
        alt_row = QHBoxLayout()
        alt_row.addWidget(self.alt_text, 1)
        alt_row.addWidget(self.suggest_button)
        self.details_label = plain(QLabel(self))
        self.details_label.setObjectName("photoDetails")
        form = QFormLayout()
        form.addRow(self.tr("Sé&quence :"), self.sequence)
        form.addRow(self.tr("&Légende :"), self.caption)
        alt_label = QLabel(self.tr("Texte &alternatif :"), self)
        alt_label.setBuddy(self.alt_text)
        form.addRow(alt_label, alt_row)
        form.addRow(self.details_label)
        self.status = plain(QLabel(self))
        self.status.setObjectName("photoStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(privacy)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        doc.changed.connect(self._on_changed)
        self.refresh()

    # -- reading --------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.current_id()
        nb = self.doc.notebook
        self._titles = photos.sequence_titles(nb, self.atelier_id)
        listed = photos.list_photos(nb, self.atelier_id)
        self._infos = {p.id: p for p in listed}
        self.sequence.blockSignals(True)
        self.sequence.clear()
        self.sequence.addItem(self.tr("Atelier (hors séquence)"), None)
        for sequence_id, title in self._titles.items():
            self.sequence.addItem(title, sequence_id)
        self.sequence.blockSignals(False)
        self.list.blockSignals(True)
        self.list.clear()
        for info in listed:
            item = QListWidgetItem(self._icon(info.id), self._label(info))
            item.setData(Role.ID, info.id)
            item.setToolTip(literal(self._where(info.sequence_id)))
            self.list.addItem(item)
            if info.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_details()

    def _label(self, info: photos.PhotoInfo) -> str:
        return info.caption or info.original_name

    def _where(self, sequence_id: str | None) -> str:
        if sequence_id is None:
            return self.tr("Atelier (hors séquence)")
        return self._titles.get(sequence_id, "")

    def _icon(self, photo_id: str) -> QIcon:
        icon = self._icons.get(photo_id)
        if icon is None:
            pixmap = QPixmap()
            pixmap.loadFromData(photos.thumbnail(self.doc.notebook, photo_id), "JPEG")
            icon = self._icons[photo_id] = QIcon(pixmap)
        return icon

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Role.ID) if item is not None else None

    def _show_details(self) -> None:
        info = self._infos.get(self.current_id() or "")
        for widget in (self.sequence, self.caption, self.alt_text, self.suggest_button,
                       self.view_button, self.delete_button):
            widget.setEnabled(info is not None and not (
                self.doc.readonly and widget is not self.view_button))
        if info is None:
            self.caption.clear()
            self.alt_text.clear()
            self.details_label.clear()
            return
        self.sequence.setCurrentIndex(max(0, self.sequence.findData(info.sequence_id)))
        self.caption.setText(info.caption)
        self.alt_text.setText(info.alt_text)
        self.details_label.setText(self.tr("{file} — {width} × {height} px").format(
            file=info.original_name, width=info.width, height=info.height))

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Table.PHOTO, Table.SEQUENCE):
            if self._collecting:  # one redraw at the end, not one per photo (500 × 500)
                self._stale = True
                return
            self.refresh()

    # -- edits ----------------------------------------------------------------------
    def _run(self, text: str, do_fn: Callable[[], Edit]) -> bool:
        return self.doc.run(ProgrammeEditCommand(self.doc, text, do_fn))

    def _save_caption(self) -> None:
        info = self._infos.get(self.current_id() or "")
        if info is None or self.caption.text().strip() == info.caption:
            return
        text = self.caption.text()
        self._run(self.tr("Légende de la photo"),
                  lambda: photos.edit_photo(self.doc.notebook, info.id, caption=text))

    def _save_alt_text(self) -> None:
        info = self._infos.get(self.current_id() or "")
        if info is None or self.alt_text.text().strip() == info.alt_text:
            return
        text = self.alt_text.text()
        self._run(self.tr("Texte alternatif de la photo"),
                  lambda: photos.edit_photo(self.doc.notebook, info.id, alt_text=text))

    def _suggest(self) -> None:
        photo_id = self.current_id()
        if photo_id is None:
            return
        self.alt_text.setText(photos.suggest_alt_text(self.doc.notebook, photo_id))
        self._save_alt_text()

    def _move_current(self) -> None:
        info = self._infos.get(self.current_id() or "")
        target = self.sequence.currentData()
        if info is None or target == info.sequence_id:
            return
        self._run(self.tr("Déplacer la photo"),
                  lambda: photos.move_photo(self.doc.notebook, info.id, target))

    def delete_current(self) -> None:
        photo_id = self.current_id()
        if photo_id is None or self.doc.readonly:
            return
        self._run(self.tr("Supprimer la photo"),
                  lambda: photos.delete_photo(self.doc.notebook, photo_id))

    def open_viewer(self) -> PhotoViewer | None:
        ids = [self.list.item(i).data(Role.ID) for i in range(self.list.count())]
        if not ids:
            return None
        viewer = PhotoViewer(self.doc, ids, max(0, self.list.currentRow()), self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.showFullScreen()
        return viewer

    # -- importing ------------------------------------------------------------------
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Ajouter des photos"), "",
            self.tr("Images ({patterns})").format(patterns=FILE_FILTER_SUFFIXES))
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Importer un dossier de photos"))
        if folder:
            self.import_paths([Path(folder)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    @property
    def importing(self) -> bool:
        return self._worker is not None

    def import_paths(self, paths: list[Path]) -> bool:
        """Start importing on the worker thread; False while another import runs."""
        if self.importing or self.doc.readonly:
            return False
        self._worker = import_worker.ImportWorker(
            self.doc.notebook, self.atelier_id, paths,
            long_side=settings.photo_long_side(), quality=settings.photo_quality())
        self._progress = QProgressDialog(self.tr("Import des photos…"), self.tr("Annuler"),
                                         0, 0, self)
        self._progress.setObjectName("photoImportProgress")
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)
        self._progress.canceled.connect(self._worker.cancel)
        self._worker.progressed.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._collecting = True
        self._thread = import_worker.start(self, self._worker)
        self._thread.finished.connect(self._on_thread_done)
        return True

    def _on_progress(self, done: int, total: int, result: photos.ImportResult) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)
            self._progress.setLabelText(self.tr("Photo {number} sur {photos} : {file}").format(
                number=done, photos=total, file=result.path.name))

    def _on_finished(self, report: photos.ImportReport) -> None:
        self.last_report = report
        self._collecting = False  # the import is over: redraw once, then follow edits
        self._stale = False
        self.refresh()
        edit = report.edit()
        if edit:
            self._run(self.tr("Importer %n photo(s)", "", len(report.imported)), lambda: edit)
        refused = report.refused
        parts = [self.tr("%n photo(s) importée(s).", "", len(report.imported))]
        if report.cancelled:
            parts.append(self.tr("Import annulé : les photos suivantes n'ont pas été lues."))
        if refused:
            parts.append(self.tr("%n fichier(s) refusé(s) :", "", len(refused)))
            parts.extend(r.error for r in refused[:20])
        self.status.setText("\n".join(parts))
        for result in report.ambiguous:
            self.ask_sequence(result)

    def _on_failed(self, message: str) -> None:
        self.status.setText(message)

    def _on_thread_done(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
        if self._thread is not None:
            self._thread.deleteLater()
        self._worker = self._thread = self._progress = None
        if self._stale or self._collecting:  # failed or cancelled before the report
            self._stale = self._collecting = False
            self.refresh()

    def ask_sequence(self, result: photos.ImportResult) -> None:
        """A photo taken at a change of séquence: which board is it?"""
        choices = [self._titles.get(c, c) for c in result.candidates]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Quelle séquence ?"),
            self.tr("« {file} » a été prise au passage d'une séquence à l'autre. "
                    "À quelle séquence appartient-elle ?").format(file=result.path.name),
            choices, 0, False)
        if not ok or result.photo_id is None:
            return
        target = result.candidates[choices.index(choice)]
        if target != result.sequence_id:
            photo_id = result.photo_id
            self._run(self.tr("Déplacer la photo"),
                      lambda: photos.move_photo(self.doc.notebook, photo_id, target))

    def wait_import(self, timeout_ms: int = 60000) -> bool:
        """For tests: process events until the running import is over."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThread

        deadline = QDeadlineTimer(timeout_ms)
        while self.importing and not deadline.hasExpired():
            QCoreApplication.processEvents()
            QThread.msleep(5)
        return not self.importing

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._worker is not None:
            self._worker.cancel()
        if self._thread is not None:
            self._thread.wait(10000)
        super().closeEvent(event)
