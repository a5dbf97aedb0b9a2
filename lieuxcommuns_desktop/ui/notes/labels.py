"""How note kinds are named and coloured in the window (translated)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from ...core.enums import NoteKind
from ...core.i18n import QT_TRANSLATE_NOOP
from ..plain import literal

KIND_TITLES: dict[NoteKind, str] = {
    NoteKind.NOTE: QT_TRANSLATE_NOOP("notes", "Note"),
    NoteKind.IDEE: QT_TRANSLATE_NOOP("notes", "Idée"),
    NoteKind.QUESTION: QT_TRANSLATE_NOOP("notes", "Question"),
    NoteKind.DECISION: QT_TRANSLATE_NOOP("notes", "Décision"),
    NoteKind.ACTION: QT_TRANSLATE_NOOP("notes", "Action"),
    NoteKind.VIGILANCE: QT_TRANSLATE_NOOP("notes", "Vigilance"),
}

#: Readable on white, distinct for the common colour-blindnesses (Okabe-Ito).
KIND_COLOURS: dict[NoteKind, str] = {
    NoteKind.NOTE: "#444444",
    NoteKind.IDEE: "#0072b2",
    NoteKind.QUESTION: "#8a5a00",
    NoteKind.DECISION: "#009e73",
    NoteKind.ACTION: "#cc79a7",
    NoteKind.VIGILANCE: "#d55e00",
}


def kind_label(kind: NoteKind | str) -> str:
    return QCoreApplication.translate("notes", KIND_TITLES[NoteKind(kind)])


#: A séquence title longer than this is cut with "…" in lists and labels (the
#: full text is in the tooltip): a pasted page must not widen a window past the screen.
TITLE_CHARS = 80


def short_title(text: str, limit: int = TITLE_CHARS) -> str:
    """``text`` on one line, cut to ``limit`` characters with "…" when longer."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"


def fill_sequence_combo(combo: QComboBox, first: str,
                        sequences: Iterable[tuple[str, str]]) -> None:
    """``first`` (no séquence) then (id, title) pairs, titles elided, full text in tooltips.

    The combo's width then follows a fixed number of characters, not its longest item.
    """
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    combo.addItem(first, None)
    for sequence_id, title in sequences:
        combo.addItem(short_title(title), sequence_id)
        combo.setItemData(combo.count() - 1, literal(title), Qt.ItemDataRole.ToolTipRole)


_LONG_WORD = re.compile(r"(\S{24})(?=\S)")


def breakable(text: str) -> str:
    """A zero-width space every 24 characters of an unbroken word, so a wrapping
    label can break a pasted URL or a typo without a space instead of widening."""
    return _LONG_WORD.sub("\\1\u200b", text)
