"""The *lettre de suivi* as a PDF: every experiment, or those changed since a date.

What the programme team sends to the second circle: for each experiment its
status and who carries it, what changed, its indicators against their
targets, and the next milestones. Built like the programme's documents
(``printing/programme.py``): a read model, flowables, the safe writer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from ..core.fileio import check_output
from ..core.services import experiments_views
from ..core.services.experiments_views import Letter
from ..core.services.notebook import Notebook
from . import fonts
from . import letter_text as lt
from .layout import GREY, MARGIN, PAGE_SIZES, Footer, Section, styles, write_pdf
from .letter_grid import IndicatorGrid
from .text import para

PAGE = "a4"


def build(letter: Letter, width: float) -> list[Section]:
    st = styles()
    flow: list[Flowable] = [Paragraph(para(lt.t("title")), st.title)]
    flow += [Paragraph(para(line), st.h2 if i == 0 and letter.programme else st.body)
             for i, line in enumerate(lt.heading(letter))]
    flow.append(Spacer(1, 6))
    if not letter.items:
        flow.append(Paragraph(para(lt.empty(letter)), st.big))
    # Headings are kept with what follows by a conditional page break, not by
    # ``keepWithNext`` (which wraps heading and follower together, then again), and
    # an experiment is three paragraphs and one drawn table: 200 experiments with
    # 2 000 indicators lay out in a fraction of the time one paragraph per line took.
    top = st.body.clone("letter-top", autoLeading="max", spaceBefore=2 * mm)
    section = st.body.clone("letter-section", spaceBefore=3 * mm)
    title = f'<font name="{fonts.BOLD}" size="16">{{}}</font>'
    heading = f'<font name="{fonts.BOLD}" size="12">{{}}</font>'
    small = f'<font size="8" color="#{GREY.hexval()[2:]}">{{}}</font>'
    widths = [width * f for f in (0.37, 0.3, 0.17, 0.16)]
    head = [lt.t(k) for k in ("indicator", "last", "target", "progress")]
    for item in letter.items:
        flow.append(CondPageBreak(40 * mm))
        lines = [title.format(para(item.page.title))]
        lines += [f"<b>{para(name)}</b> : {para(value)}" for name, value in lt.facts(item)]
        origin = lt.origin_line(item)
        if origin:
            lines.append(small.format(para(origin)))
        flow.append(Paragraph("<br/>".join(lines), top))
        flow.append(_section(heading, lt.t("changes" if letter.since else "history"),
                             lt.changes(item) or [lt.t("no_change")], section))
        if item.page.indicators:
            flow.append(IndicatorGrid(head, [lt.indicator_row(i) for i in item.page.indicators],
                                      widths, caption=lt.t("indicators")))
        upcoming = [lt.milestone_line(m) for m in item.next_milestones]
        text = _section_text(heading, lt.t("next"), upcoming or [lt.t("no_next")])
        if item.page.lesson:
            text += "<br/>" + heading.format(para(lt.t("lessons"))) + "<br/>" \
                + para(item.page.lesson)
        flow.append(Paragraph(text, section))
        flow.append(Spacer(1, 10))
    return [Section("letter", PAGE, flow)]


def _section_text(heading: str, title: str, lines: list[str]) -> str:
    return heading.format(para(title)) + "<br/>" + "<br/>".join("• " + para(t) for t in lines)


def _section(heading: str, title: str, lines: list[str], style: object) -> Flowable:
    """A heading and its bullet lines as one paragraph (a heading never ends a page:
    the paragraph splits after at least two lines)."""
    return Paragraph(_section_text(heading, title, lines), style)


def write_letter(nb: Notebook, target: Path | str, *, since: dt.date | None = None,
                 today: dt.date | None = None,
                 progress: Callable[[int], None] | None = None) -> Path:
    """Write the letter to ``target`` (atomically, never over the notebook)."""
    target = check_output(target, notebook=nb.path)
    letter = experiments_views.letter(nb, since=since, today=today)
    width = PAGE_SIZES[PAGE][0] - 2 * MARGIN
    return write_pdf(target, build(letter, width), Footer(letter.programme, letter.licence),
                     title=lt.t("title"), progress=progress)
