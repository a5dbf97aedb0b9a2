"""Translation hook for the Qt-free layers.

Core, the CLI and the printer must speak the user's language without importing
Qt at module level. Their strings are marked with ``QT_TRANSLATE_NOOP`` (the
marker ``pyside6-lupdate`` extracts into ``resources/i18n/*.ts``) and rendered
with :func:`tr`, which calls whatever translator the entry point installed:
``QCoreApplication.translate`` in the GUI and the CLI, the identity (French, the
source language) when nothing was installed, e.g. in core's unit tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Translator = Callable[[str, str], str]
#: ``(context, text, n) -> text`` with ``%n`` filled: Qt's numerus lookup.
PluralTranslator = Callable[[str, str, int], str]

_translator: Translator = lambda context, text: text  # noqa: E731
_plural: PluralTranslator | None = None
#: French plural marks of a source text: "personne(s) venue(s)", "journa(l|ux)".
_FRENCH_MARKS = re.compile(r"\((s|x|es)\)|\(([^()|]*)\|([^()|]*)\)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction under ``context``; returns it unchanged."""
    return text


def set_translator(translator: Translator, plural: PluralTranslator | None = None) -> None:
    """Install the entry point's translator; ``plural`` handles ``%n`` messages."""
    global _translator, _plural
    _translator = translator
    _plural = plural


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1,
              **params: object) -> str:
    """A plural message: ``translate("printing", "%n note(s)", None, count)``.

    Same signature as ``QCoreApplication.translate`` so ``pyside6-lupdate`` files
    the call as a *numerus* entry of the ``.ts`` (one form per plural form of
    the target language). French, the source language, has no catalogue: its
    marks are resolved here — "(s)", "(x)", "(es)" and "(singular|plural)" —
    with French's rule (0 and 1 are singular).
    """
    result = _plural(context, text, n) if _plural is not None else text
    result = result.replace("%n", str(n))
    result = _FRENCH_MARKS.sub(lambda m: _french_form(m, n), result)
    return result.format(**params) if params else result


def french_plural(text: str, n: int) -> str:
    """``text`` with its French plural marks resolved for ``n`` (``%n`` left as is)."""
    return _FRENCH_MARKS.sub(lambda m: _french_form(m, n), text)


def _french_form(match: re.Match[str], n: int) -> str:
    plural = abs(n) >= 2
    if match.group(1) is not None:
        return match.group(1) if plural else ""
    return match.group(3) if plural else match.group(2)


def tr(context: str, text: str, **params: object) -> str:
    """Translate ``text`` (marked elsewhere) and fill ``{name}`` placeholders."""
    translated = _translator(context, text)
    return translated.format(**params) if params else translated
