"""One experiment's sheet: origin, form, indicators with their chart, milestones, log.

Four tabs so that it fits 1024×768 beside the list. The view only lays out and
calls services through one-step undo commands; it redraws from the read model
(:func:`experiments_views.page`) whenever the page says something changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import AtelierLinkRole
from ...core.labels import label
from ...core.model import Atelier, Collectivite, Ressource
from ...core.services import experiments as ex
from ...core.services import experiments_views as views
from ...core.services import records
from ...printing.letter_text import indicator_row, number
from ..document import Document
from ..plain import plain
from ..programme.edits import ProgrammeEditCommand
from ..roles import Role
from ..tables.pages import ExperimentationLogPanel
from . import name_buttons, name_fields
from .chart import IndicatorChart
from .dialogs import (
    IndicatorDialog,
    MeasureDialog,
    MilestoneDialog,
    PartnersDialog,
    ReviewAteliersDialog,
    StatusDialog,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent


class _TextBox(QPlainTextEdit):
    """A multi-line field that commits when it loses the focus."""

    committed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(64)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit(self.toPlainText())


class _MeasureList(QListWidget):
    """The measures of the chosen indicator, newest first; Delete removes the chosen one."""

    deleteRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)


class ExperimentDetail(QWidget):
    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experimentDetail")
        self.doc = doc
        self.data: views.ExperimentPage | None = None
        self.heading = plain(QLabel(self))
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.summary = plain(QLabel(self))
        self.summary.setWordWrap(True)
        self.status_button = QPushButton(self.tr("Changer le &statut…"), self)
        self.status_button.setObjectName("experimentStatus")
        name_buttons(self.status_button)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("experimentTabs")
        self.tabs.setAccessibleName(self.tr("Fiche de l'expérimentation"))
        self.tabs.tabBar().setAccessibleName(self.tabs.accessibleName())
        self.tabs.addTab(self._build_form(), self.tr("&Fiche"))
        self.tabs.addTab(self._build_indicators(), self.tr("&Indicateurs"))
        self.tabs.addTab(self._build_milestones(), self.tr("&Jalons"))
        self.log = ExperimentationLogPanel(doc, self.tabs)
        self.tabs.addTab(self._build_history(), self.tr("&Historique"))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.status_button.clicked.connect(self.change_status)
        self.show_experiment(None)

    # -- building ---------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        box = QWidget(self)
        outer = QVBoxLayout(box)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # wrapped labels keep their height; the space goes below
        self.origin = plain(QLabel(box))
        self.origin.setObjectName("experimentOrigin")
        self.origin.setWordWrap(True)
        self.title = QLineEdit(box)
        self.title.setObjectName("experimentTitle")
        self.lead = QComboBox(box)
        self.lead.setObjectName("experimentLead")
        self.tool_kind = QComboBox(box)
        self.tool_kind.setObjectName("experimentToolKind")
        self.tool_tested = QLineEdit(box)
        self.ressource = QComboBox(box)
        self.ressource.setObjectName("experimentRessource")
        self.hypothesis = _TextBox(box)
        self.hypothesis.setObjectName("experimentHypothesis")
        self.lessons = _TextBox(box)
        self.lessons.setObjectName("experimentLessons")
        self.partners = plain(QLabel(box))
        self.partners.setWordWrap(True)
        self.partners_button = QPushButton(self.tr("Pa&rtenaires…"), box)
        self.partners_button.setObjectName("experimentPartners")
        name_buttons(self.partners_button)
        self.partners_button.clicked.connect(self._edit_partners)
        partners_row = QHBoxLayout()
        partners_row.addWidget(self.partners, 1)
        partners_row.addWidget(self.partners_button)
        self.ateliers = plain(QLabel(box))
        self.ateliers.setObjectName("experimentAteliers")
        self.ateliers.setWordWrap(True)
        self.ateliers_button = QPushButton(self.tr("Ateliers de re&vue…"), box)
        self.ateliers_button.setObjectName("experimentReviewAteliers")
        self.ateliers_button.setToolTip(self.tr(
            "Lier l'expérimentation aux ateliers où elle a été revue (annulable)"))
        name_buttons(self.ateliers_button)
        self.ateliers_button.clicked.connect(self.edit_review_ateliers)
        # The list of ateliers may wrap: the button goes under it, not beside it.
        button_row = QHBoxLayout()
        button_row.addWidget(self.ateliers_button)
        button_row.addStretch(1)
        ateliers_row = QVBoxLayout()
        ateliers_row.addWidget(self.ateliers)
        ateliers_row.addLayout(button_row)
        form.addRow(self.tr("Origine :"), self.origin)
        form.addRow(self.tr("&Titre :"), self.title)
        form.addRow(self.tr("&Portée par :"), self.lead)
        form.addRow(self.tr("Partenaires :"), partners_row)
        form.addRow(self.tr("Ateliers :"), ateliers_row)
        form.addRow(self.tr("&Type d'outil :"), self.tool_kind)
        form.addRow(self.tr("Outil (&précisions) :"), self.tool_tested)
        form.addRow(self.tr("&Ressource :"), self.ressource)
        form.addRow(self.tr("&Hypothèse :"), self.hypothesis)
        form.addRow(self.tr("&Enseignements :"), self.lessons)
        self.tool_tested.setObjectName("experimentToolTested")
        name_fields(form)
        self.title.editingFinished.connect(lambda: self._edit(title=self.title.text()))
        self.tool_tested.editingFinished.connect(
            lambda: self._edit(tool_tested=self.tool_tested.text()))
        self.hypothesis.committed.connect(lambda text: self._edit(hypothesis=text))
        self.lessons.committed.connect(lambda text: self._edit(lessons=text))
        self.lead.activated.connect(lambda _i: self._edit(collectivite_id=self.lead.currentData()))
        self.tool_kind.activated.connect(
            lambda _i: self._edit(tool_kind_id=self.tool_kind.currentData()))
        self.ressource.activated.connect(
            lambda _i: self._edit(ressource_id=self.ressource.currentData()))
        return box

    def _build_indicators(self) -> QWidget:
        box = QWidget(self)
        self.indicators = QTableWidget(0, 4, box)
        self.indicators.setObjectName("experimentIndicators")
        self.indicators.setHorizontalHeaderLabels(
            [self.tr("Indicateur"), self.tr("Dernière mesure"), self.tr("Cible"),
             self.tr("Avancement")])
        self._table_look(self.indicators)
        # The name and the last measure share the room (at 1024×768 the sheet is
        # narrow); target and progress are short.
        self.indicators.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            self.indicators.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.chart = IndicatorChart(box)
        self.add_indicator = QPushButton(self.tr("&Ajouter un indicateur…"), box)
        self.edit_indicator = QPushButton(self.tr("&Modifier…"), box)
        self.remove_indicator = QPushButton(self.tr("S&upprimer l'indicateur"), box)
        self.add_measure = QPushButton(self.tr("Nouvelle &mesure…"), box)
        self.edit_measure = QPushButton(self.tr("Mo&difier la mesure…"), box)
        self.remove_measure = QPushButton(self.tr("Supprimer la mesu&re"), box)
        self.add_measure.setObjectName("experimentAddMeasure")
        self.edit_measure.setObjectName("experimentEditMeasure")
        self.remove_measure.setObjectName("experimentDeleteMeasure")
        self.add_indicator.setObjectName("experimentAddIndicator")
        self.edit_indicator.setObjectName("experimentEditIndicator")
        self.remove_indicator.setObjectName("experimentDeleteIndicator")
        name_buttons(self.add_indicator, self.edit_indicator, self.remove_indicator,
                     self.add_measure, self.edit_measure, self.remove_measure)
        self.indicators.setAccessibleName(self.tr("Indicateurs"))
        self.measures = _MeasureList(box)
        self.measures.setObjectName("experimentMeasures")
        self.measures.setAccessibleName(self.tr("Mesures de l'indicateur"))
        self.measures.setMaximumWidth(150)
        buttons = QHBoxLayout()
        for button in (self.add_indicator, self.edit_indicator, self.remove_indicator):
            buttons.addWidget(button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.measures, 1)
        self.measures.setToolTip(self.tr("Entrée : modifier la mesure choisie ; "
                                         "Suppr : la supprimer"))
        side.addWidget(self.add_measure)
        side.addWidget(self.edit_measure)
        side.addWidget(self.remove_measure)
        lower = QHBoxLayout()
        lower.addWidget(self.chart, 1)
        lower.addLayout(side)
        layout = QVBoxLayout(box)
        layout.addWidget(self.indicators, 2)
        layout.addLayout(buttons)
        layout.addLayout(lower, 3)
        self.indicators.currentCellChanged.connect(lambda *_a: self._follow_indicator())
        self.measures.currentRowChanged.connect(lambda _r: self._follow_measure())
        self.add_indicator.clicked.connect(self._add_indicator)
        self.edit_indicator.clicked.connect(self._edit_indicator)
        self.remove_indicator.clicked.connect(self.delete_indicator)
        self.add_measure.clicked.connect(self._add_measure)
        self.edit_measure.clicked.connect(self._edit_measure)
        self.measures.itemActivated.connect(lambda _item: self._edit_measure())
        self.remove_measure.clicked.connect(self.delete_measure)
        self.measures.deleteRequested.connect(self.delete_measure)
        return box

    def _build_milestones(self) -> QWidget:
        box = QWidget(self)
        self.milestones = QTableWidget(0, 2, box)
        self.milestones.setObjectName("experimentMilestones")
        self.milestones.setHorizontalHeaderLabels([self.tr("Jalon"), self.tr("Échéance")])
        self._table_look(self.milestones)
        self.add_milestone = QPushButton(self.tr("&Ajouter un jalon…"), box)
        self.toggle_milestone = QPushButton(self.tr("Marquer &atteint / à faire"), box)
        self.remove_milestone = QPushButton(self.tr("Supprimer le jal&on"), box)
        self.toggle_milestone.setObjectName("experimentToggleMilestone")
        self.add_milestone.setObjectName("experimentAddMilestone")
        self.remove_milestone.setObjectName("experimentDeleteMilestone")
        name_buttons(self.add_milestone, self.toggle_milestone, self.remove_milestone)
        self.milestones.setAccessibleName(self.tr("Jalons"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_milestone)
        buttons.addWidget(self.toggle_milestone)
        buttons.addWidget(self.remove_milestone)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.milestones, 1)
        layout.addLayout(buttons)
        self.add_milestone.clicked.connect(self._add_milestone)
        self.toggle_milestone.clicked.connect(self._toggle_milestone)
        self.remove_milestone.clicked.connect(self.delete_milestone)
        return box

    def _build_history(self) -> QWidget:
        box = QWidget(self)
        self.transitions = QListWidget(box)
        self.transitions.setObjectName("experimentTransitions")
        self.transitions.setAccessibleName(self.tr("Changements de statut"))
        layout = QVBoxLayout(box)
        layout.addWidget(plain(QLabel(self.tr("Changements de statut"), box)))
        layout.addWidget(self.transitions, 1)
        layout.addWidget(plain(QLabel(self.tr("Journal"), box)))
        layout.addWidget(self.log, 2)
        return box

    @staticmethod
    def _table_look(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setTabKeyNavigation(False)

    # -- showing ----------------------------------------------------------------------
    def show_experiment(self, experimentation_id: str | None) -> None:
        self.data = views.page(self.doc.notebook, experimentation_id) \
            if experimentation_id else None
        self.log.set_experimentation(experimentation_id)
        self.refresh(reload=False)

    def refresh(self, *, reload: bool = True) -> None:
        if reload and self.data is not None:
            self.data = views.page(self.doc.notebook, self.data.id)
        data = self.data
        enabled = data is not None and not self.doc.readonly
        for widget in (self.tabs, self.status_button):
            widget.setEnabled(data is not None)
        for widget in (self.title, self.lead, self.tool_kind, self.tool_tested, self.ressource,
                       self.hypothesis, self.lessons, self.add_indicator, self.add_milestone,
                       self.status_button, self.partners_button, self.ateliers_button):
            widget.setEnabled(enabled)
        if data is None:
            self.heading.setText(self.tr("Choisissez une expérimentation"))
            self.summary.clear()
            return
        self.heading.setText(data.title)
        self.summary.setText(self.tr("{status} — portée par {lead}").format(
            status=label(data.status), lead=data.lead or "—"))
        self.status_button.setEnabled(enabled and bool(ex.allowed_statuses(data.status)))
        self._fill_form(data)
        self._fill_indicators(data)
        self._fill_milestones(data)
        self.transitions.clear()
        for move in data.transitions:
            before = label(move.from_status) + " → " if move.from_status else ""
            text = f"{move.date:%d/%m/%Y} : {before}{label(move.to_status)}"
            self.transitions.addItem(f"{text} — {move.reason}" if move.reason else text)

    def _fill_form(self, data: views.ExperimentPage) -> None:
        origins = []
        for origin in data.origins:
            where = self.tr("atelier « {title} »").format(title=origin.atelier_title)
            state = self.tr(" (origine supprimée, texte conservé)") if origin.removed else ""
            origins.append(f"{origin.text} — {where}{state}")
        origins += [self.tr("Atelier « {title} » (supprimé)").format(title=a.title)
                    for a in data.ateliers if a.removed and not data.origins]
        self.origin.setText("\n".join(origins) or self.tr("Aucune (créée dans cette page)"))
        if not self.title.hasFocus():
            self.title.setText(data.title)
        if not self.tool_tested.hasFocus():
            self.tool_tested.setText(data.tool_tested)
        for box, text in ((self.hypothesis, data.hypothesis), (self.lessons, data.lessons)):
            if not box.hasFocus() and box.toPlainText() != text:
                box.setPlainText(text)
        self.partners.setText(", ".join(data.partners) or "—")
        roles = {AtelierLinkRole.ORIGINE: self.tr("{title} (origine)"),
                 AtelierLinkRole.REVUE: self.tr("{title} (revue)")}
        self.ateliers.setText(", ".join(
            roles[a.role].format(title=a.title + (self.tr(" — supprimé") if a.removed else ""))
            for a in data.ateliers) or "—")
        nb = self.doc.notebook
        self._fill_combo(self.lead, [(c.id, c.name) for c in records.all_of(
            nb, Collectivite, Collectivite.name)], data.lead_id)
        self._fill_combo(self.tool_kind, [(k.id, k.name) for k in views.tool_kinds(nb)],
                         data.tool_kind_id)
        ressources = [(r.id, r.name) for r in records.all_of(nb, Ressource, Ressource.name)]
        current = next((i for i, n in ressources if n == data.ressource), None)
        self._fill_combo(self.ressource, ressources, current)

    def _fill_combo(self, combo: QComboBox, items: list[tuple[str, str]],
                    current: str | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("—", None)
        for item_id, name in items:
            combo.addItem(name, item_id)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.blockSignals(False)

    def _fill_indicators(self, data: views.ExperimentPage) -> None:
        row = self.indicators.currentRow()
        self.indicators.setRowCount(len(data.indicators))
        for r, indicator in enumerate(data.indicators):
            name, last, target, progress = indicator_row(indicator)
            for c, text in enumerate((f"{name} ({indicator.unit})" if indicator.unit else name,
                                      last, target, progress)):
                self.indicators.setItem(r, c, QTableWidgetItem(text))
        if data.indicators:
            self.indicators.setCurrentCell(min(max(row, 0), len(data.indicators) - 1), 0)
        self._follow_indicator()

    def _fill_milestones(self, data: views.ExperimentPage) -> None:
        self.milestones.setRowCount(len(data.milestones))
        for r, milestone in enumerate(data.milestones):
            title = QTableWidgetItem(("✓ " if milestone.done else "") + milestone.title)
            title.setData(Role.ID, milestone.id)
            self.milestones.setItem(r, 0, title)
            due = f"{milestone.due_date:%d/%m/%Y}" if milestone.due_date else "—"
            self.milestones.setItem(r, 1, QTableWidgetItem(due))
        self.toggle_milestone.setEnabled(bool(data.milestones) and not self.doc.readonly)
        self.remove_milestone.setEnabled(bool(data.milestones) and not self.doc.readonly)

    def current_indicator(self) -> views.IndicatorView | None:
        row = self.indicators.currentRow()
        if self.data is None or not 0 <= row < len(self.data.indicators):
            return None
        return self.data.indicators[row]

    def _follow_indicator(self) -> None:
        indicator = self.current_indicator()
        self.chart.set_indicator(indicator)
        writable = indicator is not None and not self.doc.readonly
        self.add_measure.setEnabled(writable)
        self.edit_indicator.setEnabled(writable)
        self.remove_indicator.setEnabled(writable)
        self._fill_measures(indicator)
        if indicator is not None and indicator.target is not None:
            self.chart.setToolTip(self.tr("Cible : {target}").format(
                target=number(indicator.target, indicator.unit)))

    # -- editing ----------------------------------------------------------------------
    def _run(self, text: str, do: Callable[[], ex.Edit]) -> bool:
        return self.doc.run(ProgrammeEditCommand(self.doc, text, do))

    def _edit(self, **values: object) -> None:
        data = self.data
        if data is None or self.doc.readonly:
            return
        current = {"title": data.title, "tool_tested": data.tool_tested,
                   "hypothesis": data.hypothesis, "lessons": data.lessons,
                   "collectivite_id": data.lead_id, "tool_kind_id": data.tool_kind_id}
        changed = {k: v for k, v in values.items() if k not in current or current[k] != v}
        if not changed:
            return
        if not self._run(self.tr("Modifier l'expérimentation"),
                         lambda: ex.edit(self.doc.notebook, data.id, **changed)):
            self.refresh()  # a refused title comes back as it was

    def _edit_partners(self) -> None:
        data = self.data
        if data is None:
            return
        everyone = [(c.id, c.name) for c in records.all_of(self.doc.notebook, Collectivite,
                                                           Collectivite.name)]
        PartnersDialog(self.doc, data.id, data.lead_id, set(data.partner_ids), everyone,
                       self).exec()

    def change_status(self) -> None:
        if self.data is not None:
            StatusDialog(self.doc, self.data.id, self.data.status, self).exec()

    def _add_indicator(self) -> None:
        if self.data is not None:
            IndicatorDialog(self.doc, self.data.id, parent=self).exec()

    def _edit_indicator(self) -> None:
        indicator = self.current_indicator()
        if self.data is not None and indicator is not None:
            IndicatorDialog(self.doc, self.data.id, indicator, self).exec()

    def _add_measure(self) -> None:
        indicator = self.current_indicator()
        if indicator is not None:
            MeasureDialog(self.doc, indicator, self).exec()

    def _edit_measure(self) -> None:
        dialog = self.measure_dialog()
        if dialog is not None:
            dialog.exec()

    def measure_dialog(self) -> MeasureDialog | None:
        """The dialog correcting the chosen measure (None when none is chosen)."""
        indicator, measure_id = self.current_indicator(), self.current_measure_id()
        if indicator is None or measure_id is None or self.doc.readonly:
            return None
        measure = next((v for v in indicator.values if v.id == measure_id), None)
        return MeasureDialog(self.doc, indicator, self, measure=measure) if measure else None

    def _add_milestone(self) -> None:
        if self.data is not None:
            MilestoneDialog(self.doc, self.data.id, self).exec()

    def _toggle_milestone(self) -> None:
        row = self.milestones.currentRow()
        if self.data is None or not 0 <= row < len(self.data.milestones):
            return
        milestone = self.data.milestones[row]
        self._run(self.tr("Jalon atteint ou à faire"), lambda: ex.edit_milestone(
            self.doc.notebook, milestone.id, done=not milestone.done))

    # -- measures and deletions ----------------------------------------------------------
    def _fill_measures(self, indicator: views.IndicatorView | None) -> None:
        chosen = self.current_measure_id()
        self.measures.blockSignals(True)
        self.measures.clear()
        for measure in reversed(indicator.values if indicator else ()):
            text = f"{measure.date:%d/%m/%Y} : {number(measure.value)}"  # unit: in the table
            item = QListWidgetItem(f"{text} — {measure.comment}" if measure.comment else text)
            item.setData(Role.ID, measure.id)
            self.measures.addItem(item)
            if measure.id == chosen:
                self.measures.setCurrentItem(item)
        if self.measures.currentRow() < 0 and self.measures.count():
            self.measures.setCurrentRow(0)
        self.measures.blockSignals(False)
        self._follow_measure()

    def current_measure_id(self) -> str | None:
        item = self.measures.currentItem()
        return item.data(Role.ID) if item is not None else None

    def _follow_measure(self) -> None:
        chosen = self.current_measure_id() is not None and not self.doc.readonly
        self.edit_measure.setEnabled(chosen)
        self.remove_measure.setEnabled(chosen)

    def confirm(self, title: str, text: str) -> bool:
        """Ask before an edit that loses data (it stays undoable)."""
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def delete_indicator(self) -> bool:
        """Delete the chosen indicator; with measures, only once the user agrees."""
        indicator = self.current_indicator()
        if indicator is None or self.doc.readonly:
            return False
        if indicator.values and not self.confirm(
                self.tr("Supprimer l'indicateur"),
                self.tr("Supprimer « {name} » et ses %n mesure(s) ? (Modifier › Annuler les "
                        "remet)", "", len(indicator.values)).format(name=indicator.name)):
            return False
        return self._run(self.tr("Supprimer l'indicateur"),
                         lambda: ex.delete_indicator(self.doc.notebook, indicator.id))

    def delete_measure(self) -> bool:
        measure_id = self.current_measure_id()
        if measure_id is None or self.doc.readonly:
            return False
        return self._run(self.tr("Supprimer la mesure"),
                         lambda: ex.delete_value(self.doc.notebook, measure_id))

    def delete_milestone(self) -> bool:
        row = self.milestones.currentRow()
        if self.data is None or self.doc.readonly or not 0 <= row < len(self.data.milestones):
            return False
        milestone = self.data.milestones[row]
        return self._run(self.tr("Supprimer le jalon"),
                         lambda: ex.delete_milestone(self.doc.notebook, milestone.id))

    def edit_review_ateliers(self) -> None:
        data = self.data
        if data is None:
            return
        ateliers = [(a.id, a.title + (f" ({a.date:%d/%m/%Y})" if a.date else ""))
                    for a in records.all_of(self.doc.notebook, Atelier, Atelier.date,
                                            Atelier.title)]
        reviewed = {a.atelier_id for a in data.ateliers
                    if a.role is AtelierLinkRole.REVUE and a.atelier_id}
        origins = {a.atelier_id for a in data.ateliers
                   if a.role is AtelierLinkRole.ORIGINE and a.atelier_id}
        self.review_dialog(ateliers, reviewed, origins).exec()

    def review_dialog(self, ateliers: list[tuple[str, str]], reviewed: set[str],
                      origins: set[str]) -> ReviewAteliersDialog:
        assert self.data is not None
        return ReviewAteliersDialog(self.doc, self.data.id, ateliers, reviewed, origins, self)
