"""The map drawing as standalone SVG text (embedded in the HTML minutes and the site).

The backdrop photo (the paper map, :class:`atelier_views.PrintBackdrop`), when
it is switched on for print, lies under the cards as an ``<image>`` at its
position, size and opacity. Its address is the caller's choice: a ``data:``
URI by default (the one-file HTML minutes), or a file of the published site
(:func:`render`'s ``backdrop_href``), which every atelier page then shares
instead of carrying the JPEG a third larger in base64.

Every element is written by :func:`element`, which escapes every attribute
value and text (quotes included) and drops the characters XML 1.0 forbids:
a map title such as ``Carte" onload="alert(1)`` stays a title.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from ..core.services.atelier_views import MapData, PrintBackdrop
from . import fonts
from .map_drawing import EXTENT, Point, draw
from .text import xml_safe

_ATTRIBUTE = {'"': "&quot;", "'": "&#39;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def element(name: str, attrs: dict[str, object], text: str | None = None) -> str:
    """One SVG element; attribute values and text are escaped, whatever they hold."""
    written = "".join(
        f' {key}="{escape(xml_safe(_value(value)), _ATTRIBUTE)}"'
        for key, value in attrs.items() if value is not None
    )
    if text is None:
        return f"<{name}{written}/>"
    return f"<{name}{written}>{escape(xml_safe(text))}</{name}>"


def _value(value: object) -> str:
    return _num(value) if isinstance(value, float) else str(value)


class SvgPainter:
    """:class:`map_drawing.Painter` that collects SVG elements."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    @staticmethod
    def _paint(fill: str | None, stroke: str | None, width: float) -> dict[str, object]:
        return {"fill": fill or "none", "stroke": stroke or "none", "stroke-width": width}

    def circle(self, c: Point, r: float, *, fill: str | None, stroke: str | None,
               width: float = 1.0) -> None:
        self.parts.append(element("circle", {"cx": c[0], "cy": c[1], "r": r,
                                             **self._paint(fill, stroke, width)}))

    def polygon(self, points: Sequence[Point], *, fill: str | None, stroke: str | None,
                width: float = 1.0) -> None:
        pts = " ".join(f"{_num(x)},{_num(y)}" for x, y in points)
        self.parts.append(element("polygon", {"points": pts,
                                              **self._paint(fill, stroke, width)}))

    def rect(self, x: float, y: float, w: float, h: float, *, fill: str | None,
             stroke: str | None, width: float = 1.0, radius: float = 0.0) -> None:
        self.parts.append(element("rect", {"x": float(x), "y": float(y), "width": float(w),
                                           "height": float(h), "rx": float(radius),
                                           **self._paint(fill, stroke, width)}))

    def line(self, a: Point, b: Point, *, stroke: str, width: float,
             dash: Sequence[float] = ()) -> None:
        self.parts.append(element("line", {
            "x1": a[0], "y1": a[1], "x2": b[0], "y2": b[1], "stroke": stroke,
            "stroke-width": width,
            "stroke-dasharray": " ".join(_num(d) for d in dash) if dash else None}))

    def text(self, p: Point, value: str, *, size: float, colour: str = "#1A1A1A",
             anchor: str = "start", bold: bool = False) -> None:
        self.parts.append(element("text", {
            "x": p[0], "y": p[1], "font-size": float(size), "fill": colour,
            "text-anchor": anchor, "font-weight": "bold" if bold else None}, value))

    def text_width(self, value: str, size: float, bold: bool = False) -> float:
        fonts.register()
        return float(stringWidth(value, fonts.BOLD if bold else fonts.REGULAR, size))


def data_uri(backdrop: PrintBackdrop) -> str:
    """The backdrop's JPEG inline: the default, for one self-contained file."""
    return "data:image/jpeg;base64," + base64.b64encode(backdrop.data).decode("ascii")


def backdrop_element(backdrop: PrintBackdrop, href: str) -> str:
    """The photo under the map: decorative (the map has its own text alternative)."""
    return element("image", {
        "href": href, "x": float(backdrop.x), "y": float(backdrop.y),
        "width": float(backdrop.width), "height": float(backdrop.height),
        "opacity": f"{max(0.0, min(1.0, backdrop.opacity)):.2f}",
        "preserveAspectRatio": "none", "aria-hidden": "true"})


def render(map_data: MapData, *, blank_layout: str | None = None,
           backdrop_href: Callable[[PrintBackdrop], str] = data_uri) -> str:
    """The map as ``<svg>`` text; ``backdrop_href`` gives the backdrop photo's address."""
    painter = SvgPainter()
    backdrop = map_data.backdrop

    def underlay() -> None:
        if backdrop is not None:
            painter.parts.append(backdrop_element(backdrop, backdrop_href(backdrop)))

    draw(map_data, painter, blank_layout=blank_layout, underlay=underlay)
    x0, y0, w, h = EXTENT
    title = " ".join(xml_safe(map_data.title).split())
    head = element("svg", {
        "xmlns": "http://www.w3.org/2000/svg",
        "viewBox": " ".join(_num(v) for v in (x0, y0, w, h)),
        "font-family": "DejaVu Sans, Verdana, sans-serif", "role": "img", "aria-label": title,
    }, "")[: -len("</svg>")]
    return head + element("title", {}, title) + "".join(painter.parts) + "</svg>"
