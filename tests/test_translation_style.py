"""One placeholder style in the translated strings, and Qt's plural forms for every count.

The rules, read from the translation source ``resources/i18n/lieuxcommuns_en.ts``
(every message lupdate found in the code, with its English):

1. **Named placeholders only.** A value goes into a message as ``{name}``, filled by
   ``str.format`` *after* translation (``self.tr("Carte {number}").format(number=2)``),
   in Qt code and Qt-free code alike. Qt's ``%1``…``%9`` (``.arg()``-style) and printf's
   ``%s``/``%d``/``%(name)s`` are not used: a name tells the translator what goes there,
   and one style means one way to fill a message.
   *Exempt:* the context ``argparse``, argparse's own messages (``%(prog)s: error: %s``)
   translated for the CLI; argparse fills them itself with ``%``, so they must keep its
   style.
2. **``%n`` is a count, and only a count.** It appears only in a *numerus* message
   (``tr(text, "", n)``, ``QCoreApplication.translate(ctx, text, None, n)``,
   ``core.i18n.translate(ctx, text, None, n, **params)``), and every numerus message shows
   it. Other values may sit beside it as ``{name}``.
3. **French plural marks belong to numerus messages.** ``(s)``, ``(x)``, ``(es)``,
   ``·e(s)`` and ``(singulier|pluriel)`` are resolved for the count by the French plural
   machinery (``language.FrenchPlurals``, ``core.i18n.translate``); in a message without a
   count they would be printed as typed ("1 atelier(s)").
4. **A count never hides in a named placeholder.** The names this code gives to counts —
   ``n``, ``count``, ``shown``, ``total``, and any name ending in ``_count`` or starting
   with ``n_`` — may appear only in a numerus message (as a second number beside its
   ``%n``, e.g. ``"{shown} sur %n acteur(s)"``). Numbers that are not counts of a noun
   are named for what they are: a position (``"Séquence {number} / {steps}"``,
   ``"page {number}/{pages}"``), a duration (``"Total : {duration}"``), a figure after a
   heading that stays plural whatever it is (``"Conflits : {conflicts}"``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "lieuxcommuns_en.ts"

#: argparse formats its own messages with ``%``: their placeholders must stay as argparse
#: writes them (see ``lieuxcommuns_desktop/cli_argparse.py``).
EXEMPT_CONTEXTS = {"argparse": "argparse fills its own messages with %-formatting"}

QT_STYLE = re.compile(r"%[1-9]")
PRINTF_STYLE = re.compile(r"%(?:\([A-Za-z_]+\))?[sdif]")
FRENCH_MARK = re.compile(r"\((?:s|x|es)\)|\([^()|]*\|[^()|]*\)")
NAMED = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::[^{}]*)?\}")
COUNT_NAMES = {"n", "count", "shown", "total"}


def _is_count_name(name: str) -> bool:
    return name in COUNT_NAMES or name.endswith("_count") or name.startswith("n_")


def _messages() -> list[tuple[str, str, bool, list[str]]]:
    """(context, source, numerus, translations) of every message of the English .ts."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            texts = ([form.text or "" for form in translation.iter("numerusform")] if numerus
                     else [translation.text or ""])
            found.append((name, message.findtext("source") or "", numerus, texts))
    return found


MESSAGES = _messages()


def _report(problems: list[str]) -> str:
    return f"{len(problems)} message(s):\n" + "\n".join(problems)


def test_the_rules_see_the_whole_catalogue() -> None:
    assert len(MESSAGES) > 500
    assert any(numerus for _c, _s, numerus, _t in MESSAGES)
    assert {context for context, *_ in MESSAGES} >= set(EXEMPT_CONTEXTS)


def test_no_positional_or_printf_placeholder() -> None:
    problems = [f"[{context}] {source!r}" for context, source, _numerus, texts in MESSAGES
                if context not in EXEMPT_CONTEXTS
                and any(QT_STYLE.search(text) or PRINTF_STYLE.search(text)
                        for text in (source, *texts))]
    assert not problems, _report(problems)


def test_percent_n_only_and_always_in_plural_messages() -> None:
    problems = []
    for context, source, numerus, texts in MESSAGES:
        if context in EXEMPT_CONTEXTS:
            continue
        if numerus and not all("%n" in text for text in (source, *texts)):
            problems.append(f"[{context}] plural without its %n: {source!r}")
        if not numerus and "%n" in source:
            problems.append(f"[{context}] %n in a message without a count: {source!r}")
    assert not problems, _report(problems)


def test_french_plural_marks_only_in_plural_messages() -> None:
    problems = [f"[{context}] {source!r}" for context, source, numerus, _texts in MESSAGES
                if not numerus and FRENCH_MARK.search(source)]
    assert not problems, _report(problems)


def test_no_count_in_a_named_placeholder_outside_plural_messages() -> None:
    problems = [f"[{context}] {{{name}}} in {source!r}"
                for context, source, numerus, _texts in MESSAGES if not numerus
                for name in NAMED.findall(source) if _is_count_name(name)]
    assert not problems, _report(problems)
