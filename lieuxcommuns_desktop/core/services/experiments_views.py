"""Read models of experiments: the page, the comparison, the follow-up letter.

Plain frozen dataclasses built in one short session, so the window, the
printer and the HTML writer never query the database themselves and always
agree (same names, same "origin removed" state, same progress figures).
Queries are per table, not per experiment, so a notebook of 200 experiments
with thousands of measures is read in a handful of statements.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..enums import AtelierLinkRole, ExperimentationStatus, OriginKind
from ..model import (
    Collectivite,
    Experimentation,
    ExperimentationAtelier,
    ExperimentationLog,
    ExperimentationOrigin,
    ExperimentationPartner,
    Indicator,
    IndicatorValue,
    Milestone,
    Programme,
    Ressource,
    StatusTransition,
    ToolKind,
)
from .notebook import Notebook


@dataclass(frozen=True)
class OriginView:
    kind: OriginKind
    text: str
    atelier_title: str
    #: The note or decision was deleted since: only the copied text remains.
    removed: bool


@dataclass(frozen=True)
class AtelierLinkView:
    atelier_id: str | None
    title: str
    date: dt.date | None
    role: AtelierLinkRole
    removed: bool


class Measure(NamedTuple):
    """One measure (a named tuple: thousands are read at once)."""

    id: str
    date: dt.date
    value: float
    comment: str


@dataclass(frozen=True)
class IndicatorView:
    id: str
    name: str
    unit: str
    baseline: float | None
    target: float | None
    values: tuple[Measure, ...]

    @property
    def last(self) -> Measure | None:
        return self.values[-1] if self.values else None

    @property
    def progress(self) -> float | None:
        """Share of the way from baseline to target reached by the last value (may exceed 1)."""
        last = self.last
        if last is None or self.target is None:
            return None
        start = self.baseline if self.baseline is not None else 0.0
        if self.target == start:
            return None
        return (last.value - start) / (self.target - start)


@dataclass(frozen=True)
class MilestoneView:
    id: str
    title: str
    due_date: dt.date | None
    done: bool


@dataclass(frozen=True)
class TransitionView:
    date: dt.date
    from_status: ExperimentationStatus | None
    to_status: ExperimentationStatus
    reason: str


@dataclass(frozen=True)
class LogEntry:
    date: dt.date
    text: str


@dataclass(frozen=True)
class ExperimentPage:
    id: str
    title: str
    status: ExperimentationStatus
    lead: str
    lead_id: str | None
    partners: tuple[str, ...]
    partner_ids: frozenset[str]
    tool_kind: str
    tool_kind_id: str | None
    tool_tested: str
    ressource: str
    hypothesis: str
    description: str
    lessons: str
    start_date: dt.date | None
    end_date: dt.date | None
    modified_at: dt.datetime
    origins: tuple[OriginView, ...]
    ateliers: tuple[AtelierLinkView, ...]
    indicators: tuple[IndicatorView, ...]
    milestones: tuple[MilestoneView, ...]
    transitions: tuple[TransitionView, ...]
    log: tuple[LogEntry, ...]

    def duration_days(self, today: dt.date) -> int | None:
        """Days from the start to the end (or today while not over)."""
        if self.start_date is None:
            return None
        end = self.end_date if self.end_date and self.end_date <= today else today
        return max(0, (end - self.start_date).days)

    @property
    def lesson(self) -> str:
        """The lessons field, else the reason of the last transition that gave one."""
        if self.lessons.strip():
            return self.lessons.strip()
        return next((t.reason for t in reversed(self.transitions) if t.reason.strip()), "")

    def next_milestones(self, limit: int = 3) -> tuple[MilestoneView, ...]:
        todo = [m for m in self.milestones if not m.done]
        todo.sort(key=lambda m: (m.due_date is None, m.due_date or dt.date.max, m.title))
        return tuple(todo[:limit])


def _group(rows: Iterable[Any], key: str) -> dict[str, list[Any]]:
    grouped: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[getattr(row, key)].append(row)
    return grouped


def _pages(session: Session, ids: list[str] | None = None, *,
           last_only: bool = False) -> list[ExperimentPage]:
    """Every experiment (or those of ``ids``) with everything the page shows.

    ``last_only``: each indicator carries only its last measure (what the
    follow-up letter prints), read by the database instead of 48 000 rows.
    """
    query = select(Experimentation).order_by(Experimentation.title, Experimentation.id)
    if ids is not None:
        query = query.where(Experimentation.id.in_(ids))
    exps = list(session.scalars(query))
    wanted = [e.id for e in exps]

    def children(entity: Any, *order: Any) -> Any:  # a model class, its columns
        return _group(session.scalars(select(entity).where(
            entity.experimentation_id.in_(wanted)).order_by(*order)), "experimentation_id")

    names = dict(session.execute(select(Collectivite.id, Collectivite.name)).all())
    kinds = dict(session.execute(select(ToolKind.id, ToolKind.name)).all())
    ressources = dict(session.execute(select(Ressource.id, Ressource.name)).all())
    partners = children(ExperimentationPartner)
    origins = children(ExperimentationOrigin, ExperimentationOrigin.id)
    ateliers = children(ExperimentationAtelier, ExperimentationAtelier.atelier_date,
                        ExperimentationAtelier.id)
    indicators = children(Indicator, Indicator.position, Indicator.name)
    milestones = children(Milestone, Milestone.position, Milestone.due_date)
    transitions = children(StatusTransition, StatusTransition.date,
                           StatusTransition.modified_at)
    logs = children(ExperimentationLog, ExperimentationLog.date)
    indicator_ids = [i.id for rows in indicators.values() for i in rows]
    # Measures are the bulk (thousands): plain rows, no ORM objects.
    values: dict[str, list[Measure]] = defaultdict(list)
    columns = (IndicatorValue.id, IndicatorValue.indicator_id, IndicatorValue.date,
               IndicatorValue.value, IndicatorValue.comment)
    if last_only:
        rank = func.row_number().over(partition_by=IndicatorValue.indicator_id,
                                      order_by=(IndicatorValue.date.desc(),
                                                IndicatorValue.id.desc())).label("rank")
        ranked = select(*columns, rank).where(
            IndicatorValue.indicator_id.in_(indicator_ids)).subquery()
        measured: Any = select(ranked.c.id, ranked.c.indicator_id, ranked.c.date,
                               ranked.c.value, ranked.c.comment).where(ranked.c.rank == 1)
    else:
        measured = select(*columns).where(IndicatorValue.indicator_id.in_(indicator_ids)) \
            .order_by(IndicatorValue.date, IndicatorValue.id)
    for value_id, indicator_id, day, value, comment in session.execute(measured):
        values[indicator_id].append(Measure(value_id, day, value, comment))
    return [ExperimentPage(
        id=e.id, title=e.title, status=e.status,
        lead=names.get(e.collectivite_id or "", ""), lead_id=e.collectivite_id,
        partners=tuple(sorted(names.get(p.collectivite_id, "") for p in partners[e.id])),
        partner_ids=frozenset(p.collectivite_id for p in partners[e.id]),
        tool_kind=kinds.get(e.tool_kind_id or "", ""), tool_kind_id=e.tool_kind_id,
        tool_tested=e.tool_tested, ressource=ressources.get(e.ressource_id or "", ""),
        hypothesis=e.hypothesis, description=e.description, lessons=e.lessons,
        start_date=e.start_date, end_date=e.end_date, modified_at=e.modified_at,
        origins=tuple(OriginView(o.kind, o.text, o.atelier_title,
                                 o.note_id is None and o.decision_id is None)
                      for o in origins[e.id]),
        ateliers=tuple(AtelierLinkView(a.atelier_id, a.atelier_title, a.atelier_date, a.role,
                                       a.atelier_id is None) for a in ateliers[e.id]),
        indicators=tuple(IndicatorView(
            i.id, i.name, i.unit, i.baseline, i.target,
            tuple(values[i.id]))
            for i in indicators[e.id]),
        milestones=tuple(MilestoneView(m.id, m.title, m.due_date, m.done)
                         for m in milestones[e.id]),
        transitions=tuple(TransitionView(t.date, t.from_status, t.to_status, t.reason)
                          for t in transitions[e.id]),
        log=tuple(LogEntry(entry.date, entry.text) for entry in logs[e.id]),
    ) for e in exps]


def page(nb: Notebook, experimentation_id: str) -> ExperimentPage | None:
    """One experiment's page, or None when it no longer exists."""
    with nb.read() as session:
        found = _pages(session, [experimentation_id])
    return found[0] if found else None


