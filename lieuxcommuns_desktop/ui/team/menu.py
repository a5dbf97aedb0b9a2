"""The Fichier menu's merge, share and sync entries, put in the window by one call.

:func:`install` adds the actions beside the JSON import and before printing,
registers them in the window's ``actions_by_key`` (so tests and the shortcut
list find them), and keeps them enabled only when a writable notebook is
open — checked when the menu opens, when a notebook opens and when one
closes (its undo stack leaves the window's group), since the window's own
state update does not know them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from . import link as team_link
from .sync_control import TeamSync

if TYPE_CHECKING:
    from ..main_window import MainWindow

SYNC_SHORTCUT = "Ctrl+Shift+Y"  # Ctrl+Shift+S is the standard "save as" (a copy)


class TeamMenu(QObject):
    """The three actions and what they do, for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        self.sync = TeamSync(window)
        self.merge_action = self._action("merge", self.tr("&Fusionner un carnet…"),
                                         self.merge)
        self.share_action = self._action("share", self.tr("Par&tager sur un serveur "
                                                          "d'équipe…"), self.share)
        self.sync_action = self._action("sync", self.tr("&Synchroniser"), self.sync.sync_now)
        self.sync_action.setShortcut(QKeySequence(SYNC_SHORTCUT))

    def _action(self, key: str, text: str, slot: Any) -> QAction:
        action = QAction(text, self.main)
        action.setObjectName(f"action_{key}")
        action.triggered.connect(lambda _checked=False: slot())
        self.main.actions_by_key[key] = action
        return action

    def place(self, file_menu: QMenu) -> None:
        """Merge after the JSON import; share and sync in a group of their own before print."""
        actions = file_menu.actions()
        by_name = {a.objectName(): a for a in actions}
        after_import = _next(actions, by_name.get("action_import_json"))
        file_menu.insertAction(after_import, self.merge_action)
        before_print = by_name.get("action_print")
        file_menu.insertAction(before_print, self.share_action)
        file_menu.insertAction(before_print, self.sync_action)
        if before_print is not None:
            file_menu.insertSeparator(before_print)
        file_menu.aboutToShow.connect(self.update_state)

    def update_state(self) -> None:
        doc = self.main.doc
        writable = doc is not None and not doc.readonly
        self.merge_action.setEnabled(writable)
        self.share_action.setEnabled(writable)
        self.sync_action.setEnabled(writable)
        self.sync.refresh()

    # -- the entries --------------------------------------------------------------------------
    def merge(self, source: Path | None = None) -> Any:
        doc = self.main.doc
        if doc is None:
            return None
        from .merge_flow import merge_file, pick_source

        source = source or pick_source(self.main, doc)
        return merge_file(self.main, doc, source) if source else None

    def share(self) -> bool:
        doc = self.main.doc
        if doc is None:
            return False
        from .share import ShareDialog

        dialog = ShareDialog(doc, self.main)
        try:
            shared = dialog.exec() == ShareDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if shared:
            found = team_link.load(doc.notebook.path)
            if found is not None and dialog.result_report is not None:
                self.sync.land(doc, dialog.result_report, found)  # a join brings records
            self.main.statusBar().showMessage(
                dialog.notice or self.tr("Carnet partagé sur le serveur d'équipe."), 8000)
        self.update_state()
        return shared


def _next(actions: list[QAction], action: QAction | None) -> QAction | None:
    if action is None or action not in actions:
        return None
    i = actions.index(action)
    return actions[i + 1] if i + 1 < len(actions) else None


def install(window: MainWindow) -> TeamMenu:
    """Add the team entries to ``window``'s Fichier menu (the one hunk in main_window)."""
    team = TeamMenu(window)
    file_menu = window.menuBar().findChild(QMenu, "menu_file")
    if file_menu is not None:
        team.place(file_menu)
    window.notebookOpened.connect(lambda *_: team.update_state())
    # A notebook closed: its stack leaves the group, then ``doc`` goes.
    window.undo_group.activeStackChanged.connect(
        lambda *_: QTimer.singleShot(0, team.update_state))
    team.update_state()
    return team
