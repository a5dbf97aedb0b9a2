"""French labels of every vocabulary, people's names, and text folding.

Enum values are stable ASCII identifiers; what people read comes from here,
so the window, the printer and the CLI say the same words. Labels are marked
with ``QT_TRANSLATE_NOOP("labels", ...)`` and rendered through
:func:`core.i18n.tr`, which keeps this module free of Qt.

Category colours and shapes live in ``map_style`` (one palette for the
tables, the map and the printer). A participant's name and the accent
folding used for matching have one definition each here, shared by the
window, print, publishing and the services.
"""

from __future__ import annotations

import unicodedata
from enum import Enum
from typing import Protocol

from .enums import (
    OSTROM_PRINCIPLES,
    ActeurCategory,
    AtelierLinkRole,
    AtelierStatus,
    Circle,
    ExpeditionRole,
    ExperimentationStatus,
    MapLayout,
    MatrixVersion,
    NoteKind,
    OriginKind,
    ParticipationLevel,
    PhaseKind,
    PhotoTimeSource,
    PrincipleStatus,
    QuestionKind,
    Raci,
    RelationKind,
    ResourceKind,
    Tool,
    VoteSource,
)
from .i18n import QT_TRANSLATE_NOOP, tr

CONTEXT = "labels"

LABELS: dict[Enum, str] = {
    Circle.PARTICIPANTE: QT_TRANSLATE_NOOP("labels", "Participante"),
    Circle.SECOND_CERCLE: QT_TRANSLATE_NOOP("labels", "Second cercle"),
    ResourceKind.EQUIPEMENT: QT_TRANSLATE_NOOP("labels", "Équipement"),
    ResourceKind.ESPACE_NATUREL: QT_TRANSLATE_NOOP("labels", "Espace naturel"),
    ResourceKind.EAU: QT_TRANSLATE_NOOP("labels", "Eau"),
    ResourceKind.FONCIER_BATIMENT: QT_TRANSLATE_NOOP("labels", "Foncier / bâtiment"),
    ResourceKind.SERVICE: QT_TRANSLATE_NOOP("labels", "Service"),
    ResourceKind.AUTRE: QT_TRANSLATE_NOOP("labels", "Autre"),
    AtelierStatus.BROUILLON: QT_TRANSLATE_NOOP("labels", "Brouillon"),
    AtelierStatus.PRET: QT_TRANSLATE_NOOP("labels", "Prêt"),
    AtelierStatus.EN_COURS: QT_TRANSLATE_NOOP("labels", "En cours"),
    AtelierStatus.TERMINE: QT_TRANSLATE_NOOP("labels", "Terminé"),
    AtelierStatus.ANNULE: QT_TRANSLATE_NOOP("labels", "Annulé"),
    Tool.AUCUN: QT_TRANSLATE_NOOP("labels", "Aucun outil"),
    Tool.CARTE: QT_TRANSLATE_NOOP("labels", "Carte des acteurs"),
    Tool.ROLES: QT_TRANSLATE_NOOP("labels", "Matrice des rôles"),
    Tool.DECISIONS: QT_TRANSLATE_NOOP("labels", "Matrice de décision"),
    Tool.COMMUNS: QT_TRANSLATE_NOOP("labels", "Grille des communs"),
    Tool.NOTES: QT_TRANSLATE_NOOP("labels", "Notes"),
    Tool.EVALUATION: QT_TRANSLATE_NOOP("labels", "Évaluation"),
    ActeurCategory.COLLECTIVITE: QT_TRANSLATE_NOOP("labels", "Collectivité"),
    ActeurCategory.SERVICES_PUBLICS: QT_TRANSLATE_NOOP(
        "labels", "Services publics & institutions"
    ),
    ActeurCategory.HABITANTS: QT_TRANSLATE_NOOP("labels", "Habitants & usagers"),
    ActeurCategory.ASSOCIATIONS: QT_TRANSLATE_NOOP("labels", "Associations & collectifs"),
    ActeurCategory.ECONOMIQUES: QT_TRANSLATE_NOOP("labels", "Acteurs économiques"),
    ActeurCategory.FINANCEURS: QT_TRANSLATE_NOOP("labels", "Financeurs"),
    ActeurCategory.EXPERTS: QT_TRANSLATE_NOOP("labels", "Experts & tiers"),
    ActeurCategory.AUTRES: QT_TRANSLATE_NOOP("labels", "Autres"),
    MapLayout.ONION: QT_TRANSLATE_NOOP("labels", "Oignon"),
    MapLayout.POWER_INTEREST: QT_TRANSLATE_NOOP("labels", "Pouvoir / intérêt"),
    MapLayout.FREE: QT_TRANSLATE_NOOP("labels", "Libre"),
    RelationKind.COOPERATION: QT_TRANSLATE_NOOP("labels", "Coopération"),
    RelationKind.FINANCEMENT: QT_TRANSLATE_NOOP("labels", "Financement"),
    RelationKind.CONFLIT: QT_TRANSLATE_NOOP("labels", "Conflit / tension"),
    RelationKind.INFORMATION: QT_TRANSLATE_NOOP("labels", "Information"),
    RelationKind.CONVENTION: QT_TRANSLATE_NOOP("labels", "Convention / contrat"),
    Raci.R: QT_TRANSLATE_NOOP("labels", "Réalise"),
    Raci.A: QT_TRANSLATE_NOOP("labels", "Rend compte / arbitre"),
    Raci.C: QT_TRANSLATE_NOOP("labels", "Consulté"),
    Raci.I: QT_TRANSLATE_NOOP("labels", "Informé"),
    ParticipationLevel.NON_CONCERNE: QT_TRANSLATE_NOOP("labels", "Non concerné"),
    ParticipationLevel.INFORME: QT_TRANSLATE_NOOP("labels", "Informé"),
    ParticipationLevel.CONSULTE: QT_TRANSLATE_NOOP("labels", "Consulté"),
    ParticipationLevel.CONCERTE: QT_TRANSLATE_NOOP("labels", "Concerté"),
    ParticipationLevel.CO_DECIDE: QT_TRANSLATE_NOOP("labels", "Co-décide"),
    ParticipationLevel.DECIDE: QT_TRANSLATE_NOOP("labels", "Décide"),
    MatrixVersion.AUJOURDHUI: QT_TRANSLATE_NOOP("labels", "Aujourd'hui"),
    MatrixVersion.CIBLE: QT_TRANSLATE_NOOP("labels", "Cible"),
    PrincipleStatus.ABSENT: QT_TRANSLATE_NOOP("labels", "Absent"),
    PrincipleStatus.EN_DISCUSSION: QT_TRANSLATE_NOOP("labels", "En discussion"),
    PrincipleStatus.EN_PLACE: QT_TRANSLATE_NOOP("labels", "En place"),
    NoteKind.NOTE: QT_TRANSLATE_NOOP("labels", "Note"),
    NoteKind.IDEE: QT_TRANSLATE_NOOP("labels", "Idée"),
    NoteKind.QUESTION: QT_TRANSLATE_NOOP("labels", "Question"),
    NoteKind.DECISION: QT_TRANSLATE_NOOP("labels", "Décision"),
    NoteKind.ACTION: QT_TRANSLATE_NOOP("labels", "Action"),
    NoteKind.VIGILANCE: QT_TRANSLATE_NOOP("labels", "Vigilance"),
    QuestionKind.SCALE5: QT_TRANSLATE_NOOP("labels", "Échelle de 1 à 5"),
    QuestionKind.OPEN: QT_TRANSLATE_NOOP("labels", "Question ouverte"),
    ExperimentationStatus.ENVISAGEE: QT_TRANSLATE_NOOP("labels", "Envisagée"),
    ExperimentationStatus.EN_PREPARATION: QT_TRANSLATE_NOOP("labels", "En préparation"),
    ExperimentationStatus.EN_COURS: QT_TRANSLATE_NOOP("labels", "En cours"),
    ExperimentationStatus.EVALUEE: QT_TRANSLATE_NOOP("labels", "Évaluée"),
    ExperimentationStatus.ESSAIMEE: QT_TRANSLATE_NOOP("labels", "Essaimée"),
    ExperimentationStatus.ABANDONNEE: QT_TRANSLATE_NOOP("labels", "Abandonnée"),
    ExperimentationStatus.SUSPENDUE: QT_TRANSLATE_NOOP("labels", "Suspendue"),
    ExperimentationStatus.TERMINEE: QT_TRANSLATE_NOOP("labels", "Terminée"),
    ExpeditionRole.PILOTE: QT_TRANSLATE_NOOP("labels", "Pilote"),
    ExpeditionRole.PARTICIPANTE: QT_TRANSLATE_NOOP("labels", "Participante"),
    ExpeditionRole.SECOND_CERCLE: QT_TRANSLATE_NOOP("labels", "Second cercle"),
    PhaseKind.PARCOURS_APPRENANT: QT_TRANSLATE_NOOP("labels", "Parcours apprenant"),
    PhaseKind.MISE_EN_TEST: QT_TRANSLATE_NOOP("labels", "Mise en test"),
    PhotoTimeSource.EXIF_OFFSET: QT_TRANSLATE_NOOP("labels", "Heure de l'appareil (fuseau connu)"),
    PhotoTimeSource.EXIF_LOCAL: QT_TRANSLATE_NOOP("labels", "Heure de l'appareil (heure locale)"),
    PhotoTimeSource.FILE_TIME: QT_TRANSLATE_NOOP("labels", "Date du fichier"),
    VoteSource.IDEE: QT_TRANSLATE_NOOP("labels", "Idée"),
    VoteSource.DECISION: QT_TRANSLATE_NOOP("labels", "Décision"),
    VoteSource.PRINCIPE: QT_TRANSLATE_NOOP("labels", "Principe d'Ostrom"),
    VoteSource.SAISIE: QT_TRANSLATE_NOOP("labels", "Saisie"),
    OriginKind.NOTE: QT_TRANSLATE_NOOP("labels", "Note"),
    OriginKind.DECISION: QT_TRANSLATE_NOOP("labels", "Décision de la matrice"),
    AtelierLinkRole.ORIGINE: QT_TRANSLATE_NOOP("labels", "Atelier d'origine"),
    AtelierLinkRole.REVUE: QT_TRANSLATE_NOOP("labels", "Atelier de suivi"),
}

