"""Which language to speak, and the Qt translator that speaks it.

French is the source language of every string, so French needs no translator
at all and the CLI can answer without importing Qt. Other languages load the
compiled ``resources/i18n/lieuxcommuns_<lang>.qm``.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

from .core import i18n

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

log = logging.getLogger(__name__)

SUPPORTED = ("fr", "en")
DEFAULT = "fr"


def from_environment() -> str:
    """The CLI's language: ``LIEUXCOMMUNS_LANG``, else the locale, else French."""
    explicit = os.environ.get("LIEUXCOMMUNS_LANG", "").strip().lower()
    if explicit[:2] in SUPPORTED:
        return explicit[:2]
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "").strip().lower()
        if value[:2] in SUPPORTED:
            return value[:2]
    return DEFAULT


_installed: list[object] = []


def _french_plurals() -> QTranslator:
    """A translator that only resolves the plural marks of French source strings.

    French is the source language, so it has no catalogue; without one, Qt shows
    "1 atelier(s)". This translator answers the *plural* messages only (``n`` given),
    with French's rule (0 and 1 singular) as ``core.i18n.translate`` applies it in
    print; every other message falls through to the source text.
    """
    from PySide6.QtCore import QTranslator

    class FrenchPlurals(QTranslator):
        def translate(self, context: str, source: str, disambiguation: str | None = None,
                      n: int = -1) -> str:
            # Consulted last (installed before Qt's own catalogue), it answers the
            # source text itself when there is no count: returning None would cost
            # a reference to None per call on PySide6 6.12 (see ui/qt_compat.py).
            if n < 0 or "(" not in source:
                return source
            return i18n.french_plural(source, n)

        def isEmpty(self) -> bool:
            return False

    return FrenchPlurals()


def reset() -> None:
    """Remove every translator installed here: French source text, no plural help.

    Called before installing another language (a switch in the preferences) and
    by tests that install English for a while. With nothing installed yet, Qt
    is not imported: the French CLI stays Qt-free.
    """
    if _installed:
        from PySide6.QtCore import QCoreApplication, QTranslator

        for previous in [t for t in _installed if isinstance(t, QTranslator)]:
            QCoreApplication.removeTranslator(previous)
            _installed.remove(previous)
    i18n.set_translator(lambda context, text: text)


def forget() -> None:
    """Drop what was installed here without removing it from an application.

    For an application already shut down (the GUI replacing the bare
    ``QCoreApplication`` the CLI made): its translators went with it.
    """
    del _installed[:]


def install(lang: str) -> bool:
    """Install the Qt translator for ``lang``; True when strings will be translated."""
    if lang not in SUPPORTED:
        return False
    reset()
    if lang == DEFAULT:
        # No application without QtCore imported: French source text needs no Qt then.
        if "PySide6.QtCore" not in sys.modules:
            return False
        from PySide6.QtCore import QCoreApplication

        if QCoreApplication.instance() is None:
            return False
        plurals = _french_plurals()
        QCoreApplication.installTranslator(plurals)
        _installed.append(plurals)
        return False

    from PySide6.QtCore import QCoreApplication, QTranslator

    from .resources import resource

    if QCoreApplication.instance() is None:
        _installed.append(QCoreApplication([]))
    translator = QTranslator()
    qm = resource("i18n", f"lieuxcommuns_{lang}.qm")
    if not translator.load(str(qm)):
        log.warning("translation %s not found; run pyside6-lrelease", qm)
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    i18n.set_translator(
        lambda context, text: QCoreApplication.translate(context, text),
        lambda context, text, n: QCoreApplication.translate(context, text, None, n))
    return True
