"""Everything the kit and the minutes print about one atelier, read once into plain values.

The read model of ``printing/`` and ``publishing/``: documents never query the
database, they receive an :class:`AtelierData` (plain dataclasses), so
each one can be tested with hand-made data and the whole kit costs one short
read. The map command reads one map alone with :func:`map_data`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import overload

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import model as m
from .. import rules
from ..enums import MatrixVersion
from ..errors import LieuxError
from ..labels import participant_label
from ..votes import Ranked
from . import experiments_views
from . import photos as photo_service
from . import votes as vote_service
from .experiments_views import AtelierExperiment
from .notebook import Notebook


# -- photos, votes and the map's backdrop ---------------------------------------------
@dataclass(frozen=True)
class PhotoItem:
    id: str
    step_title: str  # "" when attached to the atelier
    caption: str
    alt_text: str
    width: int
    height: int
    data: bytes

    @property
    def file_name(self) -> str:
        """The image file's name beside a Markdown export (no user text in it)."""
        return f"photo-{self.id[:8]}.jpg"


@dataclass(frozen=True)
class VoteItem:
    step_title: str
    question: str
    rounds: list[tuple[str, list[Ranked]]]


@dataclass(frozen=True)
class PrintBackdrop:
    """A photo under a printed map: its JPEG and its box in map units (y down)."""

    data: bytes
    x: float
    y: float
    width: float
    height: float
    opacity: float


# -- the atelier ------------------------------------------------------------------
@dataclass(frozen=True)
class Step:
    title: str
    minutes: int
    start: dt.time
    end: dt.time
    method: str
    instructions: str
    participant_instructions: str
    materials: str
    tool: str
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    id: str = ""

    @property
    def actual_minutes(self) -> int | None:
        if self.actual_start and self.actual_end:
            return round((self.actual_end - self.actual_start).total_seconds() / 60)
        return None


@dataclass(frozen=True)
class Person:
    last_name: str
    first_name: str
    structure: str
    email: str
    category: str | None
    present: bool
    walk_in: bool
    arrived_at: dt.time | None


@dataclass(frozen=True)
class Placement:
    acteur_id: str
    name: str
    category: str
    x: float
    y: float


@dataclass(frozen=True)
class Link:
    source_id: str
    target_id: str
    kind: str
    label: str
    two_way: bool


@dataclass(frozen=True)
class MapData:
    title: str
    layout: str
    placements: list[Placement]
    relations: list[Link]
    #: The backdrop photo when it is to be printed.
    backdrop: PrintBackdrop | None = None


@dataclass(frozen=True)
class Matrix:
    """Rows × acteur columns; ``cells[row_index][column_index]`` is a value or None."""

    columns: list[str]
    rows: list[str]
    cells: list[list[str | None]]


@dataclass(frozen=True)
class NoteData:
    kind: str
    text: str
    created_at: dt.datetime
    step_title: str
    owner: str = ""
    due_date: dt.date | None = None
    done: bool = False
    #: The séquence's id ("" outside any): titles repeat ("Pause"), ids do not.
    step_id: str = ""


@dataclass(frozen=True)
class Question:
    text: str
    kind: str
    answers: list[int | str | None] = field(default_factory=list)


@dataclass
class AtelierData:
    programme: str
    territory: str
    licence: str
    title: str
    thematique: str
    ressource: str
    ressource_place: str
    collectivite: str
    date: dt.date | None
    start_time: dt.time | None
    place: str
    facilitators: str
    objective: str
    planned_minutes: int | None
    steps: list[Step]
    people: list[Person]
    maps: list[MapData]
    roles: Matrix
    decisions_today: Matrix
    decisions_target: Matrix
    commons: list[tuple[int, str, str]]
    notes: list[NoteData]
    questions: list[Question]
    #: The atelier's photos (with their bytes) and votes (minutes and kit).
    photos: list[PhotoItem] = field(default_factory=list)
    votes: list[VoteItem] = field(default_factory=list)
    #: Experiments born in or reviewed at the atelier (issue 15), origins first.
    experiments: list[AtelierExperiment] = field(default_factory=list)

    @property
    def total_minutes(self) -> int:
        return sum(s.minutes for s in self.steps)

    @property
    def actions(self) -> list[NoteData]:
        return [n for n in self.notes if n.kind == "action"]


