"""What the programme page, the poster and the calendar read: plain frozen data.

Three read models, each built from one short read session and ready to draw
without another query:

* :func:`timeline` — lanes (one per expedition or per collectivité), atelier
  blocks with date, status and title, phase bands, undated ateliers aside, and
  ateliers dated outside every phase flagged;
* :func:`membership_grid` — collectivités × expeditions with the role in each
  cell, attendance per atelier per collectivité, and the members absent from
  their expedition's last two ateliers;
* :func:`dashboard` — next ateliers, open and overdue actions per collectivité,
  experiments by status, evaluation means over time.

A participant counts for a collectivité when their acteur belongs to it
(``acteur.collectivite_id``), else when their acteur's name or their free-text
structure is the collectivité's name (accents and case ignored).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..enums import (
    EXPERIMENT_STATUSES,
    AtelierStatus,
    ExpeditionRole,
    ExperimentationStatus,
    NoteKind,
    PhaseKind,
    QuestionKind,
)
from ..labels import fold
from ..model import (
    Acteur,
    Atelier,
    Attendance,
    Collectivite,
    EvaluationAnswer,
    EvaluationForm,
    EvaluationQuestion,
    Experimentation,
    Membership,
    Note,
    Participant,
    Programme,
    Thematique,
)
from . import programme_rows as sql
from .notebook import Notebook

LaneMode = Literal["expedition", "collectivite"]
EXPEDITION: LaneMode = "expedition"
COLLECTIVITE: LaneMode = "collectivite"


# -- shared pieces ---------------------------------------------------------------------
@dataclass(frozen=True)
class Block:
    """An atelier as the timeline, the lists and the calendar show it."""

    id: str
    title: str
    date: dt.date | None
    start_time: dt.time | None
    status: AtelierStatus
    thematique_id: str | None
    host_id: str | None
    participant_ids: tuple[str, ...]
    place: str
    objective: str
    #: Total of the agenda's séquences, in minutes (0 without agenda).
    minutes: int
    #: Dated, and outside every phase while the programme has phases.
    outside_phases: bool = False


@dataclass(frozen=True)
class PhaseBand:
    id: str
    kind: PhaseKind
    title: str
    start: dt.date
    end: dt.date

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def _blocks(session: Session, phases: list[PhaseBand]) -> list[Block]:
    """Every atelier as a block, flagged when dated outside every phase (if any).

    Plain SQL (see :mod:`.programme_rows`): the programme page reads this each
    time it opens.
    """
    db = sql.connection(session)
    participants = sql.participants(db)
    minutes = sql.minutes(db)
    spans = [(p.start, p.end) for p in phases]
    day, time_of_day, member = sql.day, sql.time_of_day, sql.member
    draft = AtelierStatus.BROUILLON
    out = []
    for (atelier_id, title, date, start_time, status, thematique_id, host_id, place,
         objective) in sql.rows(db, sql.ATELIERS):
        when = day(date)
        outside = bool(spans) and when is not None and not any(
            a <= when <= b for a, b in spans)
        out.append(Block(atelier_id, title, when, time_of_day(start_time),
                         member(AtelierStatus, status, draft), thematique_id, host_id,
                         tuple(sorted(participants.get(atelier_id, ()))), place or "",
                         objective or "", minutes.get(atelier_id, 0), outside))
    return out


def _phases(session: Session) -> list[PhaseBand]:
    return [PhaseBand(phase_id, sql.member(PhaseKind, kind, PhaseKind.PARCOURS_APPRENANT),
                      title or "", sql.day(start), sql.day(end))  # type: ignore[arg-type]  # NOT NULL columns
            for phase_id, kind, title, start, end in sql.rows(sql.connection(session),
                                                                sql.PHASES)]


def phases(nb: Notebook) -> list[PhaseBand]:
    """The programme's phases in date order."""
    with nb.read() as session:
        return _phases(session)


def blocks(nb: Notebook) -> list[Block]:
    """Every atelier, dated first in date order, flagged against the phases."""
    with nb.read() as session:
        return _blocks(session, _phases(session))


