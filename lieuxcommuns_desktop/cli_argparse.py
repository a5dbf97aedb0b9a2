"""argparse's own words in the user's language.

argparse looks its messages up through ``gettext`` at call time; the app
ships no gettext catalogues, so "usage:" or "the following arguments are
required" would stay English in a French help. :func:`install` routes those
look-ups through the app's Qt translations (French source, context
``argparse``), so usage errors are as readable as every other message.
"""

from __future__ import annotations

import argparse

from .core.i18n import QT_TRANSLATE_NOOP, tr

CTX = "argparse"

#: argparse's English message -> the French source we translate from.
MESSAGES: dict[str, str] = {
    "usage: ": QT_TRANSLATE_NOOP("argparse", "utilisation : "),
    "positional arguments": QT_TRANSLATE_NOOP("argparse", "arguments"),
    "options": QT_TRANSLATE_NOOP("argparse", "options"),
    "show this help message and exit": QT_TRANSLATE_NOOP(
        "argparse", "afficher cette aide et quitter"),
    "show program's version number and exit": QT_TRANSLATE_NOOP(
        "argparse", "afficher la version et quitter"),
    "the following arguments are required: %s": QT_TRANSLATE_NOOP(
        "argparse", "arguments obligatoires manquants : %s"),
    "unrecognized arguments: %s": QT_TRANSLATE_NOOP("argparse", "arguments inconnus : %s"),
    "argument %(argument_name)s: %(message)s": QT_TRANSLATE_NOOP(
        "argparse", "argument %(argument_name)s : %(message)s"),
    "invalid choice: %(value)r (choose from %(choices)s)": QT_TRANSLATE_NOOP(
        "argparse", "choix invalide : %(value)r (possibles : %(choices)s)"),
    "invalid %(type)s value: %(value)r": QT_TRANSLATE_NOOP(
        "argparse", "valeur invalide (%(type)s) : %(value)r"),
    "expected one argument": QT_TRANSLATE_NOOP("argparse", "une valeur est attendue"),
    "expected at least one argument": QT_TRANSLATE_NOOP(
        "argparse", "au moins une valeur est attendue"),
    "expected at most one argument": QT_TRANSLATE_NOOP(
        "argparse", "au plus une valeur est attendue"),
    "ambiguous option: %(option)s could match %(matches)s": QT_TRANSLATE_NOOP(
        "argparse", "option ambiguë : %(option)s peut désigner %(matches)s"),
    "not allowed with argument %s": QT_TRANSLATE_NOOP(
        "argparse", "incompatible avec l'argument %s"),
    "one of the arguments %s is required": QT_TRANSLATE_NOOP(
        "argparse", "l'un des arguments %s est obligatoire"),
}


def message(english: str) -> str:
    """argparse's ``english`` message in the user's language."""
    return _translate(english)


def _translate(message: str) -> str:
    source = MESSAGES.get(message)
    return tr(CTX, source) if source is not None else message


def install() -> None:
    """Make argparse ask us for its words (it reads ``argparse._`` at each call)."""
    argparse._ = _translate  # type: ignore[attr-defined]  # argparse's private gettext hook
