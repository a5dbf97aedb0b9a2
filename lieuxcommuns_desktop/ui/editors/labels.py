"""Labels of the vocabularies the window's editors show.

The words are ``core.labels``' (one list for the window, the printer and the
CLI); the only editor-specific one is the agenda's "no tool", an em dash so the
tool column stays quiet. These wrappers accept a stored value or a member.
"""

from __future__ import annotations

from enum import Enum

from ...core import labels
from ...core.enums import AtelierStatus, Tool
from ...core.i18n import QT_TRANSLATE_NOOP, tr

#: An agenda step without a tool shows a dash, not "Aucun outil".
NO_TOOL = QT_TRANSLATE_NOOP("labels", "—")


def _label(enum: type[Enum], value: object) -> str:
    try:
        member = enum(value)
    except ValueError:
        return str(value)
    return labels.label(member)


def tool_label(value: object) -> str:
    if value == Tool.AUCUN:  # a StrEnum: the stored value compares equal too
        return tr(labels.CONTEXT, NO_TOOL)
    return _label(Tool, value)


def status_label(value: object) -> str:
    return _label(AtelierStatus, value)
