"""The pieces pages are made of: cleaned text, pages, sections, links, feed entries.

Apart from :mod:`.pages` so that extensions (the evaluation page, and the
experiment, photo and vote pages to come) import them without importing the
page builders that register those extensions.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

#: Characters no HTML5/XML parser accepts in text: C0/C1 controls (but tab and
#: newlines), lone surrogates, non-characters.
_BAD_CHARS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(1, 17))
    + "]"
)


def clean(value: Any) -> Any:
    """``finalize`` of every printed value: strings lose unparseable characters."""
    if isinstance(value, Markup):
        return Markup(_BAD_CHARS.sub("", str(value)))
    if isinstance(value, str):
        return _BAD_CHARS.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return "" if value is None else value


def lines(text: str) -> Markup:
    """Escaped text whose line breaks are kept."""
    return Markup("<br>\n").join(escape(clean(text or "")).split("\n"))


def paragraphs(text: str) -> Markup:
    blocks = [b for b in re.split(r"\n\s*\n", clean(text or "")) if b.strip()]
    return Markup("\n").join(Markup("<p>{}</p>").format(lines(b)) for b in blocks)


@dataclass(frozen=True)
class Page:
    """One file of the site: ``path`` relative to its root, rendered from ``template``."""

    path: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    modified: dt.datetime | None = None


@dataclass(frozen=True)
class Section:
    """A section added to a page by an extension; ``body`` is already-safe markup."""

    id: str
    heading: str
    body: Markup


@dataclass(frozen=True)
class NavLink:
    path: str
    label: str


@dataclass(frozen=True)
class FeedEntry:
    id: str
    title: str
    path: str
    modified_at: dt.datetime
    summary: str


