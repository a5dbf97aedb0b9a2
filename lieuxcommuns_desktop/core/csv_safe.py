"""CSV cells that a spreadsheet shows as text, never runs as a formula.

Excel and LibreOffice evaluate a cell starting with ``=``, ``+``, ``-`` or
``@`` (and a leading tab or carriage return hides one of those), so a name
typed as ``=HYPERLINK(…)`` or ``=cmd|' /C calc'!A0`` in the notebook would
become a live formula in the organiser's spreadsheet. OWASP's advice is to
prefix such a cell with an apostrophe; :func:`neutralise` does that, except
for a plain signed number or phone number (``-3``, ``+33 6 12 34 56 78``):
made only of digits, spaces and ``. , ( ) / -`` it cannot name a function, a
cell or another program, so it stays exactly as typed. A text typed with the
apostrophe already (``'=x``) gets a second one, so that it round-trips too.

:func:`restore` removes the apostrophe again when our own export is imported.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .fileio import write_atomic_bytes

#: First characters a spreadsheet may read as the start of a formula.
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
#: A signed number or phone number: nothing a formula could call or reference.
_NUMBER = re.compile(r"^[+-][\d .,()/-]*\d[\d .,()/-]*$")


def neutralise(value: object) -> str:
    """``value`` as a cell's text, prefixed with ``'`` if it could run as a formula."""
    text = "" if value is None else str(value)
    core = text.lstrip("'")
    if core.startswith(TRIGGERS) and (core != text or not _NUMBER.match(text)):
        return "'" + text
    return text


def restore(text: str) -> str:
    """Undo :func:`neutralise` on a cell read back from one of our exports."""
    if text.startswith("'") and text.lstrip("'").startswith(TRIGGERS):
        return text[1:]
    return text


def csv_bytes(rows: Iterable[Sequence[Any]], delimiter: str = ";") -> bytes:
    """UTF-8 with a BOM, CRLF line ends, every cell neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return out.getvalue().encode("utf-8-sig")


def write_csv(path: Path | str, rows: Iterable[Sequence[Any]], delimiter: str = ";") -> Path:
    """Write a spreadsheet-safe CSV atomically (a failure keeps the old file)."""
    return write_atomic_bytes(path, csv_bytes(rows, delimiter))
