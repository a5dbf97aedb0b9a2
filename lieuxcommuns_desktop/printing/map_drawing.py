"""Draw a stakeholder map as vectors, once, for both the PDF and the blog's SVG.

The drawing is written against a tiny :class:`Painter` with three back-ends:
reportlab's canvas (the printed kit), SVG text (the HTML minutes, the site and
the ``map`` command) and a Pillow image (the ``map`` command's PNG). It uses the
same layout (``core.map_layout``), arrows (``core.map_geometry``) and styles
(``core.map_style``) as the canvas on screen, drawn from the data — never a
screenshot — so the print is sharp at A3 and stays readable in black and
white: every category has a shape as well as a colour, every relation kind a
line style.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from ..core import map_geometry as mg
from ..core import map_layout as geo
from ..core import map_style as style
from ..core.enums import ActeurCategory, MapLayout, RelationKind
from .data import MapData
from .text import line

Point = tuple[float, float]

ZONE_STROKE = "#9A9A9A"
CARD_FILL = "#FFFFFF"
CARD_STROKE = "#333333"
INK = "#1A1A1A"


class Painter(Protocol):
    """Drawing primitives in map units (y grows downwards)."""

    def circle(self, c: Point, r: float, *, fill: str | None, stroke: str | None,
               width: float = 1.0) -> None: ...

    def polygon(self, points: Sequence[Point], *, fill: str | None, stroke: str | None,
                width: float = 1.0) -> None: ...

    def rect(self, x: float, y: float, w: float, h: float, *, fill: str | None,
             stroke: str | None, width: float = 1.0, radius: float = 0.0) -> None: ...

    def line(self, a: Point, b: Point, *, stroke: str, width: float,
             dash: Sequence[float] = ()) -> None: ...

    def text(self, p: Point, value: str, *, size: float, colour: str = INK,
             anchor: str = "start", bold: bool = False) -> None: ...

    def text_width(self, value: str, size: float, bold: bool = False) -> float: ...


def draw(map_data: MapData, painter: Painter, *, blank_layout: str | None = None,
         legend: bool = True, underlay: Callable[[], None] | None = None) -> None:
    """Draw zones, relations, cards and the legend.

    ``blank_layout`` draws an empty template of that layout (A3 canvas to fill
    by hand) instead of ``map_data``'s content.
    """
    layout = MapLayout(blank_layout or map_data.layout)
    _zones(painter, layout)
    if underlay is not None and blank_layout is None:  # the backdrop photo, over the zones
        underlay()
    if blank_layout is None:
        positions = {p.acteur_id: (p.x, p.y) for p in map_data.placements}
        for relation in map_data.relations:
            if relation.source_id in positions and relation.target_id in positions:
                _relation(painter, positions[relation.source_id], positions[relation.target_id],
                          relation.kind, relation.label, relation.two_way)
        for placement in map_data.placements:
            _card(painter, (placement.x, placement.y), placement.name, placement.category)
    if legend:
        _legend(painter)


# -- zones -------------------------------------------------------------------------
def _zones(p: Painter, layout: MapLayout) -> None:
    if layout is MapLayout.ONION:
        for level in reversed(range(len(geo.RING_RADII))):
            p.circle((0.0, 0.0), geo.RING_RADII[level], fill=style.ZONE_FILLS[level],
                     stroke=ZONE_STROKE, width=1.2)
        for level, key in enumerate(geo.RING_KEYS):
            inner, outer = geo.ring_bounds(level)
            y = -(inner + outer) / 2 if level else 0.0
            p.text((0.0, y - 4 if level else -70.0), style.label(style.ZONE_LABELS[key]).upper(),
                   size=13, colour="#6B6B6B", anchor="middle", bold=True)
    elif layout is MapLayout.POWER_INTEREST:
        for level, (rect, key) in enumerate(zip(geo.QUADRANTS, geo.QUADRANT_KEYS, strict=True)):
            p.rect(rect.left, rect.top, rect.width, rect.height, fill=style.ZONE_FILLS[level],
                   stroke=ZONE_STROKE, width=1.2)
            p.text((rect.center[0], rect.top + 26), style.label(style.ZONE_LABELS[key]).upper(),
                   size=13, colour="#6B6B6B", anchor="middle", bold=True)
        p.line((-geo.GRID, geo.GRID + 14), (geo.GRID, geo.GRID + 14), stroke=INK, width=1.5)
        p.polygon([(geo.GRID, geo.GRID + 8), (geo.GRID + 14, geo.GRID + 14),
                   (geo.GRID, geo.GRID + 20)], fill=INK, stroke=None)
        p.text((0.0, geo.GRID + 36), style.label(style.AXIS_LABELS["interest"]) + " →", size=13,
               anchor="middle", bold=True)
        p.line((-geo.GRID - 14, geo.GRID), (-geo.GRID - 14, -geo.GRID), stroke=INK, width=1.5)
        p.polygon([(-geo.GRID - 20, -geo.GRID), (-geo.GRID - 14, -geo.GRID - 14),
                   (-geo.GRID - 8, -geo.GRID)], fill=INK, stroke=None)
        p.text((-geo.GRID - 24, -geo.GRID - 22), style.label(style.AXIS_LABELS["power"]) + " ↑",
               size=13, anchor="start", bold=True)
    else:
        p.rect(-geo.SPAN + 20, -geo.SPAN + 20, 2 * geo.SPAN - 40, 2 * geo.SPAN - 40,
               fill="#FCFCFC", stroke=ZONE_STROKE, width=1.0)


# -- relations ---------------------------------------------------------------------
def _relation(p: Painter, a: Point, b: Point, kind: str, label: str, two_way: bool) -> None:
    """The relation's arrow: the screen's geometry (``core.map_geometry``), print's strokes."""
    rel = style.relation_style(kind)
    seg = mg.segment(a[0], a[1], b[0], b[1])
    arrow = mg.arrow(seg, double=rel.line == "double", two_way=two_way)
    dash = [d * 2.2 for d in style.DASH_PATTERNS[rel.line]]
    for start, end in arrow.lines:
        if rel.line == "double":
            p.line(start, end, stroke=rel.colour, width=1.6)
        else:
            p.line(start, end, stroke=rel.colour, width=2.2, dash=dash)
    for triangle in arrow.heads:
        p.polygon(triangle, fill=rel.colour, stroke=None)
    if label:
        mid = ((seg.x0 + seg.x1) / 2, (seg.y0 + seg.y1) / 2 - 5)
        p.text(mid, line(label[:400], 40), size=10, colour=INK, anchor="middle")


