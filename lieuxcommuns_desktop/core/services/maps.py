"""Use cases of the stakeholder map (*carte des acteurs*), free of Qt.

Each function is one committed transaction (one :class:`ChangeSet`) and
returns what its undo needs: previous positions, a :class:`records.Snapshot`…
The canvas calls them from undo commands; the printer and the CLI read maps
through :func:`map_content`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Row, func, or_, select

from .. import map_layout, map_spacing
from ..enums import ActeurCategory, MapLayout, RelationKind
from ..errors import LieuxError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..model import Acteur, MapPlacement, Relation, StakeholderMap, new_id
from ..tables import Table
from . import edits, record_edits, records
from .notebook import ChangeSet, Notebook

log = logging.getLogger(__name__)

CONTEXT = "maps"
MESSAGES = {
    "self_relation": QT_TRANSLATE_NOOP("maps", "Une relation relie deux acteurs différents."),
    "not_on_map": QT_TRANSLATE_NOOP("maps", "L'acteur « {name} » n'est pas sur cette carte."),
    "empty_name": QT_TRANSLATE_NOOP("maps", "Le nom de l'acteur ne peut pas être vide."),
    "default_title": QT_TRANSLATE_NOOP("maps", "Carte des acteurs"),
    "copy_title": QT_TRANSLATE_NOOP("maps", "{title} (copie)"),
}


class MapError(ValidationError):
    """A map edit refused before anything was written; message in context ``maps``."""

    @property
    def message(self) -> str:
        return tr(CONTEXT, MESSAGES.get(self.code, self.code), **self.params)


# -- reading ---------------------------------------------------------------------
@dataclass(frozen=True)
class CardRow:
    """What the canvas needs of a placed acteur."""

    placement_id: str
    acteur_id: str
    name: str
    category: str
    x: float
    y: float


@dataclass(frozen=True)
class RelationRow:
    id: str
    source_id: str
    target_id: str
    kind: str
    label: str
    two_way: bool


@dataclass
class MapContent:
    map_id: str
    title: str
    layout: MapLayout
    atelier_id: str
    cards: dict[str, CardRow] = field(default_factory=dict)  # by placement id
    relations: dict[str, RelationRow] = field(default_factory=dict)


_CARD_COLUMNS = (
    MapPlacement.id, MapPlacement.acteur_id, Acteur.name, Acteur.category,
    MapPlacement.x, MapPlacement.y,
)
_RELATION_COLUMNS = (
    Relation.id, Relation.source_id, Relation.target_id, Relation.kind, Relation.label,
    Relation.two_way,
)


def _card(row: Row[str, str, str, ActeurCategory, float, float]) -> CardRow:
    """One row of ``_CARD_COLUMNS``."""
    return CardRow(row[0], row[1], row[2] or "", row[3].value, float(row[4]), float(row[5]))


def _relation(row: Row[str, str, str, RelationKind, str, bool]) -> RelationRow:
    """One row of ``_RELATION_COLUMNS``."""
    return RelationRow(row[0], row[1], row[2], row[3].value, row[4] or "", bool(row[5]))


def maps_of(nb: Notebook, atelier_id: str) -> list[StakeholderMap]:
    return records.all_of(nb, StakeholderMap, StakeholderMap.position, StakeholderMap.title,
                          atelier_id=atelier_id)


def map_content(nb: Notebook, map_id: str) -> MapContent:
    """The whole map in three plain queries (no ORM objects: a large map opens fast)."""
    with nb.read() as session:
        smap = session.get(StakeholderMap, map_id)
        if smap is None:
            raise LieuxError("not_found", what="carte", key=map_id)
        content = MapContent(smap.id, smap.title, MapLayout(smap.layout), smap.atelier_id)
        stmt = (select(*_CARD_COLUMNS).join(Acteur, Acteur.id == MapPlacement.acteur_id)
                .where(MapPlacement.map_id == map_id))
        for row in session.execute(stmt):
            card = _card(row)
            content.cards[card.placement_id] = card
        for rel_row in session.execute(
                select(*_RELATION_COLUMNS).where(Relation.map_id == map_id)):
            rel = _relation(rel_row)
            content.relations[rel.id] = rel
    return content


def map_content_header(nb: Notebook, map_id: str) -> MapContent:
    """The map's own row (title, layout) without its cards."""
    with nb.read() as session:
        smap = session.get(StakeholderMap, map_id)
        if smap is None:
            raise LieuxError("not_found", what="carte", key=map_id)
        return MapContent(smap.id, smap.title, MapLayout(smap.layout), smap.atelier_id)


