"""The demo notebook: a plausible programme to explore every screen with.

Six collectivités of the inner east of Paris follow a *Lieux Communs*
learning path (the programme itself — expeditions, members, phases and the
lighter ateliers hosted in turn — is in :mod:`.demo_programme`): four
thematic ateliers built from the built-in templates,
with their stakeholders, participants and attendance, maps, matrices, commons
grids, notes and actions, evaluation forms and a local experiment followed
over months. What the example says is data in ``resources/demo/notebook.json``
(read by :mod:`.demo_content`); this module writes it into a notebook.
Everything is fixed (a seeded random generator only jitters
coordinates and answers), so two demo files hold the same content.

The file is built beside its target and moved into place at the end: an
interrupted build never leaves a half notebook under the target's name, and
an existing file is never replaced.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import os
import random
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import demo_boards, demo_experiments, demo_programme
from .demo_content import AtelierPlan, DemoContent
from .demo_content import load as load_content
from .enums import (
    AtelierStatus,
    MapLayout,
    MatrixVersion,
    ParticipationLevel,
    QuestionKind,
    Raci,
)
from .errors import LieuxError, StoreError
from .labels import strip_accents
from .model import (
    Acteur,
    Attendance,
    Collectivite,
    CommonsAssessment,
    Decision,
    DecisionCell,
    EvaluationAnswer,
    EvaluationForm,
    EvaluationQuestion,
    Experimentation,
    ExperimentationLog,
    MapPlacement,
    MatrixColumn,
    Note,
    Participant,
    Programme,
    Record,
    Relation,
    Responsibility,
    Ressource,
    RoleCell,
    Sequence,
    StakeholderMap,
    new_id,
)
from .services import ateliers as atelier_service
from .services.notebook import Notebook
from .templates import load as load_template

log = logging.getLogger(__name__)


# -- building --------------------------------------------------------------------
def build_demo(path: Path | str) -> Path:
    """Write the demo notebook at ``path``; never replaces an existing file."""
    path = Path(path)
    if path.exists():
        raise LieuxError("exists", path=path)
    tmp = path.with_name(f".{path.name}.part")
    try:
        tmp.unlink(missing_ok=True)
        nb = Notebook.create(tmp, title=str(load_content().programme["title"]))
    except StoreError as exc:
        # Name the file the user asked for, not the working copy.
        params = dict(exc.params)
        if Path(str(params.get("path", ""))) == tmp:
            params["path"] = path
        raise StoreError(exc.code, **params) from exc
    except OSError as exc:
        raise LieuxError("io", path=path, reason=exc.strerror or exc) from exc
    try:
        try:
            populate(nb)
        finally:
            nb.close()
        _move_into_place(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)
        raise
    log.info("demo notebook written to %s", path)
    return path


def populate(nb: Notebook) -> None:
    """Fill an empty notebook with the demo programme (a few transactions)."""
    content = load_content()
    rng = random.Random(content.seed)
    ids = _reference_data(nb, content)
    with nb.write() as session:
        demo_programme.add_people(
            session, ids, lambda first, last: f"{_ascii(first)}.{_ascii(last)}@example.org")
    for plan in content.ateliers:
        atelier = atelier_service.create_from_template(
            nb,
            load_template(plan.template),
            title=plan.title,
            date=plan.date,
            start_time=plan.start,
            ressource_id=ids[("ressource", plan.ressource)],
            collectivite_id=ids[("collectivite", plan.collectivite)],
            place=plan.place,
            facilitators=plan.facilitators,
            status=AtelierStatus.TERMINE,
        )
        ids[("atelier", plan.key)] = atelier.id
    with nb.write() as session:
        for plan in content.ateliers:
            _fill_atelier(session, content, plan, ids, rng)
        _experimentations(session, content, ids)
        session.flush()
        demo_programme.add_programme(session, ids)
        first = ids[("atelier", content.ateliers[0].key)]
        demo_boards.add_votes(session, first)
        demo_boards.add_photo(session, first)
        session.flush()
        demo_experiments.add_experiments(session, ids)


def _reference_data(nb: Notebook, content: DemoContent) -> dict[tuple[str, str], str]:
    ids: dict[tuple[str, str], str] = {}
    with nb.write() as session:
        programme = session.scalars(select(Programme)).first()
        if programme is None:
            programme = Programme(id=new_id())
            session.add(programme)
        for name, value in content.programme.items():
            setattr(programme, name, value)

        def add(kind: str, key: str, obj: Record) -> None:
            ids[(kind, key)] = obj.id
            session.add(obj)

        for key, coll in content.collectivites.items():
            add("collectivite", key, Collectivite(
                id=new_id(), name=coll.name, circle=coll.circle, territory=coll.territory,
                contact=coll.contact, description=coll.description,
            ))
        session.flush()  # no ORM relationships: parents reach the table first
        for key, res in content.ressources.items():
            add("ressource", key, Ressource(
                id=new_id(), name=res.name, kind=res.kind, place=res.place,
                description=res.description,
                collectivite_id=ids[("collectivite", res.collectivite)],
            ))
        for key, act in content.acteurs.items():
            add("acteur", key, Acteur(
                id=new_id(), name=act.name, category=act.category, description=act.description,
                collectivite_id=ids[("collectivite", act.collectivite)]
                if act.collectivite else None,
            ))
        session.flush()
        for n, (key, who) in enumerate(content.participants.items()):
            first, last = who.first_name, who.last_name
            add("participant", key, Participant(
                id=new_id(), first_name=first, last_name=last,
                acteur_id=ids[("acteur", who.acteur)],
                structure=content.acteurs[who.acteur].name,
                email=f"{_ascii(first)}.{_ascii(last)}@example.org", role=who.role,
                phone=f"06 {12 + n:02d} {(37 * n) % 100:02d} {(53 * n + 11) % 100:02d} 00",
            ))
    return ids


def _fill_atelier(
    session: Session,
    content: DemoContent,
    plan: AtelierPlan,
    ids: dict[tuple[str, str], str],
    rng: random.Random,
) -> None:
    atelier_id = ids[("atelier", plan.key)]
    acteur = {key: ids[("acteur", key)] for key in content.acteurs}
    sequences = list(session.scalars(
        select(Sequence).where(Sequence.atelier_id == atelier_id).order_by(Sequence.position)
    ))

    # Map: placements that fit the layout, relations of every kind.
    smap = StakeholderMap(
        id=new_id(), atelier_id=atelier_id, layout=plan.layout,
        title="Carte des acteurs" if plan.layout is MapLayout.ONION
        else "Pouvoir et intérêt des acteurs",
    )
    session.add(smap)
    session.flush()
    for x, y, key in _coordinates(plan, rng):
        session.add(MapPlacement(map_id=smap.id, acteur_id=acteur[key], x=x, y=y))
    for rel in plan.relations:
        session.add(Relation(
            map_id=smap.id, source_id=acteur[rel.source], target_id=acteur[rel.target],
            kind=rel.kind, label=rel.label, two_way=rel.two_way,
        ))

    # Matrices: same columns for roles and decisions.
    for matrix in ("roles", "decisions"):
        for position, key in enumerate(plan.columns):
            session.add(MatrixColumn(
                atelier_id=atelier_id, matrix=matrix, acteur_id=acteur[key], position=position,
            ))
    responsibilities = list(session.scalars(
        select(Responsibility).where(Responsibility.atelier_id == atelier_id)
        .order_by(Responsibility.position)
    ))
    for row, letters in zip(responsibilities, plan.roles, strict=True):
        for key, letter in zip(plan.columns, letters, strict=True):
            if letter != ".":
                session.add(RoleCell(
                    responsibility_id=row.id, acteur_id=acteur[key], value=Raci(letter),
                ))
    decisions = list(session.scalars(
        select(Decision).where(Decision.atelier_id == atelier_id).order_by(Decision.position)
    ))
    for decision, versions in zip(decisions, plan.decisions, strict=True):
        for version, digits in zip(MatrixVersion, versions, strict=True):
            for key, digit in zip(plan.columns, digits, strict=True):
                session.add(DecisionCell(
                    decision_id=decision.id, acteur_id=acteur[key], version=version,
                    level=ParticipationLevel(digit),
                ))

    # Commons grid: the eight rows exist already (made from the template).
    grid = session.scalars(
        select(CommonsAssessment).where(CommonsAssessment.atelier_id == atelier_id)
        .order_by(CommonsAssessment.principle)
    )
    for assessment, (status, note) in zip(grid, plan.commons, strict=True):
        assessment.status = status
        assessment.note = note

    # Attendance.
    for presence in plan.attendance:
        session.add(Attendance(
            atelier_id=atelier_id, participant_id=ids[("participant", presence.participant)],
            present=presence.present, walk_in=presence.walk_in, arrived_at=presence.arrived_at,
        ))

    # Actual times (first atelier only) and notes during the séquences.
    starts = _planned_starts(plan, sequences)
    if plan is content.ateliers[0]:
        moment = _utc(plan.date, plan.start) + dt.timedelta(minutes=content.late_start_minutes)
        for seq, minutes in zip(sequences, content.actual_minutes, strict=True):
            seq.actual_start = moment
            moment += dt.timedelta(minutes=minutes)
            seq.actual_end = moment
            starts[seq.id] = seq.actual_start
    for n, planned in enumerate(plan.notes):
        seq = sequences[planned.sequence]
        created = starts[seq.id] + dt.timedelta(minutes=2 + 3 * (n % 4), seconds=17 * n % 60)
        record = Note(
            atelier_id=atelier_id, sequence_id=seq.id, kind=planned.kind, text=planned.text,
            created_at=created, due_date=planned.due, done=planned.done,
        )
        if planned.owner_participant:
            record.owner_participant_id = ids[("participant", planned.owner_participant)]
        elif planned.owner_acteur:
            record.owner_acteur_id = acteur[planned.owner_acteur]
        session.add(record)

    if plan.key == content.evaluated:
        _evaluation_forms(session, content.open_answers, plan, atelier_id, rng)


def _evaluation_forms(
    session: Session,
    open_answers: tuple[tuple[str, ...], ...],
    plan: AtelierPlan,
    atelier_id: str,
    rng: random.Random,
) -> None:
    questions = list(session.scalars(
        select(EvaluationQuestion).where(EvaluationQuestion.atelier_id == atelier_id)
        .order_by(EvaluationQuestion.position)
    ))
    present = sum(1 for presence in plan.attendance if presence.present)
    forms = [EvaluationForm(id=new_id(), atelier_id=atelier_id, number=n + 1)
             for n in range(present)]
    session.add_all(forms)
    session.flush()
    for form in forms:
        open_index = 0
        for question in questions:
            if question.kind is QuestionKind.SCALE5:
                value = rng.choices((None, 2, 3, 4, 5), weights=(1, 2, 6, 18, 14))[0]
                session.add(EvaluationAnswer(form_id=form.id, question_id=question.id,
                                             value=value))
            else:
                pool = open_answers[min(open_index, len(open_answers) - 1)]
                open_index += 1
                text = rng.choice(pool)
                if text:
                    session.add(EvaluationAnswer(form_id=form.id, question_id=question.id,
                                                 text=text))


def _experimentations(
    session: Session, content: DemoContent, ids: dict[tuple[str, str], str]
) -> None:
    for plan in content.experimentations:
        experimentation = Experimentation(
            id=new_id(), collectivite_id=ids[("collectivite", plan.collectivite)],
            title=plan.title, tool_tested=plan.tool_tested, hypothesis=plan.hypothesis,
            status=plan.status, start_date=plan.start, end_date=plan.end,
            description=plan.description,
        )
        session.add(experimentation)
        session.flush()
        session.add_all(
            ExperimentationLog(experimentation_id=experimentation.id, date=day, text=text)
            for day, text in plan.log
        )


# -- helpers -------------------------------------------------------------------
def _coordinates(plan: AtelierPlan, rng: random.Random) -> list[tuple[float, float, str]]:
    """Scene coordinates (±450) that fit the layout.

    Onion: ring *n* is the band between radii 110·(n−1) and 110·n around the
    centre, the core of the commons in the middle. Power/interest: x is the
    interest (right = high), y the power (up = high, so negative).
    """
    if plan.layout is not MapLayout.ONION:
        return [(float(p.x or 0), float(p.y or 0), p.acteur) for p in plan.placements]
    result = []
    by_ring: dict[int, list[str]] = {}
    for p in plan.placements:
        by_ring.setdefault(p.ring or 1, []).append(p.acteur)
    for ring, keys in sorted(by_ring.items()):
        offset = rng.uniform(0, 2 * math.pi)
        for i, key in enumerate(keys):
            angle = offset + 2 * math.pi * i / len(keys) + rng.uniform(-0.2, 0.2)
            radius = 110 * (ring - 1) + 55 + rng.uniform(-25, 25)
            if ring == 1:
                radius = rng.uniform(35, 80)
            result.append((round(radius * math.cos(angle), 1),
                           round(radius * math.sin(angle), 1), key))
    return result


def _planned_starts(plan: AtelierPlan, sequences: list[Sequence]) -> dict[str, dt.datetime]:
    moment = _utc(plan.date, plan.start)
    starts = {}
    for seq in sequences:
        starts[seq.id] = moment
        moment += dt.timedelta(minutes=seq.minutes)
    return starts


def _utc(day: dt.date, time: dt.time) -> dt.datetime:
    """Paris wall-clock time as the naive UTC the model stores."""
    local = dt.datetime.combine(day, time)
    try:
        from zoneinfo import ZoneInfo

        aware = local.replace(tzinfo=ZoneInfo("Europe/Paris"))
        return aware.astimezone(dt.UTC).replace(tzinfo=None)
    except Exception:  # no tz database: summer time from April to October
        return local - dt.timedelta(hours=2 if 4 <= day.month <= 10 else 1)


def _ascii(text: str) -> str:
    return "".join(c for c in strip_accents(text.lower())
                   if c.isascii() and (c.isalnum() or c == "-"))


def _move_into_place(tmp: Path, path: Path) -> None:
    """Rename without ever replacing a file that appeared meanwhile."""
    try:
        os.link(tmp, path)
    except FileExistsError as exc:
        raise LieuxError("exists", path=path) from exc
    except OSError:
        # File systems without hard links (FAT USB sticks): check, then rename.
        if path.exists():
            raise LieuxError("exists", path=path) from None
        os.replace(tmp, path)
        return
    tmp.unlink()
