"""The demo's content, read from ``resources/demo/`` (notebook, programme, experiments).

What the worked example says — its collectivités, acteurs, participants, the
four ateliers with their maps, matrices, notes and attendance, the
experimentations — is data, like the thematic templates, so that it can be
read and corrected without reading Python. This module only turns the JSON
into small typed records (enums, dates, times); :mod:`.demo` writes them into a
notebook. Keys (``montreuil``, ``friche``, ``cmoreau``…) tie the records
together and never reach the notebook.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..resources import resource
from .enums import (
    ActeurCategory,
    AtelierStatus,
    Circle,
    ExpeditionRole,
    ExperimentationStatus,
    MapLayout,
    NoteKind,
    PhaseKind,
    PrincipleStatus,
    RelationKind,
    ResourceKind,
)


@dataclass(frozen=True)
class CollectivitePlan:
    name: str
    circle: Circle
    territory: str
    contact: str
    description: str


@dataclass(frozen=True)
class RessourcePlan:
    name: str
    kind: ResourceKind
    place: str
    description: str
    collectivite: str


@dataclass(frozen=True)
class ActeurPlan:
    name: str
    category: ActeurCategory
    collectivite: str | None
    description: str


@dataclass(frozen=True)
class ParticipantPlan:
    first_name: str
    last_name: str
    acteur: str
    role: str


@dataclass(frozen=True)
class PlacementPlan:
    """A ring (1..4) on an onion map, or a point (x, y) on a power/interest map."""

    acteur: str
    ring: int | None = None
    x: float | None = None
    y: float | None = None


@dataclass(frozen=True)
class RelationPlan:
    source: str
    target: str
    kind: RelationKind
    label: str
    two_way: bool


@dataclass(frozen=True)
class NotePlan:
    """A note taken during the séquence at ``sequence`` (its index in the atelier)."""

    sequence: int
    kind: NoteKind
    text: str
    owner_participant: str | None = None
    owner_acteur: str | None = None
    due: dt.date | None = None
    done: bool = False


@dataclass(frozen=True)
class PresencePlan:
    participant: str
    present: bool
    walk_in: bool = False
    arrived_at: dt.time | None = None


@dataclass(frozen=True)
class AtelierPlan:
    """Everything the demo puts in one atelier (keys refer to the other tables)."""

    key: str
    template: str
    title: str
    ressource: str
    collectivite: str
    date: dt.date
    start: dt.time
    place: str
    facilitators: str
    layout: MapLayout
    placements: tuple[PlacementPlan, ...]
    relations: tuple[RelationPlan, ...]
    columns: tuple[str, ...]
    #: one string per responsibility, one letter (R, A, C, I or .) per column
    roles: tuple[str, ...]
    #: one (today, target) pair per decision, one level digit per column
    decisions: tuple[tuple[str, str], ...]
    commons: tuple[tuple[PrincipleStatus, str], ...]
    notes: tuple[NotePlan, ...]
    attendance: tuple[PresencePlan, ...]


@dataclass(frozen=True)
class ExperimentationPlan:
    collectivite: str
    title: str
    tool_tested: str
    hypothesis: str
    status: ExperimentationStatus
    start: dt.date
    end: dt.date
    description: str
    log: tuple[tuple[dt.date, str], ...]


@dataclass(frozen=True)
class DemoContent:
    """The whole worked example, in the order the demo builds it."""

    seed: int
    programme: dict[str, str]
    collectivites: dict[str, CollectivitePlan]
    ressources: dict[str, RessourcePlan]
    acteurs: dict[str, ActeurPlan]
    participants: dict[str, ParticipantPlan]
    ateliers: tuple[AtelierPlan, ...]
    #: minutes the first atelier started late, then what each séquence really took
    late_start_minutes: int
    actual_minutes: tuple[int, ...]
    #: the atelier whose paper evaluation forms were re-entered, and the open answers
    #: drawn from, one pool per open question
    evaluated: str
    open_answers: tuple[tuple[str, ...], ...]
    experimentations: tuple[ExperimentationPlan, ...]


@dataclass(frozen=True)
class MembershipPlan:
    collectivite: str
    expedition: str
    role: ExpeditionRole
    joined_on: dt.date


@dataclass(frozen=True)
class LightAtelierPlan:
    """One of the lighter ateliers hosted in turn (agenda from the generic template)."""

    key: str
    expedition: str
    title: str
    host: str
    guests: tuple[str, ...]
    date: dt.date | None
    start: dt.time | None
    status: AtelierStatus
    place: str
    #: the participants present (none for an atelier still to come)
    attendance: tuple[str, ...]


@dataclass(frozen=True)
class PhasePlan:
    kind: PhaseKind
    title: str
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class ProgrammeContent:
    """What makes the four thematic ateliers a programme (see :mod:`.demo_programme`)."""

    #: expedition key -> the built-in template whose thématique it is
    expeditions: dict[str, str]
    collectivites: dict[str, CollectivitePlan]
    acteurs: dict[str, ActeurPlan]
    participants: dict[str, ParticipantPlan]
    memberships: tuple[MembershipPlan, ...]
    #: thematic atelier key -> the other collectivités taking part
    guests: dict[str, tuple[str, ...]]
    generic_template: str
    facilitators: str
    ateliers: tuple[LightAtelierPlan, ...]
    phases: tuple[PhasePlan, ...]


@dataclass(frozen=True)
class IndicatorPlan:
    name: str
    unit: str
    baseline: float
    target: float
    #: one measure a month, the first in ``first_month``
    first_month: dt.date
    values: tuple[float, ...]


@dataclass(frozen=True)
class FollowUpPlan:
    """What an experiment of the demo follows (:mod:`.demo_experiments`)."""

    tool_kind: str
    #: the key of the atelier it came from (its first decision note is the origin)
    atelier: str
    partners: tuple[str, ...]
    indicators: tuple[IndicatorPlan, ...]
    #: (title, due, done)
    milestones: tuple[tuple[str, dt.date, bool], ...]
    #: (date, from, to, reason)
    transitions: tuple[
        tuple[dt.date, ExperimentationStatus | None, ExperimentationStatus, str], ...]
    lessons: str


@dataclass(frozen=True)
class ExperimentsContent:
    experimentations: tuple[ExperimentationPlan, ...]
    #: experiment title -> its follow-up
    follow_up: dict[str, FollowUpPlan]


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _time(text: str | None) -> dt.time | None:
    return dt.time.fromisoformat(text) if text else None


def _atelier(data: dict[str, Any]) -> AtelierPlan:
    notes = tuple(
        NotePlan(
            sequence=n["sequence"], kind=NoteKind(n["kind"]), text=n["text"],
            owner_participant=n.get("owner_participant"), owner_acteur=n.get("owner_acteur"),
            due=_date(n.get("due")), done=n.get("done", False),
        ) for n in data["notes"]
    )
    attendance = tuple(
        PresencePlan(participant=a["participant"], present=a["present"],
                     walk_in=a.get("walk_in", False), arrived_at=_time(a.get("arrived_at")))
        for a in data["attendance"]
    )
    return AtelierPlan(
        key=data["key"], template=data["template"], title=data["title"],
        ressource=data["ressource"], collectivite=data["collectivite"],
        date=dt.date.fromisoformat(data["date"]), start=dt.time.fromisoformat(data["start"]),
        place=data["place"], facilitators=data["facilitators"],
        layout=MapLayout(data["layout"]),
        placements=tuple(PlacementPlan(**p) for p in data["placements"]),
        relations=tuple(
            RelationPlan(source=r["source"], target=r["target"], kind=RelationKind(r["kind"]),
                         label=r["label"], two_way=r["two_way"])
            for r in data["relations"]
        ),
        columns=tuple(data["columns"]),
        roles=tuple(data["roles"]),
        decisions=tuple((d["today"], d["target"]) for d in data["decisions"]),
        commons=tuple((PrincipleStatus(c["status"]), c["note"]) for c in data["commons"]),
        notes=notes,
        attendance=attendance,
    )


def _experimentation(data: dict[str, Any]) -> ExperimentationPlan:
    return ExperimentationPlan(
        collectivite=data["collectivite"], title=data["title"],
        tool_tested=data["tool_tested"], hypothesis=data["hypothesis"],
        status=ExperimentationStatus(data["status"]),
        start=dt.date.fromisoformat(data["start"]), end=dt.date.fromisoformat(data["end"]),
        description=data["description"],
        log=tuple((dt.date.fromisoformat(e["date"]), e["text"]) for e in data["log"]),
    )


def _collectivites(data: dict[str, Any]) -> dict[str, CollectivitePlan]:
    return {key: CollectivitePlan(
        name=c["name"], circle=Circle(c["circle"]), territory=c["territory"],
        contact=c["contact"], description=c["description"],
    ) for key, c in data["collectivites"].items()}


def _acteurs(data: dict[str, Any]) -> dict[str, ActeurPlan]:
    return {key: ActeurPlan(
        name=a["name"], category=ActeurCategory(a["category"]),
        collectivite=a["collectivite"], description=a["description"],
    ) for key, a in data["acteurs"].items()}


def _participants(data: dict[str, Any]) -> dict[str, ParticipantPlan]:
    return {key: ParticipantPlan(**p) for key, p in data["participants"].items()}


def parse(data: dict[str, Any]) -> DemoContent:
    """Typed records from the JSON document (a wrong enum value raises ``ValueError``)."""
    return DemoContent(
        seed=int(data["seed"]),
        programme=dict(data["programme"]),
        collectivites=_collectivites(data),
        ressources={key: RessourcePlan(
            name=r["name"], kind=ResourceKind(r["kind"]), place=r["place"],
            description=r["description"], collectivite=r["collectivite"],
        ) for key, r in data["ressources"].items()},
        acteurs=_acteurs(data),
        participants=_participants(data),
        ateliers=tuple(_atelier(a) for a in data["ateliers"]),
        late_start_minutes=int(data["friche_late_start_minutes"]),
        actual_minutes=tuple(data["friche_actual_minutes"]),
        evaluated=data["evaluated"],
        open_answers=tuple(tuple(pool) for pool in data["open_answers"]),
        experimentations=tuple(_experimentation(e) for e in data["experimentations"]),
    )


@cache
def load() -> DemoContent:
    """The shipped demo content (read once)."""
    path = resource("demo", "notebook.json")
    return parse(json.loads(path.read_text(encoding="utf-8")))


def parse_programme(data: dict[str, Any]) -> ProgrammeContent:
    """Typed records from ``programme.json``."""
    return ProgrammeContent(
        expeditions=dict(data["expeditions"]),
        collectivites=_collectivites(data),
        acteurs=_acteurs(data),
        participants=_participants(data),
        memberships=tuple(
            MembershipPlan(collectivite=m["collectivite"], expedition=m["expedition"],
                           role=ExpeditionRole(m["role"]),
                           joined_on=dt.date.fromisoformat(m["joined_on"]))
            for m in data["memberships"]
        ),
        guests={key: tuple(keys) for key, keys in data["guests"].items()},
        generic_template=data["generic_template"],
        facilitators=data["facilitators"],
        ateliers=tuple(
            LightAtelierPlan(
                key=a["key"], expedition=a["expedition"], title=a["title"], host=a["host"],
                guests=tuple(a["guests"]), date=_date(a["date"]), start=_time(a["start"]),
                status=AtelierStatus(a["status"]), place=a["place"],
                attendance=tuple(a["attendance"]),
            ) for a in data["ateliers"]
        ),
        phases=tuple(
            PhasePlan(kind=PhaseKind(ph["kind"]), title=ph["title"],
                      start=dt.date.fromisoformat(ph["start"]),
                      end=dt.date.fromisoformat(ph["end"]))
            for ph in data["phases"]
        ),
    )


@cache
def load_programme() -> ProgrammeContent:
    """The shipped demo programme (read once)."""
    path = resource("demo", "programme.json")
    return parse_programme(json.loads(path.read_text(encoding="utf-8")))


def _follow_up(data: dict[str, Any]) -> FollowUpPlan:
    return FollowUpPlan(
        tool_kind=data["tool_kind"], atelier=data["atelier"], partners=tuple(data["partners"]),
        indicators=tuple(
            IndicatorPlan(name=i["name"], unit=i["unit"], baseline=float(i["baseline"]),
                          target=float(i["target"]),
                          first_month=dt.date.fromisoformat(i["first_month"]),
                          values=tuple(float(v) for v in i["values"]))
            for i in data["indicators"]
        ),
        milestones=tuple((m["title"], dt.date.fromisoformat(m["due"]), bool(m["done"]))
                         for m in data["milestones"]),
        transitions=tuple(
            (dt.date.fromisoformat(t["date"]),
             ExperimentationStatus(t["from"]) if t["from"] else None,
             ExperimentationStatus(t["to"]), t["reason"])
            for t in data["transitions"]
        ),
        lessons=data["lessons"],
    )


def parse_experiments(data: dict[str, Any]) -> ExperimentsContent:
    """Typed records from ``experiments.json``."""
    return ExperimentsContent(
        experimentations=tuple(_experimentation(e) for e in data["experimentations"]),
        follow_up={title: _follow_up(f) for title, f in data["follow_up"].items()},
    )


@cache
def load_experiments() -> ExperimentsContent:
    """The shipped demo experiments' follow-up (read once)."""
    path = resource("demo", "experiments.json")
    return parse_experiments(json.loads(path.read_text(encoding="utf-8")))
