"""The demo's experiments (*mise en test*): four collectivités, measured for months.

:mod:`.demo` writes two experiments with a dated log (Montreuil's park
committee, Saint-Denis' shared programming); this module, run after
:mod:`.demo_programme`, gives them what issue 15 follows and adds two more:

* every experiment has its kind of tool, its ressource, origin atelier and
  origin note (text copied), partners, indicators with a baseline, a target
  and monthly measures, milestones and its status transitions;
* Montreuil's park committee and Pantin's basin committee both test
  *implication des habitants*, so the comparison view has two rows to set
  side by side;
* Bobigny prepares a *cadre juridique* (a temporary occupation agreement on
  the Ourcq brownfield); Saint-Denis' programming committee is *appui
  matériel et humain*.

Measures stop at the demo's own "today" (November 2026), never after. The content
is data in ``resources/demo/experiments.json`` (read by :mod:`.demo_content`).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from .demo_content import FollowUpPlan, load_experiments
from .enums import AtelierLinkRole, NoteKind, OriginKind
from .model import (
    Atelier,
    Experimentation,
    ExperimentationAtelier,
    ExperimentationLog,
    ExperimentationOrigin,
    ExperimentationPartner,
    Indicator,
    IndicatorValue,
    Milestone,
    Note,
    StatusTransition,
    new_id,
)
from .tool_kinds import seed_id

Ids = dict[tuple[str, str], str]


def add_experiments(session: Session, ids: Ids) -> None:
    """Enrich the demo's experiments and add two more (see the module docstring)."""
    content = load_experiments()
    for plan in content.experimentations:
        exp = Experimentation(id=new_id(), collectivite_id=ids[("collectivite", plan.collectivite)],
                              title=plan.title, tool_tested=plan.tool_tested,
                              hypothesis=plan.hypothesis, status=plan.status,
                              start_date=plan.start, end_date=plan.end,
                              description=plan.description)
        session.add(exp)
        session.flush()
        session.add_all(ExperimentationLog(experimentation_id=exp.id, date=day, text=text)
                        for day, text in plan.log)
    session.flush()
    for exp in session.scalars(select(Experimentation)):
        details = content.follow_up.get(exp.title)
        if details is not None:
            _details(session, ids, exp, details)


def _details(session: Session, ids: Ids, exp: Experimentation, d: FollowUpPlan) -> None:
    exp.tool_kind_id = seed_id(d.tool_kind)
    exp.lessons = d.lessons
    atelier = session.get(Atelier, ids[("atelier", d.atelier)])
    assert atelier is not None
    exp.ressource_id = atelier.ressource_id
    session.add(ExperimentationAtelier(
        experimentation_id=exp.id, atelier_id=atelier.id, role=AtelierLinkRole.ORIGINE,
        atelier_title=atelier.title, atelier_date=atelier.date))
    note = session.scalars(select(Note).where(Note.atelier_id == atelier.id).order_by(
        (Note.kind != NoteKind.DECISION), Note.created_at)).first()
    if note is not None:
        session.add(ExperimentationOrigin(
            experimentation_id=exp.id, kind=OriginKind.NOTE, note_id=note.id,
            atelier_id=atelier.id, text=note.text, atelier_title=atelier.title))
    for partner in d.partners:
        session.add(ExperimentationPartner(experimentation_id=exp.id,
                                           collectivite_id=ids[("collectivite", partner)]))
    for position, planned in enumerate(d.indicators):
        indicator = Indicator(id=new_id(), experimentation_id=exp.id, name=planned.name,
                              unit=planned.unit, baseline=planned.baseline,
                              target=planned.target, position=position)
        session.add(indicator)
        session.add_all(
            IndicatorValue(indicator_id=indicator.id, date=_month(planned.first_month, n),
                           value=v)
            for n, v in enumerate(planned.values))
    session.add_all(Milestone(experimentation_id=exp.id, title=title, due_date=due, done=done,
                              position=n)
                    for n, (title, due, done) in enumerate(d.milestones))
    session.add_all(StatusTransition(experimentation_id=exp.id, date=day, from_status=old,
                                     to_status=new, reason=reason)
                    for day, old, new, reason in d.transitions)


def _month(first: dt.date, n: int) -> dt.date:
    """The ``n``-th month after ``first``, on its 28th (a measure at the end of the month)."""
    month = first.month - 1 + n
    return dt.date(first.year + month // 12, month % 12 + 1, 28)
