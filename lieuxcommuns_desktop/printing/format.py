"""Dates, times, durations and counts written the French way (or the user's language)."""

from __future__ import annotations

import datetime as dt

from ..core.i18n import QT_TRANSLATE_NOOP, tr, translate

CTX = "printing"

_MONTHS = (
    QT_TRANSLATE_NOOP("printing", "janvier"), QT_TRANSLATE_NOOP("printing", "février"),
    QT_TRANSLATE_NOOP("printing", "mars"), QT_TRANSLATE_NOOP("printing", "avril"),
    QT_TRANSLATE_NOOP("printing", "mai"), QT_TRANSLATE_NOOP("printing", "juin"),
    QT_TRANSLATE_NOOP("printing", "juillet"), QT_TRANSLATE_NOOP("printing", "août"),
    QT_TRANSLATE_NOOP("printing", "septembre"), QT_TRANSLATE_NOOP("printing", "octobre"),
    QT_TRANSLATE_NOOP("printing", "novembre"), QT_TRANSLATE_NOOP("printing", "décembre"),
)


def long_date(value: dt.date | None) -> str:
    if value is None:
        return tr(CTX, QT_TRANSLATE_NOOP("printing", "date à préciser"))
    return tr(CTX, QT_TRANSLATE_NOOP("printing", "{day} {month} {year}"),
              day=value.day, month=tr(CTX, _MONTHS[value.month - 1]), year=value.year)


def clock(value: dt.time | dt.datetime | None) -> str:
    if value is None:
        return "—"
    return tr(CTX, QT_TRANSLATE_NOOP("printing", "{h}h{m:02d}"), h=value.hour, m=value.minute)


def duration(minutes: int | None) -> str:
    if minutes is None:
        return "—"
    hours, mins = divmod(int(minutes), 60)
    if hours:
        return tr(CTX, QT_TRANSLATE_NOOP("printing", "{h} h {m:02d}"), h=hours, m=mins)
    return tr(CTX, QT_TRANSLATE_NOOP("printing", "{m} min"), m=mins)


def attendance_sentence(present: int, invited: int, walk_ins: int) -> str:
    """"12 personnes présentes sur 15 inscrites, dont 1 personne venue sans inscription."

    Each count agrees with its noun (the plural forms of the ``.ts``), in the
    printed minutes and in the blog's alike.
    """
    return tr(CTX, QT_TRANSLATE_NOOP("printing", "{present} sur {invited}, dont {walk_ins}."),
              present=translate("printing", "%n personne(s) présente(s)", None, present),
              invited=translate("printing", "%n inscrite(s)", None, invited),
              walk_ins=translate("printing", "%n personne(s) venue(s) sans inscription", None,
                                 walk_ins))
