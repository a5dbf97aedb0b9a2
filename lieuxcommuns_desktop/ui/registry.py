"""Where each tool's widget lives, loaded on first use.

The main window knows tools only by key, title and an import path, so each
tool (map, matrices, notes…) stays in its own sub-package, and heavy tools
are imported only when the facilitator opens them (start-up stays fast).
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ToolEntry:
    key: str
    #: French source title, translated in context "tools" when displayed.
    title: str
    target: str
    #: French source of a short tab title (context "tools"); the title when empty.
    short: str = ""

    @property
    def label(self) -> str:
        return QCoreApplication.translate("tools", self.title)

    @property
    def tab_label(self) -> str:
        """The atelier tab's text: short, so that every tab shows at 1024 px wide."""
        return QCoreApplication.translate("tools", self.short) if self.short else self.label

    def load(self) -> type | None:
        """The widget class, or None while its sub-package is not installed."""
        module_name, _, attr = self.target.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                log.info("tool %s not available: %s", self.key, exc)
                return None
            raise
        return getattr(module, attr)


# Atelier tools: QWidget subclasses built as Cls(doc, atelier_id, parent=None).
ATELIER_TOOLS: tuple[ToolEntry, ...] = (
    ToolEntry("agenda", QT_TRANSLATE_NOOP("tools", "Déroulé"),
              "lieuxcommuns_desktop.ui.agenda.editor:AgendaEditor"),
    ToolEntry("attendance", QT_TRANSLATE_NOOP("tools", "Émargement"),
              "lieuxcommuns_desktop.ui.attendance.widget:AttendanceWidget"),
    ToolEntry("map", QT_TRANSLATE_NOOP("tools", "Carte des acteurs"),
              "lieuxcommuns_desktop.ui.canvas.tool:MapTool",
              QT_TRANSLATE_NOOP("tools", "Carte")),
    ToolEntry("roles", QT_TRANSLATE_NOOP("tools", "Matrice des rôles"),
              "lieuxcommuns_desktop.ui.matrices.roles:RoleMatrixTool",
              QT_TRANSLATE_NOOP("tools", "Rôles")),
    ToolEntry("decisions", QT_TRANSLATE_NOOP("tools", "Matrice de décision"),
              "lieuxcommuns_desktop.ui.matrices.decisions:DecisionMatrixTool",
              QT_TRANSLATE_NOOP("tools", "Décisions")),
    ToolEntry("commons", QT_TRANSLATE_NOOP("tools", "Grille des communs"),
              "lieuxcommuns_desktop.ui.matrices.commons:CommonsGridTool",
              QT_TRANSLATE_NOOP("tools", "Communs")),
    ToolEntry("notes", QT_TRANSLATE_NOOP("tools", "Notes"),
              "lieuxcommuns_desktop.ui.notes.widget:NotesTool"),
    ToolEntry("evaluation", QT_TRANSLATE_NOOP("tools", "Évaluation"),
              "lieuxcommuns_desktop.ui.evaluation.widget:EvaluationTool"),
)

# Notebook pages in the navigation tree: Cls(doc, parent=None).
NOTEBOOK_PAGES: tuple[ToolEntry, ...] = (
    ToolEntry("collectivites", QT_TRANSLATE_NOOP("tools", "Collectivités"),
              "lieuxcommuns_desktop.ui.tables.pages:CollectivitesPage"),
    ToolEntry("ressources", QT_TRANSLATE_NOOP("tools", "Ressources"),
              "lieuxcommuns_desktop.ui.tables.pages:RessourcesPage"),
    ToolEntry("acteurs", QT_TRANSLATE_NOOP("tools", "Acteurs"),
              "lieuxcommuns_desktop.ui.tables.pages:ActeursPage"),
    ToolEntry("participants", QT_TRANSLATE_NOOP("tools", "Participant·es"),
              "lieuxcommuns_desktop.ui.tables.pages:ParticipantsPage"),
    ToolEntry("experimentations", QT_TRANSLATE_NOOP("tools", "Expérimentations"),
              "lieuxcommuns_desktop.ui.experiments.page:ExperimentsPage"),
    ToolEntry("actions", QT_TRANSLATE_NOOP("tools", "Actions"),
              "lieuxcommuns_desktop.ui.notes.actions:ActionsPage"),
    ToolEntry("search", QT_TRANSLATE_NOOP("tools", "Recherche"),
              "lieuxcommuns_desktop.ui.notes.search:SearchPage"),
)

# Windows and dialogs opened from menus: Cls(doc, atelier_id, parent=None).
LIVE_WINDOW = ToolEntry("live", QT_TRANSLATE_NOOP("tools", "Mode animation"),
                        "lieuxcommuns_desktop.ui.live.window:LiveWindow")
PRINT_DIALOG = ToolEntry("print", QT_TRANSLATE_NOOP("tools", "Imprimer le kit"),
                         "lieuxcommuns_desktop.ui.printing.dialog:PrintDialog")
