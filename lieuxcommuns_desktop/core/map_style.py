"""How a stakeholder map looks, free of Qt: the canvas and the printer share it.

Each acteur category has a colour from the Okabe–Ito palette (safe for the
common colour-vision deficiencies) *and* a shape, so a black-and-white print
still tells categories apart. Each relation kind has a line style and a
colour. Labels are French source strings marked for translation in context
``"map"``; display them with :func:`label`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .enums import ActeurCategory, MapLayout, RelationKind
from .i18n import QT_TRANSLATE_NOOP, tr

CONTEXT = "map"

#: Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO: dict[str, str] = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
    "grey": "#8C8C8C",
}

SHAPES: tuple[str, ...] = (
    "circle", "square", "diamond", "triangle", "hexagon", "star", "pentagon", "triangle-down",
)


@dataclass(frozen=True)
class CategoryStyle:
    colour: str
    shape: str
    label: str  # French source, see :func:`label`


@dataclass(frozen=True)
class RelationStyle:
    colour: str
    #: "solid", "dashed", "dotted", "dash-dot" or "double".
    line: str
    label: str


CATEGORY_STYLES: dict[ActeurCategory, CategoryStyle] = {
    ActeurCategory.COLLECTIVITE: CategoryStyle(
        OKABE_ITO["blue"], "square", QT_TRANSLATE_NOOP("map", "Collectivité")),
    ActeurCategory.SERVICES_PUBLICS: CategoryStyle(
        OKABE_ITO["sky_blue"], "hexagon",
        QT_TRANSLATE_NOOP("map", "Services publics & institutions")),
    ActeurCategory.HABITANTS: CategoryStyle(
        OKABE_ITO["orange"], "circle", QT_TRANSLATE_NOOP("map", "Habitants & usagers")),
    ActeurCategory.ASSOCIATIONS: CategoryStyle(
        OKABE_ITO["bluish_green"], "triangle",
        QT_TRANSLATE_NOOP("map", "Associations & collectifs")),
    ActeurCategory.ECONOMIQUES: CategoryStyle(
        OKABE_ITO["vermillion"], "diamond", QT_TRANSLATE_NOOP("map", "Acteurs économiques")),
    ActeurCategory.FINANCEURS: CategoryStyle(
        OKABE_ITO["yellow"], "star", QT_TRANSLATE_NOOP("map", "Financeurs")),
    ActeurCategory.EXPERTS: CategoryStyle(
        OKABE_ITO["reddish_purple"], "pentagon", QT_TRANSLATE_NOOP("map", "Experts & tiers")),
    ActeurCategory.AUTRES: CategoryStyle(
        OKABE_ITO["grey"], "triangle-down", QT_TRANSLATE_NOOP("map", "Autres")),
}

RELATION_STYLES: dict[RelationKind, RelationStyle] = {
    RelationKind.COOPERATION: RelationStyle(
        OKABE_ITO["bluish_green"], "solid", QT_TRANSLATE_NOOP("map", "Coopération")),
    RelationKind.FINANCEMENT: RelationStyle(
        OKABE_ITO["blue"], "double", QT_TRANSLATE_NOOP("map", "Financement")),
    RelationKind.CONFLIT: RelationStyle(
        OKABE_ITO["vermillion"], "dashed", QT_TRANSLATE_NOOP("map", "Conflit / tension")),
    RelationKind.INFORMATION: RelationStyle(
        "#555555", "dotted", QT_TRANSLATE_NOOP("map", "Information")),
    RelationKind.CONVENTION: RelationStyle(
        OKABE_ITO["reddish_purple"], "dash-dot", QT_TRANSLATE_NOOP("map", "Convention / contrat")),
}

#: Dash patterns in units of the pen width (Qt's and PDF's convention).
DASH_PATTERNS: dict[str, tuple[float, ...]] = {
    "solid": (),
    "double": (),
    "dashed": (6.0, 3.0),
    "dotted": (1.0, 2.0),
    "dash-dot": (6.0, 2.5, 1.0, 2.5),
}

LAYOUT_LABELS: dict[MapLayout, str] = {
    MapLayout.ONION: QT_TRANSLATE_NOOP("map", "Oignon"),
    MapLayout.POWER_INTEREST: QT_TRANSLATE_NOOP("map", "Pouvoir / intérêt"),
    MapLayout.FREE: QT_TRANSLATE_NOOP("map", "Libre"),
}

ZONE_LABELS: dict[str, str] = {
    "coeur": QT_TRANSLATE_NOOP("map", "Cœur"),
    "contributeurs": QT_TRANSLATE_NOOP("map", "Contributeurs"),
    "concernes": QT_TRANSLATE_NOOP("map", "Concernés"),
    "environnement": QT_TRANSLATE_NOOP("map", "Environnement"),
    "acteurs_cles": QT_TRANSLATE_NOOP("map", "Acteurs clés"),
    "a_satisfaire": QT_TRANSLATE_NOOP("map", "À satisfaire"),
    "a_informer": QT_TRANSLATE_NOOP("map", "À informer"),
    "a_surveiller": QT_TRANSLATE_NOOP("map", "À surveiller"),
}

AXIS_LABELS: dict[str, str] = {
    "power": QT_TRANSLATE_NOOP("map", "Pouvoir"),
    "interest": QT_TRANSLATE_NOOP("map", "Intérêt"),
    "high": QT_TRANSLATE_NOOP("map", "fort"),
    "low": QT_TRANSLATE_NOOP("map", "faible"),
}

LEGEND_TITLES: dict[str, str] = {
    "categories": QT_TRANSLATE_NOOP("map", "Catégories"),
    "relations": QT_TRANSLATE_NOOP("map", "Relations"),
}

#: Zone backgrounds, from the cœur outwards: light and print-friendly.
ZONE_FILLS: tuple[str, ...] = ("#FCEBD2", "#FDF3E4", "#F4F7FA", "#FAFBFC")


def label(text: str) -> str:
    """A French source label in the user's language."""
    return tr(CONTEXT, text)


