"""How note kinds are named and coloured in the window (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.enums import NoteKind
from ...core.i18n import QT_TRANSLATE_NOOP

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
