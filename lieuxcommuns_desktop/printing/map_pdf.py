"""The map drawing on a reportlab canvas, as a flowable that fills its frame."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from . import fonts
from .data import MapData
from .map_drawing import EXTENT, Point, draw
from .photos_votes import draw_pdf_backdrop

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas


class PdfPainter:
    """:class:`map_drawing.Painter` over a canvas whose y axis was flipped."""

    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas

    def _style(self, fill: str | None, stroke: str | None, width: float) -> tuple[int, int]:
        if fill:
            self.c.setFillColor(colors.HexColor(fill))
        if stroke:
            self.c.setStrokeColor(colors.HexColor(stroke))
            self.c.setLineWidth(width)
        return (1 if stroke else 0, 1 if fill else 0)

    def circle(self, c: Point, r: float, *, fill: str | None, stroke: str | None,
               width: float = 1.0) -> None:
        s, f = self._style(fill, stroke, width)
        self.c.circle(c[0], c[1], r, stroke=s, fill=f)

    def polygon(self, points: Sequence[Point], *, fill: str | None, stroke: str | None,
                width: float = 1.0) -> None:
        s, f = self._style(fill, stroke, width)
        path = self.c.beginPath()
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        path.close()
        self.c.drawPath(path, stroke=s, fill=f)

    def rect(self, x: float, y: float, w: float, h: float, *, fill: str | None,
             stroke: str | None, width: float = 1.0, radius: float = 0.0) -> None:
        s, f = self._style(fill, stroke, width)
        if radius:
            self.c.roundRect(x, y, w, h, radius, stroke=s, fill=f)
        else:
            self.c.rect(x, y, w, h, stroke=s, fill=f)

    def line(self, a: Point, b: Point, *, stroke: str, width: float,
             dash: Sequence[float] = ()) -> None:
        self._style(None, stroke, width)
        self.c.setDash(list(dash) if dash else [])
        self.c.line(a[0], a[1], b[0], b[1])
        self.c.setDash([])

    def text(self, p: Point, value: str, *, size: float, colour: str = "#1A1A1A",
             anchor: str = "start", bold: bool = False) -> None:
        # The canvas is flipped (y down): flip text back so it reads upright.
        font = fonts.BOLD if bold else fonts.REGULAR
        self.c.saveState()
        self.c.translate(p[0], p[1])
        self.c.scale(1, -1)
        self.c.setFillColor(colors.HexColor(colour))
        self.c.setFont(font, size)
        draw_text = {"middle": self.c.drawCentredString, "end": self.c.drawRightString}.get(
            anchor, self.c.drawString)
        draw_text(0, 0, value)
        self.c.restoreState()

    def text_width(self, value: str, size: float, bold: bool = False) -> float:
        return float(stringWidth(value, fonts.BOLD if bold else fonts.REGULAR, size))


class MapFlowable(Flowable):
    """A map (or a blank layout) scaled to the available frame."""

    def __init__(self, map_data: MapData, *, blank_layout: str | None = None,
                 height_share: float = 1.0) -> None:
        super().__init__()
        self.map_data = map_data
        self.blank_layout = blank_layout
        self.height_share = height_share

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = avail_height * self.height_share
        return self.width, self.height

    def draw(self) -> None:
        fonts.register()
        x0, y0, w, h = EXTENT
        scale = min(self.width / w, self.height / h)
        c = self.canv
        c.saveState()
        # Centre, then map units (y down) onto the flowable's box (y up).
        c.translate((self.width - w * scale) / 2, (self.height + h * scale) / 2)
        c.scale(scale, -scale)
        c.translate(-x0, -y0)
        draw(self.map_data, PdfPainter(c), blank_layout=self.blank_layout,
             underlay=lambda: draw_pdf_backdrop(c, self.map_data.backdrop))
        c.restoreState()
