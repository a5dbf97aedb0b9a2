"""Small forms of the experiment page: status change, indicator, measure, milestone.

Each dialog calls its service when accepted and stays open with the refusal
shown in one line when the service says no (a future date, "douze" typed as a
value, a unit change over existing values): nothing typed is lost. The edit
itself is one undo step (:class:`ProgrammeEditCommand`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import ExperimentationStatus
from ...core.errors import LieuxError
from ...core.labels import label
from ...core.services import experiments as ex
from ...core.services.edits import Edit
from ...core.services.experiments_views import IndicatorView, Measure
from ..dialogs.buttons import ok_cancel
from ..document import Document
from ..plain import plain
from ..programme.edits import ProgrammeEditCommand
from ..roles import Role


def _date_edit(parent: QWidget, value: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    day = value or dt.date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def _py(edit: QDateEdit) -> dt.date:
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())


class EditDialog(QDialog):
    """A form whose OK runs one service edit; a refusal is shown and the dialog stays."""

    def __init__(self, doc: Document, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = plain(QLabel(self))
        self.error.setObjectName("dialogError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def edit(self) -> tuple[str, Callable[[], ex.Edit]]:  # pragma: no cover - abstract
        raise NotImplementedError

    def accept(self) -> None:
        try:
            text, do = self.edit()
            command = ProgrammeEditCommand(self.doc, text, do)
            command.apply()  # raises before anything is pushed when refused
        except LieuxError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.doc.undo_stack.push(command)
        super().accept()


class StatusDialog(EditDialog):
    def __init__(self, doc: Document, experimentation_id: str,
                 current: ExperimentationStatus, parent: QWidget | None = None) -> None:
        super().__init__(doc, self.tr("Changer le statut"), parent)
        self.experimentation_id = experimentation_id
        self.status = QComboBox(self)
        self.status.setObjectName("statusTarget")
        for status in ex.allowed_statuses(current):
            self.status.addItem(label(status), status)
        self.date = _date_edit(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("statusReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.form.addRow(self.tr("Statut actuel :"), plain(QLabel(label(current), self)))
        self.form.addRow(self.tr("&Nouveau statut :"), self.status)
        self.form.addRow(self.tr("&Date :"), self.date)
        self.form.addRow(self.tr("&Raison :"), self.reason)

    def edit(self) -> tuple[str, Callable[[], ex.Edit]]:
        status, day = self.status.currentData(), _py(self.date)
        reason = self.reason.toPlainText()
        return self.tr("Changer le statut"), lambda: ex.change_status(
            self.doc.notebook, self.experimentation_id, status, reason, date=day)


class IndicatorDialog(EditDialog):
    """Add an indicator, or change one (a unit change over values asks to confirm)."""

    def __init__(self, doc: Document, experimentation_id: str,
                 indicator: IndicatorView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(doc, self.tr("Indicateur"), parent)
        self.experimentation_id, self.indicator = experimentation_id, indicator
        self.name = QLineEdit(indicator.name if indicator else "", self)
        self.name.setObjectName("indicatorName")
        self.unit = QLineEdit(indicator.unit if indicator else "", self)
        self.unit.setObjectName("indicatorUnit")
        self.baseline = QLineEdit(_shown(indicator.baseline) if indicator else "", self)
        self.baseline.setObjectName("indicatorBaseline")
        self.target = QLineEdit(_shown(indicator.target) if indicator else "", self)
        self.target.setObjectName("indicatorTarget")
        self.confirm_unit = QCheckBox(self.tr("Changer l'&unité même si des mesures existent "
                                              "(elles ne sont pas converties)"), self)
        self.confirm_unit.setObjectName("indicatorConfirmUnit")
        self.confirm_unit.setVisible(bool(indicator and indicator.values))
        self.form.addRow(self.tr("&Nom :"), self.name)
        self.form.addRow(self.tr("U&nité :"), self.unit)
        self.form.addRow(self.tr("Valeur de &départ :"), self.baseline)
        self.form.addRow(self.tr("&Cible :"), self.target)
        self.form.addRow("", self.confirm_unit)

    def edit(self) -> tuple[str, Callable[[], ex.Edit]]:
        nb = self.doc.notebook
        name, unit = self.name.text(), self.unit.text()
        baseline, target = self.baseline.text(), self.target.text()
        if self.indicator is None:
            return self.tr("Ajouter un indicateur"), lambda: ex.add_indicator(
                nb, self.experimentation_id, name, unit, baseline, target)
        ind_id, confirm = self.indicator.id, self.confirm_unit.isChecked()
        return self.tr("Modifier l'indicateur"), lambda: ex.edit_indicator(
            nb, ind_id, name=name, unit=unit, baseline=baseline, target=target,
            confirm_unit=confirm)


class MeasureDialog(EditDialog):
    """A new measure of ``indicator``, or — given ``measure`` — the correction of one."""

    def __init__(self, doc: Document, indicator: IndicatorView,
                 parent: QWidget | None = None, measure: Measure | None = None) -> None:
        super().__init__(doc, self.tr("Nouvelle mesure") if measure is None
                         else self.tr("Modifier la mesure"), parent)
        self.indicator, self.measure = indicator, measure
        self.date = _date_edit(self, measure.date if measure else None)
        self.value = QLineEdit(_shown(measure.value) if measure else "", self)
        self.value.setObjectName("measureValue")
        self.value.setPlaceholderText(self.tr("par exemple 12,5"))
        self.comment = QLineEdit(measure.comment if measure else "", self)
        self.comment.setObjectName("measureComment")
        self.form.addRow(self.tr("Indicateur :"), plain(QLabel(indicator.name, self)))
        self.form.addRow(self.tr("&Date :"), self.date)
        self.form.addRow(self.tr("&Valeur ({unit}) :").format(unit=indicator.unit or "—"),
                         self.value)
        self.form.addRow(self.tr("&Commentaire :"), self.comment)
        self.value.setFocus()

    def edit(self) -> tuple[str, Callable[[], ex.Edit]]:
        day, value, comment = _py(self.date), self.value.text(), self.comment.text()
        if self.measure is not None:
            measure_id = self.measure.id
            return self.tr("Modifier la mesure"), lambda: ex.edit_value(
                self.doc.notebook, measure_id, date=day, value=value, comment=comment)
        return self.tr("Ajouter une mesure"), lambda: ex.add_value(
            self.doc.notebook, self.indicator.id, day, value, comment)


class MilestoneDialog(EditDialog):
    def __init__(self, doc: Document, experimentation_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(doc, self.tr("Nouveau jalon"), parent)
        self.experimentation_id = experimentation_id
        self.title = QLineEdit(self)
        self.title.setObjectName("milestoneTitle")
        self.due = _date_edit(self)
        self.form.addRow(self.tr("&Intitulé :"), self.title)
        self.form.addRow(self.tr("&Échéance :"), self.due)

    def edit(self) -> tuple[str, Callable[[], ex.Edit]]:
        title, due = self.title.text(), _py(self.due)
        return self.tr("Ajouter un jalon"), lambda: ex.add_milestone(
            self.doc.notebook, self.experimentation_id, title, due)


def _shown(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}".replace(".", ",")


def run_set_change(doc: Document, before: set[str], chosen: set[str], macro: str,
                   add: tuple[str, Callable[[str], Edit]],
                   remove: tuple[str, Callable[[str], Edit]]) -> None:
    """Add what was ticked and remove what was unticked, as ONE undo step (a macro)."""
    added, removed = sorted(chosen - before), sorted(before - chosen)
    if not (added or removed):
        return
    doc.undo_stack.beginMacro(macro)
    try:
        for (text, edit), ids in ((add, added), (remove, removed)):
            for record_id in ids:
                doc.run(ProgrammeEditCommand(
                    doc, text, lambda edit=edit, record_id=record_id: edit(record_id)))
    finally:
        doc.undo_stack.endMacro()


class PartnersDialog(QDialog):
    """Tick the partner collectivités; the changes are one undo step (a macro)."""

    def __init__(self, doc: Document, experimentation_id: str, lead_id: str | None,
                 partners: set[str], collectivites: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.experimentation_id = doc, experimentation_id
        self.setWindowTitle(self.tr("Collectivités partenaires"))
        self.list = QListWidget(self)
        self.list.setObjectName("partnersList")
        self.list.setAccessibleName(self.tr("Collectivités partenaires"))
        self.before = set(partners)
        for collectivite_id, name in collectivites:
            if collectivite_id == lead_id:
                continue
            item = QListWidgetItem(name, self.list)
            item.setData(Role.ID, collectivite_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if collectivite_id in partners
                               else Qt.CheckState.Unchecked)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> set[str]:
        return {self.list.item(i).data(Role.ID)
                for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked}

    def accept(self) -> None:
        nb, exp = self.doc.notebook, self.experimentation_id
        run_set_change(
            self.doc, self.before, self.chosen(), self.tr("Changer les partenaires"),
            (self.tr("Ajouter un partenaire"), lambda cid: ex.add_partner(nb, exp, cid)),
            (self.tr("Retirer un partenaire"), lambda cid: ex.remove_partner(nb, exp, cid)))
        super().accept()


class ReviewAteliersDialog(QDialog):
    """Tick the ateliers that reviewed the experiment (*revue*); one undo step (a macro).

    The atelier it was born in (*origine*) is listed, ticked and greyed: that
    link comes from the note or decision and is not undone here.
    """

    def __init__(self, doc: Document, experimentation_id: str,
                 ateliers: list[tuple[str, str]], reviewed: set[str], origins: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.experimentation_id = doc, experimentation_id
        self.setWindowTitle(self.tr("Ateliers de revue"))
        intro = plain(QLabel(self.tr("Cochez les ateliers où l'expérimentation a été revue : "
                                     "leur kit et leur compte-rendu la citeront."), self))
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("reviewAteliersList")
        self.list.setAccessibleName(self.tr("Ateliers de revue"))
        self.before = set(reviewed)
        for atelier_id, name in ateliers:
            item = QListWidgetItem(name, self.list)
            item.setData(Role.ID, atelier_id)
            if atelier_id in origins:
                item.setText(self.tr("{name} (atelier d'origine)").format(name=name))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked)
                continue
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if atelier_id in reviewed
                               else Qt.CheckState.Unchecked)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def chosen(self) -> set[str]:
        found = set()
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsEnabled and \
                    item.checkState() == Qt.CheckState.Checked:
                found.add(item.data(Role.ID))
        return found

    def accept(self) -> None:
        nb, exp = self.doc.notebook, self.experimentation_id
        run_set_change(
            self.doc, self.before, self.chosen(), self.tr("Changer les ateliers de revue"),
            (self.tr("Lier un atelier de revue"), lambda aid: ex.link_atelier(nb, exp, aid)),
            (self.tr("Délier un atelier de revue"),
             lambda aid: ex.unlink_atelier(nb, exp, aid)))
        super().accept()
