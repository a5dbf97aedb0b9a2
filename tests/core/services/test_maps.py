"""Map geometry, style and services: pure functions and real notebook files."""

from __future__ import annotations

import math

import pytest

from lieuxcommuns_desktop.core import map_layout as ml
from lieuxcommuns_desktop.core import map_style as ms
from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import ActeurCategory, MapLayout, RelationKind
from lieuxcommuns_desktop.core.services import maps, records
from lieuxcommuns_desktop.core.services.notebook import Notebook


# -- map_layout ------------------------------------------------------------------
def test_rings_and_quadrants() -> None:
    assert ml.ring_of(0, 0) == 0
    assert ml.ring_of(150, 0) == 1
    assert ml.ring_of(0, -300) == 2
    assert ml.ring_of(400, 100) == 3
    assert ml.ring_of(490, 490) == 3  # beyond the rings: environnement
    assert ml.zone_of(MapLayout.POWER_INTEREST, 200, -200) == "acteurs_cles"
    assert ml.zone_of(MapLayout.POWER_INTEREST, -200, -200) == "a_satisfaire"
    assert ml.zone_of(MapLayout.POWER_INTEREST, 200, 200) == "a_informer"
    assert ml.zone_of(MapLayout.POWER_INTEREST, -200, 200) == "a_surveiller"
    assert ml.zone_of(MapLayout.FREE, 1, 1) is None
    assert ml.power_level(-450) == 1.0 and ml.interest_level(-450) == 0.0


@pytest.mark.parametrize("point", [(50, 20), (-150, 80), (0, -300), (300, 250), (-10, 400)])
def test_onion_grid_round_trip_keeps_level(point) -> None:
    x, y = point
    level = ml.ring_of(x, y)
    gx, gy = ml.convert(x, y, MapLayout.ONION, MapLayout.POWER_INTEREST)
    assert ml.quadrant_of(gx, gy) == level
    bx, by = ml.convert(gx, gy, MapLayout.POWER_INTEREST, MapLayout.ONION)
    assert math.isclose(bx, x, abs_tol=1e-6) and math.isclose(by, y, abs_tol=1e-6)


def test_grid_to_onion_level_and_free_identity() -> None:
    for level, rect in enumerate(ml.QUADRANTS):
        cx, cy = rect.center
        ox, oy = ml.convert(cx, cy, MapLayout.POWER_INTEREST, MapLayout.ONION)
        assert ml.ring_of(ox, oy) == level
    assert ml.convert(12, 34, MapLayout.ONION, MapLayout.FREE) == (12, 34)


def test_align_distribute_spread() -> None:
    pts = [(0.0, 0.0), (100.0, 50.0), (40.0, 300.0)]
    assert {p[0] for p in ml.align(pts, "hcenter")} == {50.0}
    assert [p[1] for p in ml.align(pts, "top")] == [0.0, 0.0, 0.0]
    spread = ml.distribute([(0.0, 0.0), (10.0, 5.0), (100.0, 9.0)], "h")
    assert [p[0] for p in spread] == [0.0, 50.0, 100.0]
    assert ml.distribute([(0.0, 0.0), (1.0, 1.0)], "v") == [(0.0, 0.0), (1.0, 1.0)]
    pile = ml.spread((480.0, 480.0), 60)
    assert len(set(pile)) == 60
    assert all(abs(x) <= ml.SPAN and abs(y) <= ml.SPAN for x, y in pile)
    assert ml.overlapping_groups([(0, 0), (1, 1), (200, 200)]) == [[0, 1]]


# -- map_style -------------------------------------------------------------------
def test_every_category_has_distinct_colour_and_shape() -> None:
    styles = [ms.category_style(c) for c in ActeurCategory]
    assert len({s.colour for s in styles}) == len(styles)
    assert len({s.shape for s in styles}) == len(styles)
    assert all(s.shape in ms.SHAPES for s in styles)
    for s in styles:
        pts = ms.shape_points(s.shape, 0, 0, 10)
        assert s.shape == "circle" or len(pts) >= 3
    assert ms.category_style("nonsense").label == "Autres"


def test_relation_styles_are_distinct() -> None:
    styles = [ms.relation_style(k) for k in RelationKind]
    assert len({s.line for s in styles}) == len(styles)
    assert all(s.line in ms.DASH_PATTERNS for s in styles)
    assert ms.text_colour_on("#F0E442") == "#000000"
    assert ms.text_colour_on("#0072B2") == "#FFFFFF"


# -- services --------------------------------------------------------------------
@pytest.fixture
def atelier(notebook: Notebook) -> str:
    return records.create(notebook, m.Atelier, title="Friche").id


def _acteurs(nb: Notebook, n: int) -> list[str]:
    return [a.id for a in records.create_many(nb, [
        m.Acteur(name=f"Acteur {i}", category=list(ActeurCategory)[i % 8]) for i in range(n)])]


