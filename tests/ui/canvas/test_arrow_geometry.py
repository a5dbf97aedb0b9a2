"""The screen and the printed map draw the same arrow for the same relation."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from lieuxcommuns_desktop.core import map_style
from lieuxcommuns_desktop.core.services.atelier_views import Link, MapData, Placement
from lieuxcommuns_desktop.core.services.maps import CardRow, RelationRow
from lieuxcommuns_desktop.printing import map_drawing
from lieuxcommuns_desktop.printing.map_drawing import Point
from lieuxcommuns_desktop.ui.canvas.items import ActeurCard, RelationEdge


class Recorder:
    """A ``map_drawing.Painter`` that keeps the lines and polygons it is asked to draw."""

    def __init__(self) -> None:
        self.lines: list[tuple[Point, Point, str]] = []
        self.polygons: list[tuple[list[Point], str | None]] = []

    def circle(self, *args: object, **kwargs: object) -> None:
        pass

    def rect(self, *args: object, **kwargs: object) -> None:
        pass

    def text(self, *args: object, **kwargs: object) -> None:
        pass

    def text_width(self, value: str, size: float, bold: bool = False) -> float:
        return len(value) * size * 0.5

    def line(self, a: Point, b: Point, *, stroke: str, width: float,
             dash: Sequence[float] = ()) -> None:
        self.lines.append((a, b, stroke))

    def polygon(self, points: Sequence[Point], *, fill: str | None, stroke: str | None,
                width: float = 1.0) -> None:
        if stroke is None:  # heads are filled, unstroked (card shapes have an outline)
            self.polygons.append((list(points), fill))


def _screen(source: tuple[float, float], target: tuple[float, float], kind: str,
            two_way: bool) -> tuple[list, list]:
    a = ActeurCard(CardRow("pa", "a", "Mairie", "collectivite", *source))
    b = ActeurCard(CardRow("pb", "b", "Habitants", "habitants", *target))
    edge = RelationEdge(RelationRow("r", "a", "b", kind, "", two_way), a, b)
    lines, heads = edge.strokes()
    return ([((ln.x1(), ln.y1()), (ln.x2(), ln.y2())) for ln in lines],
            [[(p.x(), p.y()) for p in polygon] for polygon in heads])


def _printed(source: tuple[float, float], target: tuple[float, float], kind: str,
             two_way: bool) -> tuple[list, list]:
    data = MapData("Carte", "free", [Placement("a", "Mairie", "collectivite", *source),
                                     Placement("b", "Habitants", "habitants", *target)],
                   [Link("a", "b", kind, "", two_way)])
    painter = Recorder()
    map_drawing.draw(data, painter, legend=False)
    colour = map_style.relation_style(kind).colour
    return ([(a, b) for a, b, stroke in painter.lines if stroke == colour],
            [points for points, fill in painter.polygons if fill == colour])


def _flat(items: list) -> list[float]:
    return [v for item in items for point in item for v in point]


@pytest.mark.parametrize(("source", "target", "kind", "two_way"), [
    ((-300.0, -120.0), (250.0, 180.0), "cooperation", False),
    ((0.0, 0.0), (0.0, 400.0), "financement", True),
    ((120.0, 40.0), (-410.0, 260.0), "conflit", True),
    ((10.0, 10.0), (60.0, 20.0), "information", False),  # overlapping cards: no heads
])
def test_screen_and_print_draw_the_same_points(qtbot, source, target, kind, two_way) -> None:
    screen_lines, screen_heads = _screen(source, target, kind, two_way)
    print_lines, print_heads = _printed(source, target, kind, two_way)
    assert screen_lines and len(print_lines) == len(screen_lines)
    assert len(print_heads) == len(screen_heads) == (0 if kind == "information" else
                                                     1 + two_way)
    assert _flat(print_lines) == pytest.approx(_flat(screen_lines), abs=1e-6)
    assert _flat(print_heads) == pytest.approx(_flat(screen_heads), abs=1e-6)
