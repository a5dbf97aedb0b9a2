"""The map's context menu: a relation's kind and direction, a card's actions, the background's.

Kept out of the tool (which wires the canvas); the texts keep the tool's
translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QMenu

from ...core import map_style as ms
from ...core.enums import RelationKind
from . import commands as cmd
from .dialogs import relation_icon
from .items import ActeurCard, RelationArrow

if TYPE_CHECKING:
    from .tool import MapTool


def build_context_menu(tool: MapTool, scene_pos: QPointF, item: object) -> QMenu:
    """The menu for what is under the cursor: a relation, a card or the background."""
    menu = QMenu(tool)
    menu.setObjectName("mapContextMenu")
    doc = tool.doc
    if isinstance(item, RelationArrow):
        rid = item.relation_id
        kinds = menu.addMenu(QCoreApplication.translate("MapTool", "Type"))
        for kind in RelationKind:
            act = kinds.addAction(relation_icon(kind), ms.label(ms.relation_style(kind).label))
            act.setCheckable(True)
            act.setChecked(kind.value == item.row.kind)
            act.triggered.connect(lambda _=False, k=kind: tool.set_relation_kind(rid, k))
        two_way = menu.addAction(QCoreApplication.translate("MapTool", "Dans les deux sens"))
        two_way.setCheckable(True)
        two_way.setChecked(item.row.two_way)
        two_way.triggered.connect(lambda on: doc.run(
            cmd.update_relation(doc, rid, {"two_way": on})))
        menu.addAction(QCoreApplication.translate("MapTool", "Inverser le sens")).triggered.connect(
            lambda: doc.run(cmd.update_relation(
                doc, rid, {"source_id": item.row.target_id, "target_id": item.row.source_id})))
        menu.addAction(QCoreApplication.translate("MapTool", "Modifier…")).triggered.connect(
            lambda: tool.edit_relation(rid))
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate(
            "MapTool", "Supprimer la relation")).triggered.connect(
            lambda: doc.run(cmd.delete_relations(doc, [rid])))
    elif isinstance(item, ActeurCard):
        menu.addAction(tool.act_remove)
        menu.addMenu(tool.align_menu)
        menu.addAction(tool.act_link)
        menu.addAction(tool.act_link_to)
    else:
        menu.addAction(QCoreApplication.translate(
            "MapTool", "Nouvel acteur ici…")).triggered.connect(
            lambda: tool.new_acteur_at(scene_pos))
        menu.addAction(tool.act_spread)
        menu.addAction(tool.act_fit)
        menu.addAction(tool.act_legend)
    return menu
