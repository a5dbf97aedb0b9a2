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

translate = QCoreApplication.translate


def _counts() -> dict[str, Callable[[int], str]]:
    t = translate
    return {
        "programme": lambda n: t("team_kinds", "%n programme(s)", "", n),
        "collectivite": lambda n: t("team_kinds", "%n collectivité(s)", "", n),
        "thematique": lambda n: t("team_kinds", "%n thématique(s)", "", n),
        "membership": lambda n: t("team_kinds", "%n adhésion(s)", "", n),
        "phase": lambda n: t("team_kinds", "%n phase(s)", "", n),
        "ressource": lambda n: t("team_kinds", "%n ressource(s)", "", n),
        "acteur": lambda n: t("team_kinds", "%n acteur(s)", "", n),
        "participant": lambda n: t("team_kinds", "%n participant(s)", "", n),
        "atelier": lambda n: t("team_kinds", "%n atelier(s)", "", n),
        "atelier_collectivite": lambda n: t("team_kinds", "%n lien(s) atelier–collectivité",
                                            "", n),
        "sequence": lambda n: t("team_kinds", "%n séquence(s)", "", n),
        "attendance": lambda n: t("team_kinds", "%n présence(s)", "", n),
        "photo": lambda n: t("team_kinds", "%n photo(s)", "", n),
        "photo_data": lambda n: t("team_kinds", "%n image(s) de photo", "", n),
        "stakeholder_map": lambda n: t("team_kinds", "%n carte(s) d'acteurs", "", n),
        "map_placement": lambda n: t("team_kinds", "%n position(s) sur une carte", "", n),
        "relation": lambda n: t("team_kinds", "%n relation(s)", "", n),
        "matrix_column": lambda n: t("team_kinds", "%n colonne(s) de matrice", "", n),
        "responsibility": lambda n: t("team_kinds", "%n responsabilité(s)", "", n),
        "role_cell": lambda n: t("team_kinds", "%n case(s) RACI", "", n),
        "decision": lambda n: t("team_kinds", "%n décision(s)", "", n),
        "decision_cell": lambda n: t("team_kinds", "%n case(s) de décision", "", n),
        "commons_assessment": lambda n: t("team_kinds", "%n évaluation(s) des communs", "", n),
        "note": lambda n: t("team_kinds", "%n note(s)", "", n),
        "evaluation_question": lambda n: t("team_kinds", "%n question(s) d'évaluation", "", n),
        "evaluation_form": lambda n: t("team_kinds", "%n questionnaire(s)", "", n),
        "evaluation_answer": lambda n: t("team_kinds", "%n réponse(s)", "", n),
        "tool_kind": lambda n: t("team_kinds", "%n type(s) d'outil", "", n),
        "experimentation": lambda n: t("team_kinds", "%n expérimentation(s)", "", n),
        "experimentation_log": lambda n: t("team_kinds", "%n entrée(s) de journal", "", n),
        "experimentation_partner": lambda n: t("team_kinds", "%n partenaire(s)", "", n),
        "experimentation_atelier": lambda n: t("team_kinds", "%n lien(s) expérimentation–atelier",
                                               "", n),
        "experimentation_origin": lambda n: t("team_kinds", "%n origine(s)", "", n),
        "indicator": lambda n: t("team_kinds", "%n indicateur(s)", "", n),
        "indicator_value": lambda n: t("team_kinds", "%n mesure(s)", "", n),
        "milestone": lambda n: t("team_kinds", "%n jalon(s)", "", n),
        "status_transition": lambda n: t("team_kinds", "%n changement(s) de statut", "", n),
        "vote": lambda n: t("team_kinds", "%n vote(s)", "", n),
        "vote_option": lambda n: t("team_kinds", "%n option(s) de vote", "", n),
        "vote_round": lambda n: t("team_kinds", "%n tour(s) de vote", "", n),
        "vote_count": lambda n: t("team_kinds", "%n décompte(s)", "", n),
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
    t = translate
    return {
        "title": t("team_kinds", "Titre"),
        "name": t("team_kinds", "Nom"),
        "description": t("team_kinds", "Description"),
        "text": t("team_kinds", "Texte"),
        "label": t("team_kinds", "Libellé"),
        "kind": t("team_kinds", "Type"),
        "status": t("team_kinds", "Statut"),
        "position": t("team_kinds", "Ordre"),
        "date": t("team_kinds", "Date"),
        "start_date": t("team_kinds", "Début"),
        "end_date": t("team_kinds", "Fin"),
        "due_date": t("team_kinds", "Échéance"),
        "done": t("team_kinds", "Fait"),
        "place": t("team_kinds", "Lieu"),
        "role": t("team_kinds", "Rôle"),
        "value": t("team_kinds", "Valeur"),
        "territory": t("team_kinds", "Territoire"),
        "category": t("team_kinds", "Catégorie"),
        "objective": t("team_kinds", "Objectif"),
        "facilitators": t("team_kinds", "Animateurs"),
        "start_time": t("team_kinds", "Heure de début"),
        "minutes": t("team_kinds", "Durée (min)"),
        "first_name": t("team_kinds", "Prénom"),
        "last_name": t("team_kinds", "Nom de famille"),
        "email": t("team_kinds", "Courriel"),
        "phone": t("team_kinds", "Téléphone"),
        "caption": t("team_kinds", "Légende"),
        "question": t("team_kinds", "Question"),
        "hypothesis": t("team_kinds", "Hypothèse"),
        "lessons": t("team_kinds", "Enseignements"),
        "comment": t("team_kinds", "Commentaire"),
        "instructions": t("team_kinds", "Consignes"),
        "present": t("team_kinds", "Présent"),
        "x": t("team_kinds", "Position horizontale"),
        "y": t("team_kinds", "Position verticale"),
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