#: Ostrom's design principles by key (``enums.OSTROM_PRINCIPLES``): short title.
PRINCIPLES: dict[str, str] = {
    "clear_boundaries": QT_TRANSLATE_NOOP("labels", "Limites clairement définies"),
    "local_rules": QT_TRANSLATE_NOOP("labels", "Règles adaptées aux conditions locales"),
    "collective_choice": QT_TRANSLATE_NOOP("labels", "Dispositifs de choix collectif"),
    "monitoring": QT_TRANSLATE_NOOP("labels", "Surveillance"),
    "graduated_sanctions": QT_TRANSLATE_NOOP("labels", "Sanctions graduées"),
    "conflict_resolution": QT_TRANSLATE_NOOP("labels", "Mécanismes de résolution des conflits"),
    "right_to_organise": QT_TRANSLATE_NOOP("labels", "Reconnaissance du droit à s'organiser"),
    "nested_enterprises": QT_TRANSLATE_NOOP("labels", "Organisations imbriquées"),
}

def label(member: Enum) -> str:
    """The translated label of an enum member (its value if none is known)."""
    text = LABELS.get(member)
    return tr(CONTEXT, text) if text is not None else str(member.value)


def principle_label(key_or_number: str | int) -> str:
    """An Ostrom principle's title from its key or its number (1..8)."""
    key = (
        OSTROM_PRINCIPLES[key_or_number - 1]
        if isinstance(key_or_number, int)
        else key_or_number
    )
    return tr(CONTEXT, PRINCIPLES[key])


