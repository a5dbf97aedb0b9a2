"""French labels (translated) of the vocabularies the window's editors show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.enums import AtelierStatus, Tool
from ...core.i18n import QT_TRANSLATE_NOOP

CTX = "labels"

TOOL = {
    Tool.AUCUN: QT_TRANSLATE_NOOP("labels", "—"),
    Tool.CARTE: QT_TRANSLATE_NOOP("labels", "Carte des acteurs"),
    Tool.ROLES: QT_TRANSLATE_NOOP("labels", "Matrice des rôles"),
    Tool.DECISIONS: QT_TRANSLATE_NOOP("labels", "Matrice de décision"),
    Tool.COMMUNS: QT_TRANSLATE_NOOP("labels", "Grille des communs"),
    Tool.NOTES: QT_TRANSLATE_NOOP("labels", "Notes"),
    Tool.EVALUATION: QT_TRANSLATE_NOOP("labels", "Évaluation"),
}

STATUS = {
    AtelierStatus.BROUILLON: QT_TRANSLATE_NOOP("labels", "Brouillon"),
    AtelierStatus.PRET: QT_TRANSLATE_NOOP("labels", "Prêt"),
    AtelierStatus.EN_COURS: QT_TRANSLATE_NOOP("labels", "En cours"),
    AtelierStatus.TERMINE: QT_TRANSLATE_NOOP("labels", "Terminé"),
    AtelierStatus.ANNULE: QT_TRANSLATE_NOOP("labels", "Annulé"),
}


def label(table: dict, value: object) -> str:
    try:
        key = type(next(iter(table)))(value)
    except (ValueError, StopIteration):
        return str(value)
    return QCoreApplication.translate(CTX, table.get(key, str(value)))


def tool_label(value: object) -> str:
    return label(TOOL, value)


def status_label(value: object) -> str:
    return label(STATUS, value)
