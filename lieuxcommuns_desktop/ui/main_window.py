"""The facilitator's window: start page or an open notebook, menus, undo history.

One notebook per window. Opening goes through the lock (another window or
instance → read-only, a copy, or cancel) and any :class:`LieuxError` becomes a
dialog while the window stays usable. Every edit is already on disk, so
closing never asks to save.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QUndoView,
    QWidget,
)

from .. import APP_NAME
from ..core.errors import LieuxError, StoreError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.model import Atelier
from . import registry, settings
from .contracts import DeletesSelection, HostsTools, OpensNotes, OpensTools, SelectsNotes
from .errors import show_error
from .lock import LockState, NotebookLock
from .plain import plain, rich
from .screen_fit import fit_to_screen
from .start_page import StartPage

if TYPE_CHECKING:
    from ..core.services.notebook import ChangeSet
    from .document import Document

log = logging.getLogger(__name__)

FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow",
                                "Carnets Lieux Communs (*.lieux);;Tous les fichiers (*)")
JSON_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Échange JSON (*.json);;Tous les fichiers (*)")


class MainWindow(QMainWindow):
    #: Emitted after a notebook was opened (path, read-only).
    notebook_opened = Signal(str, bool)
    #: Emitted when a notebook drawn from its quick outline finally failed to open.
    open_failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAccessibleName(APP_NAME)
        self.doc: Document | None = None
        self.lock: NotebookLock | None = None
        self.navigation = None
        self.current_page: QWidget | None = None
        self.current_atelier: str | None = None
        self._last_tool = "sheet"
        self._pending: tuple[Path, NotebookLock] | None = None
        self.undo_group = QUndoGroup(self)
        registry.check()  # a tool that cannot load fails here, not as a missing tab

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("centralStack")
        self.start_page = StartPage(self)
        self.stack.addWidget(self.start_page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.editor_stack = QStackedWidget(self.splitter)
        self.editor_stack.setObjectName("editorStack")
        self.splitter.addWidget(self.editor_stack)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        self.stack.installEventFilter(self)

        self.saved_label = plain(QLabel(self))
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setAccessibleName(self.tr("État de l'enregistrement"))
        self.statusBar().addPermanentWidget(self.saved_label)

        self.undo_view = QUndoView(self.undo_group)
        self.undo_view.setObjectName("undoView")
        self.undo_view.setAccessibleName(self.tr("Historique des modifications"))
        self.undo_view.setEmptyLabel(self.tr("<ouverture du carnet>"))
        self.undo_dock = QDockWidget(self.tr("Historique"), self)
        self.undo_dock.setObjectName("undoDock")
        self.undo_dock.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.undo_dock)
        self.undo_dock.hide()
        self.undo_view.setMinimumWidth(160)
        self.resizeDocks([self.undo_dock], [220], Qt.Orientation.Horizontal)

        self._build_actions()
        self._build_menus()
        from .team.menu import install as install_team  # merge, share, sync (issue 18)

        self.team = install_team(self)
        self.start_page.new_notebook.connect(self.new_notebook)
        self.start_page.open_notebook.connect(self.open_dialog)
        self.start_page.open_path.connect(self.open_path)
        self.start_page.open_demo.connect(self.open_demo)
        self.start_page.template_chosen.connect(self.new_atelier_from_template)
        self.start_page.back_to_notebook.connect(self.show_notebook)
        fit_to_screen(self, wanted=QSize(1280, 760))
        self._restore_window()
        self._update_state()

    # -- actions and menus -------------------------------------------------------------
    def _action(self, key: str, text: str, slot, shortcut=None, *,  # noqa: ANN001
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{key}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(slot)
        self.actions_by_key[key] = action
        return action

    def _build_actions(self) -> None:
        self.actions_by_key: dict[str, QAction] = {}
        sk = QKeySequence.StandardKey
        a = self._action
        a("home", self.tr("&Accueil"), self.show_start_page, "Ctrl+Shift+H")
        a("new", self.tr("&Nouveau carnet…"), self.new_notebook, sk.New)
        a("open", self.tr("&Ouvrir…"), self.open_dialog, sk.Open)
        a("save_copy", self.tr("Enregistrer une &copie sous…"), self.save_copy, sk.SaveAs)
        a("import_json", self.tr("&Importer (JSON)…"), self.import_json)
        a("export_json", self.tr("&Exporter (JSON)…"), self.export_json)
        a("export_calendar", self.tr("Exporter le ca&lendrier…"), self.export_calendar)
        a("publish", self.tr("P&ublier…"), self.publish_site)
        a("evaluation_report", self.tr("Rapport d'é&valuation du programme…"),
          self.evaluation_report)
        a("print", self.tr("&Imprimer…"), self.print_kit, sk.Print)
        a("preferences", self.tr("&Préférences…"), self.preferences, sk.Preferences)
        a("quit", self.tr("&Quitter"), self.close, sk.Quit)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Annuler"))
        self.undo_action.setObjectName("action_undo")
        self.undo_action.setShortcut(QKeySequence(sk.Undo))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Rétablir"))
        self.redo_action.setObjectName("action_redo")
        self.redo_action.setShortcut(QKeySequence(sk.Redo))
        a("cut", self.tr("Co&uper"), lambda: self._forward("cut"), sk.Cut)
        a("copy", self.tr("&Copier"), lambda: self._forward("copy"), sk.Copy)
        a("paste", self.tr("C&oller"), lambda: self._forward("paste"), sk.Paste)
        a("delete", self.tr("&Supprimer"), self.delete_selection, sk.Delete)
        a("find", self.tr("&Rechercher"), self.show_search, sk.Find)
        a("show_navigation", self.tr("&Navigation"), self._toggle_navigation, "Ctrl+Shift+E",
          checkable=True).setChecked(True)
        history = self.undo_dock.toggleViewAction()
        history.setText(self.tr("&Historique des modifications"))
        history.setObjectName("action_history")
        history.setShortcut(QKeySequence("Ctrl+H"))
        self.actions_by_key["history"] = history
        a("fullscreen", self.tr("&Plein écran"), self._toggle_fullscreen, sk.FullScreen,
          checkable=True)
        a("focus_navigation", self.tr("Aller à la navigation"), self.focus_navigation, "F6")
        a("new_atelier", self.tr("&Nouvel atelier"), self.new_atelier, "Ctrl+Shift+A")
        a("new_from_template", self.tr("Nouvel atelier depuis un &modèle…"),
          self.choose_template, "Ctrl+Shift+M")
        a("duplicate_atelier", self.tr("&Dupliquer l'atelier"), self.duplicate_atelier)
        a("save_template", self.tr("Enregistrer comme modèle &personnel…"),
          self.save_as_template)
        a("live", self.tr("Mode &animation"), self.open_live, "F5")
        a("guide", self.tr("&Guide d'utilisation"), self.show_guide, sk.HelpContents)
        a("about", self.tr("À &propos de Lieux Communs"), self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        ak = self.actions_by_key
        file_menu = bar.addMenu(self.tr("&Fichier"))
        file_menu.setObjectName("menu_file")
        file_menu.addAction(ak["home"])
        file_menu.addSeparator()
        file_menu.addAction(ak["new"])
        file_menu.addAction(ak["open"])
        self.recent_menu = file_menu.addMenu(self.tr("Ouvrir &récent"))
        self.recent_menu.setObjectName("menu_recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(ak["save_copy"])
        file_menu.addAction(ak["import_json"])
        file_menu.addAction(ak["export_json"])
        file_menu.addAction(ak["export_calendar"])
        file_menu.addAction(ak["publish"])
        file_menu.addAction(ak["evaluation_report"])
        file_menu.addSeparator()
        file_menu.addAction(ak["print"])
        file_menu.addSeparator()
        file_menu.addAction(ak["preferences"])
        file_menu.addAction(ak["quit"])
        edit = bar.addMenu(self.tr("É&dition"))
        edit.setObjectName("menu_edit")
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        for key in ("cut", "copy", "paste", "delete"):
            edit.addAction(ak[key])
        edit.addSeparator()
        edit.addAction(ak["find"])
        view = bar.addMenu(self.tr("&Affichage"))
        view.setObjectName("menu_view")
        for key in ("show_navigation", "history", "fullscreen", "focus_navigation"):
            view.addAction(ak[key])
        atelier = bar.addMenu(self.tr("A&telier"))
        atelier.setObjectName("menu_atelier")
        for key in ("new_atelier", "new_from_template", "duplicate_atelier", "save_template"):
            atelier.addAction(ak[key])
        atelier.addSeparator()
        atelier.addAction(ak["live"])
        help_menu = bar.addMenu(self.tr("Ai&de"))
        help_menu.setObjectName("menu_help")
        help_menu.addAction(ak["guide"])
        help_menu.addAction(ak["about"])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files()
        for text in files:
            action = self.recent_menu.addAction(text)
            action.setEnabled(Path(text).exists())
            action.triggered.connect(lambda _c=False, t=text: self.open_path(t))
        if not files:
            self.recent_menu.addAction(self.tr("(aucun)")).setEnabled(False)

    def _update_state(self) -> None:
        has_doc = self.doc is not None
        writable = has_doc and not self.doc.readonly
        has_atelier = has_doc and self.current_atelier is not None
        ak = self.actions_by_key
        for key in ("save_copy", "export_json", "export_calendar", "publish", "evaluation_report",
                    "show_navigation", "focus_navigation", "find"):
            ak[key].setEnabled(has_doc)
        for key in ("import_json", "new_atelier", "new_from_template"):
            ak[key].setEnabled(writable)
        ak["duplicate_atelier"].setEnabled(writable and has_atelier)
        for key in ("save_template", "live"):
            ak[key].setEnabled(has_atelier)
        ak["print"].setEnabled(has_doc)  # without an atelier: the programme's documents
        self._update_title()

    def _update_title(self) -> None:
        if self.doc is None:
            self.setWindowTitle(APP_NAME)
            return
        name = self.doc.notebook.path.name
        flag = self.tr(" [lecture seule]") if self.doc.readonly else ""
        self.setWindowTitle(f"{name}{flag} — {APP_NAME}")

    # -- opening and closing notebooks -----------------------------------------------------
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
        from ..core.services.notebook import Notebook
        from .document import Document

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
        from ..core.services.outline import read_outline
        from .navigation import NavigationTree

        outline = read_outline(path)
        if outline is None:
            return False
        self.close_notebook()
        self._pending = (path, lock)
        self.navigation = NavigationTree(None, outline=outline)
        self.splitter.insertWidget(0, self.navigation)
        self._restore_splitter()
        text = self.tr("<h2>{title}</h2><p>{count} ateliers — ouverture…</p>")
        summary = rich(QLabel(text.format(title=html.escape(outline.title or path.stem),
                                          count=len(outline.ateliers))))
        summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        summary.setContentsMargins(12, 6, 12, 6)
        self._show_page(summary)
        self.stack.setCurrentWidget(self.splitter)
        self.setWindowTitle(f"{path.name} — {APP_NAME}")
        if self.isVisible():
            QTimer.singleShot(0, self._finish_open)
        return True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.stack and event.type() == QEvent.Type.Paint and self._pending:
            QTimer.singleShot(0, self._finish_open)
        return False

    def _finish_open(self) -> None:
        """Attach the notebook whose outline is on screen."""
        if self._pending is None:
            return
        from ..core.services.notebook import Notebook
        from .document import Document

        path, lock = self._pending
        self._pending = None
        try:
            notebook = Notebook.open(path)
        except LieuxError as exc:
            lock.release()
            self._discard_navigation()
            show_error(self, exc.message)
            self.open_failed.emit(exc.message)
            return
        self._set_document(Document(notebook), lock, navigation=self.navigation)

    def _discard_navigation(self) -> None:
        self._show_page(None)
        if self.navigation is not None:
            self.navigation.setParent(None)
            self.navigation.deleteLater()
            self.navigation = None
        self.stack.setCurrentWidget(self.start_page)
        self._update_state()

    def _ask_lock(self, path: Path, lock: NotebookLock) -> str:
        from .dialogs.lock import LockDialog

        return LockDialog(self, path, lock.holder).choose()

    def _copy_for_editing(self, path: Path) -> Path | None:
        from ..core.store import backup_file

        default = path.with_name(self.tr("{name} (copie)").format(name=path.stem) + path.suffix)
        n = 2
        while default.exists():
            default = path.with_name(
                self.tr("{name} (copie {n})").format(name=path.stem, n=n) + path.suffix)
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
        from ..core.services.notebook import Notebook

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
            from ..core.demo import build_demo

            try:
                build_demo(path)
            except LieuxError as exc:
                show_error(self, exc.message)
                return False
        return self.open_path(path)

    def _set_document(self, doc: Document, lock: NotebookLock | None, *,
                      navigation=None) -> None:  # noqa: ANN001
        from .navigation import NavigationTree

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
            navigation.set_document(doc)
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
        if not (previous and self.navigation.select(*previous)):
            self.navigation.select("programme", "")
        self.statusBar().showMessage(self.tr("Carnet ouvert : {path}").format(
            path=doc.notebook.path), 5000)
        self._update_state()
        self.notebook_opened.emit(str(doc.notebook.path), doc.readonly)

    def close_notebook(self) -> None:
        if self._pending is not None:
            self._pending[1].release()
            self._pending = None
            self._discard_navigation()
        if self.doc is None:
            return
        self._save_splitter()
        self._show_page(None)
        if self.navigation is not None:
            self.navigation.setParent(None)
            self.navigation.deleteLater()
            self.navigation = None
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

    # -- central editor -------------------------------------------------------------------
    def _show_page(self, widget: QWidget | None) -> None:
        old = self.current_page
        if old is not None:
            if isinstance(old, HostsTools):
                self._last_tool = old.current_key
            self.editor_stack.removeWidget(old)
            old.setParent(None)
            old.deleteLater()
        self.current_page = widget
        if widget is not None:
            self.editor_stack.addWidget(widget)
            self.editor_stack.setCurrentWidget(widget)

    def _on_selected(self, kind: str, key: str) -> None:
        if self.doc is None:
            return
        self.current_atelier = None
        if kind == "atelier":
            self.open_atelier(key)
            return
        if kind == "page":
            entry = next(e for e in registry.NOTEBOOK_PAGES if e.key == key)
            page = entry.load()(self.doc)
            if isinstance(page, OpensNotes):  # search results and actions lead to their note
                page.open_note.connect(self.open_note)
            self._show_page(page)
        else:
            from .programme.page import ProgrammePage

            programme_page = ProgrammePage(self.doc)
            programme_page.open_atelier.connect(self.open_atelier)
            self._show_page(programme_page)
        self._update_state()

    def open_atelier(self, atelier_id: str, tool: str | None = None) -> None:
        from .editors.atelier import AtelierPage

        if self.navigation is not None and self.navigation.current() != ("atelier", atelier_id):
            self.navigation.select("atelier", atelier_id, emit=False)
        if isinstance(self.current_page, AtelierPage) and self.current_page.atelier_id == \
                atelier_id:
            if tool:
                self.current_page.show_tool(tool)
        else:
            if isinstance(self.current_page, AtelierPage):
                self._last_tool = self.current_page.current_key
            page = AtelierPage(self.doc, atelier_id, initial_tool=tool or self._last_tool)
            page.open_tool.connect(self.open_atelier)
            self._show_page(page)
        self.current_atelier = atelier_id
        self._update_state()

    def open_note(self, atelier_id: str, note_id: str) -> None:
        """Show a note among its atelier's notes (from search or the actions list)."""
        from .editors.atelier import AtelierPage

        self.open_atelier(atelier_id, "notes")
        page = self.current_page
        if isinstance(page, AtelierPage):
            tool = page.tools.get("notes")
            if isinstance(tool, SelectsNotes):
                tool.select_note(note_id)

    def _on_changed(self, changes: ChangeSet) -> None:
        deleted = changes.deleted.get(Atelier.__tablename__, set())
        if self.current_atelier and self.current_atelier in deleted:
            self.current_atelier = None
            if self.navigation is not None:
                self.navigation.select("programme", "")
        self._update_state()

    def show_search(self) -> None:
        if self.navigation is not None:
            self.navigation.select("page", "search")

    def focus_navigation(self) -> None:
        if self.navigation is None:
            return
        if self.navigation.hasFocus() and self.current_page is not None:
            self.current_page.setFocus()
            self.current_page.focusNextChild()
        else:
            self.navigation.setFocus()

    def _toggle_navigation(self, checked: bool) -> None:
        if self.navigation is not None:
            self.navigation.setVisible(checked)

    def _toggle_fullscreen(self, checked: bool) -> None:
        self.showFullScreen() if checked else self.showNormal()

    # -- edit menu ---------------------------------------------------------------------------
    def _forward(self, method: str) -> None:
        widget = QApplication.focusWidget()
        fn = getattr(widget, method, None)
        if callable(fn):
            fn()

    def delete_selection(self) -> None:
        widget = QApplication.focusWidget()
        while widget is not None and widget is not self:
            if isinstance(widget, DeletesSelection):
                widget.delete_selection()
                return
            widget = widget.parentWidget()

    # -- file menu ---------------------------------------------------------------------------
    def save_copy(self) -> None:
        if self.doc is None:
            return
        from ..core.store import backup_file

        source = self.doc.notebook.path
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer une copie sous"),
            str(source.with_name(self.tr("{name} (copie)").format(name=source.stem) + ".lieux")),
            self.tr(FILE_FILTER))
        if not target:
            return
        target_path = Path(target)
        if target_path.resolve() == source.resolve():
            show_error(self, self.tr("Choisissez un autre fichier que le carnet ouvert."))
            return
        try:
            backup_file(source, target_path)
        except LieuxError as exc:
            show_error(self, exc.message)
            return
        self.statusBar().showMessage(self.tr("Copie enregistrée : {path}").format(
            path=target_path), 8000)

    def export_json(self) -> None:
        if self.doc is None:
            return
        from .dialogs.interchange import export_json

        source = self.doc.notebook.path
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter (JSON)"),
                                                str(source.with_suffix(".json")),
                                                self.tr(JSON_FILTER))
        if target:
            export_json(self, self.doc, Path(target))

    def export_calendar(self) -> None:
        if self.doc is None:
            return
        from .programme.exports import export_calendar

        written = export_calendar(self, self.doc)
        if written is not None:
            self.statusBar().showMessage(
                self.tr("Calendrier exporté : {path}").format(path=written), 8000)

    def publish_site(self) -> None:
        if self.doc is None:
            return
        from .dialogs.publish import publish_programme

        report = publish_programme(self, self.doc)
        if report is not None:
            self.statusBar().showMessage(self.tr("Site publié"), 8000)

    def evaluation_report(self) -> None:
        if self.doc is None:
            return
        from .dialogs.evaluation_report import save_evaluation_report

        written = save_evaluation_report(self, self.doc)
        if written is not None:
            self.statusBar().showMessage(self.tr("Rapport écrit : {path}").format(path=written),
                                         8000)

    def import_json(self) -> None:
        if self.doc is None:
            return
        from .dialogs.interchange import import_json

        target, _ = QFileDialog.getOpenFileName(self, self.tr("Importer (JSON)"),
                                                str(self.doc.notebook.path.parent),
                                                self.tr(JSON_FILTER))
        if target:
            import_json(self, self.doc, Path(target))

    def print_kit(self) -> None:
        """The current atelier's kit; the programme's poster and summary elsewhere."""
        if self.doc is not None and self.current_atelier is None:
            cls = registry.PRINT_DIALOG.load()
            dialog = cls(self.doc, None, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.exec()
            return
        self._open_atelier_window(registry.PRINT_DIALOG)

    def open_live(self) -> None:
        self._open_atelier_window(registry.LIVE_WINDOW)

    def _open_atelier_window(self, entry: registry.ToolEntry) -> None:
        if self.doc is None or self.current_atelier is None:
            return
        cls = entry.load()
        if entry is registry.LIVE_WINDOW and self._raise_live(cls, self.current_atelier):
            return
        window = cls(self.doc, self.current_atelier, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(window, OpensTools):  # live mode's "open the map" button
            window.open_tool.connect(self.open_atelier)
        if isinstance(window, QDialog):
            window.exec()
        else:
            window.setWindowFlag(Qt.WindowType.Window, True)
            window.show()

    def _raise_live(self, cls: type, atelier_id: str) -> bool:
        """F5 again on the same atelier: bring its live window back, never a second one."""
        for window in self.findChildren(cls):
            if getattr(window, "atelier_id", None) == atelier_id and window.isVisible():
                if window.isMinimized():
                    window.showNormal()
                window.raise_()
                window.activateWindow()
                return True
        return False

    def preferences(self) -> None:
        from .dialogs.preferences import PreferencesDialog

        _run_modal(PreferencesDialog(self))

    # -- atelier menu ---------------------------------------------------------------------------
    def _current_thematique(self) -> str | None:
        if self.navigation is None:
            return None
        current = self.navigation.current()
        if current and current[0] == "thematique":
            return current[1] or None
        if self.current_atelier and self.doc is not None:
            from ..core.services import records

            atelier = records.find(self.doc.notebook, Atelier, self.current_atelier)
            return atelier.thematique_id if atelier else None
        return None

    def new_atelier(self) -> str | None:
        if self.doc is None:
            return None
        from .editors.ateliers import new_atelier

        atelier_id = new_atelier(self.doc, self._current_thematique())
        if atelier_id:
            self.open_atelier(atelier_id, "sheet")
            self.current_page.form.title.setFocus()
            self.current_page.form.title.selectAll()
        return atelier_id

    def choose_template(self) -> str | None:
        from .dialogs.templates import TemplateChooserDialog

        dialog = TemplateChooserDialog(self)
        try:
            accepted = dialog.exec() == TemplateChooserDialog.DialogCode.Accepted
            template = dialog.selected() if accepted else None
        finally:
            dialog.deleteLater()  # not left behind as a hidden child of the window
        return self.new_atelier_from_template(template) if template else None

    def new_atelier_from_template(self, template) -> str | None:  # noqa: ANN001
        if self.doc is None:
            path = settings.default_notebook_path()
            if not (self.open_path(path) if path.exists() else self.create_notebook(path)):
                return None
        if self.doc.readonly:
            show_error(self, self.tr("Ce carnet est ouvert en lecture seule."))
            return None
        from .editors.ateliers import new_from_template

        atelier_id = new_from_template(self.doc, template,
                                       thematique_id=self._current_thematique())
        if atelier_id:
            self.show_notebook()
            self.open_atelier(atelier_id, "agenda")
        return atelier_id

    def duplicate_atelier(self) -> str | None:
        if self.doc is None or self.current_atelier is None:
            return None
        from .editors.ateliers import duplicate

        atelier_id = duplicate(self.doc, self.current_atelier)
        if atelier_id:
            self.open_atelier(atelier_id, "sheet")
        return atelier_id

    def save_as_template(self) -> Path | None:
        if self.doc is None or self.current_atelier is None:
            return None
        from ..core.services import records
        from .editors.ateliers import save_as_template

        atelier = records.get(self.doc.notebook, Atelier, self.current_atelier)
        title, ok = QInputDialog.getText(self, self.tr("Enregistrer comme modèle personnel"),
                                         self.tr("Titre du modèle :"), text=atelier.title)
        if not ok or not title.strip():
            return None
        try:
            path = save_as_template(self.doc, self.current_atelier, title.strip(),
                                    settings.personal_templates_dir())
        except LieuxError as exc:
            show_error(self, exc.message)
            return None
        self.statusBar().showMessage(self.tr("Modèle enregistré : {path}").format(path=path),
                                     8000)
        self.start_page.refresh()
        return path

    # -- help menu -------------------------------------------------------------------------------
    def show_guide(self) -> None:
        from .dialogs.guide import GuideDialog

        _run_modal(GuideDialog(self))

    def show_about(self) -> None:
        from .dialogs.about import AboutDialog

        _run_modal(AboutDialog(self))

    # -- window state ----------------------------------------------------------------------------
    def _restore_window(self) -> None:
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        fit_to_screen(self)  # saved on a bigger screen: never larger than this one

    def _restore_splitter(self) -> None:
        state = settings.value("window/splitter")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([290, max(600, self.width() - 290)])
        self.splitter.setStretchFactor(1, 1)

    def _save_splitter(self) -> None:
        if self.navigation is not None:
            settings.set_value("window/splitter", self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.set_value("window/geometry", self.saveGeometry())
        settings.set_value("window/state", self.saveState())
        # Leaving a text box commits it: let that edit reach the disk first.
        focus = QApplication.focusWidget()
        if focus is not None:
            focus.clearFocus()
        self.close_notebook()
        super().closeEvent(event)


def _run_modal(dialog: QDialog) -> int:
    """Show a modal dialog, then free it (a parented dialog would outlive its use)."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