def all_pages(nb: Notebook) -> list[ExperimentPage]:
    with nb.read() as session:
        return _pages(session)


# -- comparison -------------------------------------------------------------------------
@dataclass(frozen=True)
class ToolKindRef:
    id: str
    name: str
    count: int


def tool_kinds(nb: Notebook) -> list[ToolKindRef]:
    """The kinds of tool in their order, with how many experiments test each."""
    with nb.read() as session:
        kinds = list(session.scalars(select(ToolKind).order_by(ToolKind.position,
                                                                ToolKind.name)))
        used: defaultdict[str | None, int] = defaultdict(int)
        for kind_id in session.scalars(select(Experimentation.tool_kind_id)):
            used[kind_id] += 1
    return [ToolKindRef(k.id, k.name, used[k.id]) for k in kinds]


@dataclass(frozen=True)
class ComparisonRow:
    page: ExperimentPage
    duration_days: int | None
    lesson: str


def compare(nb: Notebook, tool_kind_id: str, *, today: dt.date | None = None
            ) -> list[ComparisonRow]:
    """Experiments testing one kind of tool, side by side across collectivités."""
    today = today or dt.date.today()
    with nb.read() as session:
        ids = list(session.scalars(select(Experimentation.id).where(
            Experimentation.tool_kind_id == tool_kind_id)))
        pages = _pages(session, ids)
    pages.sort(key=lambda p: (p.lead.casefold(), p.title.casefold()))
    return [ComparisonRow(p, p.duration_days(today), p.lesson) for p in pages]


