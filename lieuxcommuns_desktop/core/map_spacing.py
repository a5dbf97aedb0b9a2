"""Cards that a layout switch piled up are moved apart, each within its own zone.

Onion ↔ grid keeps every card's zone and relative place (``map_layout.convert``)
but not the zones' shapes: the wide outer ring becomes a quadrant the size of
the others, so cards that stood apart on the onion overlapped on the
power/interest grid. :func:`separate` moves only the cards that overlap one
already placed, to the nearest free spot of the same ring or quadrant (the
zone is the card's meaning, so a full zone keeps its overlap rather than
sending a card elsewhere). Pure geometry, no Qt: the service and its tests
use it as is.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache

from . import map_layout as ml
from .enums import MapLayout

#: Room kept between two cards, in scene units.
GAP = 6.0
_STEP_X = (ml.CARD_W + GAP) / 2
_STEP_Y = ml.CARD_H + GAP
_RINGS = 7


@cache
def _offsets() -> tuple[tuple[float, float], ...]:
    """Candidate moves, nearest first (a vertical step costs a little more)."""
    moves = [(j * _STEP_X, i * _STEP_Y) for i in range(-_RINGS, _RINGS + 1)
             for j in range(-2 * _RINGS, 2 * _RINGS + 1) if (i, j) != (0, 0)]
    moves.sort(key=lambda d: (math.hypot(d[0], d[1] * 1.3), d[1], d[0]))
    return tuple(moves)


class _Placed:
    """Cards already placed, hashed by cell (a card meets only its 3×3 cells)."""

    W, H = ml.CARD_W + GAP, ml.CARD_H + GAP

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[ml.Point]] = {}

    def _cell(self, x: float, y: float) -> tuple[int, int]:
        return (math.floor(x / self.W), math.floor(y / self.H))

    def free(self, x: float, y: float) -> bool:
        ci, cj = self._cell(x, y)
        for i in (ci - 1, ci, ci + 1):
            for j in (cj - 1, cj, cj + 1):
                for px, py in self.cells.get((i, j), ()):
                    if abs(px - x) < self.W - 0.01 and abs(py - y) < self.H - 0.01:
                        return False
        return True

    def add(self, x: float, y: float) -> None:
        self.cells.setdefault(self._cell(x, y), []).append((x, y))


def overlaps(points: Sequence[ml.Point]) -> list[tuple[int, int]]:
    """Pairs of cards whose boxes overlap (for checks and tests)."""
    found = []
    for a in range(len(points)):
        for b in range(a + 1, len(points)):
            if abs(points[a][0] - points[b][0]) < ml.CARD_W \
                    and abs(points[a][1] - points[b][1]) < ml.CARD_H:
                found.append((a, b))
    return found


def separate(points: Sequence[ml.Point], layout: MapLayout | str) -> list[ml.Point]:
    """The points with overlapping cards moved apart, each kept in its zone and on the map."""
    layout = MapLayout(layout)
    order = sorted(range(len(points)), key=lambda i: (points[i][1], points[i][0], i))
    placed = _Placed()
    result = list(points)
    limit = ml.SPAN - ml.CARD_H / 2
    for i in order:
        x, y = points[i]
        if not placed.free(x, y):
            zone = ml.zone_of(layout, x, y)
            for dx, dy in _offsets():
                nx, ny = x + dx, y + dy
                if abs(nx) > limit or abs(ny) > limit:
                    continue
                if ml.zone_of(layout, nx, ny) == zone and placed.free(nx, ny):
                    x, y = nx, ny
                    break
        result[i] = (x, y)
        placed.add(x, y)
    return result