def cards_by_placement(nb: Notebook, placement_ids: Iterable[str], *, map_id: str | None = None
                       ) -> dict[str, CardRow]:
    """Current rows of some placements (those still there, on ``map_id`` if given)."""
    ids = list(placement_ids)
    if not ids:
        return {}
    with nb.read() as session:
        stmt = (select(*_CARD_COLUMNS).join(Acteur, Acteur.id == MapPlacement.acteur_id)
                .where(MapPlacement.id.in_(ids)))
        if map_id is not None:
            stmt = stmt.where(MapPlacement.map_id == map_id)
        return {c.placement_id: c for c in map(_card, session.execute(stmt))}


def cards_by_acteur(nb: Notebook, map_id: str, acteur_ids: Iterable[str]) -> dict[str, CardRow]:
    ids = list(acteur_ids)
    if not ids:
        return {}
    with nb.read() as session:
        stmt = (select(*_CARD_COLUMNS).join(Acteur, Acteur.id == MapPlacement.acteur_id)
                .where(MapPlacement.map_id == map_id, MapPlacement.acteur_id.in_(ids)))
        return {c.placement_id: c for c in map(_card, session.execute(stmt))}


def relations_by_id(nb: Notebook, relation_ids: Iterable[str], *, map_id: str | None = None
                    ) -> dict[str, RelationRow]:
    ids = list(relation_ids)
    if not ids:
        return {}
    with nb.read() as session:
        stmt = select(*_RELATION_COLUMNS).where(Relation.id.in_(ids))
        if map_id is not None:
            stmt = stmt.where(Relation.map_id == map_id)
        return {r[0]: _relation(r) for r in session.execute(stmt)}


def relation_rows_of_map(nb: Notebook, map_id: str) -> list[RelationRow]:
    with nb.read() as session:
        return [_relation(r) for r in session.execute(
            select(*_RELATION_COLUMNS).where(Relation.map_id == map_id))]


def placed_acteur_ids(nb: Notebook, map_id: str) -> set[str]:
    with nb.read() as session:
        return set(session.scalars(
            select(MapPlacement.acteur_id).where(MapPlacement.map_id == map_id)))


# -- maps ------------------------------------------------------------------------
def create_map(
    nb: Notebook, atelier_id: str, title: str = "", layout: MapLayout | str = MapLayout.ONION,
    *, copy_from: str | None = None, map_id: str | None = None,
) -> str:
    """A new map at the end of the atelier's list, empty or a copy of another map."""
    map_id = map_id or new_id()
    with nb.write() as session:
        position = session.execute(
            select(func.coalesce(func.max(StakeholderMap.position), -1))
            .where(StakeholderMap.atelier_id == atelier_id)
        ).scalar_one() + 1
        if copy_from:
            source = session.get(StakeholderMap, copy_from)
            if source is None:
                raise LieuxError("not_found", what="carte", key=copy_from)
            layout = source.layout
            title = title or tr(CONTEXT, MESSAGES["copy_title"], title=source.title)
        title = title.strip() or tr(CONTEXT, MESSAGES["default_title"])
        session.add(StakeholderMap(id=map_id, atelier_id=atelier_id, title=title,
                                   layout=MapLayout(layout), position=position))
        if copy_from:
            session.flush()
            for p in session.scalars(select(MapPlacement).where(MapPlacement.map_id == copy_from)):
                session.add(MapPlacement(map_id=map_id, acteur_id=p.acteur_id, x=p.x, y=p.y))
            for r in session.scalars(select(Relation).where(Relation.map_id == copy_from)):
                session.add(Relation(map_id=map_id, source_id=r.source_id, target_id=r.target_id,
                                     kind=r.kind, label=r.label, two_way=r.two_way))
    return map_id


def rename_map(nb: Notebook, map_id: str, title: str) -> edits.Edit:
    """Give a map another title (never empty), as an edit."""
    return record_edits.change(nb, StakeholderMap, map_id, title=title)


def delete_map(nb: Notebook, map_id: str) -> edits.Edit:
    """Delete a map with its cards and relations (the acteurs stay), as an edit."""
    return record_edits.remove(nb, StakeholderMap, [map_id])