# -- cards -------------------------------------------------------------------------
def _card(p: Painter, centre: Point, name: str, category: str) -> None:
    cat = style.category_style(category)
    x, y = centre[0] - geo.CARD_W / 2, centre[1] - geo.CARD_H / 2
    p.rect(x, y, geo.CARD_W, geo.CARD_H, fill=CARD_FILL, stroke=CARD_STROKE, width=1.0,
           radius=6)
    p.rect(x, y, 8, geo.CARD_H, fill=cat.colour, stroke=None, radius=0)
    _shape(p, cat.shape, (x + 25, centre[1]), 10.0, cat.colour)
    # A name far longer than a card holds is cut before cleaning: same cost for any length.
    lines, size = fit_lines(p, line(name[: 4 * CARD_MAX_CHARS]), geo.CARD_W - 48,
                            geo.CARD_H - 6)
    leading = size * LEADING
    top = centre[1] - leading * len(lines) / 2 + size * 0.8
    for index, text in enumerate(lines):
        p.text((x + 41, top + index * leading), text, size=size)


def _shape(p: Painter, shape: str, c: Point, r: float, colour: str) -> None:
    points = style.shape_points(shape, c[0], c[1], r)
    if points:
        p.polygon(points, fill=colour, stroke=INK, width=0.8)
    else:
        p.circle(c, r, fill=colour, stroke=INK, width=0.8)


#: Card text sizes in map units, largest first: a name shrinks before it wraps
#: further, and is cut only when it cannot fit at the smallest size.
CARD_SIZES = (11.0, 10.0, 9.0, 8.0, 7.0, 6.0)
LEADING = 1.15
#: More characters than a card can show at the smallest size: longer names are
#: cut to this before any measuring, so fitting costs the same for 60 or 60,000.
CARD_MAX_CHARS = 400


