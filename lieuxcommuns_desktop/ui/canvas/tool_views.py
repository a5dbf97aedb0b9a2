"""The widgets of the map tool: toolbars, the acteur panel, the canvas and its empty state.

Kept apart from :class:`~.tool.MapTool`, which holds the behaviour (maps,
placements, relations, projector, export): each ``_build_*`` method makes one
part of the screen and connects it to the tool's slots.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core import map_style as ms
from ...core.enums import MapLayout
from .acteur_list import ActeurList
from .dialogs import InlineActeurEditor, fill_relation_kinds
from .relation_mode import RelationMode
from .view import CanvasView

if TYPE_CHECKING:
    from collections.abc import Callable


class MapToolViews:
    """Mixin of ``MapTool``: builds its widgets once, in :meth:`_build`."""

    def _action(self, text: str, name: str, slot: Callable[..., object],
                shortcut: str | None = None,
                checkable: bool = False, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setCheckable(checkable)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip((tip or text) + (f" ({shortcut})" if shortcut else ""))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build(self) -> None:
        self._build_selectors()
        self._build_actions()
        align_button = self._build_align_button()
        self._build_projector_button()
        self._build_toolbars(align_button)
        side = self._build_acteur_panel()
        self._build_canvas()
        self._build_layout(side)
        self._update_enabled()

    def _build_selectors(self) -> None:
        """The map shown, its layout, the kind of the next relation drawn."""
        self.map_combo = QComboBox(objectName="mapSelector")
        self.map_combo.setAccessibleName(self.tr("Carte affichée"))
        self.map_combo.setMinimumContentsLength(16)
        self.map_combo.currentIndexChanged.connect(self._on_map_selected)
        self.layout_combo = QComboBox(objectName="mapLayout")
        self.layout_combo.setAccessibleName(self.tr("Disposition de la carte"))
        for layout in MapLayout:
            self.layout_combo.addItem(ms.label(ms.LAYOUT_LABELS[layout]), layout.value)
        self.layout_combo.activated.connect(self._on_layout_chosen)
        self.kind_combo = QComboBox(objectName="newRelationKind")
        self.kind_combo.setAccessibleName(self.tr("Type des nouvelles relations"))
        fill_relation_kinds(self.kind_combo)

    def _build_actions(self) -> None:
        self.act_new = self._action(self.tr("Nouvelle carte"), "newMap", self.new_map)
        self.act_copy = self._action(self.tr("Dupliquer"), "copyMap", self.copy_map,
                                     tip=self.tr("Nouvelle carte copiée de celle-ci"))
        self.act_rename = self._action(self.tr("Renommer"), "renameMap", self.rename_map)
        self.act_delete_map = self._action(self.tr("Supprimer la carte"), "deleteMap",
                                           self.delete_map)
        self.act_link = self._action(self.tr("Relier"), "relationMode", self._toggle_relation_mode,
                                     "R", checkable=True,
                                     tip=self.tr("Tracer une relation d'une carte à une autre"))
        self.act_link_to = self._action(self.tr("Relier à…"), "relationTo",
                                        lambda: self.relation.choose_target(),
                                        tip=self.tr("Choisir la carte cible dans une liste"))
        self.relation = RelationMode(self)
        self.act_spread = self._action(self.tr("Répartir les cartes superposées"), "spreadCards",
                                       self.spread_overlapping)
        self.act_remove = self._action(self.tr("Retirer de la carte"), "removeFromMap",
                                       self.delete_selection, "Del",
                                       tip=self.tr("Retirer la sélection de la carte (l'acteur "
                                              "reste dans le carnet)"))
        self.act_select_all = self._action(self.tr("Tout sélectionner"), "selectAllCards",
                                           self.select_all, "Ctrl+A")
        self.act_legend = self._action(self.tr("Légende"), "toggleLegend", self.set_legend_visible,
                                       "L", checkable=True)
        self.act_legend.setChecked(True)
        self.act_fit = self._action(self.tr("Ajuster"), "fitMap", self.fit, "Ctrl+0",
                                    tip=self.tr("Voir toute la carte"))
        self.act_fit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_png = self._action(self.tr("Exporter en PNG…"), "exportPng",
                                    self.export_png_dialog)
        self.act_svg = self._action(self.tr("Exporter en SVG…"), "exportSvg",
                                    self.export_svg_dialog)

    def _build_align_button(self) -> QToolButton:
        align_menu = QMenu(self.tr("Aligner"), self)
        align_menu.setObjectName("alignMenu")
        for text, mode in ((self.tr("Aligner à gauche"), "left"),
                           (self.tr("Centrer horizontalement"), "hcenter"),
                           (self.tr("Aligner à droite"), "right"),
                           (self.tr("Aligner en haut"), "top"),
                           (self.tr("Centrer verticalement"), "vcenter"),
                           (self.tr("Aligner en bas"), "bottom")):
            act = align_menu.addAction(text)
            act.setObjectName(f"align_{mode}")
            act.triggered.connect(lambda _=False, m=mode: self.align(m))
        align_menu.addSeparator()
        for text, axis in ((self.tr("Répartir horizontalement"), "h"),
                           (self.tr("Répartir verticalement"), "v")):
            act = align_menu.addAction(text)
            act.setObjectName(f"distribute_{axis}")
            act.triggered.connect(lambda _=False, a=axis: self.distribute(a))
        self.align_menu = align_menu
        align_button = QToolButton(objectName="alignButton", text=self.tr("Aligner"))
        align_button.setAccessibleName(self.tr("Aligner et répartir la sélection"))
        align_button.setMenu(align_menu)
        align_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return align_button

    def _build_projector_button(self) -> None:
        self.projector_button = QToolButton(objectName="projectorButton", text=self.tr("Projeter"))
        self.projector_button.setAccessibleName(self.tr("Afficher la carte au projecteur"))
        self.projector_button.setToolTip(
            self.tr("Afficher la carte en plein écran sur un autre écran"))
        self.projector_menu = QMenu(self)
        self.projector_menu.aboutToShow.connect(self._fill_projector_menu)
        self.projector_button.setMenu(self.projector_menu)
        self.projector_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.projector_button.clicked.connect(lambda: self.open_projector())

    def _build_toolbars(self, align_button: QToolButton) -> None:
        """Two bars: the maps (choose, create, project, export), then editing the one shown."""
        bar = QToolBar(objectName="mapToolbar")
        bar.setAccessibleName(self.tr("Cartes de l'atelier"))
        bar.addWidget(self.map_combo)
        for act in (self.act_new, self.act_copy, self.act_rename, self.act_delete_map):
            bar.addAction(act)
        bar.addSeparator()
        bar.addWidget(self.projector_button)
        bar.addAction(self.act_png)
        bar.addAction(self.act_svg)
        self.act_backdrop = bar.addAction(self.tr("Fond de carte…"), self.edit_backdrop)
        self.act_backdrop.setObjectName("mapBackdrop")
        edit_bar = QToolBar(objectName="mapEditToolbar")
        edit_bar.setAccessibleName(self.tr("Outils de la carte"))
        edit_bar.addWidget(QLabel(self.tr("Disposition :")))
        edit_bar.addWidget(self.layout_combo)
        edit_bar.addSeparator()
        edit_bar.addAction(self.act_link)
        edit_bar.addWidget(self.kind_combo)
        edit_bar.addSeparator()
        edit_bar.addWidget(align_button)
        edit_bar.addAction(self.act_spread)
        edit_bar.addAction(self.act_remove)
        edit_bar.addSeparator()
        edit_bar.addAction(self.act_legend)
        edit_bar.addAction(self.act_fit)
        self.toolbar, self.edit_toolbar = bar, edit_bar

    def _build_acteur_panel(self) -> QWidget:
        """The side list of the notebook's acteurs, to filter and place on the map."""
        side = QWidget(objectName="acteurPanel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit(objectName="acteurFilter")
        self.filter.setPlaceholderText(self.tr("Filtrer les acteurs…"))
        self.filter.setAccessibleName(self.tr("Filtrer les acteurs"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.acteur_list = ActeurList()
        self.acteur_list.itemActivated.connect(lambda _item: self.place_selected())
        self.place_button = QPushButton(self.tr("Placer sur la carte"), objectName="placeActeurs")
        self.place_button.setAccessibleName(self.tr("Placer les acteurs choisis sur la carte"))
        self.place_button.clicked.connect(self.place_selected)
        hint = QLabel(self.tr("Glissez un acteur sur la carte, ou double-cliquez le fond "
                         "pour en créer un."), wordWrap=True)
        hint.setStyleSheet("color: palette(mid);")
        side_layout.addWidget(self.filter)
        side_layout.addWidget(self.acteur_list, 1)
        side_layout.addWidget(self.place_button)
        side_layout.addWidget(hint)
        return side

    def _build_canvas(self) -> None:
        """The canvas, or the empty state when the atelier has no map yet."""
        self.stack = QStackedWidget(objectName="mapStack")
        empty = QWidget(objectName="mapEmpty")
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        label = QLabel(self.tr("Cet atelier n'a pas encore de carte des acteurs."),
                       alignment=Qt.AlignmentFlag.AlignCenter)
        create = QPushButton(self.tr("Créer une carte"), objectName="createFirstMap")
        create.setAccessibleName(self.tr("Créer une carte"))
        create.clicked.connect(self.new_map)
        empty_layout.addWidget(label)
        empty_layout.addWidget(create, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(1)
        self.view = CanvasView(None)  # type: ignore[arg-type]  # no scene until a map is chosen
        self.view.nudgeRequested.connect(self.nudge)
        self.view.activationRequested.connect(self.activate_selection)
        self.view.cancelRequested.connect(self.relation.escape)
        self.inline_editor = InlineActeurEditor(self.view.viewport())
        self.inline_editor.hide()
        self.inline_editor.accepted.connect(self._create_acteur_here)
        self.stack.addWidget(empty)
        self.stack.addWidget(self.view)

    def _build_layout(self, side: QWidget) -> None:
        splitter = QSplitter(objectName="mapSplitter")
        splitter.addWidget(side)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 800])
        splitter.splitterMoved.connect(lambda *_a: setattr(self, "_side_sized", True))
        self.splitter, self._side_sized = splitter, False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.edit_toolbar)
        layout.addWidget(self.relation.hint)
        layout.addWidget(splitter, 1)