# -- names ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Overview:
    """The programme's own fields and every name a view or a page may need."""

    title: str
    territory: str
    licence: str
    description: str
    collectivites: dict[str, str]
    expeditions: dict[str, str]


def overview(nb: Notebook) -> Overview:
    with nb.read() as session:
        programme = session.scalars(select(Programme)).first()
        collectivites = dict(session.execute(select(Collectivite.id, Collectivite.name)).all())
        expeditions = dict(session.execute(select(Thematique.id, Thematique.name)).all())
    return Overview(
        title=programme.title if programme else "",
        territory=programme.territory if programme else "",
        licence=programme.licence if programme else "",
        description=programme.description if programme else "",
        collectivites=collectivites,
        expeditions=expeditions,
    )


# -- timeline --------------------------------------------------------------------------
@dataclass(frozen=True)
class Lane:
    #: Thématique or collectivité id; None for the lane of ateliers without one.
    id: str | None
    name: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Timeline:
    mode: LaneMode
    #: First day of the first month and last day of the last month shown.
    start: dt.date
    end: dt.date
    today: dt.date
    lanes: tuple[Lane, ...]
    phases: tuple[PhaseBand, ...]
    undated: tuple[Block, ...]

    @property
    def outside_phases(self) -> tuple[Block, ...]:
        return tuple(b for lane in self.lanes for b in lane.blocks if b.outside_phases)

    def months(self) -> list[dt.date]:
        """The first day of each month shown."""
        out, day = [], self.start
        while day <= self.end:
            out.append(day)
            day = _next_month(day)
        return out


def _date_order(block: Block) -> tuple[dt.date, str]:
    return (block.date or dt.date.max, block.title)


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _month_end(day: dt.date) -> dt.date:
    return _next_month(day) - dt.timedelta(days=1)


def timeline(nb: Notebook, mode: LaneMode = EXPEDITION, *,
             today: dt.date | None = None) -> Timeline:
    """Lanes of dated ateliers over whole months, phases, and the undated aside.

    By expedition, an atelier sits in its thématique's lane; by collectivité,
    in the lane of each collectivité taking part (its host included). Lanes
    without any atelier are kept (a new member shows an empty lane).
    """
    today = today or dt.date.today()
    with nb.read() as session:
        phases = _phases(session)
        all_blocks = _blocks(session, phases)
        owners: list[tuple[str, str]] = sql.rows(
            sql.connection(session), sql.EXPEDITIONS if mode == EXPEDITION else sql.COLLECTIVITES)
    dated = [b for b in all_blocks if b.date is not None]
    by_owner: dict[str | None, list[Block]] = defaultdict(list)
    for block in dated:
        if mode == EXPEDITION:
            by_owner[block.thematique_id].append(block)
        else:
            members = set(block.participant_ids)
            if block.host_id is not None:
                members.add(block.host_id)
            owners_of: list[str | None] = [*sorted(members)] or [None]
            for owner in owners_of:
                by_owner[owner].append(block)
    known = {owner for owner, _ in owners}
    lanes = [Lane(owner, name, tuple(by_owner.get(owner, ()))) for owner, name in owners]
    orphans = [b for owner, bs in by_owner.items() if owner not in known for b in bs]
    if orphans:
        lanes.append(Lane(None, "", tuple(sorted(orphans, key=_date_order))))
    days = [b.date for b in dated if b.date is not None]
    days += [p.start for p in phases] + [p.end for p in phases]
    first = min(days, default=today)
    last = max(days, default=today)
    return Timeline(
        mode=mode,
        start=first.replace(day=1),
        end=_month_end(last),
        today=today,
        lanes=tuple(lanes),
        phases=tuple(phases),
        undated=tuple(b for b in all_blocks if b.date is None),
    )


# -- membership grid -------------------------------------------------------------------
@dataclass(frozen=True)
class GridCell:
    membership_id: str
    role: ExpeditionRole
    joined_on: dt.date | None


@dataclass(frozen=True)
class GridAtelier:
    """A dated atelier of an expedition, as a sub-column of the attendance part."""

    id: str
    title: str
    date: dt.date
    thematique_id: str
    host_id: str | None
    held: bool


