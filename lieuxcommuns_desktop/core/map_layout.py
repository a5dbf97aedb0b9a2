"""Geometry of a stakeholder map, free of Qt so the printer can draw it as vectors.

Scene units: the map spans ±:data:`SPAN` around (0, 0); ``y`` grows downwards
(screen and PDF-after-flip convention). Placements (``MapPlacement.x/y``) are
stored in these units whatever the layout, so switching layout is a pure
function of the coordinates (:func:`convert`).

*Onion*: four concentric rings, cœur inside. *Power/interest grid* (Mendelow):
``x`` is the interest (−450 low … +450 high), ``y`` the power (−450 high …
+450 low). A ring and a quadrant share a *level* (0 = closest to the commons,
3 = farthest), following Mendelow's priority order: acteurs clés (manage
closely) ↔ cœur, à satisfaire ↔ contributeurs, à informer ↔ concernés, à
surveiller ↔ environnement. Inside its zone a card keeps its relative place
(angle ↔ horizontal, depth in the ring ↔ vertical), so a round trip
onion → grid → onion gives back the same positions.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .enums import MapLayout

SPAN = 500.0
#: Outer radius of each onion ring, from the cœur outwards.
RING_RADII: tuple[float, ...] = (110.0, 220.0, 330.0, 440.0)
RING_KEYS: tuple[str, ...] = ("coeur", "contributeurs", "concernes", "environnement")
#: Half side of the power/interest grid.
GRID = 450.0
QUADRANT_KEYS: tuple[str, ...] = ("acteurs_cles", "a_satisfaire", "a_informer", "a_surveiller")

#: Size of an acteur card in scene units (the printer draws the same box).
CARD_W = 150.0
CARD_H = 44.0

Point = tuple[float, float]


@dataclass(frozen=True)
class Rect:
    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    @property
    def center(self) -> Point:
        return (self.left + self.width / 2, self.top + self.height / 2)


#: Quadrant rectangles, by level (same order as :data:`QUADRANT_KEYS`).
QUADRANTS: tuple[Rect, ...] = (
    Rect(0.0, -GRID, GRID, GRID),  # acteurs clés: high interest, high power
    Rect(-GRID, -GRID, GRID, GRID),  # à satisfaire: low interest, high power
    Rect(0.0, 0.0, GRID, GRID),  # à informer: high interest, low power
    Rect(-GRID, 0.0, GRID, GRID),  # à surveiller: low interest, low power
)
#: Part of a quadrant kept free of cards around its edges (labels, axes).
_MARGIN = 0.08


def ring_bounds(level: int) -> tuple[float, float]:
    """Inner and outer radius of ring ``level`` (0 = cœur)."""
    inner = RING_RADII[level - 1] if level > 0 else 0.0
    return inner, RING_RADII[level]


def ring_of(x: float, y: float) -> int:
    """The ring a point falls in; beyond the last ring counts as environnement."""
    r = math.hypot(x, y)
    for level, outer in enumerate(RING_RADII):
        if r <= outer:
            return level
    return len(RING_RADII) - 1


def quadrant_of(x: float, y: float) -> int:
    """The quadrant level of a point of the grid (the axes belong to 'high')."""
    high_interest = x >= 0
    high_power = y <= 0
    if high_power:
        return 0 if high_interest else 1
    return 2 if high_interest else 3


def interest_level(x: float) -> float:
    """Interest from 0 (low) to 1 (high)."""
    return min(1.0, max(0.0, (x + GRID) / (2 * GRID)))


def power_level(y: float) -> float:
    """Power from 0 (low) to 1 (high)."""
    return min(1.0, max(0.0, (GRID - y) / (2 * GRID)))


def zone_of(layout: MapLayout | str, x: float, y: float) -> str | None:
    """Key of the ring or quadrant under a point, None for the free layout."""
    layout = MapLayout(layout)
    if layout is MapLayout.ONION:
        return RING_KEYS[ring_of(x, y)]
    if layout is MapLayout.POWER_INTEREST:
        return QUADRANT_KEYS[quadrant_of(x, y)]
    return None


# -- conversion between layouts ------------------------------------------------
def _onion_to_unit(x: float, y: float) -> tuple[int, float, float]:
    """(level, u, v): u = angle fraction clockwise from 9 o'clock, v = depth outwards."""
    level = ring_of(x, y)
    inner, outer = ring_bounds(level)
    r = min(math.hypot(x, y), outer)
    angle = math.atan2(y, x)  # y down: clockwise from 3 o'clock
    u = ((angle - math.pi) % (2 * math.pi)) / (2 * math.pi)
    v = (r - inner) / (outer - inner)
    return level, u, v


def _unit_to_onion(level: int, u: float, v: float) -> Point:
    inner, outer = ring_bounds(level)
    r = inner + v * (outer - inner)
    angle = u * 2 * math.pi + math.pi
    return (r * math.cos(angle), r * math.sin(angle))


def _grid_to_unit(x: float, y: float) -> tuple[int, float, float]:
    """(level, u, v): u left→right, v from the grid's centre outwards (vertically)."""
    level = quadrant_of(x, y)
    rect = QUADRANTS[level]
    inner_w = rect.width * (1 - 2 * _MARGIN)
    inner_h = rect.height * (1 - 2 * _MARGIN)
    u = (x - rect.left - rect.width * _MARGIN) / inner_w
    v = (y - rect.top - rect.height * _MARGIN) / inner_h
    if rect.top < 0:  # upper quadrants: "outwards" is upwards
        v = 1 - v
    return level, min(1.0, max(0.0, u)), min(1.0, max(0.0, v))


