"""The kit's font family, embedded in every PDF.

DejaVu Sans (shipped in ``resources/fonts`` with its licence) covers Latin
with French typography, Ł, Greek and Cyrillic. reportlab draws a missing glyph
as an empty box, so :func:`supported` lets ``text.py`` replace such characters
before they reach a page (see ``docs/printing.md``).
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..resources import resource

REGULAR = "LC-Sans"
BOLD = "LC-Sans-Bold"
ITALIC = "LC-Sans-Italic"
BOLD_ITALIC = "LC-Sans-BoldItalic"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


@cache
def register() -> str:
    """Register the family once per process; returns the regular face's name."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    return REGULAR


@cache
def _codepoints() -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)


def supported(char: str) -> bool:
    return ord(char) in _codepoints()
