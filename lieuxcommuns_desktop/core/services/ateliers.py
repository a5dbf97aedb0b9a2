"""Use cases that make ateliers from templates and templates from ateliers.

Each call that edits is one :meth:`Notebook.write` — one transaction, one
change event, hence one step for the window's undo stack (undo of a creation
is ``records.delete`` of the returned atelier or séquences).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from collections.abc import Sequence as Seq
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..enums import OSTROM_PRINCIPLES, ActeurCategory, AtelierStatus, PrincipleStatus
from ..errors import LieuxError
from ..model import (
    Acteur,
    Atelier,
    AtelierPart,
    CommonsAssessment,
    Decision,
    DecisionCell,
    EvaluationQuestion,
    MapPlacement,
    MatrixColumn,
    Positioned,
    Record,
    Relation,
    Responsibility,
    Ressource,
    RoleCell,
    Sequence,
    StakeholderMap,
    Thematique,
    new_id,
)
from ..templates import (
    Question,
    Step,
    Template,
    TemplateError,
    check_personal_key,
    invalid_error,
    load,
    write_personal,
)
from . import agenda, edits, programme, record_edits
from .notebook import Notebook

log = logging.getLogger(__name__)

R = TypeVar("R", bound=Record)
P = TypeVar("P", bound=AtelierPart)

#: Columns never copied from one record to another.
_OWN = {"id", "modified_at"}


# -- from a template -------------------------------------------------------------
#: The fields of the atelier's sheet (the host collectivité is a programme edit, not one).
DETAILS = frozenset({"title", "thematique_id", "ressource_id", "date", "start_time",
                     "planned_minutes", "place", "facilitators", "status", "objective"})


def edit_details(nb: Notebook, atelier_id: str, **values: Any) -> edits.Edit:
    """Change fields of the atelier's sheet, as an edit; a title is never empty."""
    unknown = set(values) - DETAILS
    if unknown:
        raise LieuxError("invalid_value", field=", ".join(sorted(unknown)), value="")
    return record_edits.change(nb, Atelier, atelier_id, **values)


def create_from_template(
    nb: Notebook,
    template: Template,
    *,
    title: str | None = None,
    date: dt.date | None = None,
    start_time: dt.time | None = None,
    thematique_id: str | None = None,
    ressource_id: str | None = None,
    collectivite_id: str | None = None,
    place: str = "",
    facilitators: str = "",
    objective: str | None = None,
    status: AtelierStatus = AtelierStatus.BROUILLON,
    planned_minutes: int | None = None,
) -> Atelier:
    """A new atelier with the template's agenda, matrix rows, grid and questions.

    Without ``thematique_id`` the atelier joins the notebook's thématique of
    the template's name, created if the notebook has none.
    """
    with nb.write() as session:
        if thematique_id is None and template.thematique:
            thematique_id = _thematique_named(session, template)
        atelier = Atelier(
            id=new_id(),
            title=title or template.title,
            thematique_id=thematique_id,
            ressource_id=ressource_id,
            collectivite_id=collectivite_id,
            date=date,
            start_time=start_time,
            place=place,
            facilitators=facilitators,
            objective=template.objective if objective is None else objective,
            status=status,
            planned_minutes=planned_minutes or template.total_minutes,
            template_key=template.key,
        )
        session.add(atelier)
        session.flush()  # no ORM relationships: parents must reach the table first
        if collectivite_id is not None:  # the host takes part, and is on the expedition
            programme.take_part(session, atelier, collectivite_id, date or dt.date.today())
        session.add_all(_sequences(atelier.id, template.steps, start=0))
        session.add_all(
            Responsibility(atelier_id=atelier.id, position=i, label=label)
            for i, label in enumerate(template.responsibilities)
        )
        session.add_all(
            Decision(atelier_id=atelier.id, position=i, label=label)
            for i, label in enumerate(template.decisions)
        )
        session.add_all(
            CommonsAssessment(atelier_id=atelier.id, principle=n, status=PrincipleStatus.ABSENT)
            for n in range(1, len(OSTROM_PRINCIPLES) + 1)
        )
        session.add_all(
            EvaluationQuestion(atelier_id=atelier.id, position=i, text=q.text, kind=q.kind)
            for i, q in enumerate(template.evaluation_questions)
        )
    log.info("atelier %s created from template %s", atelier.id, template.key)
    return atelier