def test_create_place_move_copy(notebook: Notebook, atelier: str) -> None:
    map_id = maps.create_map(notebook, atelier, "Aujourd'hui")
    a, b, c = _acteurs(notebook, 3)
    created = maps.place_acteurs(notebook, map_id, [(a, 10, 10), (b, 900, 0), (c, -50, 60)])
    assert len(created) == 3
    content = maps.map_content(notebook, map_id)
    assert max(card.x for card in content.cards.values()) < ml.SPAN  # clamped
    # placing an acteur already there moves it
    assert maps.place_acteurs(notebook, map_id, [(a, 20, 20)]) == []
    rel = maps.add_relation(notebook, map_id, a, b, RelationKind.CONFLIT, " tension ")
    assert records.get(notebook, m.Relation, rel).label == "tension"
    with pytest.raises(maps.MapError):
        maps.add_relation(notebook, map_id, a, a)
    seen = []
    notebook.subscribe(seen.append)
    previous = maps.move_placements(notebook, {created[0]: (100, 100), created[2]: (5, 5)})
    assert len(seen) == 1 and seen[0].ids("map_placement") == {created[0], created[2]}
    assert previous[created[0]] == (20, 20)
    copy_id = maps.create_map(notebook, atelier, copy_from=map_id)
    copy = maps.map_content(notebook, copy_id)
    assert copy.title == "Aujourd'hui (copie)"
    assert len(copy.cards) == 3 and len(copy.relations) == 1
    assert [mp.id for mp in maps.maps_of(notebook, atelier)] == [map_id, copy_id]


def test_layout_switch_and_restore(notebook: Notebook, atelier: str) -> None:
    map_id = maps.create_map(notebook, atelier, "Carte")
    a, b = _acteurs(notebook, 2)
    maps.place_acteurs(notebook, map_id, [(a, 30, 30), (b, 0, -300)])
    state = maps.set_layout(notebook, map_id, MapLayout.POWER_INTEREST)
    content = maps.map_content(notebook, map_id)
    assert content.layout is MapLayout.POWER_INTEREST
    zones = {c.acteur_id: ml.zone_of(content.layout, c.x, c.y) for c in content.cards.values()}
    assert zones == {a: "acteurs_cles", b: "a_informer"}
    maps.restore_layout(notebook, map_id, state)
    content = maps.map_content(notebook, map_id)
    assert content.layout is MapLayout.ONION
    assert {(c.x, c.y) for c in content.cards.values()} == {(30, 30), (0, -300)}


def test_remove_from_map_keeps_acteur_and_restores(notebook: Notebook, atelier: str) -> None:
    map_id = maps.create_map(notebook, atelier)
    a, b = _acteurs(notebook, 2)
    pa, _pb = maps.place_acteurs(notebook, map_id, [(a, 0, 0), (b, 100, 0)])
    maps.add_relation(notebook, map_id, a, b)
    snap = maps.remove_from_map(notebook, [pa])
    assert records.count(notebook, m.Relation) == 0
    assert records.count(notebook, m.Acteur) == 2
    records.restore(notebook, snap)
    assert records.count(notebook, m.Relation) == 1 and records.count(notebook, m.MapPlacement) == 2


def test_acteur_deleted_elsewhere_takes_relations(notebook: Notebook, atelier: str) -> None:
    map_id = maps.create_map(notebook, atelier)
    a, b = _acteurs(notebook, 2)
    maps.place_acteurs(notebook, map_id, [(a, 0, 0), (b, 100, 0)])
    maps.add_relation(notebook, map_id, a, b)
    records.delete(notebook, m.Acteur, a)
    content = maps.map_content(notebook, map_id)
    assert len(content.cards) == 1 and not content.relations


def test_spread_and_create_acteur_at(notebook: Notebook, atelier: str) -> None:
    map_id = maps.create_map(notebook, atelier)
    ids = _acteurs(notebook, 60)
    maps.place_acteurs(notebook, map_id, [(i, 200, 200) for i in ids])
    previous = maps.spread_overlapping(notebook, map_id)
    assert len(previous) == 60
    points = {(c.x, c.y) for c in maps.map_content(notebook, map_id).cards.values()}
    assert len(points) == 60
    acteur_id, placement_id = maps.create_acteur_at(
        notebook, map_id, "  Régie de l'eau ", ActeurCategory.SERVICES_PUBLICS, 5, 6)
    assert records.get(notebook, m.Acteur, acteur_id).name == "Régie de l'eau"
    assert records.get(notebook, m.MapPlacement, placement_id).x == 5
    with pytest.raises(maps.MapError) as err:
        maps.create_acteur_at(notebook, map_id, "  ", ActeurCategory.AUTRES, 0, 0)
    assert "vide" in err.value.message
