"""A map as a standalone picture, PNG or SVG, without Qt (the ``map`` command).

The picture is the printed drawing (``map_drawing.draw``: zones, backdrop,
arrows, cards, legend) under a band holding the map's title, so the command,
the kit and the minutes show one map the same way. SVG reuses the minutes'
:class:`map_svg.SvgPainter`; PNG is drawn with Pillow (already installed with
reportlab, which needs it for images): reportlab's own bitmap renderer needs a
separate compiled package (``rl_renderPM`` or pycairo), and Qt would need a
``QGuiApplication`` in a headless command. Pillow draws without antialiasing,
so the picture is drawn at twice the size and reduced.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from ..core.errors import LieuxError
from ..core.services.atelier_views import MapData, PrintBackdrop
from ..resources import resource
from . import map_svg
from .map_drawing import EXTENT, Painter, Point, draw, fit_lines
from .text import line, xml_safe

if TYPE_CHECKING:
    from PIL.Image import Image
    from PIL.ImageFont import FreeTypeFont

DEFAULT_WIDTH = 2000
MIN_WIDTH, MAX_WIDTH = 300, 12000
#: Height of the title band above the drawing, in map units.
TITLE_BAND = 56.0
TITLE_SIZES = (22.0, 20.0, 18.0, 16.0, 14.0)
#: Supersampling of the PNG (2 up to this width, 1 beyond: memory stays bounded).
SUPERSAMPLE_UP_TO = 4000
_ANCHORS = {"start": "ls", "middle": "ms", "end": "rs"}


def check_width(width: int) -> int:
    """The picture's width in pixels, or ``LieuxError`` outside 300–12000."""
    if not MIN_WIDTH <= int(width) <= MAX_WIDTH:
        raise LieuxError("invalid_value", field="width", value=width)
    return int(width)


def extent() -> tuple[float, float, float, float]:
    """(x, y, width, height) of the picture in map units: the title band, then the drawing."""
    x0, y0, w, h = EXTENT
    return (x0, y0 - TITLE_BAND, w, h + TITLE_BAND)


def height_for(width: int) -> int:
    _x, _y, w, h = extent()
    return round(width * h / w)


def draw_picture(map_data: MapData, painter: Painter,
                 underlay: Callable[[], None] | None = None) -> None:
    """The title in its band, then the printed drawing (``underlay`` draws the backdrop)."""
    x0, y0, w, _h = extent()
    title = line(map_data.title[:400])
    lines, size = fit_lines(painter, title, w - 40, TITLE_BAND - 8, TITLE_SIZES)
    leading = size * 1.15
    for index, text in enumerate(lines):
        painter.text((x0 + 20, y0 + 8 + size * 0.9 + index * leading), text, size=size,
                     bold=True)
    draw(map_data, painter, underlay=underlay)


# -- SVG -----------------------------------------------------------------------------
def svg(map_data: MapData, width: int = DEFAULT_WIDTH) -> str:
    """The picture as SVG text, ``width`` pixels wide (scalable: a viewBox in map units)."""
    width = check_width(width)
    painter = map_svg.SvgPainter()
    backdrop = map_data.backdrop

    def underlay() -> None:
        if backdrop is not None:
            painter.parts.append(map_svg.backdrop_element(backdrop, map_svg.data_uri(backdrop)))

    draw_picture(map_data, painter, underlay)
    title = " ".join(xml_safe(map_data.title).split())
    head = map_svg.element("svg", {
        "xmlns": "http://www.w3.org/2000/svg", "width": width, "height": height_for(width),
        "viewBox": " ".join(f"{v:g}" for v in extent()),
        "font-family": "DejaVu Sans, Verdana, sans-serif", "role": "img", "aria-label": title,
    }, "")[: -len("</svg>")]
    return (head + map_svg.element("title", {}, title)
            + map_svg.element("desc", {}, "Lieux Communs") + "".join(painter.parts)
            + "</svg>")


# -- PNG -----------------------------------------------------------------------------
@cache
def _font(bold: bool, pixels: int) -> FreeTypeFont:
    from PIL import ImageFont

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(resource("fonts", name)), max(1, pixels))


