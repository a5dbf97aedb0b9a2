"""French labels and print-safe colours of the matrices' vocabularies, Qt-free.

The matrices' views, the CSV export and the printer all show the same words
and colours, so they live here, marked for translation in context
``matrices`` and rendered with :func:`core.i18n.tr`. Colours are hex strings
(no Qt); every colour is always shown *with* its text, so a black-and-white
print still reads.
"""

from __future__ import annotations

from .enums import OSTROM_PRINCIPLES, MatrixVersion, ParticipationLevel, PrincipleStatus, Raci
from .i18n import QT_TRANSLATE_NOOP, tr
from .labels import strip_accents

CTX = "matrices"

ROLES = "roles"
DECISIONS = "decisions"

RACI_LABELS: dict[Raci, str] = {
    Raci.R: QT_TRANSLATE_NOOP("matrices", "réalise"),
    Raci.A: QT_TRANSLATE_NOOP("matrices", "rend compte"),
    Raci.C: QT_TRANSLATE_NOOP("matrices", "consulté"),
    Raci.I: QT_TRANSLATE_NOOP("matrices", "informé"),
}

#: Light tints with dark text, except A (the one that must stand out).
RACI_COLOURS: dict[Raci, tuple[str, str]] = {
    Raci.R: ("#f7c873", "#1a1a1a"),
    Raci.A: ("#b8410a", "#ffffff"),
    Raci.C: ("#a6d4f2", "#1a1a1a"),
    Raci.I: ("#e4e4e4", "#1a1a1a"),
}

LEVEL_LABELS: dict[ParticipationLevel, str] = {
    ParticipationLevel.NON_CONCERNE: QT_TRANSLATE_NOOP("matrices", "non concerné"),
    ParticipationLevel.INFORME: QT_TRANSLATE_NOOP("matrices", "informé"),
    ParticipationLevel.CONSULTE: QT_TRANSLATE_NOOP("matrices", "consulté"),
    ParticipationLevel.CONCERTE: QT_TRANSLATE_NOOP("matrices", "concerté"),
    ParticipationLevel.CO_DECIDE: QT_TRANSLATE_NOOP("matrices", "co-décide"),
    ParticipationLevel.DECIDE: QT_TRANSLATE_NOOP("matrices", "décide"),
}

#: A sequential blue scale (readable by colour-blind people), text colour last.
LEVEL_COLOURS: dict[ParticipationLevel, tuple[str, str]] = {
    ParticipationLevel.NON_CONCERNE: ("#f5f5f5", "#555555"),
    ParticipationLevel.INFORME: ("#deebf7", "#1a1a1a"),
    ParticipationLevel.CONSULTE: ("#c6dbef", "#1a1a1a"),
    ParticipationLevel.CONCERTE: ("#9ecae1", "#1a1a1a"),
    ParticipationLevel.CO_DECIDE: ("#4292c6", "#ffffff"),
    ParticipationLevel.DECIDE: ("#08519c", "#ffffff"),
}

VERSION_LABELS: dict[MatrixVersion, str] = {
    MatrixVersion.AUJOURDHUI: QT_TRANSLATE_NOOP("matrices", "aujourd'hui"),
    MatrixVersion.CIBLE: QT_TRANSLATE_NOOP("matrices", "cible"),
}

STATUS_LABELS: dict[PrincipleStatus, str] = {
    PrincipleStatus.ABSENT: QT_TRANSLATE_NOOP("matrices", "absent"),
    PrincipleStatus.EN_DISCUSSION: QT_TRANSLATE_NOOP("matrices", "en discussion"),
    PrincipleStatus.EN_PLACE: QT_TRANSLATE_NOOP("matrices", "en place"),
}

#: A symbol per status so that the grid reads without colour.
STATUS_SYMBOLS: dict[PrincipleStatus, str] = {
    PrincipleStatus.ABSENT: "✗",
    PrincipleStatus.EN_DISCUSSION: "◐",
    PrincipleStatus.EN_PLACE: "✓",
}

STATUS_COLOURS: dict[PrincipleStatus, tuple[str, str]] = {
    PrincipleStatus.ABSENT: ("#f3d6c6", "#1a1a1a"),
    PrincipleStatus.EN_DISCUSSION: ("#fbe9a6", "#1a1a1a"),
    PrincipleStatus.EN_PLACE: ("#b9e0c9", "#1a1a1a"),
}

PRINCIPLE_LABELS: dict[str, str] = {
    "clear_boundaries": QT_TRANSLATE_NOOP("matrices", "Des limites clairement définies"),
    "local_rules": QT_TRANSLATE_NOOP("matrices", "Des règles adaptées aux conditions locales"),
    "collective_choice": QT_TRANSLATE_NOOP("matrices", "Des choix collectifs"),
    "monitoring": QT_TRANSLATE_NOOP("matrices", "Une surveillance"),
    "graduated_sanctions": QT_TRANSLATE_NOOP("matrices", "Des sanctions graduées"),
    "conflict_resolution": QT_TRANSLATE_NOOP(
        "matrices", "Des mécanismes de résolution des conflits"),
    "right_to_organise": QT_TRANSLATE_NOOP("matrices", "La reconnaissance du droit à s'organiser"),
    "nested_enterprises": QT_TRANSLATE_NOOP("matrices", "Des niveaux imbriqués"),
}