@dataclass(frozen=True)
class MembershipGrid:
    #: (id, name) in name order.
    collectivites: tuple[tuple[str, str], ...]
    #: (id, name) in the thématiques' order.
    expeditions: tuple[tuple[str, str], ...]
    cells: dict[tuple[str, str], GridCell]
    #: Expedition id -> its dated ateliers, oldest first.
    ateliers: dict[str, tuple[GridAtelier, ...]]
    #: (collectivité id, atelier id) -> people present for that collectivité.
    attendance: dict[tuple[str, str], int]
    #: (collectivité id, expedition id) pairs absent from the last two held ateliers.
    absent: frozenset[tuple[str, str]]

    def role(self, collectivite_id: str, thematique_id: str) -> ExpeditionRole | None:
        cell = self.cells.get((collectivite_id, thematique_id))
        return cell.role if cell else None

    def present(self, collectivite_id: str, atelier_id: str) -> int:
        return self.attendance.get((collectivite_id, atelier_id), 0)


def _held(atelier: Atelier, today: dt.date) -> bool:
    if atelier.status == AtelierStatus.ANNULE or atelier.date is None:
        return False
    return atelier.date <= today or atelier.status == AtelierStatus.TERMINE


def attendance_by_collectivite(session: Session) -> dict[tuple[str, str], int]:
    """(collectivité id, atelier id) -> number of participants present for it."""
    collectivites = {fold(c.name): c.id for c in session.scalars(select(Collectivite))}
    acteurs = {a.id: (a.collectivite_id, fold(a.name)) for a in session.scalars(select(Acteur))}
    counts: dict[tuple[str, str], int] = defaultdict(int)
    rows = session.execute(
        select(Attendance.atelier_id, Participant.acteur_id, Participant.structure)
        .join(Participant, Participant.id == Attendance.participant_id)
        .where(Attendance.present.is_(True)))
    for atelier_id, acteur_id, structure in rows:
        owner = None
        if acteur_id in acteurs:
            owner, name = acteurs[acteur_id]
            owner = owner or collectivites.get(name)
        if owner is None and structure:
            owner = collectivites.get(fold(structure))
        if owner is not None:
            counts[(owner, atelier_id)] += 1
    return dict(counts)


def membership_grid(nb: Notebook, *, today: dt.date | None = None) -> MembershipGrid:
    """Who is on which expedition, who came to which atelier, who stopped coming.

    A member (pilote or participante; the second circle follows from afar) is
    *absent* when nobody came for it to the expedition's last two held
    ateliers dated on or after it joined.
    """
    today = today or dt.date.today()
    with nb.read() as session:
        collectivites = tuple((c.id, c.name) for c in session.scalars(
            select(Collectivite).order_by(Collectivite.name, Collectivite.id)))
        expeditions = tuple((t.id, t.name) for t in session.scalars(
            select(Thematique).order_by(Thematique.position, Thematique.name)))
        cells = {(m.collectivite_id, m.thematique_id): GridCell(m.id, m.role, m.joined_on)
                 for m in session.scalars(select(Membership))}
        ateliers: dict[str, list[GridAtelier]] = defaultdict(list)
        for a in session.scalars(select(Atelier).where(
                Atelier.date.is_not(None), Atelier.thematique_id.is_not(None))
                .order_by(Atelier.date, Atelier.start_time, Atelier.title)):
            if a.thematique_id is None or a.date is None:  # excluded by the query
                continue
            ateliers[a.thematique_id].append(GridAtelier(
                a.id, a.title, a.date, a.thematique_id, a.collectivite_id, _held(a, today)))
        attendance = attendance_by_collectivite(session)
    absent = set()
    for (collectivite_id, thematique_id), cell in cells.items():
        if cell.role == ExpeditionRole.SECOND_CERCLE:
            continue
        held = [a for a in ateliers.get(thematique_id, ()) if a.held
                and (cell.joined_on is None or a.date >= cell.joined_on)]
        last_two = held[-2:]
        if len(last_two) == 2 and not any(
                attendance.get((collectivite_id, a.id)) for a in last_two):
            absent.add((collectivite_id, thematique_id))
    return MembershipGrid(collectivites, expeditions, cells,
                          {k: tuple(v) for k, v in ateliers.items()}, attendance,
                          frozenset(absent))


