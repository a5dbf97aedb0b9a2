"""Page frames, styles, the running footer and the safe PDF writer.

Every page carries the programme's name, *page X/Y* and the licence. X/Y
needs the total page count, known only at the end, so the footer is drawn by
a canvas that keeps each page's state and stamps them all on save (the
two-pass "numbered canvas" pattern of reportlab's documentation).
A kit mixes A4 portrait documents with A3 landscape canvases: each section
names its page template and the document switches before it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak
from reportlab.platypus import PageTemplate as RLPageTemplate

from ..core.fileio import atomic_path
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from . import fonts
from .text import chunks, line, para

if TYPE_CHECKING:
    from .data import AtelierData

CTX = "printing"
MARGIN = 15 * mm
FOOTER_HEIGHT = 10 * mm

#: Page templates by name: the page size of each.
PAGE_SIZES = {
    "a4": A4,
    "a4-landscape": landscape(A4),
    "a3-landscape": landscape(A3),
}

INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#6b6b6b")
RULE = colors.HexColor("#b0b0b0")
SHADE = colors.HexColor("#ededed")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    big: ParagraphStyle
    h3: ParagraphStyle
    #: Labels the kit writes itself (headers, field names): their columns are
    #: measured to hold their longest word, so they never break mid-word.
    label: ParagraphStyle


@cache
def styles() -> Styles:
    """The kit's paragraph styles, made once (documents ask for them per cell)."""
    family = fonts.register()
    base = ParagraphStyle("body", fontName=family, fontSize=10, leading=13.5, textColor=INK)
    # Headings keep with what follows: never a "Décisions" alone at a page bottom.
    return Styles(
        title=ParagraphStyle("title", parent=base, fontName=fonts.BOLD, fontSize=24,
                             leading=30, spaceAfter=8 * mm),
        h1=ParagraphStyle("h1", parent=base, fontName=fonts.BOLD, fontSize=16, leading=20,
                          spaceBefore=2 * mm, spaceAfter=4 * mm, keepWithNext=1),
        h2=ParagraphStyle("h2", parent=base, fontName=fonts.BOLD, fontSize=12, leading=15,
                          spaceBefore=4 * mm, spaceAfter=2 * mm, keepWithNext=1),
        h3=ParagraphStyle("h3", parent=base, fontName=fonts.BOLD, keepWithNext=1),
        label=ParagraphStyle("label", parent=base, fontName=fonts.BOLD, fontSize=9,
                             leading=11.5, splitLongWords=0),
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=GREY),
        cell=ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5),
        cell_bold=ParagraphStyle("cellb", parent=base, fontName=fonts.BOLD, fontSize=9,
                                 leading=11.5),
        big=ParagraphStyle("big", parent=base, fontSize=13, leading=18),
    )


@dataclass(frozen=True)
class Footer:
    programme: str
    licence: str


class _NumberedCanvas(Canvas):
    """Defers each page until the end so the footer can say *page X/Y*."""

    footer: Footer = Footer("", "")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        width, _height = self._pagesize
        y = MARGIN / 2
        self.saveState()
        self.setFont(fonts.REGULAR, 7.5)
        self.setFillColor(GREY)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(MARGIN, y + 9, width - MARGIN, y + 9)
        self.drawString(MARGIN, y, line(self.footer.programme, 70))
        self.drawCentredString(width / 2, y, tr(CTX, QT_TRANSLATE_NOOP(
            "printing", "page {number}/{pages}"), number=number, pages=total))
        self.drawRightString(width - MARGIN, y, line(self.footer.licence, 60))
        self.restoreState()


#: Page templates whose pages carry a notice above the footer (same paper as "a4").
NOTICE_PAGES = {"a4-notice": A4}
NOTICE_HEIGHT = 16 * mm


