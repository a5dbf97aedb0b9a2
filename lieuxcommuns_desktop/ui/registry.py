"""Where each tool's widget lives, loaded on first use.

The main window knows tools only by key, title and an import path, so each
tool (map, matrices, notes…) stays in its own sub-package, and heavy tools
are imported only when the facilitator opens them (start-up stays fast).

Every tool ships with the application: an entry whose module cannot be found
is a packaging or typing error, so :func:`check` (called when the main window
is built) raises :class:`RegistryError` at start rather than leave a tab
silently missing; the tests load every entry for real.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


class RegistryError(RuntimeError):
    """A registry entry that names no module or no class: a bug, not a user error."""


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

    @property
    def module_name(self) -> str:
        return self.target.partition(":")[0]

    def load(self) -> type:
        """The widget class (imports its module on first use)."""
        module = importlib.import_module(self.module_name)
        cls = getattr(module, self.target.partition(":")[2], None)
        if not isinstance(cls, type):
            raise RegistryError(f"tool {self.key!r}: {self.target} names no class")
        return cls


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
    ToolEntry("photos", QT_TRANSLATE_NOOP("tools", "Photos"),
              "lieuxcommuns_desktop.ui.photos.gallery:PhotoGallery"),
    ToolEntry("evaluation", QT_TRANSLATE_NOOP("tools", "Évaluation"),
              "lieuxcommuns_desktop.ui.evaluation.widget:EvaluationTool",
              QT_TRANSLATE_NOOP("tools", "Éval.")),
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


def entries() -> tuple[ToolEntry, ...]:
    """Every entry: atelier tools, notebook pages, windows opened from menus."""
    return (*ATELIER_TOOLS, *NOTEBOOK_PAGES, LIVE_WINDOW, PRINT_DIALOG)


def check() -> None:
    """Raise :class:`RegistryError` for an entry whose module cannot be found.

    Finding a module does not import it (only its parent package), so this
    costs a few file look-ups at start and no tool is loaded before use.
    """
    for entry in entries():
        try:
            spec = importlib.util.find_spec(entry.module_name)
        except ModuleNotFoundError:  # a parent package is missing
            spec = None
        if spec is None:
            raise RegistryError(f"tool {entry.key!r}: no module {entry.module_name}")