@overload
def local(value: dt.datetime) -> dt.datetime: ...
@overload
def local(value: None) -> None: ...
@overload
def local(value: dt.datetime | None) -> dt.datetime | None: ...
def local(value: dt.datetime | None) -> dt.datetime | None:
    """Stored timestamps are naive UTC; paper shows the room's clock."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def load(nb: Notebook, atelier_id: str) -> AtelierData:
    """Read one atelier and all it prints, in a single short session."""
    with nb.read() as s:
        atelier = s.get(m.Atelier, atelier_id)
        if atelier is None:
            raise LieuxError("not_found", what="atelier", key=atelier_id)
        programme = s.scalars(select(m.Programme)).first()
        thematique = s.get(m.Thematique, atelier.thematique_id) if atelier.thematique_id else None
        ressource = s.get(m.Ressource, atelier.ressource_id) if atelier.ressource_id else None
        collectivite = (
            s.get(m.Collectivite, atelier.collectivite_id) if atelier.collectivite_id else None
        )
        acteurs = {a.id: a for a in s.scalars(select(m.Acteur))}
        sequences = list(s.scalars(
            select(m.Sequence).where(m.Sequence.atelier_id == atelier_id)
            .order_by(m.Sequence.position)
        ))
        slots = rules.schedule(atelier.start_time, [q.minutes for q in sequences])
        steps = [
            Step(q.title, q.minutes, slot.start, slot.end, q.method, q.instructions,
                 q.participant_instructions, q.materials, q.tool.value, local(q.actual_start),
                 local(q.actual_end), q.id)
            for q, slot in zip(sequences, slots, strict=True)
        ]
        people = _people(s, atelier_id, acteurs)
        maps = _maps(s, atelier_id, acteurs)
        roles = _roles(s, atelier_id, acteurs)
        today, target = _decisions(s, atelier_id, acteurs)
        commons = [
            (c.principle, c.status.value, c.note)
            for c in s.scalars(
                select(m.CommonsAssessment).where(m.CommonsAssessment.atelier_id == atelier_id)
                .order_by(m.CommonsAssessment.principle)
            )
        ]
        notes = _notes(s, atelier_id, {q.id: q.title for q in sequences}, acteurs)
        questions = _questions(s, atelier_id)
        data = AtelierData(
            programme=programme.title if programme else "",
            territory=programme.territory if programme else "",
            licence=(programme.licence if programme else "") or "CC BY-SA 4.0",
            title=atelier.title,
            thematique=thematique.name if thematique else "",
            ressource=ressource.name if ressource else "",
            ressource_place=ressource.place if ressource else "",
            collectivite=collectivite.name if collectivite else "",
            date=atelier.date,
            start_time=atelier.start_time,
            place=atelier.place,
            facilitators=atelier.facilitators,
            objective=atelier.objective,
            planned_minutes=atelier.planned_minutes,
            steps=steps,
            people=people,
            maps=maps,
            roles=roles,
            decisions_today=today,
            decisions_target=target,
            commons=commons,
            notes=notes,
            questions=questions,
            experiments=experiments_views.for_atelier(nb, atelier_id),
        )
    data.photos, data.votes = photos_and_votes(nb, atelier_id,
                                               {q.id: q.title for q in sequences})
    return data


def map_data(nb: Notebook, map_id: str) -> MapData:
    """One map as it prints (the ``map`` command's drawing), in one short session."""
    with nb.read() as s:
        smap = s.get(m.StakeholderMap, map_id)
        if smap is None:
            raise LieuxError("not_found", what="carte", key=map_id)
        acteurs = {a.id: a for a in s.scalars(select(m.Acteur))}
        return _map(s, smap, acteurs)


def photos_and_votes(nb: Notebook, atelier_id: str, step_titles: dict[str, str]) -> tuple[
        list[PhotoItem], list[VoteItem]]:
    """The atelier's photos (with their bytes) and votes (ranked), for one document."""
    items = [
        PhotoItem(p.id, step_titles.get(p.sequence_id or "", ""), p.caption, p.alt_text,
                  p.width, p.height, photo_service.image(nb, p.id))
        for p in photo_service.list_photos(nb, atelier_id)
    ]
    votes = [
        VoteItem(step_titles.get(v.sequence_id or "", ""), v.question,
                 [(r.name, r.ranked) for r in v.rounds])
        for v in vote_service.list_votes(nb, atelier_id)
    ]
    return items, votes


def _people(s: Session, atelier_id: str, acteurs: dict[str, m.Acteur]) -> list[Person]:
    rows = s.execute(
        select(m.Participant, m.Attendance)
        .join(m.Attendance, m.Attendance.participant_id == m.Participant.id)
        .where(m.Attendance.atelier_id == atelier_id)
    ).all()
    people = []
    for participant, attendance in rows:
        acteur = acteurs.get(participant.acteur_id) if participant.acteur_id else None
        people.append(Person(
            participant.last_name, participant.first_name,
            acteur.name if acteur else participant.structure, participant.email,
            acteur.category.value if acteur else None,
            attendance.present, attendance.walk_in, attendance.arrived_at,
        ))
    return sorted(people, key=lambda p: (p.last_name.casefold(), p.first_name.casefold()))


def _maps(s: Session, atelier_id: str, acteurs: dict[str, m.Acteur]) -> list[MapData]:
    return [_map(s, smap, acteurs) for smap in s.scalars(
        select(m.StakeholderMap).where(m.StakeholderMap.atelier_id == atelier_id)
        .order_by(m.StakeholderMap.position))]


def _map(s: Session, smap: m.StakeholderMap, acteurs: dict[str, m.Acteur]) -> MapData:
    placements = [
        Placement(p.acteur_id, acteurs[p.acteur_id].name,
                  acteurs[p.acteur_id].category.value, p.x, p.y)
        for p in s.scalars(select(m.MapPlacement).where(m.MapPlacement.map_id == smap.id))
        if p.acteur_id in acteurs
    ]
    relations = [
        Link(r.source_id, r.target_id, r.kind.value, r.label, r.two_way)
        for r in s.scalars(select(m.Relation).where(m.Relation.map_id == smap.id))
    ]
    return MapData(smap.title, smap.layout.value, placements, relations,
                   _print_backdrop(s, smap))


def _print_backdrop(s: Session, smap: m.StakeholderMap) -> PrintBackdrop | None:
    """The map's backdrop when it is set to print, read in the same session."""
    photo_id = smap.backdrop_photo_id
    if photo_id is None or not smap.backdrop_in_print:
        return None
    photo = s.get(m.Photo, photo_id)
    data = s.scalar(select(m.PhotoData.data).where(m.PhotoData.photo_id == photo_id))
    if photo is None or data is None:
        return None
    scale = smap.backdrop_scale
    width, height = photo.width * scale, photo.height * scale
    return PrintBackdrop(bytes(data), smap.backdrop_x - width / 2,
                         smap.backdrop_y - height / 2, width, height, smap.backdrop_opacity)


def _columns(s: Session, atelier_id: str, matrix: str,
             acteurs: dict[str, m.Acteur]) -> list[str]:
    return [
        c.acteur_id
        for c in s.scalars(
            select(m.MatrixColumn)
            .where(m.MatrixColumn.atelier_id == atelier_id, m.MatrixColumn.matrix == matrix)
            .order_by(m.MatrixColumn.position)
        )
        if c.acteur_id in acteurs
    ]


def _roles(s: Session, atelier_id: str, acteurs: dict[str, m.Acteur]) -> Matrix:
    columns = _columns(s, atelier_id, "roles", acteurs)
    rows = list(s.scalars(
        select(m.Responsibility).where(m.Responsibility.atelier_id == atelier_id)
        .order_by(m.Responsibility.position)
    ))
    cells = {
        (c.responsibility_id, c.acteur_id): c.value.value
        for c in s.scalars(select(m.RoleCell).where(
            m.RoleCell.responsibility_id.in_([r.id for r in rows])))
    }
    return Matrix(
        [acteurs[c].name for c in columns],
        [r.label for r in rows],
        [[cells.get((r.id, c)) for c in columns] for r in rows],
    )


def _decisions(s: Session, atelier_id: str, acteurs: dict[str, m.Acteur]) -> tuple[Matrix, Matrix]:
    columns = _columns(s, atelier_id, "decisions", acteurs)
    rows = list(s.scalars(
        select(m.Decision).where(m.Decision.atelier_id == atelier_id)
        .order_by(m.Decision.position)
    ))
    cells = {
        (c.decision_id, c.acteur_id, c.version): c.level.value
        for c in s.scalars(select(m.DecisionCell).where(
            m.DecisionCell.decision_id.in_([r.id for r in rows])))
    }
    names = [acteurs[c].name for c in columns]
    labels = [r.label for r in rows]

    def matrix(version: MatrixVersion) -> Matrix:
        return Matrix(names, labels,
                      [[cells.get((r.id, c, version)) for c in columns] for r in rows])

    return matrix(MatrixVersion.AUJOURDHUI), matrix(MatrixVersion.CIBLE)


def _notes(s: Session, atelier_id: str, steps: dict[str, str],
           acteurs: dict[str, m.Acteur]) -> list[NoteData]:
    participants = {
        p.id: participant_label(p)
        for p in s.scalars(select(m.Participant))
    }
    result = []
    for n in s.scalars(
        select(m.Note).where(m.Note.atelier_id == atelier_id).order_by(m.Note.created_at)
    ):
        owner = (
            participants.get(n.owner_participant_id or "")
            or (acteurs[n.owner_acteur_id].name if n.owner_acteur_id in acteurs else "")
            or n.owner_text
        )
        step_id = n.sequence_id if n.sequence_id in steps else ""
        result.append(NoteData(n.kind.value, n.text, local(n.created_at),
                               steps.get(step_id, ""), owner, n.due_date, n.done, step_id))
    return result


def _questions(s: Session, atelier_id: str) -> list[Question]:
    questions = list(s.scalars(
        select(m.EvaluationQuestion).where(m.EvaluationQuestion.atelier_id == atelier_id)
        .order_by(m.EvaluationQuestion.position)
    ))
    answers = s.scalars(
        select(m.EvaluationAnswer).where(
            m.EvaluationAnswer.question_id.in_([q.id for q in questions]))
    ).all()
    by_question: dict[str, list[int | str | None]] = {}
    for a in answers:
        by_question.setdefault(a.question_id, []).append(a.value if a.value is not None
                                                          else a.text)
    return [Question(q.text, q.kind.value, by_question.get(q.id, [])) for q in questions]
