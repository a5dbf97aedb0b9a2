"""French labels of the vocabularies (placeholder in the printing branch;
the tables branch provides the full module with the same API)."""

from __future__ import annotations

from enum import Enum

from .i18n import QT_TRANSLATE_NOOP, tr

_LABELS = {
    ("ActeurCategory", "collectivite"): QT_TRANSLATE_NOOP("labels", "Collectivité"),
    ("ActeurCategory", "services_publics"): QT_TRANSLATE_NOOP(
        "labels", "Services publics & institutions"),
    ("ActeurCategory", "habitants"): QT_TRANSLATE_NOOP("labels", "Habitants & usagers"),
    ("ActeurCategory", "associations"): QT_TRANSLATE_NOOP("labels", "Associations & collectifs"),
    ("ActeurCategory", "economiques"): QT_TRANSLATE_NOOP("labels", "Acteurs économiques"),
    ("ActeurCategory", "financeurs"): QT_TRANSLATE_NOOP("labels", "Financeurs"),
    ("ActeurCategory", "experts"): QT_TRANSLATE_NOOP("labels", "Experts & tiers"),
    ("ActeurCategory", "autres"): QT_TRANSLATE_NOOP("labels", "Autres"),
    ("NoteKind", "note"): QT_TRANSLATE_NOOP("labels", "Note"),
    ("NoteKind", "idee"): QT_TRANSLATE_NOOP("labels", "Idée"),
    ("NoteKind", "question"): QT_TRANSLATE_NOOP("labels", "Question"),
    ("NoteKind", "decision"): QT_TRANSLATE_NOOP("labels", "Décision"),
    ("NoteKind", "action"): QT_TRANSLATE_NOOP("labels", "Action"),
    ("NoteKind", "vigilance"): QT_TRANSLATE_NOOP("labels", "Point de vigilance"),
    ("ParticipationLevel", "0"): QT_TRANSLATE_NOOP("labels", "non concerné"),
    ("ParticipationLevel", "1"): QT_TRANSLATE_NOOP("labels", "informé"),
    ("ParticipationLevel", "2"): QT_TRANSLATE_NOOP("labels", "consulté"),
    ("ParticipationLevel", "3"): QT_TRANSLATE_NOOP("labels", "concerté"),
    ("ParticipationLevel", "4"): QT_TRANSLATE_NOOP("labels", "co-décide"),
    ("ParticipationLevel", "5"): QT_TRANSLATE_NOOP("labels", "décide"),
    ("PrincipleStatus", "absent"): QT_TRANSLATE_NOOP("labels", "absent"),
    ("PrincipleStatus", "en_discussion"): QT_TRANSLATE_NOOP("labels", "en discussion"),
    ("PrincipleStatus", "en_place"): QT_TRANSLATE_NOOP("labels", "en place"),
}


def label(member: Enum) -> str:
    return tr("labels", _LABELS.get((type(member).__name__, member.value), str(member.value)))
