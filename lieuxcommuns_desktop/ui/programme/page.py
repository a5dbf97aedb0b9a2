"""The programme page of the main window: timeline, membership grid, dashboard,
and the programme's sheet (title, licence, thématiques, phases).

Each tab re-reads its read model after a committed edit that touches the
tables it shows; hidden tabs refresh when they are shown, so an edit in the
sheet does not rebuild a timeline nobody is looking at.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ...core.services.notebook import ChangeSet
from ..document import Document
from ..editors.programme import ProgrammeEditor
from .dashboard import DashboardPanel
from .grid import MembershipPanel
from .phases import PhasesPanel
from .timeline import TimelinePanel

#: Tables whose change may alter what the programme page shows.
WATCHED = {
    "atelier", "atelier_collectivite", "membership", "phase", "collectivite", "thematique",
    "attendance", "participant", "acteur", "note", "experimentation", "evaluation_answer",
    "evaluation_form", "sequence",
}


class ProgrammePage(QWidget):
    open_atelier = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmePage")
        self.doc = doc
        heading = QLabel(self.tr("Programme"), self)
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("programmeTabs")
        self.tabs.setDocumentMode(True)
        self.timeline = TimelinePanel(doc, self.tabs, today=today)
        self.grid = MembershipPanel(doc, self.tabs, today=today)
        self.dashboard = DashboardPanel(doc, self.tabs, today=today)
        self.sheet = ProgrammeEditor(doc, self.tabs)
        self.phases = PhasesPanel(doc, self.tabs)
        self.tabs.addTab(self.timeline, self.tr("&Frise"))
        self.tabs.addTab(self.grid, self.tr("&Participations"))
        self.tabs.addTab(self.dashboard, self.tr("&Tableau de bord"))
        self.tabs.addTab(self.phases, self.tr("P&hases"))
        self.tabs.addTab(self.sheet, self.tr("Fic&he"))
        self.timeline.open_atelier.connect(self.open_atelier)
        self.dashboard.open_atelier.connect(self.open_atelier)
        self._stale: set[QWidget] = set()
        self.tabs.currentChanged.connect(self._on_tab)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)
        doc.changed.connect(self._on_changed)

    def _panels(self) -> tuple[QWidget, ...]:
        return (self.timeline, self.grid, self.dashboard, self.phases)

    def _on_changed(self, changes: ChangeSet) -> None:
        if not WATCHED & changes.tables:
            return
        current = self.tabs.currentWidget()
        for panel in self._panels():
            if panel is current:
                panel.refresh()  # type: ignore[attr-defined]  # every panel has refresh()
            else:
                self._stale.add(panel)

    def _on_tab(self, _index: int) -> None:
        panel = self.tabs.currentWidget()
        if panel in self._stale:
            self._stale.discard(panel)
            panel.refresh()  # type: ignore[attr-defined]  # every panel has refresh()
