"""Which notebook the main window shows: opening, creating, the demo, closing.

Opening goes through the lock (another window or instance → read-only, a copy,
or cancel); with ``quick`` the navigation is drawn from a ``sqlite3`` outline and
the notebook attached after the first paint. Any :class:`LieuxError` becomes a
dialog while the window stays usable.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QLabel

from ... import APP_NAME
from ...core.errors import LieuxError, StoreError
from ...core.i18n import QT_TRANSLATE_NOOP
from .. import screen_fit, settings
from ..errors import show_error
from ..lock import LockState, NotebookLock
from ..plain import rich

if TYPE_CHECKING:
    from ..document import Document
    from ..navigation import NavigationTree

FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow",
                                "Carnets Lieux Communs (*.lieux);;Tous les fichiers (*)")


class WindowNotebooks:
    """Mixin of ``MainWindow``: the notebook in the window, its lock and its navigation."""

    def open_path(self, path: str | Path, *, readonly: bool = False,
                  ask_on_lock: bool = True, quick: bool = False) -> bool:
        """Open a notebook in this window (closing the current one); False if not opened.

        ``quick``: draw the navigation from a ``sqlite3`` outline now and attach
        the notebook (SQLAlchemy, the slow import) right after the first paint.
        """
        path = Path(path).expanduser().absolute()
        if self.doc is not None and self.doc.notebook.path.resolve() == path.resolve():
            self.show_notebook()
            return True
        lock: NotebookLock | None = None
        if not readonly and path.exists():
            lock = NotebookLock(path)
            state = lock.acquire()
            if state == LockState.HELD:
                choice = self._ask_lock(path, lock) if ask_on_lock else "readonly"
                lock = None
                if choice == "readonly":
                    readonly = True
                elif choice == "copy":
                    copy = self._copy_for_editing(path)
                    return copy is not None and self.open_path(copy)
                else:
                    return False
            elif state == LockState.UNAVAILABLE:
                lock = None
        if quick and lock is not None and self._open_outline(path, lock):
            return True
        from ...core.services.notebook import Notebook
        from ..document import Document

        try:
            try:
                notebook = Notebook.open(path, readonly=readonly)
            except StoreError as exc:
                if exc.code not in ("readonly_file", "readonly_folder") or readonly:
                    raise
                notebook = Notebook.open(path, readonly=True)
                self.statusBar().showMessage(exc.message, 10000)
        except LieuxError as exc:
            if lock is not None:
                lock.release()
            show_error(self, exc.message)
            return False
        except Exception:
            if lock is not None:
                lock.release()
            raise
        self._set_document(Document(notebook), lock)
        return True

    def _open_outline(self, path: Path, lock: NotebookLock) -> bool:
        from ...core.services.outline import read_outline
        from ..navigation import NavigationTree

        outline = read_outline(path)
        if outline is None:
            return False
        self.close_notebook()
        self._pending = (path, lock)
        self.navigation = NavigationTree(None, outline=outline)
        self.splitter.insertWidget(0, self.navigation)
        self._restore_splitter()
        text = self.tr("<h2>{title}</h2><p>%n atelier(s) — ouverture…</p>", "",
                       len(outline.ateliers))
        summary = rich(QLabel(text.format(title=html.escape(outline.title or path.stem))))
        summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        summary.setContentsMargins(12, 6, 12, 6)
        self._show_page(summary)
        self.stack.setCurrentWidget(self.splitter)
        self.setWindowTitle(f"{path.name} — {APP_NAME}")
        if self.isVisible():
            QTimer.singleShot(0, self._finish_open)
        return True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is not self.stack:
            return False
        if event.type() == QEvent.Type.Paint and self._pending:
            QTimer.singleShot(0, self._finish_open)
        elif event.type() == QEvent.Type.Show and not self._pending:
            # The first screen (start page, notebook) paints, then every window
            # fits the screen; a quick open waits for its notebook (_finish_open).
            screen_fit.install_after_paint(self.stack.currentWidget() or self.stack)
        return False

    def _finish_open(self) -> None:
        """Attach the notebook whose outline is on screen."""
        if self._pending is None:
            return
        from ...core.services.notebook import Notebook
        from ..document import Document

        path, lock = self._pending
        self._pending = None
        try:
            notebook = Notebook.open(path)
        except LieuxError as exc:
            lock.release()
            self._discard_navigation()
            show_error(self, exc.message)
            self.openFailed.emit(exc.message)
            screen_fit.install_soon(self)
            return
        self._set_document(Document(notebook), lock, navigation=self.navigation)
        # The notebook's page is the first screen: it paints before the whole
        # application pays for fitting every window (ui/screen_fit.py).
        screen_fit.install_after_paint(self.current_page or self.stack)

    def _discard_navigation(self) -> None:
        self._drop_navigation()
        self.stack.setCurrentWidget(self.start_page)
        self._update_state()

    def _drop_navigation(self) -> None:
        """Empty the central page and delete the navigation tree (a notebook is leaving)."""
        self._show_page(None)
        self.drop_programme_page()
        if self.navigation is not None:
            self.navigation.setParent(None)
            self.navigation.deleteLater()
            self.navigation = None

    def _ask_lock(self, path: Path, lock: NotebookLock) -> str:
        from ..dialogs.lock import LockDialog

        return LockDialog(self, path, lock.holder).choose()

    def _copy_for_editing(self, path: Path) -> Path | None:
        from ...core.store import backup_file

        default = path.with_name(self.tr("{name} (copie)").format(name=path.stem) + path.suffix)
        n = 2
        while default.exists():
            default = path.with_name(
                self.tr("{name} (copie {number})").format(name=path.stem, number=n) + path.suffix)
            n += 1
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Ouvrir une copie"),
                                                str(default), self.tr(FILE_FILTER))
        if not target:
            return None
        target_path = Path(target)
        if target_path.suffix != ".lieux":
            target_path = target_path.with_suffix(".lieux")
        try:
            return backup_file(path, target_path)
        except LieuxError as exc:
            show_error(self, exc.message)
            return None

    def new_notebook(self) -> bool:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Nouveau carnet"), str(Path.home() / "carnet.lieux"),
            self.tr(FILE_FILTER))
        if not target:
            return False
        return self.create_notebook(Path(target))

    def create_notebook(self, path: Path, title: str = "") -> bool:
        from ...core.services.notebook import Notebook

        if path.suffix != ".lieux":
            path = path.with_suffix(".lieux")
        try:
            notebook = Notebook.create(path, title=title or path.stem)
        except LieuxError as exc:
            show_error(self, exc.message)
            return False
        notebook.close()
        return self.open_path(path)

    def open_dialog(self) -> bool:
        start = str(self.doc.notebook.path.parent) if self.doc else str(Path.home())
        target, _ = QFileDialog.getOpenFileName(self, self.tr("Ouvrir un carnet"), start,
                                                self.tr(FILE_FILTER))
        return bool(target) and self.open_path(target)

    def open_demo(self) -> bool:
        path = settings.demo_notebook_path()
        if not path.exists():
            from ...core.demo import build_demo

            try:
                build_demo(path)
            except LieuxError as exc:
                show_error(self, exc.message)
                return False
        return self.open_path(path)

    def _set_document(self, doc: Document, lock: NotebookLock | None, *,
                      navigation: NavigationTree | None = None) -> None:
        from ..navigation import NavigationTree

        if navigation is None:
            self.close_notebook()

        self.doc = doc
        self.lock = lock
        doc.error.connect(lambda message: show_error(self, message))
        doc.saved.connect(lambda when: self.saved_label.setText(
            self.tr("Enregistré à {time}").format(time=when.strftime("%H:%M"))))
        doc.changed.connect(self._on_changed)
        self.undo_group.addStack(doc.undo_stack)
        self.undo_group.setActiveStack(doc.undo_stack)
        if navigation is not None:
            previous = navigation.current()
            navigation.set_document(doc, rebuild=False)  # drawn from the quick outline
        else:
            previous = None
            self.navigation = NavigationTree(doc)
            self.splitter.insertWidget(0, self.navigation)
            self._restore_splitter()
        self.navigation.selected.connect(self._on_selected)
        self.navigation.setVisible(self.actions_by_key["show_navigation"].isChecked())
        self.saved_label.setText(self.tr("Lecture seule") if doc.readonly else "")
        settings.add_recent(doc.notebook.path)
        self.start_page.mark_stale()
        self.start_page.set_notebook_open(True)
        self.stack.setCurrentWidget(self.splitter)
        # Select without emitting, then show the page once: a tree drawn from the
        # quick outline already has its item current, so selecting it again would
        # emit nothing and leave the "opening…" placeholder on screen.
        if not (previous and self.navigation.select(*previous, emit=False)):
            previous = ("programme", "")
            self.navigation.select(*previous, emit=False)
        self._on_selected(*previous)
        self.statusBar().showMessage(self.tr("Carnet ouvert : {path}").format(
            path=doc.notebook.path), 5000)
        self._update_state()
        self.notebookOpened.emit(str(doc.notebook.path), doc.readonly)

    def close_notebook(self) -> None:
        if self._pending is not None:
            self._pending[1].release()
            self._pending = None
            self._discard_navigation()
        if self.doc is None:
            return
        self._save_splitter()
        self._drop_navigation()
        self.undo_group.removeStack(self.doc.undo_stack)
        self.doc.close()
        self.doc.deleteLater()
        self.doc = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self.current_atelier = None
        self.start_page.set_notebook_open(False)
        self.stack.setCurrentWidget(self.start_page)
        self.saved_label.setText("")
        self._update_state()

    def show_start_page(self) -> None:
        self.start_page.refresh()
        self.stack.setCurrentWidget(self.start_page)

    def show_notebook(self) -> None:
        if self.doc is not None:
            self.stack.setCurrentWidget(self.splitter)

