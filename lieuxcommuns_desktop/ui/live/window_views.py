"""The widgets of live mode: the séquence, notes and attendance on the left; the
timer, re-planning, the plan, the projector and undo on the right.

Kept apart from :class:`~.window.LiveWindow`, which holds the behaviour (the
timer's readings, the séquence shown, the projector, leaving): each
``_build_*`` method makes one part of the window and connects it to the
window's slots.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Atelier
from ...core.services import live, records
from ..experiments.from_note import NoteToExperiment
from ..notes.capture import NoteCapture
from ..notes.feed import NotesFeed
from ..plain import isolate, literal, plain


def scaled_font(widget: QWidget, points: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font



class LiveWindowViews:
    """Mixin of ``LiveWindow``: builds its widgets once, in :meth:`_build`."""

    def _undo_tip(self, text: str) -> None:
        """A bound method, not a lambda: Qt drops it when the window is deleted."""
        self.undo_button.setToolTip(literal(text))

    def _button(self, text: str, name: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(tip)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the note entry keeps the focus
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        atelier = records.get(self.doc.notebook, Atelier, self.atelier_id)
        self.setWindowTitle(self.tr("Mode animation — {title}").format(
            title=isolate(atelier.title)))

        scroll = self._build_step(atelier)
        self._build_tabs()
        left = self._build_left(scroll)
        buttons = self._build_timer_buttons()
        self._build_replan()
        self._build_plan()
        self._build_projector_controls()
        self._build_undo_buttons()
        right = self._build_right(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([580, 420])  # room for the plan's titles on a small screen
        self.setCentralWidget(splitter)

    def _build_step(self, atelier: Atelier) -> QScrollArea:
        """The séquence shown large: title, method, instructions (scrolling), tool, next."""
        self.atelier_label = plain(QLabel(atelier.title, self))
        self.atelier_label.setObjectName("live_atelier")
        self.progress_label = plain(QLabel(self))
        self.progress_label.setObjectName("live_progress_label")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("live_progress")
        self.progress.setAccessibleName(self.tr("Avancement du déroulé"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.step_title = plain(QLabel(self))
        self.step_title.setObjectName("live_step_title")
        self.step_title.setFont(scaled_font(self, 24, True))
        self.step_title.setWordWrap(True)
        self.method = plain(QLabel(self))
        self.method.setObjectName("live_method")
        self.method.setStyleSheet("color: #555; font-style: italic;")
        self.instructions = plain(QLabel(self))
        self.instructions.setObjectName("live_instructions")
        self.instructions.setFont(scaled_font(self, 17))
        self.instructions.setWordWrap(True)
        self.instructions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.instructions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.instructions)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.materials = plain(QLabel(self))
        self.materials.setObjectName("live_materials")
        self.materials.setWordWrap(True)
        self.tool_button = self._button("", "live_open_tool", self.tr("Ouvrir l'outil"),
                                        self._open_tool)
        self.tool_button.setStyleSheet("font-weight: bold; padding: 6px 12px;")
        self.next_label = plain(QLabel(self))
        self.next_label.setObjectName("live_next")
        self.next_label.setWordWrap(True)
        self.next_label.setStyleSheet("color: #37474f; background: #eceff1; padding: 6px;"
                                      " border-radius: 4px;")
        return scroll

    def _build_tabs(self) -> None:
        """Notes (the entry keeps the focus), attendance (loaded when shown), votes."""
        self.capture = NoteCapture(self.doc, self.atelier_id, self._current_sequence_id,
                                   self.timer.now, self)
        self.feed = NotesFeed(self.doc, self.atelier_id, self)
        self.to_experiment = NoteToExperiment(self.doc, self.feed, window_wide=True)
        self.capture.captured.connect(self.feed.select_note)
        notes_page = QWidget(self)
        notes_layout = QVBoxLayout(notes_page)
        notes_layout.setContentsMargins(4, 4, 4, 4)
        notes_layout.addWidget(self.capture)
        notes_layout.addWidget(self.feed, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("live_tabs")
        self.tabs.setAccessibleName(self.tr("Notes et émargement"))
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Room above the text: the Fusion style clips the accent of "Émargement".
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 6px 14px 5px 14px; }")
        self.tabs.addTab(notes_page, self.tr("Notes"))
        self.attendance_page = QWidget(self)
        QVBoxLayout(self.attendance_page)
        self.tabs.addTab(self.attendance_page, self.tr("Émargement"))
        from ..votes.panel import VotePanel

        self.votes = VotePanel(self.doc, self.atelier_id, self._current_sequence_id, self)
        self.votes.projectionRequested.connect(self.project_vote)
        self.tabs.addTab(self.votes, self.tr("Votes"))
        self.tabs.currentChanged.connect(self._on_tab)

    def _build_left(self, scroll: QScrollArea) -> QWidget:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.atelier_label)
        header = QHBoxLayout()
        header.addWidget(self.progress, 1)
        header.addWidget(self.progress_label)
        left_layout.addLayout(header)
        left_layout.addWidget(self.step_title)
        left_layout.addWidget(self.method)
        left_layout.addWidget(scroll, 3)
        left_layout.addWidget(self.materials)
        row = QHBoxLayout()
        row.addWidget(self.tool_button)
        row.addStretch(1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.next_label)
        left_layout.addWidget(self.tabs, 4)
        return left

    def _build_timer_buttons(self) -> QGridLayout:
        """The big countdown and its buttons."""
        self.clock_label = plain(QLabel(self))
        self.clock_label.setObjectName("live_timer")
        self.clock_label.setAccessibleName(self.tr("Temps restant"))
        self.clock_label.setFont(scaled_font(self, 64, True))
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock_caption = plain(QLabel(self))
        self.clock_caption.setObjectName("live_timer_caption")
        self.clock_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = self._button(self.tr("Démarrer"), "live_start",
                                         self.tr("Démarrer / pause / reprendre (F5)"),
                                         self.timer.toggle)
        self.plus1 = self._button(self.tr("+1 min"), "live_plus1",
                                  self.tr("Prolonger d'une minute (F6)"),
                                  lambda: self.timer.extend(1))
        self.plus5 = self._button(self.tr("+5 min"), "live_plus5",
                                  self.tr("Prolonger de cinq minutes (F7)"),
                                  lambda: self.timer.extend(5))
        self.prev_button = self._button(self.tr("◀ Précédente"), "live_previous",
                                        self.tr("Séquence précédente (Page précédente)"),
                                        self.timer.previous)
        self.next_button = self._button(self.tr("Suivante ▶"), "live_next_step",
                                        self.tr("Séquence suivante (Page suivante)"),
                                        self.timer.next)
        # Two rows: the right pane stays usable at a third of a 1024-pixel screen.
        buttons = QGridLayout()
        buttons.addWidget(self.prev_button, 0, 0)
        buttons.addWidget(self.start_button, 0, 1)
        buttons.addWidget(self.next_button, 0, 2)
        buttons.addWidget(self.plus1, 1, 0)
        buttons.addWidget(self.plus5, 1, 1)
        return buttons

    def _build_replan(self) -> None:
        """What to do when a séquence overran: end later, or shorten the next ones."""
        self.replan_box = QGroupBox(self.tr("Replanifier"), self)
        self.replan_box.setObjectName("live_replan")
        self.overrun_label = plain(QLabel(self.replan_box))
        self.overrun_label.setObjectName("live_overrun")
        self.overrun_label.setWordWrap(True)
        self.minimum = QSpinBox(self.replan_box)
        self.minimum.setObjectName("live_minimum")
        self.minimum.setAccessibleName(self.tr("Durée minimale par séquence"))
        self.minimum.setRange(1, 60)
        self.minimum.setSuffix(self.tr(" min"))
        self.minimum.setValue(self.timer.state.minimum)
        self.shift_button = self._button(self.tr("Décaler la fin"), "live_shift",
                                         self.tr("Garder les durées, finir plus tard"),
                                         lambda: self.timer.replan(live.SHIFT,
                                                                   self.minimum.value()))
        self.shrink_button = self._button(
            self.tr("Resserrer les séquences restantes"), "live_shrink",
            self.tr("Raccourcir les séquences suivantes pour finir à l'heure"),
            lambda: self.timer.replan(live.SHRINK, self.minimum.value()))
        replan_layout = QVBoxLayout(self.replan_box)
        replan_layout.addWidget(self.overrun_label)
        min_row = QHBoxLayout()
        min_row.addWidget(QLabel(self.tr("Minimum par séquence :"), self.replan_box))
        min_row.addWidget(self.minimum)
        min_row.addStretch(1)
        replan_layout.addLayout(min_row)
        replan_layout.addWidget(self.shift_button)
        replan_layout.addWidget(self.shrink_button)

    def _build_plan(self) -> None:
        self.plan = QTreeWidget(self)
        self.plan.setObjectName("live_plan")
        self.plan.setAccessibleName(self.tr("Déroulé replanifié"))
        self.plan.setRootIsDecorated(False)
        self.plan.setHeaderLabels([self.tr("Séquence"), self.tr("Prévu"), self.tr("Horaire"),
                                   self.tr("Réel")])
        self.plan.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.plan.header().setStretchLastSection(False)
        for col in (1, 2, 3):
            self.plan.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.plan.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _build_projector_controls(self) -> None:
        self.screens = QComboBox(self)
        self.screens.setObjectName("live_screens")
        self.screens.setAccessibleName(self.tr("Écran du projecteur"))
        self.screens.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            self.screens.addItem(f"{screen.name()} ({size.width()}×{size.height()})")
        if self.screens.count() > 1:
            self.screens.setCurrentIndex(1)
        self.project_button = self._button(self.tr("Projeter"), "live_project",
                                           self.tr("Afficher la vue des participants (F9)"),
                                           self.toggle_projector)
        self.leave_button = self._button(self.tr("Quitter l'animation"), "live_leave",
                                         self.tr("Quitter le mode animation (Échap)"),
                                         self.leave)
        self.sound = QCheckBox(self.tr("Son en fin de séquence"), self)
        self.sound.setObjectName("live_sound")
        self.sound.setAccessibleName(self.tr("Son en fin de séquence"))
        self.sound.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _build_undo_buttons(self) -> None:
        self.undo_button = self._button(self.tr("Annuler"), "live_undo",
                                        self.tr("Annuler la dernière modification"),
                                        self.doc.undo_stack.undo)
        self.redo_button = self._button(self.tr("Rétablir"), "live_redo",
                                        self.tr("Rétablir la modification annulée"),
                                        self.doc.undo_stack.redo)
        self.undo_button.setEnabled(self.doc.undo_stack.canUndo())
        self.redo_button.setEnabled(self.doc.undo_stack.canRedo())
        self.doc.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.doc.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.doc.undo_stack.undoTextChanged.connect(self._undo_tip)

    def _build_right(self, buttons: QGridLayout) -> QWidget:
        """The timer, re-planning, the plan, the projector, undo and leave."""
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.clock_label)
        right_layout.addWidget(self.clock_caption)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.replan_box)
        right_layout.addWidget(self.plan, 1)
        proj = QHBoxLayout()
        proj.addWidget(self.screens, 1)
        proj.addWidget(self.project_button)
        right_layout.addLayout(proj)
        right_layout.addWidget(self.sound)
        extras = QHBoxLayout()
        extras.addWidget(self.undo_button)
        extras.addWidget(self.redo_button)
        extras.addStretch(1)
        extras.addWidget(self.leave_button)
        right_layout.addLayout(extras)
        return right

