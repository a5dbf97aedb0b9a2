"""What the main window's *Fichier*, *Atelier* and *Aide* menus run.

Each command works on the open notebook (``self.doc``) and the current atelier,
imports its dialog or service when first used (so that the window starts
quickly), and reports in the status bar or one error dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from ...core.errors import LieuxError
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.model import Atelier
from .. import registry, settings
from ..contracts import OpensTools
from ..errors import show_error
from .notebooks import FILE_FILTER

if TYPE_CHECKING:
    from ...core.templates import Template

JSON_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Échange JSON (*.json);;Tous les fichiers (*)")


class WindowCommands:
    """Mixin of ``MainWindow``: the file, atelier and help commands."""

    # -- file menu ---------------------------------------------------------------------------
    def save_copy(self) -> None:
        if self.doc is None:
            return
        from ...core.store import backup_file

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
        from ..dialogs.interchange import export_json

        source = self.doc.notebook.path
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter (JSON)"),
                                                str(source.with_suffix(".json")),
                                                self.tr(JSON_FILTER))
        if target:
            export_json(self, self.doc, Path(target))

    def export_calendar(self) -> None:
        if self.doc is None:
            return
        from ..programme.exports import export_calendar

        written = export_calendar(self, self.doc)
        if written is not None:
            self.statusBar().showMessage(
                self.tr("Calendrier exporté : {path}").format(path=written), 8000)

    def publish_site(self) -> None:
        if self.doc is None:
            return
        from ..dialogs.publish import publish_programme

        report = publish_programme(self, self.doc)
        if report is not None:
            self.statusBar().showMessage(self.tr("Site publié"), 8000)

    def evaluation_report(self) -> None:
        if self.doc is None:
            return
        from ..dialogs.evaluation_report import save_evaluation_report

        written = save_evaluation_report(self, self.doc)
        if written is not None:
            self.statusBar().showMessage(self.tr("Rapport écrit : {path}").format(path=written),
                                         8000)

    def import_json(self) -> None:
        if self.doc is None:
            return
        from ..dialogs.interchange import import_json

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
        if entry is registry.LIVE_WINDOW and self._raise_live(self.current_atelier):
            return
        window = cls(self.doc, self.current_atelier, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(window, OpensTools):  # live mode's "open the map" button
            window.toolRequested.connect(self.open_atelier)
        if isinstance(window, QDialog):
            window.exec()
        else:
            window.setWindowFlag(Qt.WindowType.Window, True)
            window.show()

    def _raise_live(self, atelier_id: str) -> bool:
        """F5 again on the same atelier: bring its live window back, never a second one."""
        from ..live.window import LiveWindow  # loaded already: LIVE_WINDOW.load() just ran

        for window in self.findChildren(LiveWindow):
            if window.atelier_id == atelier_id and window.isVisible():
                if window.isMinimized():
                    window.showNormal()
                window.raise_()
                window.activateWindow()
                return True
        return False

    def preferences(self) -> None:
        from ..dialogs.preferences import PreferencesDialog

        _run_modal(PreferencesDialog(self))

    # -- atelier menu ---------------------------------------------------------------------------
    def _current_thematique(self) -> str | None:
        if self.navigation is None:
            return None
        current = self.navigation.current()
        if current and current[0] == "thematique":
            return current[1] or None
        if self.current_atelier and self.doc is not None:
            from ...core.services import records

            atelier = records.find(self.doc.notebook, Atelier, self.current_atelier)
            return atelier.thematique_id if atelier else None
        return None

    def new_atelier(self) -> str | None:
        if self.doc is None:
            return None
        from ..editors.ateliers import new_atelier

        atelier_id = new_atelier(self.doc, self._current_thematique())
        if atelier_id:
            self.open_atelier(atelier_id, "sheet")
            self.current_page.form.title.setFocus()
            self.current_page.form.title.selectAll()
        return atelier_id

    def choose_template(self) -> str | None:
        from ..dialogs.templates import TemplateChooserDialog

        dialog = TemplateChooserDialog(self)
        try:
            accepted = dialog.exec() == TemplateChooserDialog.DialogCode.Accepted
            template = dialog.selected() if accepted else None
        finally:
            dialog.deleteLater()  # not left behind as a hidden child of the window
        return self.new_atelier_from_template(template) if template else None

    def new_atelier_from_template(self, template: Template) -> str | None:
        if self.doc is None:
            path = settings.default_notebook_path()
            if not (self.open_path(path) if path.exists() else self.create_notebook(path)):
                return None
        if self.doc.readonly:
            show_error(self, self.tr("Ce carnet est ouvert en lecture seule."))
            return None
        from ..editors.ateliers import new_from_template

        atelier_id = new_from_template(self.doc, template,
                                       thematique_id=self._current_thematique())
        if atelier_id:
            self.show_notebook()
            self.open_atelier(atelier_id, "agenda")
        return atelier_id

    def duplicate_atelier(self) -> str | None:
        if self.doc is None or self.current_atelier is None:
            return None
        from ..editors.ateliers import duplicate

        atelier_id = duplicate(self.doc, self.current_atelier)
        if atelier_id:
            self.open_atelier(atelier_id, "sheet")
        return atelier_id

    def save_as_template(self) -> Path | None:
        if self.doc is None or self.current_atelier is None:
            return None
        from ...core.services import records
        from ..editors.ateliers import save_as_template

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
        from ..dialogs.guide import GuideDialog

        _run_modal(GuideDialog(self))

    def show_about(self) -> None:
        from ..dialogs.about import AboutDialog

        _run_modal(AboutDialog(self))



def _run_modal(dialog: QDialog) -> int:
    """Show a modal dialog, then free it (a parented dialog would outlive its use)."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