# -- the follow-up letter (*lettre de suivi*) ------------------------------------------------
@dataclass(frozen=True)
class LetterItem:
    """One experiment in the letter: what changed since the date, indicators, what comes next.

    Its page's indicators carry only their last measure: the letter prints that one
    and its progress, and counts the new ones (``new_measures``).
    """

    page: ExperimentPage
    transitions: tuple[TransitionView, ...]
    log: tuple[LogEntry, ...]
    new_measures: int
    done_milestones: tuple[MilestoneView, ...]
    next_milestones: tuple[MilestoneView, ...]


@dataclass(frozen=True)
class Letter:
    programme: str
    licence: str
    since: dt.date | None
    today: dt.date
    items: tuple[LetterItem, ...] = field(default_factory=tuple)


def letter(nb: Notebook, *, since: dt.date | None = None, today: dt.date | None = None
           ) -> Letter:
    """Every experiment, or those changed on or after ``since`` (status, log, measures, form)."""
    today = today or dt.date.today()
    with nb.read() as session:
        programme = session.scalars(select(Programme)).first()
        pages = _pages(session, last_only=True)
        # New measures per experiment, counted by the database (all of them without a date).
        counted = select(Indicator.experimentation_id, func.count()).join(
            IndicatorValue, IndicatorValue.indicator_id == Indicator.id)
        if since is not None:
            counted = counted.where(IndicatorValue.date >= since)
        new_measures: dict[str, int] = {
            exp_id: count for exp_id, count in session.execute(
                counted.group_by(Indicator.experimentation_id))}
        done_since = set()
        if since is not None:
            start = dt.datetime.combine(since, dt.time())
            done_since = set(session.scalars(select(Milestone.id).where(
                Milestone.done.is_(True), Milestone.modified_at >= start)))
    items = []
    for p in pages:
        transitions = tuple(t for t in p.transitions if since is None or t.date >= since)
        log = tuple(e for e in p.log if since is None or e.date >= since)
        measures = new_measures.get(p.id, 0)
        done = tuple(m for m in p.milestones if m.done and (since is None or m.id in done_since))
        edited = since is not None and p.modified_at.date() >= since
        if since is not None and not (transitions or log or measures or done or edited):
            continue
        items.append(LetterItem(p, transitions, log, measures, done, p.next_milestones()))
    items.sort(key=lambda i: (i.page.lead.casefold(), i.page.title.casefold()))
    return Letter(programme.title if programme else "", programme.licence if programme else "",
                  since, today, tuple(items))


# -- an atelier's experiments (minutes, kit) ----------------------------------------------------
@dataclass(frozen=True)
class AtelierExperiment:
    title: str
    status: ExperimentationStatus
    lead: str
    role: AtelierLinkRole


def for_atelier(nb: Notebook, atelier_id: str) -> list[AtelierExperiment]:
    """Experiments born in (origin) or reviewed at the atelier, origins first."""
    with nb.read() as session:
        rows = session.execute(
            select(Experimentation.title, Experimentation.status, Collectivite.name,
                   ExperimentationAtelier.role)
            .join(ExperimentationAtelier,
                  ExperimentationAtelier.experimentation_id == Experimentation.id)
            .outerjoin(Collectivite, Collectivite.id == Experimentation.collectivite_id)
            .where(ExperimentationAtelier.atelier_id == atelier_id)).all()
    found: dict[str, AtelierExperiment] = {}
    for title, status, lead, role in rows:
        if role is AtelierLinkRole.ORIGINE or title not in found:
            found[title] = AtelierExperiment(title, status, lead or "", role)
    order = {AtelierLinkRole.ORIGINE: 0, AtelierLinkRole.REVUE: 1}
    return sorted(found.values(), key=lambda e: (order[e.role], e.title.casefold()))


# -- the list of the experiments page ------------------------------------------------------
@dataclass(frozen=True)
class ListRow:
    id: str
    title: str
    lead: str
    tool_kind: str
    status: ExperimentationStatus


def list_rows(nb: Notebook) -> list[ListRow]:
    """The experiments page's list, in one query (title order)."""
    with nb.read() as session:
        rows = session.execute(
            select(Experimentation.id, Experimentation.title, Collectivite.name, ToolKind.name,
                   Experimentation.status)
            .outerjoin(Collectivite, Collectivite.id == Experimentation.collectivite_id)
            .outerjoin(ToolKind, ToolKind.id == Experimentation.tool_kind_id)
            .order_by(Experimentation.title, Experimentation.id)).all()
    return [ListRow(i, t, lead or "", kind or "", s) for i, t, lead, kind, s in rows]
