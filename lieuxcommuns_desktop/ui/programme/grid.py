"""The membership grid: collectivités × expeditions with the role in each cell,
who came to each atelier of an expedition, and who stopped coming.

Roles change through ``programme`` services (one undo step each); leaving an
expedition first says what happens to the collectivité's ateliers there.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import ExpeditionRole
from ...core.errors import LieuxError
from ...core.labels import label
from ...core.services import programme, programme_views
from ...core.services.programme_views import MembershipGrid
from ..document import Document
from ..plain import literal
from .edits import ProgrammeEditCommand

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
ABSENT_FILL = QColor("#ffe0c2")
ROLE_FILLS = {
    ExpeditionRole.PILOTE: QColor("#cde8f6"),
    ExpeditionRole.PARTICIPANTE: QColor("#e8f4ec"),
    ExpeditionRole.SECOND_CERCLE: QColor("#f1f1f1"),
}


class RoleGridModel(QAbstractTableModel):
    """Rows: collectivités; columns: expeditions; cell: the role, flagged when absent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: MembershipGrid | None = None

    def reset(self, grid: MembershipGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or self.grid is None else len(self.grid.collectivites)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or self.grid is None else len(self.grid.expeditions)

    def ids(self, index: Index) -> tuple[str, str]:
        assert self.grid is not None
        return (self.grid.collectivites[index.row()][0],
                self.grid.expeditions[index.column()][0])

    def absent(self, index: Index) -> bool:
        return self.grid is not None and self.ids(index) in self.grid.absent

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None or not index.isValid():
            return None
        member = self.grid.role(*self.ids(index))
        absent = self.absent(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if member is None:
                return "—" if role == Qt.ItemDataRole.DisplayRole else translate(
                    "grid", "Ne participe pas")
            text = label(member)
            return f"{text} ⚠" if absent else text
        if role == Qt.ItemDataRole.BackgroundRole:
            if absent:
                return QBrush(ABSENT_FILL)
            return QBrush(ROLE_FILLS[member]) if member is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            cell = self.grid.cells.get(self.ids(index))
            lines = [f"{self.grid.collectivites[index.row()][1]} · "
                     f"{self.grid.expeditions[index.column()][1]}"]
            if cell is not None and cell.joined_on is not None:
                lines.append(translate("grid", "Depuis le {date}").format(
                    date=cell.joined_on.strftime("%d/%m/%Y")))
            if absent:
                lines.append(translate(
                    "grid", "Absente des deux derniers ateliers tenus de l'expédition"))
            lines.append(translate("grid", "Entrée : changer le rôle"))
            return literal("\n".join(lines))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None or role not in (Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            name = self.grid.expeditions[section][1]
            return name if role == Qt.ItemDataRole.DisplayRole else literal(name)
        cid, name = self.grid.collectivites[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(name)
        flagged = any(pair[0] == cid for pair in self.grid.absent)
        return f"⚠ {name}" if flagged else name


class AttendanceModel(QAbstractTableModel):
    """For one expedition: its members × its dated ateliers, people present per cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: MembershipGrid | None = None
        self.rows: list[tuple[str, str]] = []
        self.ateliers: tuple[programme_views.GridAtelier, ...] = ()
        self.expedition: str | None = None

    def reset(self, grid: MembershipGrid, expedition: str | None) -> None:
        self.beginResetModel()
        self.grid, self.expedition = grid, expedition
        self.ateliers = grid.ateliers.get(expedition, ()) if expedition else ()
        self.rows = [(cid, name) for cid, name in grid.collectivites
                     if expedition and grid.role(cid, expedition) is not None]
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.ateliers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None or not index.isValid():
            return None
        cid = self.rows[index.row()][0]
        atelier = self.ateliers[index.column()]
        count = self.grid.present(cid, atelier.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if not atelier.held:
                return ""
            return str(count) if count else "·"
        if role == Qt.ItemDataRole.ToolTipRole:
            if not atelier.held:
                return translate("grid", "Atelier à venir")
            return translate("grid", "%n personne(s) présente(s)", "", count)
        if role == Qt.ItemDataRole.BackgroundRole and atelier.host_id == cid:
            return QBrush(QColor("#eef3fb"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            name = self.rows[section][1]
            return name if role == Qt.ItemDataRole.DisplayRole else literal(name)
        atelier = self.ateliers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(atelier.title)
        return atelier.date.strftime("%d/%m/%y")


class _GridView(QTableView):
    """Enter (or a double click) opens the role menu of the current cell."""

    cellActivated = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and \
                self.currentIndex().isValid():
            self.cellActivated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class MembershipPanel(QWidget):
    """The grid of roles above the attendance of the expedition chosen below it."""

    def __init__(self, doc: Document, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.today = today
        self.roles = RoleGridModel(self)
        self.view = _GridView(self)
        self.view.setObjectName("membershipGrid")
        self.view.setAccessibleName(self.tr("Participations aux expéditions"))
        self.view.setModel(self.roles)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(90)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.cellActivated.connect(self.edit_role)
        self.view.doubleClicked.connect(self.edit_role)

        self.expedition = QComboBox(self)
        self.expedition.setObjectName("attendanceExpedition")
        self.expedition.setAccessibleName(self.tr("Expédition"))
        self.expedition.currentIndexChanged.connect(lambda _i: self._fill_attendance())
        self.attendance = AttendanceModel(self)
        self.attendance_view = QTableView(self)
        self.attendance_view.setObjectName("membershipAttendance")
        self.attendance_view.setAccessibleName(self.tr("Présences par atelier"))
        self.attendance_view.setModel(self.attendance)
        self.attendance_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendance_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.absent_label = QLabel(self)
        self.absent_label.setObjectName("membershipAbsent")
        self.absent_label.setTextFormat(Qt.TextFormat.PlainText)
        self.absent_label.setWordWrap(True)
        self.absent_label.setStyleSheet("color: #8a3b00;")

        help_text = QLabel(self.tr(
            "Entrée ou double-clic sur une case : choisir le rôle. ⚠ : absente des deux "
            "derniers ateliers tenus de l'expédition."), self)
        help_text.setWordWrap(True)
        pick = QLabel(self.tr("&Présences pour l'expédition :"), self)
        pick.setBuddy(self.expedition)
        row = QHBoxLayout()
        row.addWidget(pick)
        row.addWidget(self.expedition, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(help_text)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.absent_label)
        layout.addLayout(row)
        layout.addWidget(self.attendance_view, 2)
        self.setFocusProxy(self.view)
        self.refresh()

    def refresh(self) -> None:
        grid = programme_views.membership_grid(self.doc.notebook, today=self.today)
        current = self.view.currentIndex()
        self.roles.reset(grid)
        if current.isValid():
            self.view.setCurrentIndex(self.roles.index(current.row(), current.column()))
        chosen = self.expedition.currentData()
        self.expedition.blockSignals(True)
        self.expedition.clear()
        for eid, name in grid.expeditions:
            self.expedition.addItem(name, eid)
        found = self.expedition.findData(chosen)
        self.expedition.setCurrentIndex(found if found >= 0 else 0)
        self.expedition.blockSignals(False)
        names = dict(grid.collectivites)
        expeditions = dict(grid.expeditions)
        lines = [self.tr("{name} ne vient plus à « {expedition} »").format(
            name=names[c], expedition=expeditions[t]) for c, t in sorted(grid.absent)
            if c in names and t in expeditions]
        self.absent_label.setVisible(bool(lines))
        self.absent_label.setText("⚠ " + " · ".join(lines) if lines else "")
        self._fill_attendance()

    def _fill_attendance(self) -> None:
        if self.roles.grid is not None:
            self.attendance.reset(self.roles.grid, self.expedition.currentData())

    # -- editing ----------------------------------------------------------------------
    def edit_role(self, index: QModelIndex) -> None:
        if not index.isValid() or self.roles.grid is None:
            return
        collectivite_id, thematique_id = self.roles.ids(index)
        current = self.roles.grid.role(collectivite_id, thematique_id)
        menu = QMenu(self)
        for role in ExpeditionRole:
            action = menu.addAction(label(role))
            action.setCheckable(True)
            action.setChecked(role == current)
            action.setData(role)
        menu.addSeparator()
        leave = menu.addAction(self.tr("Ne participe pas"))
        leave.setCheckable(True)
        leave.setChecked(current is None)
        leave.setData(None)
        rect = self.view.visualRect(index)
        chosen = menu.exec(self.view.viewport().mapToGlobal(rect.bottomLeft()))
        menu.deleteLater()
        if chosen is None:
            return
        self.set_role(collectivite_id, thematique_id, chosen.data())

    def set_role(self, collectivite_id: str, thematique_id: str,
                 role: ExpeditionRole | None) -> bool:
        """Join, change role or leave; leaving asks first when ateliers are concerned."""
        assert self.roles.grid is not None
        nb = self.doc.notebook
        current = self.roles.grid.role(collectivite_id, thematique_id)
        if role == current:
            return False
        names = dict(self.roles.grid.collectivites)
        expeditions = dict(self.roles.grid.expeditions)
        who, where = names.get(collectivite_id, ""), expeditions.get(thematique_id, "")
        if role is None:
            try:
                plan = programme.leave_consequences(nb, collectivite_id, thematique_id)
            except LieuxError as exc:
                self.doc.report(exc)
                return False
            if plan.has_ateliers and not self.confirm_leave(who, where, plan):
                return False
            return self.doc.run(ProgrammeEditCommand(
                self.doc, self.tr("Retirer {name} de l'expédition").format(name=who),
                lambda: programme.leave_expedition(nb, collectivite_id, thematique_id)))
        if current is None:
            return self.doc.run(ProgrammeEditCommand(
                self.doc, self.tr("Ajouter {name} à l'expédition").format(name=who),
                lambda: programme.join_expedition(nb, collectivite_id, thematique_id, role)))
        membership_id = self.roles.grid.cells[(collectivite_id, thematique_id)].membership_id
        return self.doc.run(ProgrammeEditCommand(
            self.doc, self.tr("Changer le rôle de {name}").format(name=who),
            lambda: programme.change_role(nb, membership_id, role)))

    def confirm_leave(self, who: str, where: str, plan: programme.LeaveConsequences) -> bool:
        """Say what leaving does to the ateliers before doing it."""
        return QMessageBox.question(
            self, self.tr("Retirer de l'expédition"), consequences_text(who, where, plan),
        ) == QMessageBox.StandardButton.Yes


def consequences_text(who: str, where: str, plan: programme.LeaveConsequences) -> str:
    """The question asked before a collectivité leaves an expedition, in plain words."""
    parts = [translate("grid", "Retirer « {name} » de l'expédition « {expedition} » ?")
             .format(name=who, expedition=where)]
    upcoming = len(plan.withdrawn)
    if upcoming:
        parts.append(translate(
            "grid", "Elle ne participera plus à %n atelier(s) à venir.", "", upcoming))
    if plan.kept:
        parts.append(translate(
            "grid", "Les %n atelier(s) passé(s) restent dans son historique.", "", len(plan.kept)))
    if plan.hosting:
        parts.append(translate(
            "grid", "Elle reste la collectivité d'accueil de %n atelier(s) à venir : "
            "changez-la si besoin.", "", len(plan.hosting)))
    return "\n".join(parts)