class PilPainter:
    """:class:`map_drawing.Painter` onto a Pillow image, map units scaled to pixels."""

    def __init__(self, image: Image, scale: float, origin: Point) -> None:
        from PIL import ImageDraw

        self.image = image
        self.draw = ImageDraw.Draw(image)
        self.scale = scale
        self.origin = origin

    def _p(self, point: Point) -> tuple[float, float]:
        return ((point[0] - self.origin[0]) * self.scale, (point[1] - self.origin[1]) * self.scale)

    def _w(self, width: float) -> int:
        return max(1, round(width * self.scale))

    def circle(self, c: Point, r: float, *, fill: str | None, stroke: str | None,
               width: float = 1.0) -> None:
        x, y = self._p(c)
        radius = r * self.scale
        self.draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=fill,
                          outline=stroke, width=self._w(width) if stroke else 0)

    def polygon(self, points: Sequence[Point], *, fill: str | None, stroke: str | None,
                width: float = 1.0) -> None:
        self.draw.polygon([self._p(p) for p in points], fill=fill, outline=stroke,
                          width=self._w(width) if stroke else 0)

    def rect(self, x: float, y: float, w: float, h: float, *, fill: str | None,
             stroke: str | None, width: float = 1.0, radius: float = 0.0) -> None:
        left, top = self._p((x, y))
        box = (left, top, left + w * self.scale, top + h * self.scale)
        pixels = self._w(width) if stroke else 0
        if radius:
            self.draw.rounded_rectangle(box, radius * self.scale, fill=fill, outline=stroke,
                                        width=pixels)
        else:
            self.draw.rectangle(box, fill=fill, outline=stroke, width=pixels)

    def line(self, a: Point, b: Point, *, stroke: str, width: float,
             dash: Sequence[float] = ()) -> None:
        pixels = self._w(width)
        for start, end in dashes(a, b, dash):
            self.draw.line((self._p(start), self._p(end)), fill=stroke, width=pixels)

    def text(self, p: Point, value: str, *, size: float, colour: str = "#1A1A1A",
             anchor: str = "start", bold: bool = False) -> None:
        if value:
            self.draw.text(self._p(p), value, fill=colour, anchor=_ANCHORS.get(anchor, "ls"),
                           font=_font(bold, round(size * self.scale)))

    def text_width(self, value: str, size: float, bold: bool = False) -> float:
        # The print's measure, so that names wrap on the same words in every format.
        return map_svg.SvgPainter().text_width(value, size, bold)

    def backdrop(self, backdrop: PrintBackdrop | None) -> None:
        """The photo under the cards, at its place, size and opacity."""
        if backdrop is None:
            return
        from PIL import Image

        x, y = self._p((backdrop.x, backdrop.y))
        size = (max(1, round(backdrop.width * self.scale)),
                max(1, round(backdrop.height * self.scale)))
        with Image.open(io.BytesIO(backdrop.data)) as photo:
            picture = photo.convert("RGB").resize(size)
        alpha = round(255 * max(0.0, min(1.0, backdrop.opacity)))
        mask = Image.new("L", size, alpha)
        self.image.paste(picture, (round(x), round(y)), mask)


def dashes(a: Point, b: Point, pattern: Sequence[float]) -> list[tuple[Point, Point]]:
    """The pieces of a→b drawn with the on/off ``pattern`` (map units); whole when plain."""
    length = math.dist(a, b)
    if not pattern or length == 0 or sum(pattern) <= 0:
        return [(a, b)]
    ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
    pieces, at, index = [], 0.0, 0
    while at < length:
        step = pattern[index % len(pattern)]
        end = min(length, at + step)
        if index % 2 == 0 and end > at:
            pieces.append(((a[0] + ux * at, a[1] + uy * at), (a[0] + ux * end, a[1] + uy * end)))
        at, index = end, index + 1
    return pieces


def png(map_data: MapData, width: int = DEFAULT_WIDTH) -> bytes:
    """The picture as PNG bytes, ``width`` pixels wide."""
    from PIL import Image

    width = check_width(width)
    height = height_for(width)
    factor = 2 if width <= SUPERSAMPLE_UP_TO else 1
    x0, y0, w, _h = extent()
    image = Image.new("RGB", (width * factor, height * factor), "#FFFFFF")
    painter = PilPainter(image, width * factor / w, (x0, y0))
    draw_picture(map_data, painter, lambda: painter.backdrop(map_data.backdrop))
    if factor != 1:
        image = image.reduce(factor)  # each 2×2 block averaged, in one pass, no copy between
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
