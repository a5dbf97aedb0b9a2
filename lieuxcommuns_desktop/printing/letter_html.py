"""The *lettre de suivi* as one HTML page, from an autoescaped Jinja2 template.

The template (``resources/report/lettre.html.j2``) only lays out; every
sentence comes from :mod:`.letter_text`, the same as the PDF's. Autoescaping is
on for the whole template, so whatever the user typed (a ``<script>``, an
``onerror=``) is shown as text and the page stays inert.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.bidi import isolate
from ..core.fileio import check_output, write_atomic
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.services import experiments_views
from ..core.services.experiments_views import Letter
from ..core.services.notebook import Notebook
from ..resources import resource
from . import letter_text as lt

if TYPE_CHECKING:  # jinja2 is imported when a letter is written, not at start
    from jinja2 import Template

CTX = "printing"

#: The page's ``lang``: the translation says which language it is written in.
LANG = QT_TRANSLATE_NOOP("printing", "fr")


@cache
def _template() -> Template:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(loader=FileSystemLoader(str(resource("report"))), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=False, keep_trailing_newline=True)
    return env.get_template("lettre.html.j2")


def render(letter: Letter) -> str:
    """The letter's HTML (a complete page)."""
    items = [{
        "title": clean(item.page.title),
        "facts": [(clean(k), clean(v)) for k, v in lt.facts(item)],
        "origin": clean(lt.origin_line(item)),
        "changes": [clean(line) for line in lt.changes(item)],
        "indicators": [[clean(c) for c in lt.indicator_row(i)] for i in item.page.indicators],
        "next": [clean(lt.milestone_line(m)) for m in item.next_milestones],
        "lesson": clean(item.page.lesson),
    } for item in letter.items]
    labels = {key: lt.t(key) for key in lt.T if key not in ("as_of", "since", "none_since",
                                                            "origin", "origin_removed")}
    labels["changes"] = lt.t("changes" if letter.since else "history")
    html: str = _template().render(
        lang=tr(CTX, LANG), title=lt.t("title"), letter=_Safe(letter),
        heading=[clean(line) for line in lt.heading(letter)], empty=clean(lt.empty(letter)),
        items=items, t=labels)
    return html


def clean(value: object) -> str:
    """Text for the page: controls (NUL, escapes) dropped, right-to-left runs isolated.

    Unlike the PDF's cleaning, no glyph is replaced: the reader's browser has
    the fonts. Markup is left to the template's autoescaping.
    """
    text = "" if value is None else str(value).replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")
    return isolate(text)


class _Safe:
    """The letter's header fields, cleaned of control characters."""

    def __init__(self, letter: Letter) -> None:
        self.programme = clean(letter.programme)
        self.licence = clean(letter.licence)


def write_letter_html(nb: Notebook, target: Path | str, *, since: dt.date | None = None,
                      today: dt.date | None = None) -> Path:
    target = check_output(target, notebook=nb.path)
    return write_atomic(target, render(experiments_views.letter(nb, since=since, today=today)))
