"""Attendance of one atelier (*émargement*): tick arrivals, add walk-ins.

Used while preparing (invite participants from the notebook) and in the room
(live mode reuses it): Space or a click ticks someone present and stamps the
arrival time; "Prénom Nom, Structure" + Enter in the walk-in line adds a
person who was not registered. Every change is one undo step.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import LieuxError
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.labels import fold
from ...core.model import Acteur, Atelier, Attendance, Participant
from ...core.services import edits, people
from ...core.services import records as svc
from ...core.tables import Table
from ..commands import EditCommand, delete_command
from ..document import Document
from ..plain import plain
from ..roles import Role
from ..tables.model import Column, FoldFilterProxy, RecordTableModel, RecordTableView

log = logging.getLogger(__name__)


# Spelled out at each call so that pyside6-lupdate sees the context.
translate = QCoreApplication.translate


def now_minute() -> dt.time:
    return dt.datetime.now().time().replace(second=0, microsecond=0)


class AttendanceView(RecordTableView):
    """Space ticks the current row whatever the column."""

    toggleRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.state() != self.State.EditingState:
            self.toggleRequested.emit()
            return
        super().keyPressEvent(event)


class AttendanceWidget(QWidget):
    """The attendance list of one atelier, with invite and walk-in."""

    #: (atelier_id, tool key): unused here, part of the atelier tools' contract.
    toolRequested = Signal(str, str)

    def __init__(self, doc: Document, atelier_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.atelier_id = doc, atelier_id
        #: The clock used to stamp arrivals (tests and live mode may replace it).
        self.clock: Callable[[], dt.time] = now_minute
        self.setObjectName("attendanceTool")
        self.setAccessibleName(translate("attendance", "Émargement"))
        self._people: dict[str, Participant] = {}
        self._acteurs: dict[str, Acteur] = {}
        self.model = RecordTableModel(doc, Attendance, self._columns(), self._load, self,
                                      extra_tables=(Table.PARTICIPANT, Table.ACTEUR))
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        doc.changed.connect(self._on_changed)
        self._refresh_counts()

    # -- data ------------------------------------------------------------------
    def _load(self) -> list[Attendance]:
        rows = people.attendances(self.doc.notebook, self.atelier_id)
        self._people = {p.id: p for _a, p in rows}
        self._acteurs = {a.id: a for a in svc.all_of(self.doc.notebook, Acteur)}
        return [a for a, _p in rows]

    def _person(self, row: Attendance) -> Participant | None:
        return self._people.get(row.participant_id)

    def _name(self, row: Attendance) -> str:
        p = self._person(row)
        return people.display_name(p) if p else ""

    def _structure(self, row: Attendance) -> str:
        p = self._person(row)
        if p is None:
            return ""
        acteur = self._acteurs.get(p.acteur_id) if p.acteur_id else None
        return acteur.name if acteur else p.structure

    def _columns(self) -> list[Column]:
        def tick(_row: Any, present: bool) -> dict[str, Any]:
            return {"present": present, "arrived_at": self.clock() if present else None}

        return [
            Column("present", QT_TRANSLATE_NOOP("tables", "Présent·e"), "bool",
                   to_values=tick, width=80),
            Column("name", QT_TRANSLATE_NOOP("tables", "Nom"), getter=self._name, width=220),
            Column("structure", QT_TRANSLATE_NOOP("tables", "Structure"),
                   getter=self._structure, width=280),
            Column("arrived_at", QT_TRANSLATE_NOOP("tables", "Arrivée"), "time", width=80),
            Column("walk_in", QT_TRANSLATE_NOOP("tables", "Inscription"),
                   getter=lambda r: (translate("attendance", "sans inscription") if r.walk_in
                                     else translate("attendance", "invité·e")),
                   stretch=True),
        ]

    # -- layout ----------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        header = QHBoxLayout()
        self.title = plain(QLabel(self))
        self.title.setObjectName("attendanceTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        header.addWidget(self.title, 1)
        self.counts_label = plain(QLabel(self))
        self.counts_label.setObjectName("attendanceCounts")
        self.counts_label.setAccessibleName(translate("attendance", "Décompte"))
        counts_font = self.counts_label.font()
        counts_font.setBold(True)
        self.counts_label.setFont(counts_font)
        header.addWidget(self.counts_label)
        layout.addLayout(header)

        walk_in_row = QHBoxLayout()
        walk_in_label = QLabel(translate("attendance", "&Arrivée sans inscription :"), self)
        self.walk_in_edit = QLineEdit(self)
        self.walk_in_edit.setObjectName("walkInEdit")
        self.walk_in_edit.setAccessibleName(translate("attendance", "Arrivée sans inscription"))
        self.walk_in_edit.setPlaceholderText(translate(
            "attendance", "Prénom Nom, Structure  puis Entrée"))
        self.walk_in_edit.setToolTip(translate("attendance",
            "Tapez « Prénom Nom, Structure » puis Entrée : la personne est ajoutée, "
            "marquée présente et son heure d'arrivée notée. La structure est reliée à "
            "l'acteur du même nom s'il existe."))
        self.walk_in_edit.returnPressed.connect(self.add_walk_in)
        walk_in_label.setBuddy(self.walk_in_edit)
        walk_in_row.addWidget(walk_in_label)
        walk_in_row.addWidget(self.walk_in_edit, 1)
        layout.addLayout(walk_in_row)
        self.message = plain(QLabel(self))
        self.message.setObjectName("attendanceMessage")
        self.message.setStyleSheet("color: #B00020;")
        self.message.hide()
        layout.addWidget(self.message)

        tools = QHBoxLayout()
        self.invite_button = QPushButton(translate(
            "attendance", "&Inviter des participant·es…"), self)
        self.invite_button.setObjectName("attendanceInvite")
        self.invite_button.setAccessibleName(translate("attendance", "Inviter des participant·es"))
        self.invite_button.clicked.connect(self.open_invite_picker)
        self.remove_button = QPushButton(translate("attendance", "Retirer de la liste"), self)
        self.remove_button.setObjectName("attendanceRemove")
        self.remove_button.setAccessibleName(translate("attendance", "Retirer de la liste"))
        self.remove_button.setToolTip(translate(
            "attendance", "Retirer la personne de cet atelier (Suppr)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("attendanceFilter")
        self.filter_edit.setAccessibleName(translate("attendance", "Chercher dans la liste"))
        self.filter_edit.setPlaceholderText(translate("attendance", "Chercher un nom (Ctrl+F)…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(240)
        self.filter_edit.textChanged.connect(self.proxy.set_filter_text)
        self.filter_edit.returnPressed.connect(self._filter_enter)
        find = QShortcut(QKeySequence.StandardKey.Find, self, self.filter_edit.setFocus)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        tools.addWidget(self.invite_button)
        tools.addWidget(self.remove_button)
        tools.addStretch(1)
        tools.addWidget(self.filter_edit)
        layout.addLayout(tools)

        self.view = AttendanceView(self)
        self.view.setObjectName("attendanceTable")
        self.view.setAccessibleName(translate("attendance", "Liste d'émargement"))
        self.view.setModel(self.proxy)
        self.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.view.fit_columns(self.model.columns)
        self.view.toggleRequested.connect(self.toggle_current)
        self.view.deleteRequested.connect(self.remove_selected)
        self.view.addRequested.connect(self.open_invite_picker)
        layout.addWidget(self.view, 1)
        self.setTabOrder(self.walk_in_edit, self.view)

    # -- refresh ---------------------------------------------------------------
    def _on_changed(self, changes: Any) -> None:
        if changes.touches(Table.ATTENDANCE, Table.PARTICIPANT, Table.ACTEUR, Table.ATELIER):
            self._refresh_counts()

    def counts(self) -> tuple[int, int, int]:
        """(present, listed, walk-ins)."""
        rows = self.model.records
        return (sum(1 for r in rows if r.present), len(rows), sum(1 for r in rows if r.walk_in))

    def _refresh_counts(self) -> None:
        present, listed, walk_ins = self.counts()
        text = translate("attendance", "{present} / {listed}").format(
            present=translate("attendance", "%n présent·e(s)", None, present),
            listed=translate("attendance", "%n invité·e(s)", None, listed))
        if walk_ins:
            text += translate("attendance", " (dont %n personne(s) venue(s) sans inscription)",
                              None, walk_ins)
        self.counts_label.setText(text)
        atelier = svc.find(self.doc.notebook, Atelier, self.atelier_id)
        title = atelier.title if atelier else ""
        self.title.setText(translate("attendance", "Émargement — {title}").format(title=title))

    # -- actions ---------------------------------------------------------------
    def _row_at_current(self) -> Attendance | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_of(index.data(Role.ID))
        return self.model.records[row] if row >= 0 else None

    def toggle_current(self) -> bool:
        """Tick or untick the current person (arrival time = now when ticked)."""
        row = self._row_at_current()
        if row is None:
            return False
        source = self.model.index(self.model.row_of(row.id), 0)
        state = Qt.CheckState.Unchecked if row.present else Qt.CheckState.Checked
        return self.model.setData(source, state.value, Qt.ItemDataRole.CheckStateRole)

    def add_walk_in(self) -> bool:
        text = self.walk_in_edit.text().strip()
        if not text:
            return False
        try:
            people.parse_walk_in(text)
        except LieuxError:
            self._say(translate(
                "attendance", "Saisissez au moins un nom : « Prénom Nom, Structure »."))
            return False
        nb, atelier_id, arrived_at = self.doc.notebook, self.atelier_id, self.clock()
        done: list[people.WalkIn] = []

        def welcome() -> edits.Edit:
            done.append(people.add_walk_in(nb, atelier_id, text, arrived_at))
            return done[-1].edit

        command = EditCommand(self.doc, translate(
            "attendance", "Arrivée sans inscription : {who}").format(who=text.strip()), welcome)
        if not self.doc.run(command):
            return False
        self._say("")
        self.walk_in_edit.clear()
        if done:
            row = self.model.row_of(done[0].attendance_id)
            if row >= 0:
                self.view.scrollTo(self.proxy.mapFromSource(self.model.index(row, 1)))
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _filter_enter(self) -> None:
        """Enter in the search box ticks the only person left, the common case."""
        if self.proxy.rowCount() == 1:
            self.view.setCurrentIndex(self.proxy.index(0, 0))
            self.toggle_current()
            self.filter_edit.clear()

    def remove_selected(self) -> bool:
        ids = list(dict.fromkeys(i.data(Role.ID) for i in
                                 self.view.selectionModel().selectedRows()))
        if not ids:
            return False
        return self.doc.run(delete_command(self.doc, Attendance, ids,
                                          translate(
                                              "attendance", "Retirer de la liste d'émargement")))

    def invite(self, participant_ids: list[str]) -> bool:
        if not participant_ids:
            return False
        nb, atelier_id, ids = self.doc.notebook, self.atelier_id, list(participant_ids)
        return self.doc.run(EditCommand(
            self.doc, translate("attendance", "Inviter %n participant·e(s)", None, len(ids)),
            lambda: people.invite_participants(nb, atelier_id, ids)))

    def open_invite_picker(self) -> bool:
        listed = {r.participant_id for r in self.model.records}
        candidates = [p for p in svc.all_of(self.doc.notebook, Participant,
                                            Participant.last_name, Participant.first_name)
                      if p.id not in listed]
        picker = InvitePicker(candidates, self._acteurs, self)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.invite(picker.chosen())


class InvitePicker(QDialog):
    """Choose participants of the notebook to invite, with a filter."""

    def __init__(self, candidates: list[Participant], acteurs: dict[str, Acteur],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invitePicker")
        self.setAccessibleName(translate("attendance", "Inviter des participant·es"))
        self.setWindowTitle(translate("attendance", "Inviter des participant·es"))
        self.resize(460, 520)
        layout = QVBoxLayout(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("inviteFilter")
        self.filter_edit.setAccessibleName(translate("attendance", "Filtrer"))
        self.filter_edit.setPlaceholderText(translate(
            "attendance", "Filtrer par nom ou structure…"))
        self.filter_edit.textChanged.connect(self._filter)
        layout.addWidget(self.filter_edit)
        self.list = QListWidget(self)
        self.list.setObjectName("inviteList")
        self.list.setAccessibleName(translate("attendance", "Participant·es du carnet"))
        for p in candidates:
            acteur = acteurs.get(p.acteur_id) if p.acteur_id else None
            structure = acteur.name if acteur else p.structure
            text = people.display_name(p) + (f" — {structure}" if structure else "")
            item = QListWidgetItem(text, self.list)
            item.setData(Role.ID, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.list.itemActivated.connect(self._toggle)
        layout.addWidget(self.list, 1)
        self.empty = QLabel(translate("attendance", "Tout le carnet est déjà sur la liste."), self)
        self.empty.setVisible(not candidates)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate(
            "attendance", "Inviter"))
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("inviteOk")
        ok.setAccessibleName(translate("attendance", "Inviter"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("attendance", "Annuler"))
        cancel.setObjectName("inviteCancel")
        cancel.setAccessibleName(translate("attendance", "Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(not all(w in fold(item.text()) for w in words))

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Role.ID) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]
