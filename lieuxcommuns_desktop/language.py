"""Which language to speak, and the Qt translator that speaks it.

French is the source language of every string, so French needs no translator
at all and the CLI can answer without importing Qt. Other languages load the
compiled ``resources/i18n/lieuxcommuns_<lang>.qm``.
"""

from __future__ import annotations

import logging
import os

from .core import i18n

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


def install(lang: str) -> bool:
    """Install the Qt translator for ``lang``; True when strings will be translated."""
    if lang == DEFAULT or lang not in SUPPORTED:
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
