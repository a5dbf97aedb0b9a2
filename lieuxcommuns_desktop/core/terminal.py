"""User text made safe to print on a terminal: the one helper every command uses.

A note, a title or a file name may hold ESC, BEL, CR or backspace (pasted from
anywhere, or put there on purpose): written raw to a terminal, ESC sequences
recolour, retitle or rewrite the screen and CR hides what came before on the
line. Every control character becomes a space (tab and newline too, so that a
field stays on its line and between its tabs), and bidirectional overrides are
dropped so that a name cannot reverse the text printed after it.
"""

from __future__ import annotations

#: C0 and C1 controls and DEL -> space; Unicode line/paragraph separators -> space.
_SPACES = {**{c: " " for c in range(0x20)}, 0x7F: " ", **{c: " " for c in range(0x80, 0xA0)},
           0x2028: " ", 0x2029: " "}
#: Bidirectional embeddings, overrides, isolates and marks -> removed.
_BIDI = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C])
_TABLE = str.maketrans({**_SPACES, **_BIDI})


def clean(text: object) -> str:
    """``text`` with no control character and no bidi override; printable as it is.

    A lone surrogate (a file name that is not valid UTF-8, kept by Python as
    ``\udcff``) becomes ``?`` instead of stopping the print.
    """
    cleaned = str(text).translate(_TABLE)
    try:
        cleaned.encode("utf-8")
    except UnicodeEncodeError:
        cleaned = cleaned.encode("utf-8", "replace").decode("utf-8")
    return cleaned


def fields(*values: object) -> str:
    """One tab-separated output line of cleaned values (tabs inside a value became spaces)."""
    return "\t".join(clean(v) for v in values)
