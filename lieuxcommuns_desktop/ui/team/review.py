"""The conflict review: mine, theirs and the common state side by side, one choice each.

A table lists every conflict (hundreds stay one scrollable list); the pane
below shows the selected one in full, as plain text, so a long or hostile
text is read, never rendered. Keys: arrows to move, M mine, T theirs, Space
to switch, Shift+M / Shift+T for the whole record, Enter applies, Esc
cancels and nothing is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.sync.merge import FieldConflict
from ..plain import plain
from ..screen_fit import fit_to_screen
from .conflicts_model import (
    FIELD,
    MINE,
    RECORD,
    THEIRS,
    Choice,
    ConflictModel,
    Key,
    base_text,
    is_deletion,
    record_text,
    side_text,
)
from .kinds import column_text, one_line


class ConflictReviewDialog(QDialog):
    """Settle each conflict; :meth:`review` returns the choices, or None when cancelled."""

    def __init__(self, conflicts: Iterable[Any], parent: QWidget | None = None, *,
                 prefer: Choice = "mine", source: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("conflictReviewDialog")
        self.setWindowTitle(self.tr("Conflits de la fusion"))
        self.setAccessibleName(self.tr("Conflits de la fusion"))
        self.model = ConflictModel(conflicts, prefer, self)
        n = self.model.rowCount()

        intro = self.tr("%n conflit(s) : les deux carnets ont changé les mêmes données depuis "
                        "leur dernière rencontre. Choisissez ce que le carnet garde.", "", n)
        if source:
            intro += "\n" + self.tr("Fichier fusionné : {source}").format(
                source=one_line(source, 160))
        self.intro = plain(QLabel(intro, self))
        self.intro.setObjectName("reviewIntro")
        self.intro.setWordWrap(True)

        self.table = QTableView(self)
        self.table.setObjectName("conflictTable")
        self.table.setAccessibleName(self.tr("Liste des conflits"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in ((RECORD, 230), (FIELD, 110), (MINE, 200), (THEIRS, 200)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(THEIRS, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)

        self.detail = self._build_detail()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("reviewSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([300, 220])

        self.mine_button = self._button("mine", self.tr("Garder le &mien"),
                                        lambda: self.choose_selected("mine"))
        self.mine_button.setToolTip(self.tr("Touche M"))
        self.theirs_button = self._button("theirs", self.tr("Prendre celui de l'au&tre"),
                                          lambda: self.choose_selected("theirs"))
        self.theirs_button.setToolTip(self.tr("Touche T"))
        self.record_mine_button = self._button(
            "record_mine", self.tr("Enregistrement entier : le mie&n"),
            lambda: self.choose_record("mine"))
        self.record_mine_button.setToolTip(self.tr("Maj+M"))
        self.record_theirs_button = self._button(
            "record_theirs", self.tr("Enregistrement entier : l'autr&e"),
            lambda: self.choose_record("theirs"))
        self.record_theirs_button.setToolTip(self.tr("Maj+T"))
        self.all_mine_button = self._button("all_mine", self.tr("Tout &garder chez moi"),
                                            lambda: self.choose_all("mine"))
        self.all_theirs_button = self._button("all_theirs", self.tr("Tout &prendre de l'autre"),
                                              lambda: self.choose_all("theirs"))
        self.apply_button = self._button("apply", self.tr("&Appliquer"), self.accept)
        self.apply_button.setDefault(True)
        self.cancel_button = self._button("cancel", self.tr("Annuler"), self.reject)
        self.cancel_button.setToolTip(self.tr("Échap : rien n'est écrit"))
        self.tally = plain(QLabel(self))
        self.tally.setObjectName("reviewTally")

        choose_row = QHBoxLayout()
        for button in (self.mine_button, self.theirs_button, self.record_mine_button,
                       self.record_theirs_button):
            choose_row.addWidget(button)
        choose_row.addStretch(1)
        end_row = QHBoxLayout()
        end_row.addWidget(self.all_mine_button)
        end_row.addWidget(self.all_theirs_button)
        end_row.addStretch(1)
        end_row.addWidget(self.tally)
        end_row.addWidget(self.apply_button)
        end_row.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(choose_row)
        layout.addLayout(end_row)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.model.dataChanged.connect(lambda *_: self._refresh())
        if n:
            self.table.selectRow(0)
        self._refresh()
        self.table.setFocus()
        self.resize(QSize(980, 640))
        fit_to_screen(self)

    def _button(self, key: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"review_{key}")
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _build_detail(self) -> QWidget:
        pane = QWidget(self)
        pane.setObjectName("conflictDetail")
        self.detail_title = plain(QLabel(pane))
        self.detail_title.setObjectName("detailTitle")
        self.detail_title.setWordWrap(False)
        self.detail_title.setSizePolicy(QSizePolicy.Policy.Ignored,
                                        QSizePolicy.Policy.Preferred)  # a long label never widens
        grid = QGridLayout(pane)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.detail_title, 0, 0, 1, 3)
        self.mine_text, self.theirs_text, self.base_text = (QPlainTextEdit(pane) for _ in range(3))
        titles = (self.tr("Chez vous"), self.tr("Chez l'autre"), self.tr("État commun"))
        names = ("detailMine", "detailTheirs", "detailBase")
        # The engine knows the common value only sometimes; without any, no empty third pane.
        known = any(isinstance(c, FieldConflict) and c.base is not None
                    for c in self.model.conflicts)
        for column, (edit, title, name) in enumerate(
                zip((self.mine_text, self.theirs_text, self.base_text), titles, names,
                    strict=True)):
            edit.setObjectName(name)
            edit.setReadOnly(True)
            edit.setAccessibleName(title)
            edit.setTabChangesFocus(True)
            heading = plain(QLabel(title, pane))
            grid.addWidget(heading, 1, column)
            grid.addWidget(edit, 2, column)
            if name == "detailBase" and not known:
                heading.hide()
                edit.hide()
        return pane

    # -- choosing ------------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return rows

    def choose_selected(self, choice: Choice) -> None:
        self.model.choose(self.selected_rows(), choice)

    def choose_record(self, choice: Choice) -> None:
        rows: set[int] = set()
        for row in self.selected_rows():
            rows.update(self.model.record_rows(row))
        self.model.choose(sorted(rows), choice)

    def choose_all(self, choice: Choice) -> None:
        self.model.choose_all(choice)

    def choices(self) -> dict[Key, Choice]:
        return self.model.choices()

    def review(self) -> Mapping[Key, Choice] | None:
        """Run the dialog: the choices when applied, None when cancelled."""
        return self.choices() if self.exec() == QDialog.DialogCode.Accepted else None

    # -- keyboard ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and self._on_key(event):
            return True
        return super().eventFilter(watched, event)

    def _on_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if mods & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier):
            return False  # Alt+letter: the buttons' mnemonics; Ctrl: the view's own keys
        if key in (Qt.Key.Key_M, Qt.Key.Key_T):
            choice: Choice = "mine" if key == Qt.Key.Key_M else "theirs"
            (self.choose_record if shift else self.choose_selected)(choice)
            return True
        if key == Qt.Key.Key_Space and not shift:
            self.model.toggle(self.selected_rows())
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return True
        return False

    # -- showing ---------------------------------------------------------------------------------
    def _refresh(self) -> None:
        mine, theirs = self.model.count("mine"), self.model.count("theirs")
        self.tally.setText(self.tr("Le mien : {mine} — l'autre : {theirs}").format(
            mine=mine, theirs=theirs))
        self._show_detail()

    def _show_detail(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.detail_title.setText("")
            for edit in (self.mine_text, self.theirs_text, self.base_text):
                edit.setPlainText("")
            return
        row = index.row()
        conflict = self.model.conflict(row)
        what = (self.tr("modifié d'un côté, supprimé de l'autre") if is_deletion(conflict)
                else column_text(conflict.column))
        self.detail_title.setText(self.tr("{record} — {field} — retenu : {choice}").format(
            record=record_text(conflict), field=what, choice=self.model.choice_text(row)))
        self.detail_title.setToolTip("")
        self.mine_text.setPlainText(side_text(conflict, "mine"))
        self.theirs_text.setPlainText(side_text(conflict, "theirs"))
        self.base_text.setPlainText(base_text(conflict))
