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

from reportlab.platypus import Flowable, Paragraph, Spacer

from ..core.fileio import check_output
from ..core.services import experiments_views
from ..core.services.experiments_views import Letter
from ..core.services.notebook import Notebook
from . import letter_text as lt
from .layout import MARGIN, PAGE_SIZES, Footer, Section, grid_table, styles, write_pdf
from .text import line, para

PAGE = "a4"


def build(letter: Letter, width: float) -> list[Section]:
    st = styles()
    flow: list[Flowable] = [Paragraph(para(lt.t("title")), st.title)]
    flow += [Paragraph(para(line), st.h2 if i == 0 and letter.programme else st.body)
             for i, line in enumerate(lt.heading(letter))]
    flow.append(Spacer(1, 6))
    if not letter.items:
        flow.append(Paragraph(para(lt.empty(letter)), st.big))
    h1 = st.h1.clone("letter-h1", keepWithNext=1)
    h2 = st.h2.clone("letter-h2", keepWithNext=1)
    for item in letter.items:
        # Few, larger paragraphs and plain table cells: a letter of 200 experiments
        # lays out in a fraction of the time one paragraph per line would take.
        flow.append(Paragraph(para(item.page.title), h1))
        facts = "<br/>".join(f"<b>{para(name)}</b> : {para(value)}"
                             for name, value in lt.facts(item))
        flow.append(Paragraph(facts, st.body))
        origin = lt.origin_line(item)
        if origin:
            flow.append(Paragraph(para(origin), st.small))
        flow.append(Paragraph(para(lt.t("changes" if letter.since else "history")), h2))
        flow.append(_bullets(lt.changes(item) or [lt.t("no_change")], st.body))
        if item.page.indicators:
            flow.append(Paragraph(para(lt.t("indicators")), h2))
            # Plain cells (the header row is bold by the table's style); only a long
            # name needs a Paragraph to wrap. Plain cells lay out several times faster.
            head = [line(lt.t(k)) for k in ("indicator", "last", "target", "progress")]
            rows = [[_cell(name, st.cell), line(last), line(target), line(share)]
                    for name, last, target, share in map(lt.indicator_row,
                                                         item.page.indicators)]
            flow.append(grid_table([head, *rows], [width * f for f in (0.4, 0.3, 0.17, 0.13)]))
        flow.append(Paragraph(para(lt.t("next")), h2))
        upcoming = [lt.milestone_line(m) for m in item.next_milestones]
        flow.append(_bullets(upcoming or [lt.t("no_next")], st.body))
        if item.page.lesson:
            flow.append(Paragraph(para(lt.t("lessons")), h2))
            flow.append(Paragraph(para(item.page.lesson), st.body))
        flow.append(Spacer(1, 10))
    return [Section("letter", PAGE, flow)]


def _cell(text: str, style: object) -> object:
    """A table cell: plain text when it fits one line, else a wrapping Paragraph."""
    plain = line(text)
    return plain if len(plain) <= 40 and plain == text else Paragraph(para(text), style)


def _bullets(lines: list[str], style: object) -> Paragraph:
    return Paragraph("<br/>".join("• " + para(text) for text in lines), style)


def write_letter(nb: Notebook, target: Path | str, *, since: dt.date | None = None,
                 today: dt.date | None = None,
                 progress: Callable[[int], None] | None = None) -> Path:
    """Write the letter to ``target`` (atomically, never over the notebook)."""
    target = check_output(target, notebook=nb.path)
    letter = experiments_views.letter(nb, since=since, today=today)
    width = PAGE_SIZES[PAGE][0] - 2 * MARGIN
    return write_pdf(target, build(letter, width), Footer(letter.programme, letter.licence),
                     title=lt.t("title"), progress=progress)