def _unit_to_grid(level: int, u: float, v: float) -> Point:
    rect = QUADRANTS[level]
    if rect.top < 0:
        v = 1 - v
    return (
        rect.left + rect.width * _MARGIN + u * rect.width * (1 - 2 * _MARGIN),
        rect.top + rect.height * _MARGIN + v * rect.height * (1 - 2 * _MARGIN),
    )


def convert(x: float, y: float, source: MapLayout | str, target: MapLayout | str) -> Point:
    """Where a card at (x, y) in ``source`` goes in ``target``.

    The free layout keeps coordinates; onion ↔ grid keeps the level (ring ↔
    quadrant) and the relative place inside the zone.
    """
    source, target = MapLayout(source), MapLayout(target)
    if source == target or MapLayout.FREE in (source, target):
        return (x, y)
    if source is MapLayout.ONION:
        return _unit_to_grid(*_onion_to_unit(x, y))
    return _unit_to_onion(*_grid_to_unit(x, y))


def clamp(x: float, y: float) -> Point:
    """Keep a card's centre on the map."""
    limit = SPAN - CARD_H / 2
    return (min(limit, max(-limit, x)), min(limit, max(-limit, y)))


# -- arranging cards -------------------------------------------------------------
def align(points: Sequence[Point], mode: str, sizes: Sequence[Point] | None = None) -> list[Point]:
    """Align centres: ``left``, ``hcenter``, ``right``, ``top``, ``vcenter``, ``bottom``.

    ``sizes`` (width, height) per point makes left/right/top/bottom align the
    cards' edges rather than their centres.
    """
    if not points:
        return []
    sizes = list(sizes) if sizes is not None else [(CARD_W, CARD_H)] * len(points)
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    if mode == "left":
        edge = min(x - w / 2 for x, (w, _h) in zip(xs, sizes, strict=True))
        return [(edge + w / 2, y) for (w, _h), y in zip(sizes, ys, strict=True)]
    if mode == "right":
        edge = max(x + w / 2 for x, (w, _h) in zip(xs, sizes, strict=True))
        return [(edge - w / 2, y) for (w, _h), y in zip(sizes, ys, strict=True)]
    if mode == "top":
        edge = min(y - h / 2 for y, (_w, h) in zip(ys, sizes, strict=True))
        return [(x, edge + h / 2) for x, (_w, h) in zip(xs, sizes, strict=True)]
    if mode == "bottom":
        edge = max(y + h / 2 for y, (_w, h) in zip(ys, sizes, strict=True))
        return [(x, edge - h / 2) for x, (_w, h) in zip(xs, sizes, strict=True)]
    if mode == "hcenter":
        mid = (min(xs) + max(xs)) / 2
        return [(mid, y) for y in ys]
    if mode == "vcenter":
        mid = (min(ys) + max(ys)) / 2
        return [(x, mid) for x in xs]
    raise ValueError(mode)


def distribute(points: Sequence[Point], axis: str) -> list[Point]:
    """Even spacing of centres between the two extreme cards along ``axis`` ("h"/"v")."""
    n = len(points)
    if n < 3:
        return list(points)
    index = 0 if axis == "h" else 1
    order = sorted(range(n), key=lambda i: (points[i][index], i))
    first, last = points[order[0]][index], points[order[-1]][index]
    step = (last - first) / (n - 1)
    result = list(points)
    for rank, i in enumerate(order):
        value = first + rank * step
        result[i] = (value, points[i][1]) if index == 0 else (points[i][0], value)
    return result


def overlapping_groups(points: Sequence[Point], tolerance: float = 8.0) -> list[list[int]]:
    """Indices of cards piled on (nearly) the same spot, groups of two or more."""
    buckets: dict[tuple[int, int], list[int]] = {}
    for i, (x, y) in enumerate(points):
        buckets.setdefault((round(x / tolerance), round(y / tolerance)), []).append(i)
    return [group for group in buckets.values() if len(group) > 1]


def spread(center: Point, n: int, *, spacing: float = CARD_H * 1.15) -> list[Point]:
    """``n`` positions around ``center`` on rows of cards, clamped to the map.

    Rows of ``CARD_W``-wide slots grow outwards from the centre so a pile of
    60 identical cards becomes a readable block instead of one card.
    """
    if n <= 0:
        return []
    cols = max(1, math.ceil(math.sqrt(n * CARD_H / CARD_W * 2)))
    rows = math.ceil(n / cols)
    col_step = CARD_W * 1.08
    cx, cy = center
    # keep the block on the map
    half_w = (cols - 1) * col_step / 2
    half_h = (rows - 1) * spacing / 2
    limit = SPAN - CARD_H / 2
    cx = min(limit - half_w, max(-limit + half_w, cx)) if half_w < limit else 0.0
    cy = min(limit - half_h, max(-limit + half_h, cy)) if half_h < limit else 0.0
    out: list[Point] = []
    for i in range(n):
        r, c = divmod(i, cols)
        out.append((cx - half_w + c * col_step, cy - half_h + r * spacing))
    return out


def default_position(layout: MapLayout | str, index: int) -> Point:
    """A free spot for the ``index``-th acteur added without a drop point."""
    layout = MapLayout(layout)
    golden = math.pi * (3 - math.sqrt(5))
    if layout is MapLayout.ONION:
        r = 60 + (index * 37) % 360
        a = index * golden
        return (r * math.cos(a), r * math.sin(a))
    return clamp(-400 + (index % 6) * 150, -400 + (index // 6 % 16) * 50)
