"""The programme timeline as a reportlab flowable: months across, one lane per expedition.

Black-and-white safe: an atelier's status is told by its block's fill *and*
outline (white dashed = brouillon, light grey = prêt, mid grey = en cours,
black = terminé, crossed = annulé); the *mise en test* phase is hatched, the
*parcours apprenant* shaded; the today line is dashed. Lane names are
wrapped paragraphs (a lane grows to hold a 300-character name, never cut);
blocks carry the atelier's number from the poster's index, with a ``!`` when
the atelier is dated outside every phase. A timeline taller than the frame
splits between lanes, each part repeating the month axis.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from ..core.enums import AtelierStatus, PhaseKind
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.labels import label
from ..core.services.programme_views import Block, Lane, PhaseBand
from . import fonts
from .layout import INK, RULE, styles
from .programme_data import ProgrammeData
from .text import fit, para

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

CTX = "printing"

SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("printing", "janv."), QT_TRANSLATE_NOOP("printing", "févr."),
    QT_TRANSLATE_NOOP("printing", "mars"), QT_TRANSLATE_NOOP("printing", "avr."),
    QT_TRANSLATE_NOOP("printing", "mai"), QT_TRANSLATE_NOOP("printing", "juin"),
    QT_TRANSLATE_NOOP("printing", "juil."), QT_TRANSLATE_NOOP("printing", "août"),
    QT_TRANSLATE_NOOP("printing", "sept."), QT_TRANSLATE_NOOP("printing", "oct."),
    QT_TRANSLATE_NOOP("printing", "nov."), QT_TRANSLATE_NOOP("printing", "déc."),
)
NO_THEMATIQUE = QT_TRANSLATE_NOOP("printing", "Sans expédition")
NO_COLLECTIVITE = QT_TRANSLATE_NOOP("printing", "Sans collectivité")
TODAY = QT_TRANSLATE_NOOP("printing", "aujourd'hui")


@dataclass(frozen=True)
class StatusLook:
    fill: str
    text: str
    dashed: bool = False
    crossed: bool = False


#: Grey levels and outlines per status (legible on a black-and-white printer).
LOOKS = {
    AtelierStatus.BROUILLON: StatusLook("#ffffff", "#1a1a1a", dashed=True),
    AtelierStatus.PRET: StatusLook("#d0d0d0", "#1a1a1a"),
    AtelierStatus.EN_COURS: StatusLook("#808080", "#ffffff"),
    AtelierStatus.TERMINE: StatusLook("#1a1a1a", "#ffffff"),
    AtelierStatus.ANNULE: StatusLook("#ffffff", "#1a1a1a", crossed=True),
}
PHASE_FILL = {PhaseKind.PARCOURS_APPRENANT: "#eeeeee", PhaseKind.MISE_EN_TEST: "#ffffff"}
HATCHED = {PhaseKind.MISE_EN_TEST}

LABEL_WIDTH = 120.0
AXIS_HEIGHT = 26.0
PHASE_ROW = 12.0
BLOCK_H = 11.0
ROW_GAP = 3.0
LANE_PAD = 4.0
FONT_SIZE = 6.5


def short_month(day: dt.date) -> str:
    return tr(CTX, SHORT_MONTHS[day.month - 1])


def draw_block(canvas: Canvas, x: float, y: float, w: float, h: float,
               status: AtelierStatus, text: str = "") -> None:
    """One atelier block (also the legend's swatch)."""
    look = LOOKS.get(status, LOOKS[AtelierStatus.PRET])
    canvas.saveState()
    canvas.setLineWidth(0.7)
    canvas.setStrokeColor(INK)
    canvas.setFillColor(colors.HexColor(look.fill))
    canvas.setDash([1.5, 1.2] if look.dashed else [])
    canvas.rect(x, y, w, h, stroke=1, fill=1)
    canvas.setDash([])
    if look.crossed:
        canvas.line(x, y, x + w, y + h)
        canvas.line(x, y + h, x + w, y)
    if text:
        canvas.setFillColor(colors.HexColor(look.text))
        canvas.setFont(fonts.BOLD, FONT_SIZE)
        canvas.drawCentredString(x + w / 2, y + (h - FONT_SIZE) / 2 + 1.2, text)
    canvas.restoreState()


def draw_phase(canvas: Canvas, x: float, y: float, w: float, h: float,
               kind: PhaseKind) -> None:
    """A phase band (also the legend's swatch): shaded, or hatched for *mise en test*."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor(PHASE_FILL.get(kind, "#eeeeee")))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.rect(x, y, w, h, stroke=1, fill=1)
    if kind in HATCHED:
        path = canvas.beginPath()
        path.rect(x, y, w, h)
        canvas.clipPath(path, stroke=0, fill=0)
        canvas.setStrokeColor(colors.HexColor("#c4c4c4"))
        canvas.setLineWidth(0.35)
        step = 7.0
        offset = -h
        while offset < w:
            canvas.line(x + offset, y, x + offset + h, y + h)
            offset += step
    canvas.restoreState()


class _Row:
    """A lane laid out: its label paragraph, blocks by sub-row and its height."""

    def __init__(self, name: str, blocks: list[tuple[Block, float, float, int]],
                 paragraph: Paragraph, label_h: float, rows: int) -> None:
        self.name, self.blocks, self.paragraph = name, blocks, paragraph
        self.height = max(label_h + 2 * LANE_PAD, rows * (BLOCK_H + ROW_GAP) + 2 * LANE_PAD)


class TimelineFlowable(Flowable):
    """Months across, lanes down; splits between lanes when the page is full."""

    def __init__(self, data: ProgrammeData, lanes: tuple[Lane, ...] | None = None) -> None:
        super().__init__()
        self.data = data
        self.lanes = data.timeline.lanes if lanes is None else lanes
        self._rows: list[_Row] = []

    # -- geometry ----------------------------------------------------------------------
    def _x(self, day: dt.date) -> float:
        tl = self.data.timeline
        span = (tl.end - tl.start).days + 1
        return LABEL_WIDTH + (day - tl.start).days * (self.width - LABEL_WIDTH) / span

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        st = styles()
        lane_style = st.cell.clone("lane", fontSize=7.5, leading=9)
        empty = tr(CTX, NO_THEMATIQUE if self.data.timeline.mode == "expedition"
                   else NO_COLLECTIVITE)
        self._rows = []
        for lane in self.lanes:
            paragraph = Paragraph(para(lane.name or empty), lane_style)
            _w, label_h = paragraph.wrap(LABEL_WIDTH - 6, 10_000)
            placed: list[tuple[Block, float, float, int]] = []
            ends: list[float] = []  # right edge of the last block of each sub-row
            for block in lane.blocks:
                if block.date is None:  # lanes hold dated ateliers only
                    continue
                text = self._number(block)
                w = max(10.0, stringWidth(text, fonts.BOLD, FONT_SIZE) + 4)
                x = min(self._x(block.date), self.width - w)
                row = next((i for i, end in enumerate(ends) if x >= end + 1), len(ends))
                if row == len(ends):
                    ends.append(0.0)
                ends[row] = x + w
                placed.append((block, x, w, row))
            self._rows.append(_Row(lane.name, placed, paragraph, label_h, max(1, len(ends))))
        self.height = AXIS_HEIGHT + PHASE_ROW + sum(r.height for r in self._rows)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        if self.height <= avail_height:
            return [self]
        used, count = AXIS_HEIGHT + PHASE_ROW, 0
        for row in self._rows:
            if used + row.height > avail_height:
                break
            used += row.height
            count += 1
        if count == 0:
            return []  # not even one lane fits: the next frame will try again
        return [TimelineFlowable(self.data, self.lanes[:count]),
                TimelineFlowable(self.data, self.lanes[count:])]

    def _number(self, block: Block) -> str:
        number = str(self.data.numbers.get(block.id, ""))
        return f"{number}!" if block.outside_phases else number

    # -- drawing ----------------------------------------------------------------------
    def draw(self) -> None:
        c = self.canv
        top = self.height
        body_top = top - AXIS_HEIGHT - PHASE_ROW
        for phase in self.data.timeline.phases:
            self._phase(c, phase, body_top, top - AXIS_HEIGHT)
        self._axis(c, top)
        y = body_top
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        for row in self._rows:
            y -= row.height
            row.paragraph.drawOn(c, 0, y + row.height - LANE_PAD - row.paragraph.height)
            c.line(0, y, self.width, y)
            for block, x, w, sub in row.blocks:
                by = y + row.height - LANE_PAD - (sub + 1) * (BLOCK_H + ROW_GAP) + ROW_GAP
                draw_block(c, x, by, w, BLOCK_H, block.status, self._number(block))
        self._today(c, body_top)

    def _phase(self, c: Canvas, phase: PhaseBand, body_top: float, row_top: float) -> None:
        tl = self.data.timeline
        start = max(phase.start, tl.start)
        end = min(phase.end, tl.end)
        if end < start:
            return
        x0 = self._x(start)
        x1 = self._x(end + dt.timedelta(days=1))
        draw_phase(c, x0, 0, x1 - x0, row_top, phase.kind)
        c.setFillColor(INK)
        c.setFont(fonts.BOLD, 7)
        c.drawString(x0 + 2, body_top + 3, fit(label(phase.kind), max(1.0, x1 - x0 - 4),
                                               fonts.BOLD, 7))

    def _axis(self, c: Canvas, top: float) -> None:
        months = self.data.timeline.months()
        month_w = (self.width - LABEL_WIDTH) / max(1, len(months))
        step = 1 if month_w >= 18 else 3 if month_w >= 6 else 12
        c.setFont(fonts.REGULAR, 6.5)
        c.setFillColor(INK)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.3)
        base = top - AXIS_HEIGHT
        for i, month in enumerate(months):
            x = self._x(month)
            if month.month == 1 or i == 0:
                c.setFont(fonts.BOLD, 7.5)
                c.drawString(x + 1, top - 9, str(month.year))
                c.setFont(fonts.REGULAR, 6.5)
                c.line(x, 0, x, top - 11)
            elif (month.month - 1) % step == 0:
                c.line(x, base, x, base + 6)
            if (month.month - 1) % step == 0 and step < 12:
                c.drawString(x + 1, base + 3, short_month(month))

    def _today(self, c: Canvas, body_top: float) -> None:
        tl = self.data.timeline
        if not tl.start <= tl.today <= tl.end:
            return
        x = self._x(tl.today)
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.9)
        c.setDash([3, 2])
        c.line(x, 0, x, body_top)
        c.setDash([])
        c.setFont(fonts.ITALIC, 6.5)
        c.setFillColor(INK)
        c.drawRightString(x - 1.5, 2, tr(CTX, TODAY))
        c.restoreState()
