"""Undo commands of the map, each one call of ``core.services.maps`` (one transaction)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core.enums import ActeurCategory, MapLayout, RelationKind
from ...core.model import Acteur, StakeholderMap, new_id
from ...core.services import maps
from ..commands import EditCommand, RecreateCommand
from ..document import Document

# Spelled out at each call so that pyside6-lupdate sees the context.
translate = QCoreApplication.translate


def move_cards(doc: Document, moves: Mapping[str, tuple[float, float]],
               text: str | None = None, *, nudge: bool = False) -> EditCommand:
    """Move cards; a ``nudge`` (arrow keys) merges with the previous nudge of the same cards."""
    nb = doc.notebook
    moves = dict(moves)
    label = text or (translate("MapTool", "Déplacer la carte") if len(moves) == 1
                     else translate("MapTool", "Déplacer %n carte(s)", None, len(moves)))
    key = ("nudge", frozenset(moves)) if nudge else None
    return EditCommand(doc, label, lambda: maps.move_cards(nb, moves), merge_key=key)


def place_acteurs(doc: Document, map_id: str, items: Sequence[tuple[str, float, float]]
                  ) -> EditCommand:
    nb = doc.notebook
    items = list(items)
    ids = [new_id() for _ in items]
    return EditCommand(doc, translate("MapTool", "Placer sur la carte"),
                       lambda: maps.place_cards(nb, map_id, items, placement_ids=ids))


def remove_cards(doc: Document, placement_ids: Sequence[str]) -> EditCommand:
    nb = doc.notebook
    ids = list(placement_ids)
    return EditCommand(doc, translate("MapTool", "Retirer de la carte"),
                       lambda: maps.take_off(nb, ids))


def set_layout(doc: Document, map_id: str, layout: MapLayout) -> EditCommand:
    nb = doc.notebook
    return EditCommand(doc, translate("MapTool", "Changer de disposition"),
                       lambda: maps.change_layout(nb, map_id, layout))


def spread(doc: Document, map_id: str) -> EditCommand:
    nb = doc.notebook
    return EditCommand(doc, translate("MapTool", "Répartir les cartes superposées"),
                       lambda: maps.spread_cards(nb, map_id))


def add_relation(doc: Document, map_id: str, source_id: str, target_id: str,
                 kind: RelationKind, label: str = "", two_way: bool = False) -> EditCommand:
    nb = doc.notebook
    rid = new_id()
    return EditCommand(doc, translate("MapTool", "Ajouter une relation"),
                       lambda: maps.relate(nb, map_id, source_id, target_id, kind, label,
                                           two_way, relation_id=rid))


def update_relation(doc: Document, relation_id: str, values: Mapping[str, Any],
                    text: str | None = None) -> EditCommand:
    nb = doc.notebook
    values = dict(values)
    return EditCommand(doc, text or translate("MapTool", "Modifier la relation"),
                       lambda: maps.edit_relation(nb, relation_id, **values))


def delete_relations(doc: Document, relation_ids: Sequence[str]) -> EditCommand:
    nb = doc.notebook
    ids = list(relation_ids)
    return EditCommand(doc, translate("MapTool", "Supprimer la relation"),
                       lambda: maps.unlink(nb, ids))


def create_acteur_at(doc: Document, map_id: str, name: str, category: ActeurCategory,
                     x: float, y: float) -> RecreateCommand:
    nb = doc.notebook
    return RecreateCommand(
        doc, translate("MapTool", "Nouvel acteur"), Acteur,
        lambda: maps.create_acteur_at(nb, map_id, name, category, x, y)[0])


def create_map(doc: Document, atelier_id: str, title: str,
               layout: MapLayout = MapLayout.ONION, copy_from: str | None = None
               ) -> RecreateCommand:
    nb = doc.notebook
    map_id = new_id()
    command = RecreateCommand(
        doc, (translate("MapTool", "Dupliquer la carte") if copy_from
              else translate("MapTool", "Nouvelle carte")), StakeholderMap,
        lambda: maps.create_map(nb, atelier_id, title, layout, copy_from=copy_from,
                                map_id=map_id))
    command.map_id = map_id  # type: ignore[attr-defined]  # the new map's id, read by MapTool
    return command
