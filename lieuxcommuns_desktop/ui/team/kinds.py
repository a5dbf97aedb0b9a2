"""Words for what a merge touched: kinds of record with their counts, fields, values.

The merge engine speaks in table and column names; the user reads
"3 ateliers" and "Titre". Each count goes through a plural form so French
and English agree with the number. A table or column without a word here
(a later schema) still shows, under its own name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core.tables import Table

translate = QCoreApplication.translate


def _counts() -> dict[str, Callable[[int], str]]:
    return {
        Table.PROGRAMME: lambda n: translate("team_kinds", "%n programme(s)", "", n),
        Table.COLLECTIVITE: lambda n: translate("team_kinds", "%n collectivité(s)", "", n),
        Table.THEMATIQUE: lambda n: translate("team_kinds", "%n thématique(s)", "", n),
        Table.MEMBERSHIP: lambda n: translate("team_kinds", "%n adhésion(s)", "", n),
        Table.PHASE: lambda n: translate("team_kinds", "%n phase(s)", "", n),
        Table.RESSOURCE: lambda n: translate("team_kinds", "%n ressource(s)", "", n),
        Table.ACTEUR: lambda n: translate("team_kinds", "%n acteur(s)", "", n),
        Table.PARTICIPANT: lambda n: translate("team_kinds", "%n participant(s)", "", n),
        Table.ATELIER: lambda n: translate("team_kinds", "%n atelier(s)", "", n),
        Table.ATELIER_COLLECTIVITE: lambda n: translate(
            "team_kinds", "%n lien(s) atelier–collectivité", "", n),
        Table.SEQUENCE: lambda n: translate("team_kinds", "%n séquence(s)", "", n),
        Table.ATTENDANCE: lambda n: translate("team_kinds", "%n présence(s)", "", n),
        Table.PHOTO: lambda n: translate("team_kinds", "%n photo(s)", "", n),
        Table.PHOTO_DATA: lambda n: translate("team_kinds", "%n image(s) de photo", "", n),
        Table.STAKEHOLDER_MAP: lambda n: translate("team_kinds", "%n carte(s) d'acteurs", "", n),
        Table.MAP_PLACEMENT: lambda n: translate(
            "team_kinds", "%n position(s) sur une carte", "", n),
        Table.RELATION: lambda n: translate("team_kinds", "%n relation(s)", "", n),
        Table.MATRIX_COLUMN: lambda n: translate("team_kinds", "%n colonne(s) de matrice", "", n),
        Table.RESPONSIBILITY: lambda n: translate("team_kinds", "%n responsabilité(s)", "", n),
        Table.ROLE_CELL: lambda n: translate("team_kinds", "%n case(s) RACI", "", n),
        Table.DECISION: lambda n: translate("team_kinds", "%n décision(s)", "", n),
        Table.DECISION_CELL: lambda n: translate("team_kinds", "%n case(s) de décision", "", n),
        Table.COMMONS_ASSESSMENT: lambda n: translate("team_kinds", "%n évaluation(s) des communs",
                                                  "", n),
        Table.NOTE: lambda n: translate("team_kinds", "%n note(s)", "", n),
        Table.EVALUATION_QUESTION: lambda n: translate("team_kinds", "%n question(s) d'évaluation",
                                                   "", n),
        Table.EVALUATION_FORM: lambda n: translate("team_kinds", "%n questionnaire(s)", "", n),
        Table.EVALUATION_ANSWER: lambda n: translate("team_kinds", "%n réponse(s)", "", n),
        Table.TOOL_KIND: lambda n: translate("team_kinds", "%n type(s) d'outil", "", n),
        Table.EXPERIMENTATION: lambda n: translate("team_kinds", "%n expérimentation(s)", "", n),
        Table.EXPERIMENTATION_LOG: lambda n: translate(
            "team_kinds", "%n entrée(s) de journal", "", n),
        Table.EXPERIMENTATION_PARTNER: lambda n: translate("team_kinds", "%n partenaire(s)", "", n),
        Table.EXPERIMENTATION_ATELIER: lambda n: translate(
            "team_kinds", "%n lien(s) expérimentation–atelier", "", n),
        Table.EXPERIMENTATION_ORIGIN: lambda n: translate("team_kinds", "%n origine(s)", "", n),
        Table.INDICATOR: lambda n: translate("team_kinds", "%n indicateur(s)", "", n),
        Table.INDICATOR_VALUE: lambda n: translate("team_kinds", "%n mesure(s)", "", n),
        Table.MILESTONE: lambda n: translate("team_kinds", "%n jalon(s)", "", n),
        Table.STATUS_TRANSITION: lambda n: translate(
            "team_kinds", "%n changement(s) de statut", "", n),
        Table.VOTE: lambda n: translate("team_kinds", "%n vote(s)", "", n),
        Table.VOTE_OPTION: lambda n: translate("team_kinds", "%n option(s) de vote", "", n),
        Table.VOTE_ROUND: lambda n: translate("team_kinds", "%n tour(s) de vote", "", n),
        Table.VOTE_COUNT: lambda n: translate("team_kinds", "%n décompte(s)", "", n),
    }


def count_text(table: str, n: int) -> str:
    """``n`` records of ``table`` in words: "3 ateliers", "1 note"."""
    make = _counts().get(table)
    if make is None:
        return translate("team_kinds", "{table} : %n", "", n).format(table=table)
    return make(n)


def kind_text(table: str) -> str:
    """The kind of one record, without its count: "atelier", "note"."""
    one = count_text(table, 1)
    return one[2:] if one.startswith("1 ") and table in _counts() else table


def counts_text(counts: Mapping[str, int]) -> str:
    """Several kinds in one line, biggest first: "12 notes, 2 ateliers"; "" when none."""
    items = sorted(((t, n) for t, n in counts.items() if n), key=lambda item: (-item[1], item[0]))
    return ", ".join(count_text(t, n) for t, n in items)


def _columns() -> dict[str, str]:
    return {
        "title": translate("team_kinds", "Titre"),
        "name": translate("team_kinds", "Nom"),
        "description": translate("team_kinds", "Description"),
        "text": translate("team_kinds", "Texte"),
        "label": translate("team_kinds", "Libellé"),
        "kind": translate("team_kinds", "Type"),
        "status": translate("team_kinds", "Statut"),
        "position": translate("team_kinds", "Ordre"),
        "date": translate("team_kinds", "Date"),
        "start_date": translate("team_kinds", "Début"),
        "end_date": translate("team_kinds", "Fin"),
        "due_date": translate("team_kinds", "Échéance"),
        "done": translate("team_kinds", "Fait"),
        "place": translate("team_kinds", "Lieu"),
        "role": translate("team_kinds", "Rôle"),
        "value": translate("team_kinds", "Valeur"),
        "territory": translate("team_kinds", "Territoire"),
        "category": translate("team_kinds", "Catégorie"),
        "objective": translate("team_kinds", "Objectif"),
        "facilitators": translate("team_kinds", "Animateurs"),
        "start_time": translate("team_kinds", "Heure de début"),
        "minutes": translate("team_kinds", "Durée (min)"),
        "first_name": translate("team_kinds", "Prénom"),
        "last_name": translate("team_kinds", "Nom de famille"),
        "email": translate("team_kinds", "Courriel"),
        "phone": translate("team_kinds", "Téléphone"),
        "caption": translate("team_kinds", "Légende"),
        "question": translate("team_kinds", "Question"),
        "hypothesis": translate("team_kinds", "Hypothèse"),
        "lessons": translate("team_kinds", "Enseignements"),
        "comment": translate("team_kinds", "Commentaire"),
        "instructions": translate("team_kinds", "Consignes"),
        "present": translate("team_kinds", "Présent"),
        "x": translate("team_kinds", "Position horizontale"),
        "y": translate("team_kinds", "Position verticale"),
    }


def column_text(column: str | None) -> str:
    """A field's name for the user; the whole record when ``column`` is None."""
    if column is None:
        return translate("team_kinds", "(tout l'enregistrement)")
    return _columns().get(column, column)


def value_text(value: Any) -> str:
    """A stored value as one plain string (never markup: callers show it as plain text)."""
    if value is None or value == "":
        return translate("team_kinds", "(vide)")
    if isinstance(value, bool):
        return translate("team_kinds", "oui") if value else translate("team_kinds", "non")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return translate("team_kinds", "(données binaires, %n octet(s))", "", len(bytes(value)))
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def one_line(text: str, limit: int = 200) -> str:
    """``text`` on one line and at most ``limit`` characters, for a table cell."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
