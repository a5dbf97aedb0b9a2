"""Make user text safe to print: literal markup, no control codes, no boxes.

Everything a facilitator typed is *text*, never reportlab markup: ``<b>``,
``&``, ``<font color=…>`` or ``<img src="file:…">`` in a note print as typed
and load nothing. Characters the font cannot draw are replaced by
:data:`REPLACEMENT` instead of an empty box; bidirectional controls and
other invisible format characters are dropped (reportlab lays text out
left to right only).
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from .fonts import supported

#: What a character outside the font's coverage (e.g. most emoji) becomes.
REPLACEMENT = "\ufffd"
_FALLBACK = "?"


def clean(value: object) -> str:
    """Plain printable text: newlines kept, controls dropped, gaps replaced."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for char in text:
        if char in "\n\t":
            out.append(char)
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue  # NUL, controls, bidi overrides, zero-width joiners, unassigned
        if supported(char):
            out.append(char)
        elif category.startswith("M"):
            continue  # a combining mark the font lacks: keep the base letter alone
        else:
            out.append(REPLACEMENT if supported(REPLACEMENT) else _FALLBACK)
    return "".join(out)


def para(value: object) -> str:
    """User text as Paragraph markup that renders literally."""
    return escape(clean(value)).replace("\n", "<br/>").replace("\t", "    ")


def line(value: object, limit: int | None = None) -> str:
    """One line of plain text for canvas drawing (no markup is parsed there)."""
    text = " ".join(clean(value).split())
    if limit and len(text) > limit:
        return text[: max(1, limit - 1)] + "…"
    return text
