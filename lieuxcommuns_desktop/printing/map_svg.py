"""The map drawing as standalone SVG text (embedded in the HTML minutes)."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from reportlab.pdfbase.pdfmetrics import stringWidth

from . import fonts
from .data import MapData
from .map_drawing import EXTENT, Point, draw


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


class SvgPainter:
    """:class:`map_drawing.Painter` that collects SVG elements."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    @staticmethod
    def _paint(fill: str | None, stroke: str | None, width: float) -> str:
        return (f' fill="{fill or "none"}" stroke="{stroke or "none"}"'
                f' stroke-width="{_num(width)}"')

    def circle(self, c: Point, r: float, *, fill, stroke, width: float = 1.0) -> None:  # noqa: ANN001
        self.parts.append(f'<circle cx="{_num(c[0])}" cy="{_num(c[1])}" r="{_num(r)}"'
                          f"{self._paint(fill, stroke, width)}/>")

    def polygon(self, points: Sequence[Point], *, fill, stroke, width: float = 1.0) -> None:  # noqa: ANN001
        pts = " ".join(f"{_num(x)},{_num(y)}" for x, y in points)
        self.parts.append(f'<polygon points="{pts}"{self._paint(fill, stroke, width)}/>')

    def rect(self, x, y, w, h, *, fill, stroke, width: float = 1.0, radius: float = 0.0) -> None:  # noqa: ANN001
        self.parts.append(f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(w)}" '
                          f'height="{_num(h)}" rx="{_num(radius)}"'
                          f"{self._paint(fill, stroke, width)}/>")

    def line(self, a: Point, b: Point, *, stroke: str, width: float, dash=()) -> None:  # noqa: ANN001
        extra = f' stroke-dasharray="{" ".join(_num(d) for d in dash)}"' if dash else ""
        self.parts.append(f'<line x1="{_num(a[0])}" y1="{_num(a[1])}" x2="{_num(b[0])}" '
                          f'y2="{_num(b[1])}" stroke="{stroke}" stroke-width="{_num(width)}"'
                          f"{extra}/>")

    def text(self, p: Point, value: str, *, size: float, colour: str = "#1A1A1A",
             anchor: str = "start", bold: bool = False) -> None:
        weight = ' font-weight="bold"' if bold else ""
        self.parts.append(f'<text x="{_num(p[0])}" y="{_num(p[1])}" font-size="{_num(size)}"'
                          f' fill="{colour}" text-anchor={quoteattr(anchor)}{weight}>'
                          f"{escape(value)}</text>")

    def text_width(self, value: str, size: float, bold: bool = False) -> float:
        fonts.register()
        return stringWidth(value, fonts.BOLD if bold else fonts.REGULAR, size)


def render(map_data: MapData, *, blank_layout: str | None = None) -> str:
    painter = SvgPainter()
    draw(map_data, painter, blank_layout=blank_layout)
    x0, y0, w, h = EXTENT
    title = escape(map_data.title)
    # an attribute: quoted whatever the title holds, its line breaks as spaces
    label = quoteattr(" ".join(map_data.title.split()))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{_num(x0)} {_num(y0)} '
            f'{_num(w)} {_num(h)}" font-family="DejaVu Sans, Verdana, sans-serif" '
            f"role=\"img\" aria-label={label}><title>{title}</title>"
            + "".join(painter.parts) + "</svg>")
