"""Make user text safe to print: literal markup, no control codes, no boxes.

Everything a facilitator typed is *text*, never reportlab markup: ``<b>``,
``&``, ``<font color=…>`` or ``<img src="file:…">`` in a note print as typed
and load nothing. Characters the font cannot draw are replaced by
:data:`REPLACEMENT` instead of an empty box; bidirectional controls and
other invisible format characters are dropped (reportlab lays text out
left to right only).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

from .fonts import supported

#: What a character outside the font's coverage (e.g. most emoji) becomes.
REPLACEMENT = "\ufffd"
_FALLBACK = "?"
#: What XML 1.0 forbids (C0 controls but tab and line ends, lone surrogates,
#: U+FFFE/FFFF) and the C1 controls HTML5 calls parse errors: never typed on purpose.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def xml_safe(value: object) -> str:
    """``value`` as text an XML 1.0 / HTML5 parser accepts: forbidden characters dropped.

    A NUL, BEL or ESC pasted into a name would make the whole SVG or HTML file
    unreadable (xmllint: "PCDATA invalid Char value"); a lone surrogate cannot
    even be written as UTF-8. Escaping ``<&"`` stays the writer's job.
    """
    text = "" if value is None else str(value)
    return _NOT_XML.sub("", text)


_REFERENCE = re.compile(r"&#(?:x([0-9a-fA-F]{1,8})|([0-9]{1,10}));")


def xml_safe_document(document: str) -> str:
    """A whole XML text made parseable: forbidden characters and references to them dropped.

    For files another writer produced (Qt's SVG generator writes a NUL or an
    ESC of a title or a name as is).
    """
    def keep(match: re.Match[str]) -> str:
        code = int(match.group(1), 16) if match.group(1) else int(match.group(2))
        allowed = code < 0x110000 and not _NOT_XML.match(chr(code))
        return match.group(0) if allowed else ""

    return _REFERENCE.sub(keep, xml_safe(document))


def clean(value: object) -> str:
    """Plain printable text: newlines kept, controls dropped, gaps replaced."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii() and text.isprintable():
        return text  # the common case, and the font covers all printable ASCII
    return "".join(map(_printable, text))


@lru_cache(maxsize=4096)
def _printable(char: str) -> str:
    """What one character becomes on paper (cached: texts repeat their letters)."""
    if char in "\n\t":
        return char
    category = unicodedata.category(char)
    if category in ("Cc", "Cf", "Cs", "Co", "Cn"):
        return ""  # NUL, controls, bidi overrides, zero-width joiners, unassigned
    if supported(char):
        return char
    if category.startswith("M"):
        return ""  # a combining mark the font lacks: keep the base letter alone
    return REPLACEMENT if supported(REPLACEMENT) else _FALLBACK


def para(value: object) -> str:
    """User text as Paragraph markup that renders literally."""
    return escape(clean(value)).replace("\n", "<br/>").replace("\t", "    ")


#: Longest piece of user text laid out as one paragraph (see :func:`chunks`).
CHUNK = 2000


def chunks(value: object, limit: int = CHUNK) -> list[str]:
    """``value`` cut into pieces of at most ``limit`` characters, at line ends or spaces.

    reportlab re-wraps the rest of a paragraph at each page it splits, so a
    1 MB note laid out as one paragraph takes minutes (quadratic); as pieces
    of 2,000 characters it takes a second. Short texts come back whole.
    """
    text = clean(value)
    if len(text) <= limit:
        return [text]
    pieces = []
    while len(text) > limit:
        window = text[:limit + 1]
        cut = window.rfind("\n")
        if cut <= 0:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = limit  # one word longer than the limit: cut it
            pieces.append(text[:cut])
            text = text[cut:]
        else:
            pieces.append(text[:cut])
            text = text[cut + 1:]
    if text:
        pieces.append(text)
    return pieces


def line(value: object, limit: int | None = None) -> str:
    """One line of plain text for canvas drawing (no markup is parsed there).

    With a ``limit``, only its first few times are cleaned: a running footer
    drawn on 400 pages costs the same for a 1 MB programme name.
    """
    raw = "" if value is None else str(value)
    clipped = bool(limit) and len(raw) > 8 * (limit or 0)
    if clipped:
        raw = raw[: 8 * (limit or 0)]
    text = " ".join(clean(raw).split())
    if limit and (len(text) > limit or clipped):
        return text[: max(1, limit - 1)] + "…"
    return text


def fit(value: object, width: float, font: str | None = None, size: float = 9) -> str:
    """One line of text elided with … so it fits ``width`` points in ``font``.

    Table cells drawn as plain strings do not wrap: measuring keeps a long
    structure name from running into the next column.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from . import fonts

    font = font or fonts.register()
    text = line(value)
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid].rstrip() + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"
