"""Keep a right-to-left override typed in a name inside that name.

A name holding U+202E (RIGHT-TO-LEFT OVERRIDE) or right-to-left letters
reorders the text *after* it — « Supprimer « photo‮gnp.exe » ? » shows its
closing quote and question mark in the wrong place, the navigation tree's
"Programme — …" line reads backwards. :func:`isolate` wraps such a text in
FIRST STRONG ISOLATE … POP DIRECTORY ISOLATE (Unicode bidi isolates, UAX #9):
inside, the text keeps its own direction; outside, it counts as one neutral
character, so nothing around it moves. Stray isolate marks inside are
balanced so the wrapper cannot be closed early or left open.

Latin-only text comes back unchanged, so ordinary names compare equal in
views and tests. Qt-free: the window and the printed documents use it alike.
"""

from __future__ import annotations

import unicodedata

FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
#: LRI, RLI, FSI: the marks PDI closes.
_INITIATORS = frozenset("\u2066\u2067\u2068")
#: Explicit embeddings, overrides, isolates and marks.
_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                      "\u200e\u200f\u061c")


def needs_isolation(text: str) -> bool:
    """True when ``text`` holds a bidi control or a right-to-left letter."""
    return any(ch in _CONTROLS or unicodedata.bidirectional(ch) in ("R", "AL")
               for ch in text)


def isolate(text: str) -> str:
    """``text`` wrapped in FSI … PDI when it could reorder its surroundings."""
    if not text or not needs_isolation(text):
        return text
    depth = 0
    kept: list[str] = []
    for ch in text:
        if ch in _INITIATORS:
            depth += 1
        elif ch == PDI:
            if depth == 0:
                continue  # a stray PDI would close our FSI early
            depth -= 1
        kept.append(ch)
    return FSI + "".join(kept) + PDI * depth + PDI


def strip_isolates(text: str) -> str:
    """``text`` without the isolate marks :func:`isolate` adds (for copying back)."""
    if text.startswith(FSI) and text.endswith(PDI):
        return text[1:-1]
    return text
