"""The facilitator's window: start page or an open notebook, menus, undo history.

One notebook per window. Opening goes through the lock (another window or
instance → read-only, a copy, or cancel) and any :class:`LieuxError` becomes a
dialog while the window stays usable. Every edit is already on disk, so
closing never asks to save.

This module builds the window and switches the central page (programme,
notebook pages, an atelier's tools); its other jobs are mixins in
:mod:`.window`: the actions and menus (:mod:`.window.menus`), which notebook is
open (:mod:`.window.notebooks`) and the menus' commands (:mod:`.window.commands`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QUndoView,
    QWidget,
)

from .. import APP_NAME
from ..core.model import Atelier
from . import registry, settings
from .contracts import HostsTools, OpensNotes, SelectsNotes
from .lock import NotebookLock
from .plain import plain
from .screen_fit import fit_to_screen, watch
from .start_page import StartPage
from .window.commands import WindowCommands
from .window.menus import WindowMenus
from .window.notebooks import WindowNotebooks

if TYPE_CHECKING:
    from ..core.services.notebook import ChangeSet
    from .document import Document
    from .programme.page import ProgrammePage

log = logging.getLogger(__name__)


class MainWindow(WindowMenus, WindowNotebooks, WindowCommands, QMainWindow):
    #: Emitted after a notebook was opened (path, read-only).
    notebookOpened = Signal(str, bool)
    #: Emitted when a notebook drawn from its quick outline finally failed to open.
    openFailed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAccessibleName(APP_NAME)
        self.doc: Document | None = None
        self.lock: NotebookLock | None = None
        self.navigation = None
        self.current_page: QWidget | None = None
        #: Kept while its notebook is open (issue 14): a later visit refreshes it
        #: from the edits made meanwhile instead of building it again.
        self.programme_page: ProgrammePage | None = None
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
        self.start_page.newNotebookRequested.connect(self.new_notebook)
        self.start_page.openNotebookRequested.connect(self.open_dialog)
        self.start_page.recentChosen.connect(self.open_path)
        self.start_page.demoRequested.connect(self.open_demo)
        self.start_page.templateChosen.connect(self.new_atelier_from_template)
        self.start_page.backRequested.connect(self.show_notebook)
        fit_to_screen(self, wanted=QSize(1280, 760))
        watch(self)  # shown before the application fits every window (ui/screen_fit.py)
        self._restore_window()
        self._update_state()

    # -- central editor -------------------------------------------------------------------
    def _show_page(self, widget: QWidget | None) -> None:
        old = self.current_page
        if old is not None and old is widget:
            return
        if old is not None:
            if isinstance(old, HostsTools):
                self._last_tool = old.current_key
            self.editor_stack.removeWidget(old)
            if old is self.programme_page:
                self.programme_page.suspend()  # kept, hidden, a child of the stack
            else:
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
                page.noteRequested.connect(self.open_note)
            self._show_page(page)
        else:
            self._show_page(self._programme_page())
        self._update_state()

    def _programme_page(self) -> ProgrammePage:
        """The notebook's programme page: built on the first visit, resumed on later ones."""
        page = self.programme_page
        if page is not None and page.doc is self.doc:
            page.resume()
            return page
        self.drop_programme_page()
        from .programme.page import ProgrammePage

        page = ProgrammePage(self.doc)
        page.atelierRequested.connect(self.open_atelier)
        self.programme_page = page
        return page

    def drop_programme_page(self) -> None:
        """Delete the kept programme page (its notebook is leaving)."""
        page, self.programme_page = self.programme_page, None
        if page is None:
            return
        if page is self.current_page:
            self._show_page(None)
        self.editor_stack.removeWidget(page)
        page.setParent(None)
        page.deleteLater()

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
            page.toolRequested.connect(self.open_atelier)
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


