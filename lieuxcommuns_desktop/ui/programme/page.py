"""The programme page of the main window: timeline, membership grid, dashboard,
and the programme's sheet (title, licence, thématiques, phases).

Each tab re-reads its read model after a committed edit that touches the
tables it shows; hidden tabs refresh when they are shown, so an edit in the
sheet does not rebuild a timeline nobody is looking at.

The main window keeps one page per open notebook rather than building it at
each visit (issue 14): while another page is shown the page is *suspended*,
edits made elsewhere only mark its tabs stale, and :meth:`resume` refreshes
the tab on screen once, however many edits came in between.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ...core.tables import Table
from ..document import Document
from .timeline import TimelinePanel

if TYPE_CHECKING:
    from ...core.services.notebook import ChangeSet
    from .dashboard import DashboardPanel
    from .grid import MembershipPanel
    from .phases import PhasesPanel

#: Tables whose change may alter what the programme page shows.
WATCHED = {
    Table.ATELIER, Table.ATELIER_COLLECTIVITE, Table.MEMBERSHIP, Table.PHASE,
    Table.COLLECTIVITE, Table.THEMATIQUE, Table.ATTENDANCE, Table.PARTICIPANT, Table.ACTEUR,
    Table.NOTE, Table.EXPERIMENTATION, Table.EVALUATION_ANSWER, Table.EVALUATION_FORM,
    Table.SEQUENCE,
}


class ProgrammePage(QWidget):
    atelierRequested = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmePage")
        self.doc = doc
        heading = QLabel(self.tr("Programme"), self)
        # A font, not a style sheet: a sheet makes Qt polish the label through its
        # style-sheet engine, a measurable part of opening the page.
        font = QFont(heading.font())
        font.setPointSizeF(15.0)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("programmeTabs")
        self.tabs.setDocumentMode(True)
        self.today = today
        self.timeline = TimelinePanel(doc, self.tabs, today=today)
        self.timeline.atelierRequested.connect(self.atelierRequested)
        # The other tabs are built the first time they are shown: the page opens
        # on the timeline, and a programme lead often looks at nothing else.
        self._builders: dict[int, Callable[[], QWidget]] = {}
        self._panels: dict[str, QWidget] = {"timeline": self.timeline}
        self.tabs.addTab(self.timeline, self.tr("&Frise"))
        # Their modules too are imported then, not before the page's first paint.
        for key, title, builder in (
            ("grid", self.tr("&Participations"), self._build_grid),
            ("dashboard", self.tr("&Tableau de bord"), self._build_dashboard),
            ("phases", self.tr("P&hases"), self._build_phases),
            ("sheet", self.tr("Fic&he"), self._build_sheet),
        ):
            holder = QWidget(self.tabs)
            holder.setObjectName(f"programmeTab_{key}")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            index = self.tabs.addTab(holder, title)
            self._builders[index] = lambda key=key, builder=builder, holder=holder: \
                self._build(key, builder, holder)
        self._stale: set[QWidget] = set()
        self._suspended = False
        self.tabs.currentChanged.connect(self._on_tab)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)
        doc.changed.connect(self._on_changed)

    # -- lazily built tabs ----------------------------------------------------------
    def _build(self, key: str, builder: Callable[[], QWidget], holder: QWidget) -> QWidget:
        panel = builder()
        holder.layout().addWidget(panel)
        holder.setFocusProxy(panel)
        self._panels[key] = panel
        return panel

    def _build_grid(self) -> QWidget:
        from .grid import MembershipPanel

        return MembershipPanel(self.doc, self.tabs, today=self.today)

    def _build_phases(self) -> QWidget:
        from .phases import PhasesPanel

        return PhasesPanel(self.doc, self.tabs)

    def _build_sheet(self) -> QWidget:
        from ..editors.programme import ProgrammeEditor

        return ProgrammeEditor(self.doc, self.tabs)

    def _build_dashboard(self) -> QWidget:
        from .dashboard import DashboardPanel

        panel = DashboardPanel(self.doc, self.tabs, today=self.today)
        panel.atelierRequested.connect(self.atelierRequested)
        return panel

    def panel(self, key: str) -> QWidget:
        """The tab's panel ("timeline", "grid", "dashboard", "phases", "sheet"), shown."""
        if key not in self._panels:
            index = next(i for i in range(self.tabs.count())
                         if self.tabs.widget(i).objectName() == f"programmeTab_{key}")
            self.tabs.setCurrentIndex(index)
        else:
            panel = self._panels[key]
            holder = panel.parentWidget() if key != "timeline" else panel
            self.tabs.setCurrentWidget(holder)
        return self._panels[key]

    @property
    def grid(self) -> MembershipPanel:
        return self.panel("grid")  # type: ignore[return-value]  # the panel built for this key

    @property
    def dashboard(self) -> DashboardPanel:
        return self.panel("dashboard")  # type: ignore[return-value]  # as above

    @property
    def phases(self) -> PhasesPanel:
        return self.panel("phases")  # type: ignore[return-value]  # as above

    def _refreshable(self) -> list[QWidget]:
        return [p for k, p in self._panels.items() if k != "sheet"]

    # -- kept by the main window ------------------------------------------------------
    def suspend(self) -> None:
        """Another page is shown: edits from now on only mark the tabs stale."""
        self._suspended = True

    def resume(self) -> None:
        """Shown again: refresh the tab on screen if an edit touched what it shows."""
        self._suspended = False
        self._refresh_current()

    @property
    def suspended(self) -> bool:
        return self._suspended

    def _on_changed(self, changes: ChangeSet) -> None:
        if not WATCHED & changes.tables:
            return
        if self._suspended:
            self._stale.update(self._refreshable())
            return
        current = self.tabs.currentWidget()
        for panel in self._refreshable():
            if panel is current or panel.parentWidget() is current:
                panel.refresh()  # type: ignore[attr-defined]  # every panel has refresh()
            else:
                self._stale.add(panel)

    def _on_tab(self, index: int) -> None:
        builder = self._builders.pop(index, None)
        if builder is not None:
            builder()
            return
        self._refresh_current()

    def _refresh_current(self) -> None:
        for panel in list(self._stale):
            if panel is self.tabs.currentWidget() or panel.parentWidget() is \
                    self.tabs.currentWidget():
                self._stale.discard(panel)
                panel.refresh()  # type: ignore[attr-defined]  # every panel has refresh()
