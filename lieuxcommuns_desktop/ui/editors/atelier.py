"""The atelier sheet (*fiche*) and the page that holds it with the atelier's tools.

Each field commits once, when the user is done with it (``editingFinished``,
a combo choice, leaving a text box), as one undo command; the fields are
redrawn from ``Document.changed`` so undo shows in the form at once.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import AtelierStatus
from ...core.model import Atelier, Collectivite, Ressource, Thematique
from ...core.services import ateliers, programme, records
from ...core.tables import Table
from .. import registry
from ..agenda.when_fields import NO_DATE, NO_TIME, OptionalDateEdit, TimeField, suggested_date
from ..commands import EditCommand
from ..contracts import OpensTools
from ..document import Document
from ..focus_commit import CommitOnFocusOut
from ..plain import isolate, plain
from ..programme.edits import ProgrammeEditCommand
from ..programme.participants import ParticipantsList
from .labels import status_label

if TYPE_CHECKING:

    from ...core.services.notebook import ChangeSet

log = logging.getLogger(__name__)



class AtelierForm(QWidget):
    """Title, thématique, ressource, collectivité, date, time, place… of one atelier."""

    LINKS = (("thematique_id", Thematique, "name"), ("ressource_id", Ressource, "name"),
             ("collectivite_id", Collectivite, "name"))

    def __init__(self, doc: Document, atelier_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("atelierForm")
        self.setAccessibleName(self.tr("Fiche de l'atelier"))
        self.doc = doc
        self.atelier_id = atelier_id
        self.widgets: dict[str, QWidget] = {}

        def named(widget: QWidget, field: str, label: str) -> QWidget:
            widget.setObjectName(f"atelier_{field}")
            widget.setAccessibleName(label)
            self.widgets[field] = widget
            return widget

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = named(QLineEdit(self), "title", self.tr("Titre"))
        form.addRow(self.tr("&Titre"), self.title)
        self.combos: dict[str, QComboBox] = {}
        for field, _entity, _attr in self.LINKS:
            label = {"thematique_id": self.tr("Thématique"), "ressource_id": self.tr("Ressource"),
                     "collectivite_id": self.tr("Collectivité d'accueil")}[field]
            combo = named(QComboBox(self), field, label)
            combo.activated.connect(lambda _i, f=field: self._commit_combo(f))
            self.combos[field] = combo
            form.addRow(label, combo)
        self.participants = ParticipantsList(doc, atelier_id, self)
        form.addRow(self.tr("Collectivités &participantes"), self.participants)
        self.date = named(OptionalDateEdit(self._suggested_date, self), "date", self.tr("Date"))
        form.addRow(self.tr("&Date"), self.date)
        self.start_time = named(TimeField(self), "start_time", self.tr("Heure de début"))
        form.addRow(self.tr("&Heure de début"), self.start_time)
        self.planned = named(QSpinBox(self), "planned_minutes", self.tr("Créneau prévu (minutes)"))
        self.planned.setRange(0, 24 * 60)
        self.planned.setSingleStep(15)
        self.planned.setSuffix(" min")
        self.planned.setSpecialValueText(self.tr("non prévu"))
        form.addRow(self.tr("&Créneau prévu"), self.planned)
        self.place = named(QLineEdit(self), "place", self.tr("Lieu"))
        form.addRow(self.tr("&Lieu"), self.place)
        self.facilitators = named(QLineEdit(self), "facilitators", self.tr("Animation"))
        form.addRow(self.tr("&Animation"), self.facilitators)
        self.status = named(QComboBox(self), "status", self.tr("Statut"))
        for status in AtelierStatus:
            self.status.addItem(status_label(status), status.value)
        self.status.activated.connect(lambda _i: self._commit("status", AtelierStatus(
            self.status.currentData())))
        form.addRow(self.tr("&Statut"), self.status)
        self.objective = named(QPlainTextEdit(self), "objective", self.tr("Objectif"))
        self.objective.setTabChangesFocus(True)
        self.objective.setMinimumHeight(90)
        form.addRow(self.tr("&Objectif"), self.objective)

        for field in ("title", "place", "facilitators"):
            widget = self.widgets[field]
            widget.editingFinished.connect(lambda f=field, w=widget: self._commit_text(f, w))
        self.date.editingFinished.connect(self._commit_date)
        self.start_time.editingFinished.connect(self._commit_time)
        self.planned.editingFinished.connect(
            lambda: self._commit("planned_minutes", self.planned.value() or None))
        CommitOnFocusOut(self.objective, lambda: self._commit("objective",
                                                             self.objective.toPlainText()))
        self.atelier: Atelier | None = None
        self.refresh(links=True)
        doc.changed.connect(self._on_changed)

    # -- drawing ---------------------------------------------------------------------
    def _on_changed(self, changes: ChangeSet) -> None:
        links = changes.touches(Table.THEMATIQUE, Table.RESSOURCE, Table.COLLECTIVITE)
        if links or self.atelier_id in changes.ids(Atelier.__tablename__):
            self.refresh(links=links)

    def refresh(self, *, links: bool = False) -> None:
        self.atelier = records.find(self.doc.notebook, Atelier, self.atelier_id)
        a = self.atelier
        if a is None:
            self.setEnabled(False)
            return
        if links:
            for field, entity, attr in self.LINKS:
                combo = self.combos[field]
                combo.blockSignals(True)
                combo.clear()
                combo.addItem("—", None)
                for obj in records.all_of(self.doc.notebook, entity, getattr(entity, attr)):
                    combo.addItem(getattr(obj, attr), obj.id)
                combo.blockSignals(False)
        for widget in self.widgets.values():
            widget.blockSignals(True)
        try:
            self.title.setText(a.title)
            for field, combo in self.combos.items():
                combo.setCurrentIndex(max(0, combo.findData(getattr(a, field))))
            self.date.setDate(QDate(a.date) if a.date else NO_DATE)
            self.start_time.setTime(QTime(a.start_time.hour, a.start_time.minute)
                                    if a.start_time else NO_TIME)
            self.planned.setValue(a.planned_minutes or 0)
            self.place.setText(a.place)
            self.facilitators.setText(a.facilitators)
            self.status.setCurrentIndex(max(0, self.status.findData(a.status.value)))
            if self.objective.toPlainText() != a.objective:
                self.objective.setPlainText(a.objective)
        finally:
            for widget in self.widgets.values():
                widget.blockSignals(False)
        readonly = self.doc.readonly
        for widget in self.widgets.values():
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
                widget.setReadOnly(readonly)  # still selectable and copyable
            else:
                widget.setEnabled(not readonly)

    # -- committing --------------------------------------------------------------------
    def _commit(self, field: str, value: Any) -> bool:
        if self.atelier is None or self.doc.readonly or getattr(self.atelier, field) == value:
            return False
        label = self.widgets[field].accessibleName()
        text = self.tr("Modifier « {field} » de l'atelier").format(field=label)
        nb, atelier_id = self.doc.notebook, self.atelier_id
        ok = self.doc.run(EditCommand(
            self.doc, text, lambda: ateliers.edit_details(nb, atelier_id, **{field: value})))
        if not ok:
            self.refresh()
        return ok

    def _commit_text(self, field: str, widget: QLineEdit) -> None:
        self._commit(field, widget.text().strip())  # an empty title: the service says no

    def _commit_combo(self, field: str) -> None:
        value = self.combos[field].currentData()
        if field == "collectivite_id":
            # The host takes part and joins the expedition: a programme edit, not a field.
            if self.atelier is None or self.doc.readonly or self.atelier.collectivite_id == value:
                return
            nb, atelier_id = self.doc.notebook, self.atelier_id
            if not self.doc.run(ProgrammeEditCommand(
                    self.doc, self.tr("Changer la collectivité d'accueil"),
                    lambda: programme.set_host(nb, atelier_id, value))):
                self.refresh()
            return
        self._commit(field, value)

    def _suggested_date(self) -> dt.date:
        """Where the calendar opens while the date is not fixed: today or the programme's span."""
        dates = [a.date for a in records.all_of(self.doc.notebook, Atelier) if a.date]
        return suggested_date(dt.date.today(), dates)

    def _commit_date(self) -> None:
        qdate = self.date.date()
        self._commit("date", None if qdate == NO_DATE else dt.date(qdate.year(), qdate.month(),
                                                                    qdate.day()))

    def _commit_time(self) -> None:
        qtime = self.start_time.time()
        self._commit("start_time", None if qtime == NO_TIME else dt.time(qtime.hour(),
                                                                         qtime.minute()))


