"""The demo's programme: six collectivités on four expeditions over two phases.

:mod:`.demo` builds four richly documented thematic ateliers; this module adds
what makes them a *programme* (PRODUCT.md, issue 14):

* two more collectivités (Bobigny, Romainville) with their people;
* memberships: Montreuil pilots two expeditions, Saint-Denis, Pantin and
  Bobigny are on two each, Romainville on one, Bagnolet only follows the
  natural spaces expedition in the second circle;
* the collectivités taking part in each atelier, hosts included;
* seven lighter ateliers hosted in turn by different collectivités, with an
  agenda from the generic template, from April 2026 to January 2027 — four
  held (with attendance and evaluation forms whose means rise over the
  months), two to come, one not dated yet;
* the two phases: *parcours apprenant* (January–July 2026) and *mise en
  test* (September 2026–August 2027).

Saint-Denis sent nobody to the last two held ateliers of the urbanisme
expedition, so the membership grid flags it. The content is data in
``resources/demo/programme.json`` (read by :mod:`.demo_content`).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from .demo_content import load_programme
from .enums import (
    AtelierStatus,
    QuestionKind,
)
from .model import (
    Acteur,
    Atelier,
    AtelierCollectivite,
    Attendance,
    Collectivite,
    EvaluationAnswer,
    EvaluationForm,
    EvaluationQuestion,
    Membership,
    Participant,
    Phase,
    Sequence,
    Thematique,
    new_id,
)
from .templates import Template
from .templates import load as load_template

Ids = dict[tuple[str, str], str]


def add_people(session: Session, ids: Ids, email: Callable[[str, str], str]) -> None:
    """The two new collectivités, their acteurs and participants (before the ateliers)."""
    content = load_programme()
    for key, coll in content.collectivites.items():
        ids[("collectivite", key)] = new_id()
        session.add(Collectivite(id=ids[("collectivite", key)], name=coll.name,
                                 circle=coll.circle, territory=coll.territory,
                                 contact=coll.contact, description=coll.description))
    session.flush()
    for key, act in content.acteurs.items():
        ids[("acteur", key)] = new_id()
        session.add(Acteur(id=ids[("acteur", key)], name=act.name, category=act.category,
                           description=act.description,
                           collectivite_id=ids[("collectivite", str(act.collectivite))]))
    session.flush()
    for n, (key, who) in enumerate(content.participants.items()):
        first, last = who.first_name, who.last_name
        ids[("participant", key)] = new_id()
        session.add(Participant(
            id=ids[("participant", key)], first_name=first, last_name=last,
            acteur_id=ids[("acteur", who.acteur)],
            structure=content.acteurs[who.acteur].name,
            email=email(first, last), role=who.role,
            phone=f"07 {40 + n:02d} {(29 * n) % 100:02d} {(41 * n + 7) % 100:02d} 00",
        ))


def add_programme(session: Session, ids: Ids) -> None:
    """Memberships, participating collectivités, the lighter ateliers and the phases."""
    content = load_programme()
    thematiques = {t.name: t.id for t in session.scalars(select(Thematique))}
    expedition = {key: thematiques[load_template(template).thematique]
                  for key, template in content.expeditions.items()}
    existing = {(r.collectivite_id, r.thematique_id): r
                for r in session.scalars(select(Membership))}  # the hosts' (see ateliers.py)
    for member in content.memberships:
        key = (ids[("collectivite", member.collectivite)], expedition[member.expedition])
        row = existing.get(key) or Membership(collectivite_id=key[0], thematique_id=key[1])
        row.role, row.joined_on = member.role, member.joined_on
        session.add(row)
    for phase in content.phases:
        session.add(Phase(kind=phase.kind, title=phase.title, start_date=phase.start,
                          end_date=phase.end))

    hosts = dict(session.execute(select(Atelier.id, Atelier.collectivite_id)).all())
    for atelier_key, guests in content.guests.items():
        atelier_id = ids[("atelier", atelier_key)]
        host = hosts[atelier_id]
        _take_part(session, atelier_id, [*([host] if host else []),
                                         *(ids[("collectivite", g)] for g in guests)])

    template = load_template(content.generic_template)
    held = 0
    for plan in content.ateliers:
        atelier_id = ids[("atelier", plan.key)] = new_id()
        session.add(Atelier(
            id=atelier_id, title=plan.title, thematique_id=expedition[plan.expedition],
            collectivite_id=ids[("collectivite", plan.host)], date=plan.date,
            start_time=plan.start, place=plan.place, facilitators=content.facilitators,
            objective=template.objective, status=plan.status,
            planned_minutes=template.total_minutes, template_key=content.generic_template,
        ))
        session.flush()
        session.add_all(
            Sequence(atelier_id=atelier_id, position=i, title=step.title, minutes=step.minutes,
                     method=step.method, instructions=step.instructions,
                     participant_instructions=step.participant_instructions,
                     materials=step.materials, tool=step.tool)
            for i, step in enumerate(template.steps))
        _take_part(session, atelier_id,
                   [ids[("collectivite", c)] for c in (plan.host, *plan.guests)])
        session.add_all(
            Attendance(atelier_id=atelier_id, participant_id=ids[("participant", p)],
                       present=True)
            for p in plan.attendance)
        if plan.status == AtelierStatus.TERMINE:
            _evaluation(session, atelier_id, template, plan.key, len(plan.attendance) - 2,
                        held)
            held += 1


#: Answer weights for 2..5 on a scale question; later ateliers are rated higher.
WEIGHTS = ((3, 8, 10, 4), (2, 6, 12, 7), (1, 4, 12, 10), (1, 3, 10, 14))


def _evaluation(session: Session, atelier_id: str, template: Template, key: str,
                forms: int, held_index: int) -> None:
    """Questions of the generic template and ``forms`` paper forms, seeded per atelier."""
    rng = random.Random(f"demo-{key}")
    weights = WEIGHTS[min(held_index, len(WEIGHTS) - 1)]
    questions = [EvaluationQuestion(id=new_id(), atelier_id=atelier_id, position=i,
                                    text=q.text, kind=q.kind)
                 for i, q in enumerate(template.evaluation_questions)]
    sheets = [EvaluationForm(id=new_id(), atelier_id=atelier_id, number=n + 1)
              for n in range(forms)]
    session.add_all([*questions, *sheets])
    session.flush()
    for sheet in sheets:
        for question in questions:
            if question.kind is QuestionKind.SCALE5:
                session.add(EvaluationAnswer(form_id=sheet.id, question_id=question.id,
                                             value=rng.choices((2, 3, 4, 5), weights)[0]))


def _take_part(session: Session, atelier_id: str, collectivite_ids: list[str]) -> None:
    """Add the participations the atelier does not have yet (its host may be there)."""
    there = set(session.scalars(select(AtelierCollectivite.collectivite_id).where(
        AtelierCollectivite.atelier_id == atelier_id)))
    for collectivite_id in dict.fromkeys(collectivite_ids):
        if collectivite_id not in there:
            session.add(AtelierCollectivite(atelier_id=atelier_id,
                                            collectivite_id=collectivite_id))