# -- dashboard --------------------------------------------------------------------------
@dataclass(frozen=True)
class ActionCount:
    collectivite_id: str | None
    name: str
    open: int
    overdue: int


@dataclass(frozen=True)
class EvaluationPoint:
    atelier_id: str
    title: str
    date: dt.date
    mean: float
    answers: int


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    next_ateliers: tuple[Block, ...]
    actions: tuple[ActionCount, ...]
    experiments: dict[ExperimentationStatus, int] = field(default_factory=dict)
    evaluations: tuple[EvaluationPoint, ...] = ()


def dashboard(nb: Notebook, *, today: dt.date | None = None, upcoming: int = 5) -> Dashboard:
    """The programme lead's weekly questions, answered in one read.

    An open action counts for the collectivité of its owner (an acteur or a
    participant's acteur belonging to one), else for its atelier's host.
    """
    today = today or dt.date.today()
    with nb.read() as session:
        phases = _phases(session)
        upcoming_blocks = [b for b in _blocks(session, phases)
                           if b.date is not None and b.date >= today
                           and b.status not in (AtelierStatus.ANNULE, AtelierStatus.TERMINE)]
        names = dict(session.execute(select(Collectivite.id, Collectivite.name)).all())
        acteur_owner = dict(session.execute(select(Acteur.id, Acteur.collectivite_id)).all())
        participant_acteur = dict(session.execute(
            select(Participant.id, Participant.acteur_id)).all())
        hosts = dict(session.execute(select(Atelier.id, Atelier.collectivite_id)).all())
        open_actions = session.execute(
            select(Note.atelier_id, Note.owner_acteur_id, Note.owner_participant_id,
                   Note.due_date)
            .where(Note.kind == NoteKind.ACTION, Note.done.is_(False))).all()
        experiments = dict(session.execute(
            select(Experimentation.status, func.count()).group_by(Experimentation.status)).all())
        scores = session.execute(
            select(Atelier.id, Atelier.title, Atelier.date, func.avg(EvaluationAnswer.value),
                   func.count(EvaluationAnswer.value))
            .join(EvaluationForm, EvaluationForm.atelier_id == Atelier.id)
            .join(EvaluationAnswer, EvaluationAnswer.form_id == EvaluationForm.id)
            .join(EvaluationQuestion, EvaluationQuestion.id == EvaluationAnswer.question_id)
            .where(EvaluationQuestion.kind == QuestionKind.SCALE5,
                   EvaluationAnswer.value.is_not(None), Atelier.date.is_not(None))
            .group_by(Atelier.id).order_by(Atelier.date, Atelier.title)).all()
    counts: dict[str | None, list[int]] = defaultdict(lambda: [0, 0])
    for atelier_id, acteur_id, participant_id, due in open_actions:
        owner = acteur_owner.get(acteur_id) if acteur_id else None
        person_acteur = participant_acteur.get(participant_id) if participant_id else None
        if owner is None and person_acteur is not None:
            owner = acteur_owner.get(person_acteur)
        owner = owner or hosts.get(atelier_id)
        counts[owner][0] += 1
        if due is not None and due < today:
            counts[owner][1] += 1
    actions = sorted(
        (ActionCount(c, names.get(c, "") if c else "", n, late) for c, (n, late) in counts.items()),
        key=lambda a: (a.collectivite_id is None, a.name.casefold()))
    return Dashboard(
        today=today,
        next_ateliers=tuple(upcoming_blocks[:upcoming]),
        actions=tuple(actions),
        experiments={s: int(experiments.get(s, 0)) for s in EXPERIMENT_STATUSES},
        evaluations=tuple(EvaluationPoint(i, t, d, round(float(m), 2), int(n))
                          for i, t, d, m, n in scores),
    )