PRINCIPLE_HINTS: dict[str, str] = {
    "clear_boundaries": QT_TRANSLATE_NOOP(
        "matrices", "Qui a droit à la ressource, et ce qu'elle recouvre, est connu de tous."),
    "local_rules": QT_TRANSLATE_NOOP(
        "matrices", "Les règles d'usage et de contribution tiennent compte du lieu et des gens."),
    "collective_choice": QT_TRANSLATE_NOOP(
        "matrices", "Les personnes concernées par les règles peuvent les modifier."),
    "monitoring": QT_TRANSLATE_NOOP(
        "matrices", "Le respect des règles est suivi par des personnes qui rendent compte."),
    "graduated_sanctions": QT_TRANSLATE_NOOP(
        "matrices", "Les manquements entraînent des réponses proportionnées."),
    "conflict_resolution": QT_TRANSLATE_NOOP(
        "matrices", "Les conflits se règlent vite, localement et à faible coût."),
    "right_to_organise": QT_TRANSLATE_NOOP(
        "matrices", "Les autorités reconnaissent le droit de la communauté à fixer ses règles."),
    "nested_enterprises": QT_TRANSLATE_NOOP(
        "matrices", "Les règles s'articulent avec les niveaux plus larges (commune, bassin…)."),
}

HEADERS = {
    ROLES: QT_TRANSLATE_NOOP("matrices", "Responsabilité"),
    DECISIONS: QT_TRANSLATE_NOOP("matrices", "Décision"),
}


def raci_label(value: Raci | str) -> str:
    return tr(CTX, RACI_LABELS[Raci(value)])


def level_label(value: ParticipationLevel | str) -> str:
    return tr(CTX, LEVEL_LABELS[ParticipationLevel(value)])


def version_label(value: MatrixVersion | str) -> str:
    return tr(CTX, VERSION_LABELS[MatrixVersion(value)])


def status_label(value: PrincipleStatus | str) -> str:
    return tr(CTX, STATUS_LABELS[PrincipleStatus(value)])


def principle_label(number: int) -> str:
    """The French name of Ostrom principle ``number`` (1..8)."""
    return tr(CTX, PRINCIPLE_LABELS[OSTROM_PRINCIPLES[number - 1]])


def principle_hint(number: int) -> str:
    return tr(CTX, PRINCIPLE_HINTS[OSTROM_PRINCIPLES[number - 1]])


def cell_text(matrix: str, value: str | None) -> str:
    """What a cell shows and what copy/CSV write: the RACI letter or the level's words."""
    if value is None or value == "":
        return ""
    return Raci(value).value if matrix == ROLES else level_label(value)


def _fold(text: str) -> str:
    plain = strip_accents(text.strip().casefold())
    return " ".join(plain.replace("-", " ").replace("·", " ").split())


def _spellings(matrix: str) -> dict[str, str]:
    """Every accepted spelling (folded) -> stored value, in French and the UI language."""
    table: dict[str, str] = {}
    if matrix == ROLES:
        for value in Raci:
            for text in (value.value, RACI_LABELS[value], tr(CTX, RACI_LABELS[value])):
                table[_fold(text)] = value.value
        return table
    for level in ParticipationLevel:
        for text in (LEVEL_LABELS[level], tr(CTX, LEVEL_LABELS[level])):
            words = _fold(text)
            for spelling in (words, words.replace(" ", ""), f"{level.value} {words}",
                             f"{level.value}{words}"):
                table[spelling] = level.value
        table[level.value] = level.value
    return table


_SPELLINGS: dict[tuple[str, str], dict[str, str]] = {}


def parse_cell(matrix: str, text: str) -> str | None:
    """Read a typed or pasted cell: a letter, a digit or the words, any case or accents.

    Returns the stored value, ``None`` for an empty cell; raises ``ValueError``
    for anything else.
    """
    folded = _fold(text)
    if not folded:
        return None
    # keyed by a translated label, so a language switch rebuilds the table
    key = (matrix, tr(CTX, LEVEL_LABELS[ParticipationLevel.DECIDE]))
    table = _SPELLINGS.get(key)
    if table is None:
        table = _SPELLINGS[key] = _spellings(matrix)
    for candidate in (folded, folded.replace(" ", "")):
        if candidate in table:
            return table[candidate]
    raise ValueError(text)


def allowed_values(matrix: str) -> str:
    """The values a cell accepts, for error messages."""
    if matrix == ROLES:
        return tr(CTX, QT_TRANSLATE_NOOP("matrices", "R, A, C, I ou vide"))
    return tr(CTX, QT_TRANSLATE_NOOP(
        "matrices", "0 à 5, ou non concerné, informé, consulté, concerté, co-décide, décide, "
        "ou vide"))