def category_style(category: ActeurCategory | str) -> CategoryStyle:
    try:
        return CATEGORY_STYLES[ActeurCategory(category)]
    except ValueError:
        return CATEGORY_STYLES[ActeurCategory.AUTRES]


def relation_style(kind: RelationKind | str) -> RelationStyle:
    try:
        return RELATION_STYLES[RelationKind(kind)]
    except ValueError:
        return RELATION_STYLES[RelationKind.COOPERATION]


def text_colour_on(hex_colour: str) -> str:
    """Black or white, whichever reads better on ``hex_colour`` (WCAG luminance)."""
    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    return "#000000" if lum > 0.179 else "#FFFFFF"


def shape_points(shape: str, cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    """Polygon of a category shape of radius ``r`` (y down); empty for a circle."""

    def regular(n: int, start: float, radius: float = r) -> list[tuple[float, float]]:
        return [
            (cx + radius * math.cos(start + 2 * math.pi * k / n),
             cy + radius * math.sin(start + 2 * math.pi * k / n))
            for k in range(n)
        ]

    up = -math.pi / 2
    if shape == "circle":
        return []
    if shape == "square":
        s = r * 0.82
        return [(cx - s, cy - s), (cx + s, cy - s), (cx + s, cy + s), (cx - s, cy + s)]
    if shape == "diamond":
        return regular(4, up)
    if shape == "triangle":
        return regular(3, up, r * 1.1)
    if shape == "triangle-down":
        return regular(3, -up, r * 1.1)
    if shape == "hexagon":
        return regular(6, 0.0)
    if shape == "pentagon":
        return regular(5, up)
    if shape == "star":
        outer = regular(5, up, r * 1.1)
        inner = regular(5, up + math.pi / 5, r * 0.45)
        return [p for pair in zip(outer, inner, strict=True) for p in pair]
    raise ValueError(shape)