def add_steps_from_template(
    nb: Notebook,
    atelier_id: str,
    template: Template,
    step_indexes: Iterable[int],
    position: int | None = None,
) -> list[Sequence]:
    """Insert some of a template's steps into an atelier's agenda.

    ``position`` is where the first new séquence goes (0 = first; None or
    beyond the end = appended); the séquences after it move down.
    """
    indexes = list(step_indexes)
    for index in indexes:
        if not 0 <= index < len(template.steps):
            raise LieuxError("invalid_value", field="step_indexes", value=index)
    steps = [template.steps[i] for i in indexes]
    with nb.write() as session:
        _require(session, Atelier, atelier_id)
        existing = list(session.scalars(
            select(Sequence).where(Sequence.atelier_id == atelier_id).order_by(Sequence.position)
        ))
        at = len(existing) if position is None else max(0, min(position, len(existing)))
        created = _sequences(atelier_id, steps, start=at)
        for offset, seq in enumerate(existing[at:], start=at + len(created)):
            if seq.position != offset:
                seq.position = offset
        for offset, seq in enumerate(existing[:at]):
            if seq.position != offset:
                seq.position = offset
        session.add_all(created)
    return created


def insert_template_steps(
    nb: Notebook, atelier_id: str, template: Template, step_indexes: Iterable[int],
    position: int | None = None,
) -> edits.Edit:
    """:func:`add_steps_from_template` as an edit (undo removes them, renumbers the others)."""
    indexes = list(step_indexes)
    for index in indexes:
        if not 0 <= index < len(template.steps):
            raise LieuxError("invalid_value", field="step_indexes", value=index)
    steps = [agenda.step_values(template.steps[i]) for i in indexes]
    return agenda.insert_steps(nb, atelier_id, steps, position)


# -- duplicate -----------------------------------------------------------------
def duplicate_atelier(nb: Notebook, atelier_id: str, new_title: str) -> Atelier:
    """A copy of an atelier's preparation, for another date or another town.

    Copied: agenda (without actual times), matrix columns, role and decision
    matrices with their cells, commons grid, maps with placements and
    relations, evaluation questions. Not copied: what happened on the day —
    notes, attendance, evaluation forms, live state.
    """
    with nb.write() as session:
        source = _require(session, Atelier, atelier_id)
        copy = _clone(
            source, title=new_title, status=AtelierStatus.BROUILLON, live_state=""
        )
        session.add(copy)
        session.flush()  # no ORM relationships: parents must reach the table first
        new = copy.id
        if copy.collectivite_id is not None:  # the host takes part, as in the source
            programme.take_part(session, copy, copy.collectivite_id,
                                copy.date or dt.date.today())

        # Parents first, then one flush, then the rows that point at them.
        copies: dict[str, str] = {}  # old row id -> new row id
        for entity in (Sequence, MatrixColumn, EvaluationQuestion, CommonsAssessment,
                       Responsibility, Decision, StakeholderMap):
            for row in _children(session, entity, atelier_id):
                extra = {"actual_start": None, "actual_end": None} if entity is Sequence else {}
                row_copy = _clone(row, atelier_id=new, **extra)
                copies[row.id] = row_copy.id
                session.add(row_copy)
        session.flush()
        for cell_entity, parent in ((RoleCell, RoleCell.responsibility_id),
                                    (DecisionCell, DecisionCell.decision_id),
                                    (MapPlacement, MapPlacement.map_id),
                                    (Relation, Relation.map_id)):
            source_rows = list(session.scalars(
                select(cell_entity).where(parent.in_(list(copies)))))
            for cell in source_rows:
                old = getattr(cell, parent.key)
                session.add(_clone(cell, **{parent.key: copies[old]}))
    log.info("atelier %s duplicated as %s", atelier_id, copy.id)
    return copy


# -- to a template ---------------------------------------------------------------
def template_from_atelier(
    nb: Notebook, atelier_id: str, key: str, title: str,
    personal_dir: Path | str | None = None,
) -> Template:
    """The template an atelier would make (nothing written)."""
    with nb.read() as session:
        atelier = _require(session, Atelier, atelier_id)
        thematique = session.get(Thematique, atelier.thematique_id) if atelier.thematique_id \
            else None
        ressource = session.get(Ressource, atelier.ressource_id) if atelier.ressource_id \
            else None
        steps = tuple(
            Step(
                title=s.title, minutes=max(1, min(600, s.minutes)), method=s.method,
                instructions=s.instructions, participant_instructions=s.participant_instructions,
                materials=s.materials, tool=s.tool,
            )
            for s in _children(session, Sequence, atelier_id)
        )
        responsibilities = tuple(
            r.label for r in _children(session, Responsibility, atelier_id) if r.label.strip()
        )
        decisions = tuple(
            d.label for d in _children(session, Decision, atelier_id) if d.label.strip()
        )
        questions = tuple(
            Question(text=q.text, kind=q.kind)
            for q in _children(session, EvaluationQuestion, atelier_id) if q.text.strip()
        )
        categories: Seq[ActeurCategory] = _categories_used(session, atelier_id)
    origin = _origin(atelier.template_key, personal_dir)
    if not categories and origin is not None:
        categories = origin.stakeholder_categories
    if ressource is not None:
        resource_kind = ressource.kind
    elif origin is not None:
        resource_kind = origin.resource_kind
    else:
        resource_kind = Template.resource_kind  # the dataclass's default
    return Template(
        key=key,
        title=title,
        objective=atelier.objective,
        steps=steps,
        thematique=thematique.name if thematique else (origin.thematique if origin else ""),
        thematique_description=(
            thematique.description if thematique
            else (origin.thematique_description if origin else "")
        ),
        resource_kind=resource_kind,
        responsibilities=responsibilities,
        decisions=decisions,
        stakeholder_categories=tuple(categories),
        evaluation_questions=questions,
        builtin=False,
    )


