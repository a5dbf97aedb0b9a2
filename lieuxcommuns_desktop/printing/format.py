"""Dates, times and durations written the French way (or the user's language)."""

from __future__ import annotations

import datetime as dt

from ..core.i18n import QT_TRANSLATE_NOOP, tr

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
