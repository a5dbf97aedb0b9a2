"""The geometry of a relation's arrow, shared by the screen, the print and the map command.

One definition, so the canvas (``ui/canvas/items.py``), the printed kit and
the minutes' SVG (``printing/map_drawing.py``) draw the same arrow for the
same relation: the segment between two cards, clipped a little outside each
card box; a line stopping short of the head so that a thick or double line
does not blunt its tip; closed triangular heads (both ends for a two-way
relation). Cards that overlap get a bare centre-to-centre line and no head
(a head would point inside a card). Plain floats, no Qt: map units, y down.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

from .map_layout import CARD_H, CARD_W

Point = tuple[float, float]
Triangle = tuple[Point, Point, Point]

#: Length of an arrow head, in map units.
HEAD = 13.0
#: A head's half width, as a share of its length.
HEAD_HALF_WIDTH = 0.45
#: The segment stops this far outside a card's box.
CARD_MARGIN = 3.0
#: Half the gap between the two lines of a "double" relation.
DOUBLE_OFFSET = 2.4
#: How far before the tip a line stops (single; double) so the head keeps its point.
SINGLE_SHORTEN, DOUBLE_SHORTEN = 6.0, 8.0


class Segment(NamedTuple):
    """The drawn segment from the source's card edge to the target's, and its direction."""

    x0: float
    y0: float
    x1: float
    y1: float
    #: Unit vector from source to target; (0, 0) when both cards sit on one spot.
    ux: float
    uy: float
    #: False when the cards overlap: a bare line, no heads.
    heads: bool


@dataclass(frozen=True)
class Arrow:
    """What to stroke (lines) and fill (heads) for one relation."""

    lines: list[tuple[Point, Point]]
    heads: list[Triangle]


def clip_factor(dx: float, dy: float) -> float:
    """Share of (dx, dy) that lies inside a card box (with its margin) centred at one end."""
    hw, hh = CARD_W / 2 + CARD_MARGIN, CARD_H / 2 + CARD_MARGIN
    fx = hw / abs(dx) if dx else math.inf
    fy = hh / abs(dy) if dy else math.inf
    return min(fx, fy)


def segment(sx: float, sy: float, tx: float, ty: float) -> Segment:
    """The segment between the cards centred at (sx, sy) and (tx, ty), clipped at their boxes."""
    dx, dy = tx - sx, ty - sy
    length = math.hypot(dx, dy)
    if length < 1:
        return Segment(sx, sy, sx, sy, 0.0, 0.0, False)
    clip = clip_factor(dx, dy)
    if clip >= 0.5:  # overlapping cards: a bare line, no heads
        return Segment(sx, sy, tx, ty, dx / length, dy / length, False)
    return Segment(sx + dx * clip, sy + dy * clip, tx - dx * clip, ty - dy * clip,
                   dx / length, dy / length, True)


def head(x: float, y: float, ux: float, uy: float, size: float = HEAD) -> Triangle:
    """A triangle with its tip at (x, y), pointing along the unit vector (ux, uy)."""
    bx, by = x - ux * size, y - uy * size
    px, py = -uy * size * HEAD_HALF_WIDTH, ux * size * HEAD_HALF_WIDTH
    return ((x, y), (bx + px, by + py), (bx - px, by - py))


def arrow(seg: Segment, *, double: bool, two_way: bool) -> Arrow:
    """The lines and heads of a relation drawn along ``seg``."""
    x0, y0, x1, y1, ux, uy, heads = seg
    lines: list[tuple[Point, Point]] = []
    triangles: list[Triangle] = []
    if not (ux or uy):
        return Arrow(lines, triangles)
    if double:
        ox, oy = -uy * DOUBLE_OFFSET, ux * DOUBLE_OFFSET
        for sign in (1, -1):
            lines.append(((x0 + sign * ox, y0 + sign * oy),
                          (x1 + sign * ox - ux * DOUBLE_SHORTEN,
                           y1 + sign * oy - uy * DOUBLE_SHORTEN)))
    elif heads:
        lines.append(((x0, y0), (x1 - ux * SINGLE_SHORTEN, y1 - uy * SINGLE_SHORTEN)))
    else:
        lines.append(((x0, y0), (x1, y1)))
    if heads:
        triangles.append(head(x1, y1, ux, uy))
        if two_way:
            triangles.append(head(x0, y0, -ux, -uy))
    return Arrow(lines, triangles)


def relation_arrow(source: Point, target: Point, *, double: bool, two_way: bool) -> Arrow:
    """The arrow between the cards centred at ``source`` and ``target``."""
    return arrow(segment(source[0], source[1], target[0], target[1]),
                 double=double, two_way=two_way)