def _templates(notice: str = "") -> list[RLPageTemplate]:
    result = []
    for name, size in {**PAGE_SIZES, **NOTICE_PAGES}.items():
        width, height = size
        bottom = MARGIN + FOOTER_HEIGHT / 2 + (NOTICE_HEIGHT if name in NOTICE_PAGES else 0)
        frame = Frame(MARGIN, bottom, width - 2 * MARGIN, height - MARGIN - bottom,
                      id=f"{name}-frame",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        on_page = _notice_drawer(notice) if name in NOTICE_PAGES and notice else None
        result.append(RLPageTemplate(id=name, frames=[frame], pagesize=size,
                                     **({"onPage": on_page} if on_page else {})))
    return result


def _notice_drawer(notice: str) -> Callable[[Canvas, BaseDocTemplate], None]:
    """Draw ``notice`` (already Paragraph markup) just above the running footer."""
    from reportlab.platypus import Paragraph

    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:  # reportlab's page callback
        width = doc.pagesize[0] - 2 * MARGIN
        paragraph = Paragraph(notice, styles().small)
        _w, h = paragraph.wrap(width, NOTICE_HEIGHT)
        paragraph.drawOn(canvas, MARGIN, MARGIN + FOOTER_HEIGHT / 2 + NOTICE_HEIGHT - h - 2)

    return draw


@dataclass
class Section:
    """One document of the kit: its page template and its flowables."""

    key: str
    page: str
    flowables: list[Flowable]
    #: Printed above the footer of each page of a "*-notice" template (markup).
    notice: str = ""


def write_pdf(
    target: Path | str,
    sections: Sequence[Section],
    footer: Footer,
    *,
    title: str = "",
    progress: Callable[[int], None] | None = None,
) -> Path:
    """Build the PDF beside ``target`` then rename it into place.

    A failure at any point (read-only folder, disk full, an exception while
    laying out) leaves a previous file at ``target`` untouched.
    """
    target = Path(target)
    first_page = sections[0].page if sections else "a4"
    with atomic_path(target) as tmp:
        templates = _templates(next((s.notice for s in sections if s.notice), ""))
        templates.sort(key=lambda t: t.id != first_page)  # the first page's template first
        doc = BaseDocTemplate(
            str(tmp), pagesize={**PAGE_SIZES, **NOTICE_PAGES}[first_page],
            pageTemplates=templates,
            title=line(title), author=line(footer.programme), creator="Lieux Communs",
            # reportlab's canvas starts each page in Helvetica, which it names in
            # the PDF without embedding it; print shops' preflight rejects that.
            initialFontName=fonts.register(), initialFontSize=10,
            leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        )
        if progress is not None:
            doc.setProgressCallBack(lambda kind, value: progress(value)
                                    if kind == "PAGE" else None)
        story = _story(sections)
        canvas_class = type("KitCanvas", (_NumberedCanvas,), {"footer": footer})
        doc.build(story, canvasmaker=canvas_class)
    return target


def _story(sections: Sequence[Section]) -> list[Flowable]:
    story: list[Flowable] = []
    for index, section in enumerate(sections):
        if index:
            story.append(NextPageTemplate(section.page))
            story.append(PageBreak())
        story.extend(section.flowables)
    return story


def grid_table(
    rows: list[list[object]], widths: Sequence[float | None], *, header: bool = True,
    row_height: float | None = None, grid: bool = False,
    row_heights: Sequence[float | None] | None = None,
) -> Flowable:
    """The kit's one table look: shaded header repeated on each page, thin rules.

    ``row_height`` gives every body row one height; ``row_heights`` one each.
    Cells may hold a list from :func:`paragraphs` (see :mod:`tables`).
    """
    from .tables import kit_table

    heights = None
    if row_height is not None:
        row_heights = [row_height] * (len(rows) - (1 if header else 0))
    if row_heights is not None:
        heights = ([None] if header else []) + list(row_heights)
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    commands.append(("GRID", (0, 0), (-1, -1), 0.5, RULE) if grid
                    else ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE))
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    # Rows of a set height are centred; rows sized by their text stay at the top,
    # the only alignment reportlab can split across pages.
    first = 1 if header else 0
    commands += [("VALIGN", (0, first + i), (-1, first + i), "MIDDLE")
                 for i, height in enumerate(row_heights or []) if height is not None]
    return kit_table(rows, widths, commands=commands, row_heights=heights,
                     repeat_rows=1 if header else 0)


def style_table(table: Flowable, commands: list[tuple[object, ...]]) -> None:
    """Apply ``commands`` over the kit's cell font.

    Plain-string cells (cheap: no markup parsing, no wrapping) are drawn in the
    table's cell font, reportlab's Helvetica unless told: it would be named in
    the PDF without being embedded, even for an empty cell.
    """
    from reportlab.platypus import TableStyle

    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.register()),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        *commands,
    ]))


#: Left plus right padding of a table cell (reportlab's default is 6 pt a side).
CELL_PADDING = 12


def label_column(labels: Sequence[str], minimum: float, *, font: str | None = None,
                 size: float = 9) -> float:
    """A column wide enough for the longest word of each (translated) label.

    Labels are the kit's own words ("Instructions", "Difference"): measured,
    they wrap between words in any language instead of breaking inside one.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = font or fonts.BOLD
    fonts.register()
    widest = max((stringWidth(word, font, size) for text in labels for word in text.split()),
                 default=0.0)
    return max(minimum, widest + CELL_PADDING + 1)


def paragraphs(value: object, style: ParagraphStyle, *, prefix: str = "",
               bullet: str | None = None) -> list[Flowable]:
    """User text as paragraphs of bounded length (:func:`text.chunks`), literal markup.

    ``prefix`` (markup) starts the first one, ``bullet`` is the first one's bullet.
    A table cell may hold the list: reportlab splits it across pages too.
    """
    from reportlab.platypus import Paragraph

    return [Paragraph((prefix if i == 0 else "") + para(piece), style,
                      bulletText=bullet if i == 0 else None)
            for i, piece in enumerate(chunks(value))]


#: Characters of the atelier's title (and place) repeated under each document's
#: heading: a reminder, cut with "…" beyond this; the cover prints it whole.
SUBTITLE = 300


def subtitle(data: AtelierData, *, place: bool = True) -> str:
    """"Titre — date — lieu" under a document's heading (plain text, not yet markup)."""
    from .format import long_date

    parts = [line(data.title, SUBTITLE), long_date(data.date)]
    if place and data.place:
        parts.append(line(data.place, SUBTITLE))
    return " — ".join(parts)