def save_as_template(
    nb: Notebook,
    atelier_id: str,
    key: str,
    title: str,
    personal_dir: Path | str,
    *,
    overwrite: bool = False,
) -> Path:
    """Write an atelier's preparation as a personal template; returns its file.

    A built-in template's key is refused; an existing personal template is
    replaced only with ``overwrite`` (the window asks first).
    """
    check_personal_key(key)
    template = template_from_atelier(nb, atelier_id, key, title, personal_dir)
    if not template.steps:
        raise invalid_error(key, "steps", "no_steps")
    path = write_personal(template, personal_dir, overwrite=overwrite)
    log.info("atelier %s saved as personal template %s", atelier_id, path)
    return path


# -- helpers -------------------------------------------------------------------
def _sequences(atelier_id: str, steps: Seq[Step], *, start: int) -> list[Sequence]:
    return [
        Sequence(
            id=new_id(),
            atelier_id=atelier_id,
            position=start + i,
            title=step.title,
            minutes=step.minutes,
            method=step.method,
            instructions=step.instructions,
            participant_instructions=step.participant_instructions,
            materials=step.materials,
            tool=step.tool,
        )
        for i, step in enumerate(steps)
    ]


def _thematique_named(session: Session, template: Template) -> str:
    wanted = template.thematique.strip().casefold()
    for thematique in session.scalars(select(Thematique)):
        if thematique.name.strip().casefold() == wanted:
            return thematique.id
    position = session.scalar(select(func.max(Thematique.position)))
    thematique = Thematique(
        id=new_id(),
        name=template.thematique.strip(),
        description=template.thematique_description,
        position=0 if position is None else position + 1,
    )
    session.add(thematique)
    session.flush()
    return thematique.id


def _require(session: Session, entity: type[R], record_id: str) -> R:
    obj = session.get(entity, record_id)
    if obj is None:
        raise LieuxError("not_found", what=entity.__tablename__, key=record_id)
    return obj


def _children(session: Session, entity: type[P], atelier_id: str) -> list[P]:
    """An atelier's rows of one kind, in the order the user gave them."""
    stmt = select(entity).where(entity.atelier_id == atelier_id)
    if issubclass(entity, Positioned):
        stmt = stmt.order_by(entity.position)
    elif entity is CommonsAssessment:
        stmt = stmt.order_by(CommonsAssessment.principle)
    return list(session.scalars(stmt))


def _clone(obj: R, **overrides: Any) -> R:
    """A new record with ``obj``'s column values, a new id and ``overrides``."""
    values = {
        column.key: getattr(obj, column.key)
        for column in obj.__table__.columns
        if column.key not in _OWN
    }
    values.update(overrides)
    return type(obj)(id=new_id(), **values)


def _categories_used(session: Session, atelier_id: str) -> list[ActeurCategory]:
    """Categories of the acteurs on the atelier's matrices and maps, canonical order."""
    in_matrices = select(MatrixColumn.acteur_id).where(MatrixColumn.atelier_id == atelier_id)
    on_maps = (
        select(MapPlacement.acteur_id)
        .join(StakeholderMap, StakeholderMap.id == MapPlacement.map_id)
        .where(StakeholderMap.atelier_id == atelier_id)
    )
    found = set(session.scalars(
        select(Acteur.category).where(Acteur.id.in_(in_matrices.union(on_maps))).distinct()
    ))
    return [c for c in ActeurCategory if c in found]


def _origin(key: str, personal_dir: Path | str | None) -> Template | None:
    if not key:
        return None
    try:
        return load(key, personal_dir)
    except TemplateError:
        return None