class AtelierPage(QWidget):
    """The atelier's sheet and its tools as tabs; each tool is built on first show."""

    toolRequested = Signal(str, str)

    def __init__(self, doc: Document, atelier_id: str, parent: QWidget | None = None,
                 *, initial_tool: str = "sheet") -> None:
        super().__init__(parent)
        self.setObjectName("atelierPage")
        self.setAccessibleName(self.tr("Atelier"))
        self.doc = doc
        self.atelier_id = atelier_id
        self.heading = plain(QLabel(self))
        self.heading.setObjectName("atelierHeading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600; padding: 2px 0 6px 0;")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("atelierTabs")
        self.tabs.setAccessibleName(self.tr("Outils de l'atelier"))
        self.tabs.setDocumentMode(True)
        # Room above the text: Fusion clips the accent of "Émargement" on unselected tabs.
        self.tabs.tabBar().setStyleSheet(
            "QTabBar::tab { padding: 6px 10px 5px 10px; margin-right: 2px;"
            " border: 1px solid palette(mid); border-bottom: none;"
            " border-top-left-radius: 4px; border-top-right-radius: 4px; }"
            "QTabBar::tab:selected { background: palette(base); font-weight: 600;"
            " border-top: 3px solid #1f7a80; }")
        self.form = AtelierForm(doc, atelier_id)
        scroll = QScrollArea(self)
        scroll.setObjectName("atelierSheetScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addWidget(self.form)
        holder_layout.addStretch(1)
        holder.setMaximumWidth(900)
        scroll.setWidget(holder)
        self.tabs.addTab(scroll, self.tr("Fiche"))
        self.keys: list[str] = ["sheet"]
        self.tools: dict[str, QWidget] = {}
        self._classes: dict[str, type] = {}
        for entry in registry.ATELIER_TOOLS:
            placeholder = QWidget()
            placeholder.setObjectName(f"toolPlaceholder_{entry.key}")
            QVBoxLayout(placeholder).setContentsMargins(0, 0, 0, 0)
            # Short texts ("Carte", "Rôles"…) so that every tab shows at 1024 px;
            # the full title is the tooltip and what a screen reader says.
            index = self.tabs.addTab(placeholder, entry.tab_label)
            self.tabs.setTabToolTip(index, entry.label)
            self.tabs.tabBar().setAccessibleTabName(index, entry.label)
            self.keys.append(entry.key)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._ensure_tool)
        self._refresh_heading()
        doc.changed.connect(self._on_changed)
        self.show_tool(initial_tool)

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.atelier_id in changes.ids(Atelier.__tablename__):
            self._refresh_heading()

    def _refresh_heading(self) -> None:
        atelier = records.find(self.doc.notebook, Atelier, self.atelier_id)
        self.heading.setText(isolate(atelier.title) if atelier else self.tr("(atelier supprimé)"))

    @property
    def current_key(self) -> str:
        return self.keys[self.tabs.currentIndex()]

    def show_tool(self, key: str) -> bool:
        if key not in self.keys:
            return False
        self.tabs.setCurrentIndex(self.keys.index(key))
        self._ensure_tool(self.tabs.currentIndex())
        return True

    def _ensure_tool(self, index: int) -> None:
        key = self.keys[index] if 0 <= index < len(self.keys) else "sheet"
        if key == "sheet" or key in self.tools:
            return
        entry = next(e for e in registry.ATELIER_TOOLS if e.key == key)
        widget = entry.load()(self.doc, self.atelier_id)
        self.tools[key] = widget
        self.tabs.widget(index).layout().addWidget(widget)
        if isinstance(widget, OpensTools):
            widget.toolRequested.connect(lambda atelier_id, tool: (
                self.show_tool(tool) if atelier_id == self.atelier_id
                else self.toolRequested.emit(atelier_id, tool)))

