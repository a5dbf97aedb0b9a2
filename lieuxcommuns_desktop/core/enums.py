"""Closed vocabularies of the domain (PRODUCT.md, "Built-in frameworks").

Values are stable ASCII identifiers stored in the file and in JSON; the French
labels shown to people live in the UI layer (translated) and in ``labels.py``
for the Qt-free printer and CLI.
"""

from __future__ import annotations

from enum import StrEnum


class Circle(StrEnum):
    """How a collectivité takes part in the programme."""

    PARTICIPANTE = "participante"
    SECOND_CERCLE = "second_cercle"


class ExpeditionRole(StrEnum):
    """A collectivité's role on one expedition (*thématique*) it joined."""

    PILOTE = "pilote"
    PARTICIPANTE = "participante"
    SECOND_CERCLE = "second_cercle"


class PhaseKind(StrEnum):
    """The two periods of the programme (PRODUCT.md, "Phase")."""

    PARCOURS_APPRENANT = "parcours_apprenant"
    MISE_EN_TEST = "mise_en_test"


class ResourceKind(StrEnum):
    EQUIPEMENT = "equipement"
    ESPACE_NATUREL = "espace_naturel"
    EAU = "eau"
    FONCIER_BATIMENT = "foncier_batiment"
    SERVICE = "service"
    AUTRE = "autre"


class AtelierStatus(StrEnum):
    BROUILLON = "brouillon"
    PRET = "pret"
    EN_COURS = "en_cours"
    TERMINE = "termine"
    ANNULE = "annule"


class Tool(StrEnum):
    """The tool a séquence uses; live mode opens it in one click."""

    AUCUN = "aucun"
    CARTE = "carte"
    ROLES = "roles"
    DECISIONS = "decisions"
    COMMUNS = "communs"
    NOTES = "notes"
    EVALUATION = "evaluation"


class ActeurCategory(StrEnum):
    """Stakeholder categories, in the order of PRODUCT.md."""

    COLLECTIVITE = "collectivite"
    SERVICES_PUBLICS = "services_publics"
    HABITANTS = "habitants"
    ASSOCIATIONS = "associations"
    ECONOMIQUES = "economiques"
    FINANCEURS = "financeurs"
    EXPERTS = "experts"
    AUTRES = "autres"


class MapLayout(StrEnum):
    ONION = "onion"
    POWER_INTEREST = "power_interest"
    FREE = "free"


class RelationKind(StrEnum):
    COOPERATION = "cooperation"
    FINANCEMENT = "financement"
    CONFLIT = "conflit"
    INFORMATION = "information"
    CONVENTION = "convention"


class Raci(StrEnum):
    R = "R"
    A = "A"
    C = "C"
    I = "I"  # noqa: E741 - the letter is the RACI vocabulary


class ParticipationLevel(StrEnum):
    """Arnstein-style scale; the digit is the keyboard shortcut and the order."""

    NON_CONCERNE = "0"
    INFORME = "1"
    CONSULTE = "2"
    CONCERTE = "3"
    CO_DECIDE = "4"
    DECIDE = "5"

    @property
    def rank(self) -> int:
        return int(self.value)


class MatrixVersion(StrEnum):
    AUJOURDHUI = "aujourdhui"
    CIBLE = "cible"


class PrincipleStatus(StrEnum):
    ABSENT = "absent"
    EN_DISCUSSION = "en_discussion"
    EN_PLACE = "en_place"


class NoteKind(StrEnum):
    NOTE = "note"
    IDEE = "idee"
    QUESTION = "question"
    DECISION = "decision"
    ACTION = "action"
    VIGILANCE = "vigilance"


class QuestionKind(StrEnum):
    SCALE5 = "scale5"
    OPEN = "open"


class ExperimentationStatus(StrEnum):
    """envisagée → en préparation → en cours → évaluée → essaimée, or abandonnée.

    ``SUSPENDUE`` and ``TERMINEE`` are schema 2's statuses, kept only so that
    older files and documents still decode: migration 0005 and the interchange
    upgrade map them to *en cours* (with a transition noted) and *évaluée*.
    """

    ENVISAGEE = "envisagee"
    EN_PREPARATION = "en_preparation"
    EN_COURS = "en_cours"
    EVALUEE = "evaluee"
    ESSAIMEE = "essaimee"
    ABANDONNEE = "abandonnee"
    SUSPENDUE = "suspendue"
    TERMINEE = "terminee"


#: Statuses an experiment can be given today (the legacy two excluded), in order.
EXPERIMENT_STATUSES: tuple[ExperimentationStatus, ...] = (
    ExperimentationStatus.ENVISAGEE,
    ExperimentationStatus.EN_PREPARATION,
    ExperimentationStatus.EN_COURS,
    ExperimentationStatus.EVALUEE,
    ExperimentationStatus.ESSAIMEE,
    ExperimentationStatus.ABANDONNEE,
)


class OriginKind(StrEnum):
    """What an experiment came from: a note of the room or a row of the decision matrix."""

    NOTE = "note"
    DECISION = "decision"


class AtelierLinkRole(StrEnum):
    """An atelier where the experiment was born, or where it was reviewed later."""

    ORIGINE = "origine"
    REVUE = "revue"


#: Ostrom's eight design principles, in their canonical order (1..8).
OSTROM_PRINCIPLES: tuple[str, ...] = (
    "clear_boundaries",
    "local_rules",
    "collective_choice",
    "monitoring",
    "graduated_sanctions",
    "conflict_resolution",
    "right_to_organise",
    "nested_enterprises",
)


class PhotoTimeSource(StrEnum):
    """Where a photo's time came from (``core.photos.decode.TimeSource``), or typed."""

    EXIF_OFFSET = "exif_offset"
    EXIF_LOCAL = "exif_local"
    FILE_TIME = "file_time"


class VoteSource(StrEnum):
    """Where a dot-vote option came from (*idée*, *décision*, *principe*, typed)."""

    IDEE = "idee"
    DECISION = "decision"
    PRINCIPE = "principe"
    SAISIE = "saisie"