def choices(enum_cls: type[Enum]) -> list[tuple[Enum, str]]:
    """Members of ``enum_cls`` in declaration order with their labels (for combos)."""
    return [(m, label(m)) for m in enum_cls]


def category_colour(category: ActeurCategory | str) -> str:
    """The category's colour, from the one palette the map and the printer use too."""
    from .map_style import category_style

    return category_style(category).colour


def strip_accents(text: str) -> str:
    """``text`` without its accents (NFKD, combining marks dropped): "Éé" -> "Ee".

    The one accent-folding step: sorting, matching and slugs build on it.
    Case is kept; compose with ``casefold`` as each use needs.
    """
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Case- and accent-insensitive form used for filtering and matching names.

    ``fold("Équipement")`` == ``fold("equipement")``; œ/æ are expanded so that
    "coeur" finds "cœur".
    """
    return strip_accents(text).casefold().replace("œ", "oe").replace("æ", "ae").strip()


class Named(Protocol):
    """A participant as a model row, a read-model dataclass or a test double."""

    first_name: str
    last_name: str


def person_name(first_name: str | None, last_name: str | None) -> str:
    """"Prénom Nom", either part possibly missing: how a person is named everywhere."""
    return " ".join(x for x in (first_name, last_name) if x).strip()


def participant_label(p: Named, *, structure: bool = False) -> str:
    """A participant's name; with ``structure``, a nameless one is named by their structure."""
    name = person_name(p.first_name, p.last_name)
    if not name and structure:
        return getattr(p, "structure", "") or ""
    return name
