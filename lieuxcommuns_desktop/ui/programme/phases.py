"""The programme's phases (*parcours apprenant*, *mise en test*): list and form.

Dates are checked by ``programme.create_phase``/``edit_phase`` (an end before
its start is refused with a message, nothing written); each change is one undo
step.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import PhaseKind
from ...core.labels import label
from ...core.services import programme, programme_views
from ..document import Document
from ..roles import Role
from .edits import ProgrammeEditCommand


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class PhasesPanel(QWidget):
    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.list = QListWidget(self)
        self.list.setObjectName("phasesList")
        self.list.setAccessibleName(self.tr("Phases du programme"))
        self.list.currentItemChanged.connect(lambda *_a: self._fill_form())
        self.kind = QComboBox(self)
        self.kind.setObjectName("phaseKind")
        for kind in PhaseKind:
            self.kind.addItem(label(kind), kind)
        self.title = QLineEdit(self)
        self.title.setObjectName("phaseTitle")
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for edit, name in ((self.start, "phaseStart"), (self.end, "phaseEnd")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setDate(QDate.currentDate())
        form = QFormLayout()
        form.addRow(self.tr("&Type"), self.kind)
        form.addRow(self.tr("&Intitulé"), self.title)
        form.addRow(self.tr("&Début"), self.start)
        form.addRow(self.tr("Fi&n"), self.end)
        self.save = QPushButton(self.tr("&Enregistrer la phase"), self)
        self.save.setObjectName("phaseSave")
        self.save.clicked.connect(self.save_current)
        self.add = QPushButton(self.tr("&Ajouter une phase"), self)
        self.add.setObjectName("phaseAdd")
        self.add.clicked.connect(self.add_phase)
        self.remove = QPushButton(self.tr("&Supprimer la phase"), self)
        self.remove.setObjectName("phaseRemove")
        self.remove.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        for button in (self.add, self.save, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setFocusProxy(self.list)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.current_id()
        self.list.clear()
        for phase in programme_views.phases(self.doc.notebook):
            text = (f"{label(phase.kind)} · {phase.title} · " if phase.title
                    else f"{label(phase.kind)} · ")
            item = QListWidgetItem(text + f"{phase.start:%d/%m/%Y} → {phase.end:%d/%m/%Y}")
            item.setData(Role.RECORD, phase)
            self.list.addItem(item)
            if phase.id == chosen:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._fill_form()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Role.RECORD).id if item is not None else None

    def _fill_form(self) -> None:
        item = self.list.currentItem()
        has = item is not None
        self.save.setEnabled(has)
        self.remove.setEnabled(has)
        if not has:
            return
        phase = item.data(Role.RECORD)
        self.kind.setCurrentIndex(self.kind.findData(phase.kind))
        self.title.setText(phase.title)
        self.start.setDate(_qdate(phase.start))
        self.end.setDate(_qdate(phase.end))

    def add_phase(self) -> None:
        nb = self.doc.notebook
        kind = PhaseKind(self.kind.currentData())
        start, end = _pydate(self.start.date()), _pydate(self.end.date())
        if end <= start:
            end = start + dt.timedelta(days=180)
        title = self.title.text()
        self.doc.run(ProgrammeEditCommand(
            self.doc, self.tr("Ajouter une phase"),
            lambda: programme.create_phase(nb, kind, start, end, title)))

    def save_current(self) -> None:
        phase_id = self.current_id()
        if phase_id is None:
            return
        nb = self.doc.notebook
        kind = PhaseKind(self.kind.currentData())
        start, end = _pydate(self.start.date()), _pydate(self.end.date())
        title = self.title.text()
        self.doc.run(ProgrammeEditCommand(
            self.doc, self.tr("Modifier la phase"),
            lambda: programme.edit_phase(nb, phase_id, kind=kind, title=title,
                                         start_date=start, end_date=end)))

    def remove_current(self) -> None:
        phase_id = self.current_id()
        if phase_id is None:
            return
        nb = self.doc.notebook
        self.doc.run(ProgrammeEditCommand(
            self.doc, self.tr("Supprimer la phase"),
            lambda: programme.delete_phase(nb, phase_id)))
