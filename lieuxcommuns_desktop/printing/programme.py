"""The programme's printed documents: the A3 poster, the A4 summary and the evaluation report.

The evaluation report's content comes from :mod:`publishing.evaluation_report`
(the same as ``report --evaluation``), here one more section of the PDF with
the programme's running footer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from ..core.errors import LieuxError
from ..core.fileio import check_output
from ..core.services.notebook import Notebook
from . import programme_data
from .documents import programme_poster, programme_summary
from .layout import MARGIN, PAGE_SIZES, Footer, Section, write_pdf

#: Documents of ``kit --programme`` and of the programme's print dialog, in print order.
PROGRAMME_DOCUMENTS: tuple[str, ...] = ("poster", "summary", "evaluation_report")
#: What is printed when nothing is chosen (the report is asked for by name).
DEFAULT_DOCUMENTS: tuple[str, ...] = ("poster", "summary")
#: What the print dialog offers without an atelier: those and the follow-up letter.
DIALOG_DOCUMENTS: tuple[str, ...] = (*PROGRAMME_DOCUMENTS, "letter")


def sections(data: programme_data.ProgrammeData,
             documents: Sequence[str] = PROGRAMME_DOCUMENTS) -> list[Section]:
    result: list[Section] = []
    if "poster" in documents:
        width = PAGE_SIZES[programme_poster.PAGE][0] - 2 * MARGIN
        result += programme_poster.build(data, width)
    if "summary" in documents:
        width = PAGE_SIZES[programme_summary.PAGE][0] - 2 * MARGIN
        result += programme_summary.build(data, width)
    return result


def write_programme(
    nb: Notebook, target: Path | str, documents: Sequence[str] = DEFAULT_DOCUMENTS,
    *, since: dt.date | None = None, today: dt.date | None = None,
    progress: Callable[[int], None] | None = None,
) -> Path:
    """Write the chosen programme documents to ``target`` (atomically, like the kit).

    ``"letter"`` among ``documents`` (the print dialog offers it) adds the
    *lettre de suivi* of every experiment, or of those changed since ``since``:
    the same pages as ``report --experiments``.
    """
    unknown = [d for d in documents if d not in DIALOG_DOCUMENTS]
    if unknown or not documents:
        raise LieuxError("invalid_value", field="--only", value=",".join(unknown))
    target = check_output(target, notebook=nb.path)
    result: list[Section] = []
    footer, title = None, ""
    if any(d in PROGRAMME_DOCUMENTS for d in documents):
        data = programme_data.load(nb, today=today)
        result += sections(data, documents)
        footer, title = Footer(data.title, data.licence), data.title
    if "evaluation_report" in documents:
        from ..publishing.evaluation_report import story

        result.append(Section("evaluation_report", "a4", story(nb)))
    if "letter" in documents:
        from ..core.services import experiments_views
        from . import letter as letter_pdf
        from . import letter_text

        letter = experiments_views.letter(nb, since=since, today=today)
        result += letter_pdf.build(letter, PAGE_SIZES[letter_pdf.PAGE][0] - 2 * MARGIN)
        if footer is None:
            footer = Footer(letter.programme, letter.licence)
            title = letter_text.t("title")
    assert footer is not None
    return write_pdf(target, result, footer, title=title, progress=progress)