# -- placements ------------------------------------------------------------------
def place_acteurs(
    nb: Notebook, map_id: str, items: Sequence[tuple[str, float, float]],
    *, placement_ids: Sequence[str] | None = None,
) -> list[str]:
    """Put acteurs on the map at (x, y); acteurs already there are moved instead.

    Returns the ids of the placements created. ``placement_ids`` fixes the new ids.
    """
    return place_cards(nb, map_id, items, placement_ids=placement_ids).created(Table.MAP_PLACEMENT)


def place_cards(
    nb: Notebook, map_id: str, items: Sequence[tuple[str, float, float]],
    *, placement_ids: Sequence[str] | None = None,
) -> edits.Edit:
    """:func:`place_acteurs` as an edit: undo takes the new cards off and moves the others back."""
    with nb.write() as session:
        tracker = edits.Tracker(session)
        existing = {
            p.acteur_id: p for p in session.scalars(
                select(MapPlacement).where(MapPlacement.map_id == map_id,
                                           MapPlacement.acteur_id.in_([i[0] for i in items])))
        }
        for index, (acteur_id, x, y) in enumerate(items):
            x, y = map_layout.clamp(x, y)
            if acteur_id in existing:
                tracker.update(existing[acteur_id], x=x, y=y)
                continue
            pid = placement_ids[index] if placement_ids else new_id()
            tracker.add(MapPlacement(id=pid, map_id=map_id, acteur_id=acteur_id, x=x, y=y))
        return tracker.finish()


def move_placements(
    nb: Notebook, moves: Mapping[str, tuple[float, float]]
) -> dict[str, tuple[float, float]]:
    """Move several cards in one transaction; returns their previous positions."""
    previous: dict[str, tuple[float, float]] = {}
    if not moves:
        return previous
    with nb.write() as session:
        for p in session.scalars(select(MapPlacement).where(MapPlacement.id.in_(list(moves)))):
            previous[p.id] = (p.x, p.y)
            x, y = map_layout.clamp(*moves[p.id])
            if (p.x, p.y) != (x, y):
                p.x, p.y = x, y
    return previous


def move_cards(nb: Notebook, moves: Mapping[str, tuple[float, float]]) -> edits.Edit:
    """Move cards (kept inside the map) in one transaction; the edit undoes it."""
    with nb.write() as session:
        tracker = edits.Tracker(session)
        if moves:
            for p in session.scalars(
                    select(MapPlacement).where(MapPlacement.id.in_(list(moves)))):
                x, y = map_layout.clamp(*moves[p.id])
                tracker.update(p, x=x, y=y)
        return tracker.finish()


def remove_from_map(nb: Notebook, placement_ids: Iterable[str]) -> records.Snapshot:
    """Take cards off a map (the acteurs stay in the notebook) with their relations there."""
    ids = list(placement_ids)
    snapshot = records.Snapshot()
    changes = ChangeSet()
    with nb.write(changes) as session:
        placements = [dict(r._mapping) for r in session.execute(
            select(MapPlacement.__table__).where(MapPlacement.__table__.c.id.in_(ids)))]
        if not placements:
            return snapshot
        rels: list[dict[str, Any]] = []
        by_map: dict[str, set[str]] = {}
        for p in placements:
            by_map.setdefault(p["map_id"], set()).add(p["acteur_id"])
        rel_table = Relation.__table__
        for map_id, acteurs in by_map.items():
            rels.extend(dict(r._mapping) for r in session.execute(
                select(rel_table).where(rel_table.c.map_id == map_id, or_(
                    rel_table.c.source_id.in_(acteurs), rel_table.c.target_id.in_(acteurs)))))
        snapshot.rows = {MapPlacement.__tablename__: placements}
        if rels:
            snapshot.rows[Relation.__tablename__] = rels
            session.execute(rel_table.delete().where(rel_table.c.id.in_([r["id"] for r in rels])))
            for r in rels:
                changes.add("deleted", Relation.__tablename__, r["id"])
        table = MapPlacement.__table__
        session.execute(table.delete().where(table.c.id.in_([p["id"] for p in placements])))
        for p in placements:
            changes.add("deleted", MapPlacement.__tablename__, p["id"])
    return snapshot


def spread_overlapping(nb: Notebook, map_id: str, tolerance: float = 8.0
                       ) -> dict[str, tuple[float, float]]:
    """*Répartir les cartes superposées*: unpile cards sharing a spot; returns previous."""
    return move_placements(nb, _spread_moves(nb, map_id, tolerance))


