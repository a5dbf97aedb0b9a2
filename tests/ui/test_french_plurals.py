"""French counts agree with their nouns in the window: "1 atelier", "2 ateliers"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lieuxcommuns_desktop import language


def test_french_plural_marks_are_resolved_by_qt(qapp) -> None:
    language.install("fr")
    tr = QCoreApplication.translate
    assert tr("grid", "%n personne(s) présente(s)", None, 1) == "1 personne présente"
    assert tr("grid", "%n personne(s) présente(s)", None, 0) == "0 personne présente"
    assert tr("grid", "%n personne(s) présente(s)", None, 3) == "3 personnes présentes"
    assert tr("x", "%n journa(l|ux)", None, 2) == "2 journaux"
    # Messages without a count keep their parentheses.
    assert tr("x", "Participant(s) (facultatif)") == "Participant(s) (facultatif)"


def test_switching_language_replaces_the_plural_translator(qapp) -> None:
    try:
        assert language.install("en")
        tr = QCoreApplication.translate
        assert tr("TimelinePanel", "Sans date (%n)", None, 2) == "No date (2)"
        language.install("fr")
        assert tr("grid", "%n personne(s) présente(s)", None, 2) == "2 personnes présentes"
        assert tr("TimelinePanel", "Ateliers sans date") == "Ateliers sans date"
    finally:
        language.install("fr")