def fit_lines(p: Painter, text: str, width: float, height: float,
              sizes: Sequence[float] = CARD_SIZES) -> tuple[list[str], float]:
    """``text`` as lines within ``width`` × ``height`` and the size to draw them.

    Tries each size, largest first, wrapping between words; then the same
    breaking inside words too long for a line; at the smallest size, what does
    not fit is elided with "…" (measured by bisection, never one character at
    a time). A name is only cut when no size holds it.
    """
    text = " ".join(text.split())
    clipped = len(text) > CARD_MAX_CHARS
    text = text[:CARD_MAX_CHARS]
    if not text:
        return [], sizes[0]
    for break_words in (False, True):
        for size in sizes:
            lines = _wrap(p, text, width, size, break_words)
            if lines is not None and len(lines) * size * LEADING <= height and not clipped:
                return lines, size
    size = sizes[-1]
    room = max(1, int(height // (size * LEADING)))
    lines = _wrap(p, text, width, size, True) or [text]
    if len(lines) <= room and not clipped:
        return lines, size
    kept = lines[:room]
    kept[-1] = _fit(p, kept[-1] + " " + "".join(lines[room:room + 1]), width, size,
                    force=True)
    return kept, size


def _wrap(p: Painter, text: str, width: float, size: float,
          break_words: bool) -> list[str] | None:
    """Greedy wrap; None when a word is wider than ``width`` and may not be broken."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if p.text_width(candidate, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while p.text_width(word, size) > width:
            if not break_words:
                return None
            cut = _longest_prefix(p, word, width, size)
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


def _longest_prefix(p: Painter, text: str, width: float, size: float,
                    suffix: str = "") -> int:
    """Length of the longest prefix of ``text`` that, with ``suffix``, fits ``width``."""
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if p.text_width(text[:mid].rstrip() + suffix, size) <= width:
            low = mid
        else:
            high = mid - 1
    return max(1, low) if not suffix else low


def _fit(p: Painter, text: str, width: float, size: float, *, force: bool = False) -> str:
    """Elide ``text`` with "…" to ``width`` map units, by bisection on its length.

    ``force`` adds the ellipsis even when the text fits (it was cut before).
    """
    if not force and p.text_width(text, size) <= width:
        return text
    return text[:_longest_prefix(p, text, width, size, "…")].rstrip() + "…"


# -- legend ------------------------------------------------------------------------
LEGEND_X = geo.SPAN + 40


def _legend(p: Painter) -> None:
    y = -geo.SPAN + 20
    p.text((LEGEND_X, y), style.label(style.LEGEND_TITLES["categories"]), size=13, bold=True)
    y += 26
    for category in ActeurCategory:
        cat = style.category_style(category)
        _shape(p, cat.shape, (LEGEND_X + 10, y - 4), 8.0, cat.colour)
        p.text((LEGEND_X + 26, y), style.label(cat.label), size=11)
        y += 24
    y += 16
    p.text((LEGEND_X, y), style.label(style.LEGEND_TITLES["relations"]), size=13, bold=True)
    y += 26
    for kind in RelationKind:
        rel = style.relation_style(kind)
        _relation_sample(p, (LEGEND_X, y - 4), (LEGEND_X + 36, y - 4), kind)
        p.text((LEGEND_X + 46, y), style.label(rel.label), size=11)
        y += 24


def _relation_sample(p: Painter, a: Point, b: Point, kind: RelationKind) -> None:
    rel = style.relation_style(kind)
    if rel.line == "double":
        p.line((a[0], a[1] - 2.4), (b[0], b[1] - 2.4), stroke=rel.colour, width=1.6)
        p.line((a[0], a[1] + 2.4), (b[0], b[1] + 2.4), stroke=rel.colour, width=1.6)
    else:
        p.line(a, b, stroke=rel.colour, width=2.2,
               dash=[d * 2.2 for d in style.DASH_PATTERNS[rel.line]])


#: The drawing's extent in map units: the map plus the legend on its right.
EXTENT = (-geo.SPAN - 40, -geo.SPAN - 40, 2 * geo.SPAN + 80 + 300, 2 * geo.SPAN + 100)