def _spread_moves(nb: Notebook, map_id: str, tolerance: float
                  ) -> dict[str, tuple[float, float]]:
    content = map_content(nb, map_id)
    cards = sorted(content.cards.values(), key=lambda c: (c.name.casefold(), c.placement_id))
    points = [(c.x, c.y) for c in cards]
    moves: dict[str, tuple[float, float]] = {}
    for group in map_layout.overlapping_groups(points, tolerance):
        cx = sum(points[i][0] for i in group) / len(group)
        cy = sum(points[i][1] for i in group) / len(group)
        for i, pos in zip(group, map_layout.spread((cx, cy), len(group)), strict=True):
            moves[cards[i].placement_id] = pos
    return moves


def take_off(nb: Notebook, placement_ids: Iterable[str]) -> edits.Edit:
    """:func:`remove_from_map` as an edit: the cards and their relations on that map."""
    ids = list(placement_ids)
    with nb.write() as session:
        tracker = edits.Tracker(session)
        placements = list(session.scalars(select(MapPlacement).where(MapPlacement.id.in_(ids))))
        by_map: dict[str, set[str]] = {}
        for p in placements:
            by_map.setdefault(p.map_id, set()).add(p.acteur_id)
        for map_id, acteurs in by_map.items():
            for r in session.scalars(select(Relation).where(Relation.map_id == map_id, or_(
                    Relation.source_id.in_(acteurs), Relation.target_id.in_(acteurs)))):
                tracker.delete(r)
        session.flush()
        for p in placements:
            tracker.delete(p)
        return tracker.finish()


def spread_cards(nb: Notebook, map_id: str, tolerance: float = 8.0) -> edits.Edit:
    """:func:`spread_overlapping` as an edit the window can undo and redo."""
    return move_cards(nb, _spread_moves(nb, map_id, tolerance))


# -- layout ----------------------------------------------------------------------
@dataclass(frozen=True)
class LayoutState:
    layout: MapLayout
    positions: dict[str, tuple[float, float]]


def set_layout(nb: Notebook, map_id: str, layout: MapLayout | str) -> LayoutState:
    """Switch layout and re-place every card (ring ↔ quadrant); returns the previous state."""
    layout = MapLayout(layout)
    with nb.write() as session:
        smap = session.get(StakeholderMap, map_id)
        if smap is None:
            raise LieuxError("not_found", what="carte", key=map_id)
        source = MapLayout(smap.layout)
        positions: dict[str, tuple[float, float]] = {}
        placements = list(session.scalars(
            select(MapPlacement).where(MapPlacement.map_id == map_id).order_by(MapPlacement.id)))
        targets = []
        for p in placements:
            positions[p.id] = (p.x, p.y)
            targets.append(map_layout.clamp(*map_layout.convert(p.x, p.y, source, layout)))
        if source != layout and MapLayout.FREE not in (source, layout):
            targets = map_spacing.separate(targets, layout)  # the new zones' shapes pile cards
        for p, (x, y) in zip(placements, targets, strict=True):
            if (p.x, p.y) != (x, y):
                p.x, p.y = x, y
        smap.layout = layout
    return LayoutState(source, positions)


def change_layout(nb: Notebook, map_id: str, layout: MapLayout | str) -> edits.Edit:
    """:func:`set_layout` as an edit: undo gives back the old layout and the very same places."""
    layout = MapLayout(layout)
    with nb.write() as session:
        tracker = edits.Tracker(session)
        smap = edits.get(session, StakeholderMap, map_id)
        source = MapLayout(smap.layout)
        placements = list(session.scalars(
            select(MapPlacement).where(MapPlacement.map_id == map_id).order_by(MapPlacement.id)))
        targets = [map_layout.clamp(*map_layout.convert(p.x, p.y, source, layout))
                   for p in placements]
        if source != layout and MapLayout.FREE not in (source, layout):
            targets = map_spacing.separate(targets, layout)  # the new zones' shapes pile cards
        for p, (x, y) in zip(placements, targets, strict=True):
            tracker.update(p, x=x, y=y)
        tracker.update(smap, layout=layout)
        return tracker.finish()


