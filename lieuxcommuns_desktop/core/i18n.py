"""Translation hook for the Qt-free layers.

Core, the CLI and the printer must speak the user's language without importing
Qt at module level. Their strings are marked with ``QT_TRANSLATE_NOOP`` (the
marker ``pyside6-lupdate`` extracts into ``resources/i18n/*.ts``) and rendered
with :func:`tr`, which calls whatever translator the entry point installed:
``QCoreApplication.translate`` in the GUI and the CLI, the identity (French, the
source language) when nothing was installed, e.g. in core's unit tests.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

_translator: Translator = lambda context, text: text  # noqa: E731


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker name
    """Mark ``text`` for extraction under ``context``; returns it unchanged."""
    return text


def set_translator(translator: Translator) -> None:
    global _translator
    _translator = translator


def tr(context: str, text: str, **params: object) -> str:
    """Translate ``text`` (marked elsewhere) and fill ``{name}`` placeholders."""
    translated = _translator(context, text)
    return translated.format(**params) if params else translated
