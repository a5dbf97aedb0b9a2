"""A layout switch never leaves cards piled on each other (each stays in its zone)."""

from __future__ import annotations

from lieuxcommuns_desktop.core import map_layout as ml
from lieuxcommuns_desktop.core import map_spacing
from lieuxcommuns_desktop.core.enums import MapLayout
from lieuxcommuns_desktop.core.services import maps
from lieuxcommuns_desktop.core.services.notebook import Notebook
from tests.ui.canvas import sample


def _points(nb: Notebook, map_id: str) -> dict[str, tuple[float, float]]:
    return {c.acteur_id: (c.x, c.y) for c in maps.map_content(nb, map_id).cards.values()}


def test_switch_to_grid_spreads_piled_cards_within_their_quadrant(notebook: Notebook) -> None:
    _atelier, map_id, _ids = sample.build(notebook)
    onion = _points(notebook, map_id)
    converted = {a: ml.clamp(*ml.convert(x, y, MapLayout.ONION, MapLayout.POWER_INTEREST))
                 for a, (x, y) in onion.items()}
    assert map_spacing.overlaps(list(converted.values()))  # the plain conversion piles cards
    state = maps.set_layout(notebook, map_id, MapLayout.POWER_INTEREST)
    grid = _points(notebook, map_id)
    assert map_spacing.overlaps(list(grid.values())) == []
    for acteur, (x, y) in grid.items():
        assert ml.zone_of(MapLayout.POWER_INTEREST, x, y) == ml.zone_of(
            MapLayout.POWER_INTEREST, *converted[acteur])
        assert abs(x) <= ml.SPAN and abs(y) <= ml.SPAN
    maps.restore_layout(notebook, map_id, state)  # undo gives back the very same places
    assert _points(notebook, map_id) == onion


def test_separate_moves_only_the_cards_that_overlap() -> None:
    points = [(100.0, -200.0), (104.0, -198.0), (300.0, -300.0), (-200.0, 200.0)]
    out = map_spacing.separate(points, MapLayout.POWER_INTEREST)
    assert map_spacing.overlaps(out) == []
    assert out[0] == points[0] and out[2] == points[2] and out[3] == points[3]
    assert ml.zone_of(MapLayout.POWER_INTEREST, *out[1]) == "acteurs_cles"


def test_a_full_zone_keeps_its_cards_in_it() -> None:
    points = [(200.0, -200.0)] * 60  # more than the quadrant holds
    out = map_spacing.separate(points, MapLayout.POWER_INTEREST)
    assert all(ml.zone_of(MapLayout.POWER_INTEREST, x, y) == "acteurs_cles" for x, y in out)
    assert len(set(out)) > 10