def restore_layout(nb: Notebook, map_id: str, state: LayoutState) -> None:
    """Undo of :func:`set_layout`: the old layout and exactly the old positions."""
    with nb.write() as session:
        smap = session.get(StakeholderMap, map_id)
        if smap is None:
            raise LieuxError("not_found", what="carte", key=map_id)
        smap.layout = state.layout
        for p in session.scalars(select(MapPlacement).where(MapPlacement.id.in_(
                list(state.positions)))):
            x, y = state.positions[p.id]
            if (p.x, p.y) != (x, y):
                p.x, p.y = x, y


# -- relations -------------------------------------------------------------------
def add_relation(
    nb: Notebook, map_id: str, source_id: str, target_id: str,
    kind: RelationKind | str = RelationKind.COOPERATION, label: str = "",
    two_way: bool = False, *, relation_id: str | None = None,
) -> str:
    """Link two acteurs placed on the map; returns the relation's id."""
    relation_id = relation_id or new_id()
    relate(nb, map_id, source_id, target_id, kind, label, two_way, relation_id=relation_id)
    return relation_id


def relate(
    nb: Notebook, map_id: str, source_id: str, target_id: str,
    kind: RelationKind | str = RelationKind.COOPERATION, label: str = "",
    two_way: bool = False, *, relation_id: str | None = None,
) -> edits.Edit:
    """Link two acteurs placed on the map, as an edit (the id fixed by ``relation_id``)."""
    if source_id == target_id:
        raise MapError("self_relation")
    with nb.write() as session:
        tracker = edits.Tracker(session)
        placed = set(session.scalars(select(MapPlacement.acteur_id).where(
            MapPlacement.map_id == map_id, MapPlacement.acteur_id.in_([source_id, target_id]))))
        for acteur_id in (source_id, target_id):
            if acteur_id not in placed:
                acteur = session.get(Acteur, acteur_id)
                raise MapError("not_on_map", name=acteur.name if acteur else acteur_id)
        tracker.add(Relation(id=relation_id or new_id(), map_id=map_id, source_id=source_id,
                             target_id=target_id, kind=RelationKind(kind), label=label.strip(),
                             two_way=two_way))
        return tracker.finish()


def _relation_values(values: dict[str, Any]) -> dict[str, Any]:
    allowed = {"kind", "label", "two_way", "source_id", "target_id"}
    unknown = set(values) - allowed
    if unknown:
        raise LieuxError("invalid_value", field=", ".join(sorted(unknown)), value="")
    if "kind" in values:
        values["kind"] = RelationKind(values["kind"])
    if "label" in values:
        values["label"] = (values["label"] or "").strip()
    if values.get("source_id") is not None and values.get("source_id") == values.get("target_id"):
        raise MapError("self_relation")
    return values


def update_relation(nb: Notebook, relation_id: str, **values: Any) -> dict[str, Any]:
    """Change kind / label / two_way / direction; returns the previous values."""
    return records.update(nb, Relation, relation_id, **_relation_values(values))


def edit_relation(nb: Notebook, relation_id: str, **values: Any) -> edits.Edit:
    """Change kind / label / two_way / direction of one relation, as an edit."""
    values = _relation_values(values)
    with nb.write() as session:
        tracker = edits.Tracker(session)
        tracker.update(edits.get(session, Relation, relation_id), **values)
        return tracker.finish()


def delete_relations(nb: Notebook, relation_ids: Iterable[str]) -> records.Snapshot:
    return records.delete(nb, Relation, list(relation_ids))


def unlink(nb: Notebook, relation_ids: Iterable[str]) -> edits.Edit:
    """Delete relations (the acteurs and their cards stay), as an edit."""
    with nb.write() as session:
        tracker = edits.Tracker(session)
        tracker.delete_cascade(Relation, list(relation_ids))
        return tracker.finish()


# -- acteurs ---------------------------------------------------------------------
def create_acteur_at(
    nb: Notebook, map_id: str, name: str, category: ActeurCategory | str, x: float, y: float,
    *, acteur_id: str | None = None, placement_id: str | None = None,
) -> tuple[str, str]:
    """A new acteur in the notebook, placed on the map at (x, y), in one transaction."""
    name = (name or "").strip()
    if not name:
        raise MapError("empty_name")
    acteur_id = acteur_id or new_id()
    placement_id = placement_id or new_id()
    x, y = map_layout.clamp(x, y)
    with nb.write() as session:
        session.add(Acteur(id=acteur_id, name=name, category=ActeurCategory(category)))
        session.flush()
        session.add(MapPlacement(id=placement_id, map_id=map_id, acteur_id=acteur_id, x=x, y=y))
    return acteur_id, placement_id
