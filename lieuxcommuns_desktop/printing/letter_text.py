"""The words of the *lettre de suivi*, shared by its PDF and its HTML.

Both formats show the same sentences (what changed, each indicator against its
target, the next milestones), so they are written once here as plain text;
each writer escapes them for its own format.
"""

from __future__ import annotations

import datetime as dt

from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.labels import label
from ..core.services.experiments_views import (
    IndicatorView,
    Letter,
    LetterItem,
    MilestoneView,
)
from .format import long_date

CTX = "printing"

T = {
    "title": QT_TRANSLATE_NOOP("printing", "Lettre de suivi des expérimentations"),
    "as_of": QT_TRANSLATE_NOOP("printing", "Situation au {date}"),
    "since": QT_TRANSLATE_NOOP("printing", "Changements depuis le {date}"),
    "all": QT_TRANSLATE_NOOP("printing", "Toutes les expérimentations"),
    "none_since": QT_TRANSLATE_NOOP(
        "printing", "Aucune expérimentation n'a changé depuis le {date}."),
    "none": QT_TRANSLATE_NOOP("printing", "Aucune expérimentation n'est suivie dans ce carnet."),
    "lead": QT_TRANSLATE_NOOP("printing", "Portée par"),
    "partners": QT_TRANSLATE_NOOP("printing", "Partenaires"),
    "tool": QT_TRANSLATE_NOOP("printing", "Outil testé"),
    "status": QT_TRANSLATE_NOOP("printing", "Statut"),
    "ressource": QT_TRANSLATE_NOOP("printing", "Ressource"),
    "changes": QT_TRANSLATE_NOOP("printing", "Ce qui a changé"),
    "history": QT_TRANSLATE_NOOP("printing", "Historique"),
    "no_change": QT_TRANSLATE_NOOP("printing", "Pas de changement de statut ni d'entrée "
                                               "au journal."),
    "indicators": QT_TRANSLATE_NOOP("printing", "Indicateurs"),
    "indicator": QT_TRANSLATE_NOOP("printing", "Indicateur"),
    "last": QT_TRANSLATE_NOOP("printing", "Dernière mesure"),
    "target": QT_TRANSLATE_NOOP("printing", "Cible"),
    "progress": QT_TRANSLATE_NOOP("printing", "Avancement"),
    "next": QT_TRANSLATE_NOOP("printing", "Prochains jalons"),
    "no_next": QT_TRANSLATE_NOOP("printing", "Aucun jalon à venir."),
    "lessons": QT_TRANSLATE_NOOP("printing", "Enseignements"),
    "origin": QT_TRANSLATE_NOOP("printing", "Née de l'atelier « {atelier} »"),
    "origin_removed": QT_TRANSLATE_NOOP(
        "printing", "Née de l'atelier « {atelier} » (note d'origine supprimée depuis)"),
    "unknown": QT_TRANSLATE_NOOP("printing", "—"),
}

_TRANSITION = QT_TRANSLATE_NOOP("printing", "{date} : {before} → {after}")
_TRANSITION_FIRST = QT_TRANSLATE_NOOP("printing", "{date} : {after}")
_MEASURES = QT_TRANSLATE_NOOP("printing", "Nouvelles mesures : {measures}")
_DONE = QT_TRANSLATE_NOOP("printing", "Jalon atteint : {title}")
_LOG = QT_TRANSLATE_NOOP("printing", "{date} : {entry}")
_MILESTONE = QT_TRANSLATE_NOOP("printing", "{date} : {title}")
_VALUE = QT_TRANSLATE_NOOP("printing", "{value} le {date}")
_NO_VALUE = QT_TRANSLATE_NOOP("printing", "pas encore mesuré")


def t(key: str, **params: object) -> str:
    return tr(CTX, T[key], **params)


def number(value: float | None, unit: str = "") -> str:
    """12.5 -> "12,5", 1200.0 -> "1 200" (thin space), with the unit after."""
    if value is None:
        return t("unknown")
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    text = text.replace(",", "\u202f").replace(".", ",")
    return f"{text}\u00a0{unit}".strip() if unit else text


def heading(letter: Letter) -> list[str]:
    """The lines under the title: programme, as-of date, scope."""
    lines = [letter.programme] if letter.programme else []
    lines.append(t("as_of", date=long_date(letter.today)))
    lines.append(t("since", date=long_date(letter.since)) if letter.since else t("all"))
    return lines


def empty(letter: Letter) -> str:
    return t("none_since", date=long_date(letter.since)) if letter.since else t("none")


def facts(item: LetterItem) -> list[tuple[str, str]]:
    """(label, value) pairs describing the experiment."""
    p = item.page
    rows = [(t("status"), label(p.status)), (t("lead"), p.lead or t("unknown"))]
    if p.partners:
        rows.append((t("partners"), ", ".join(p.partners)))
    rows.append((t("tool"), " — ".join(x for x in (p.tool_kind, p.tool_tested) if x)
                 or t("unknown")))
    if p.ressource:
        rows.append((t("ressource"), p.ressource))
    return rows


def origin_line(item: LetterItem) -> str:
    for origin in item.page.origins:
        key = "origin_removed" if origin.removed else "origin"
        return t(key, atelier=origin.atelier_title)
    return ""


def changes(item: LetterItem) -> list[str]:
    """Status moves and log entries in date order, then new measures and milestones reached."""
    dated: list[tuple[dt.date, int, str]] = []
    for n, move in enumerate(item.transitions):
        if move.from_status is None:
            text = tr(CTX, _TRANSITION_FIRST, date=_short(move.date), after=label(move.to_status))
        else:
            text = tr(CTX, _TRANSITION, date=_short(move.date), before=label(move.from_status),
                      after=label(move.to_status))
        dated.append((move.date, n, f"{text} — {move.reason}" if move.reason else text))
    dated += [(e.date, len(dated) + n, tr(CTX, _LOG, date=_short(e.date), entry=e.text))
              for n, e in enumerate(item.log)]
    lines = [text for _day, _n, text in sorted(dated)]
    if item.new_measures:
        lines.append(tr(CTX, _MEASURES, measures=item.new_measures))
    lines += [tr(CTX, _DONE, title=m.title) for m in item.done_milestones]
    return lines


def indicator_row(indicator: IndicatorView) -> tuple[str, str, str, str]:
    """Name, last value (with its date), target, progress from baseline to target."""
    last = indicator.last
    shown = (tr(CTX, _VALUE, value=number(last.value, indicator.unit), date=_short(last.date))
             if last else tr(CTX, _NO_VALUE))
    progress = indicator.progress
    share = f"{round(progress * 100)}\u00a0%" if progress is not None else t("unknown")
    return (indicator.name, shown, number(indicator.target, indicator.unit), share)


def milestone_line(milestone: MilestoneView) -> str:
    when = _short(milestone.due_date) if milestone.due_date else t("unknown")
    return tr(CTX, _MILESTONE, date=when, title=milestone.title)


def _short(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else t("unknown")
