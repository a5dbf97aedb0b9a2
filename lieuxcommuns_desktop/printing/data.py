"""Everything the kit prints about one atelier, read once into plain values.

Documents never query the database: they receive an :class:`AtelierData`, so
each one can be tested with hand-made data and the whole kit costs one read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import overload

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core import model as m
from ..core import rules
from ..core.enums import MatrixVersion
from ..core.errors import LieuxError
from ..core.services import experiments_views
from ..core.services.experiments_views import AtelierExperiment
from ..core.services.notebook import Notebook
from .photos_votes import PhotoItem, PrintBackdrop, VoteItem, print_backdrop


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
    #: The backdrop photo when it is to be printed (``photos_votes.PrintBackdrop``).
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
    #: ``photos_votes.PhotoItem`` and ``VoteItem`` lists (minutes and kit).
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


def notes_by_step(data: AtelierData) -> list[tuple[Step | None, list[NoteData]]]:
    """Notes grouped under their séquence, in agenda order; ``None`` for the rest.

    Grouped by id: three "Pause" steps keep their own notes, each printed once.
    """
    groups: dict[str, list[NoteData]] = {}
    for note in data.notes:
        groups.setdefault(note.step_id, []).append(note)
    result: list[tuple[Step | None, list[NoteData]]] = [
        (step, groups[step.id]) for step in data.steps if step.id and step.id in groups]
    known = {step.id for step, _notes in result if step is not None}
    rest = [n for key, notes in groups.items() if key not in known for n in notes]
    if rest:
        result.append((None, rest))
    return result


@overload
def local(value: dt.datetime) -> dt.datetime: ...
@overload
def local(value: None) -> None: ...
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
    from .photos_votes import load as load_photos_votes

    data.photos, data.votes = load_photos_votes(nb, atelier_id, {q.id: q.title for q in sequences})
    return data


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
    result = []
    for smap in s.scalars(
        select(m.StakeholderMap).where(m.StakeholderMap.atelier_id == atelier_id)
        .order_by(m.StakeholderMap.position)
    ):
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
        result.append(MapData(smap.title, smap.layout.value, placements, relations,
                              print_backdrop(s, smap)))
    return result


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


def _decisions(s: Session, atelier_id: str,
               acteurs: dict[str, m.Acteur]) -> tuple[Matrix, Matrix]:
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
        p.id: f"{p.first_name} {p.last_name}".strip()
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
