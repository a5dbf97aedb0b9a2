"""The main window's actions and menu bar, and which actions the current state allows.

Every action is made once by :meth:`WindowMenus._build_actions` under a key
(``actions_by_key``, object name ``action_<key>``), then placed in a menu by one
``_build_<menu>_menu`` method each: a new command adds its action in
``_build_actions`` and one line in its menu's method.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar

from ... import APP_NAME
from .. import settings
from ..contracts import DeletesSelection, EditsClipboard

if TYPE_CHECKING:
    from collections.abc import Callable


class WindowMenus:
    """Mixin of ``MainWindow``: actions, menus, their enabled state, the Edit forwarding."""

    def _action(self, key: str, text: str, slot: Callable[..., object] | None,
                shortcut: str | QKeySequence.StandardKey | None = None, *,
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
        a("cut", self.tr("Co&uper"), lambda: self._clipboard(lambda w: w.cut()), sk.Cut)
        a("copy", self.tr("&Copier"), lambda: self._clipboard(lambda w: w.copy()), sk.Copy)
        a("paste", self.tr("C&oller"), lambda: self._clipboard(lambda w: w.paste()), sk.Paste)
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
        self._build_file_menu(bar)
        self._build_edit_menu(bar)
        self._build_view_menu(bar)
        self._build_atelier_menu(bar)
        self._build_help_menu(bar)

    def _build_file_menu(self, bar: QMenuBar) -> QMenu:
        """*Fichier*: a tool that adds a file command adds its action here."""
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
        return file_menu

    def _build_edit_menu(self, bar: QMenuBar) -> QMenu:
        ak = self.actions_by_key
        edit = bar.addMenu(self.tr("É&dition"))
        edit.setObjectName("menu_edit")
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        for key in ("cut", "copy", "paste", "delete"):
            edit.addAction(ak[key])
        edit.addSeparator()
        edit.addAction(ak["find"])
        return edit

    def _build_view_menu(self, bar: QMenuBar) -> QMenu:
        view = bar.addMenu(self.tr("&Affichage"))
        view.setObjectName("menu_view")
        for key in ("show_navigation", "history", "fullscreen", "focus_navigation"):
            view.addAction(self.actions_by_key[key])
        return view

    def _build_atelier_menu(self, bar: QMenuBar) -> QMenu:
        ak = self.actions_by_key
        atelier = bar.addMenu(self.tr("A&telier"))
        atelier.setObjectName("menu_atelier")
        for key in ("new_atelier", "new_from_template", "duplicate_atelier", "save_template"):
            atelier.addAction(ak[key])
        atelier.addSeparator()
        atelier.addAction(ak["live"])
        return atelier

    def _build_help_menu(self, bar: QMenuBar) -> QMenu:
        help_menu = bar.addMenu(self.tr("Ai&de"))
        help_menu.setObjectName("menu_help")
        help_menu.addAction(self.actions_by_key["guide"])
        help_menu.addAction(self.actions_by_key["about"])
        return help_menu

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


    # -- edit menu ---------------------------------------------------------------------------
    def _clipboard(self, action: Callable[[EditsClipboard], None]) -> None:
        """Cut, copy or paste in the focused widget, when it edits text."""
        widget = QApplication.focusWidget()
        if isinstance(widget, EditsClipboard):
            action(widget)

    def delete_selection(self) -> None:
        widget = QApplication.focusWidget()
        while widget is not None and widget is not self:
            if isinstance(widget, DeletesSelection):
                widget.delete_selection()
                return
            widget = widget.parentWidget()

