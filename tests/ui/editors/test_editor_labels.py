"""The editors' status and tool labels are core.labels' words (the dash for no tool)."""

from __future__ import annotations

from lieuxcommuns_desktop.core import labels
from lieuxcommuns_desktop.core.enums import AtelierStatus, Tool
from lieuxcommuns_desktop.ui.editors.labels import status_label, tool_label


def test_status_and_tool_labels_are_the_core_words() -> None:
    assert [status_label(s.value) for s in AtelierStatus] == [
        "Brouillon", "Prêt", "En cours", "Terminé", "Annulé"]
    assert all(status_label(s) == labels.label(s) for s in AtelierStatus)
    assert [tool_label(t.value) for t in Tool] == [
        "—", "Carte des acteurs", "Matrice des rôles", "Matrice de décision",
        "Grille des communs", "Notes", "Évaluation"]
    assert all(tool_label(t) == labels.label(t) for t in Tool if t != Tool.AUCUN)


def test_an_unknown_stored_value_shows_as_itself() -> None:
    assert status_label("archivé") == "archivé"
    assert tool_label("boussole") == "boussole"
