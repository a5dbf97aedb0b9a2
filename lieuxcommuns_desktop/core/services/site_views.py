"""What the published site and the evaluation report read: read models, no writes.

``publishing/`` only renders: it never opens a session (``tests/test_layering.py``).
:func:`site_view` reads, in one transaction, the rows the site is built from
as plain values — uncensored: the :class:`~..publishing.consent.Censor` is
built from :attr:`SiteView.people` and applied by ``publishing/site_data.py``.
Contact fields (e-mail, phone) and attendance are not read at all, so they
cannot reach a page. Each list keeps the order of its query: the site sorts
some of them again with a stable sort, and ties must fall as they always did.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import model as m
from ..labels import person_name
from .notebook import Notebook


@dataclass(frozen=True)
class PersonInfo:
    """What the censor needs to know of one participant (no contact fields)."""

    id: str
    first_name: str
    last_name: str
    consent: bool
    role: str = ""
    structure: str = ""
    category: str | None = None

    @property
    def full_name(self) -> str:
        return person_name(self.first_name, self.last_name)


@dataclass(frozen=True)
class ProgrammeInfo:
    id: str
    title: str
    territory: str
    description: str
    licence: str
    modified_at: dt.datetime


@dataclass(frozen=True)
class NoteInfo:
    """One note with its owner as stored: the site names or replaces them."""

    atelier_id: str
    kind: str
    text: str
    created_at: dt.datetime
    #: The séquence's title and id when the note belongs to one of its atelier's; else "".
    step_title: str
    step_id: str
    owner_participant_id: str | None
    #: The owning acteur's name when the note names an acteur that exists; else None.
    owner_acteur: str | None
    owner_text: str
    due_date: dt.date | None
    done: bool


@dataclass(frozen=True)
class AtelierInfo:
    id: str
    title: str
    date: dt.date | None
    modified_at: dt.datetime
    thematique_id: str | None
    #: Names of the collectivités taking part, in the order their links were read.
    collectivites: tuple[str, ...]


@dataclass(frozen=True)
class CollectiviteInfo:
    id: str
    name: str
    circle: str
    territory: str
    description: str


@dataclass(frozen=True)
class MemberInfo:
    thematique_id: str
    collectivite_id: str
    role: str
    joined_on: dt.date | None
    modified_at: dt.datetime


@dataclass(frozen=True)
class ExpeditionInfo:
    """A thématique, which the site calls an expedition."""

    id: str
    name: str
    description: str
    modified_at: dt.datetime


@dataclass(frozen=True)
class PhaseInfo:
    kind: str
    title: str
    start: dt.date
    end: dt.date


@dataclass
class SiteView:
    programme: ProgrammeInfo | None
    people: list[PersonInfo]
    #: By id, the order the site's slugs are given in.
    ateliers: list[AtelierInfo]
    #: Every note of every atelier, oldest first (then by id).
    notes: list[NoteInfo] = field(default_factory=list)
    collectivites: list[CollectiviteInfo] = field(default_factory=list)
    #: By position, then id.
    expeditions: list[ExpeditionInfo] = field(default_factory=list)
    members: list[MemberInfo] = field(default_factory=list)
    #: By start date, then id.
    phases: list[PhaseInfo] = field(default_factory=list)
    #: Every acteur's name that is not blank, once each.
    acteur_names: set[str] = field(default_factory=set)


def _programme(session: Session) -> ProgrammeInfo | None:
    row = session.scalars(select(m.Programme)).first()
    if row is None:
        return None
    return ProgrammeInfo(row.id, row.title, row.territory, row.description, row.licence,
                         row.modified_at)


def _people(session: Session) -> list[PersonInfo]:
    acteurs = {a.id: a for a in session.scalars(select(m.Acteur))}
    people = []
    for p in session.scalars(select(m.Participant).order_by(m.Participant.id)):
        acteur = acteurs.get(p.acteur_id or "")
        people.append(PersonInfo(
            p.id, p.first_name, p.last_name, bool(p.consent), p.role,
            acteur.name if acteur else p.structure,
            acteur.category.value if acteur else None,
        ))
    return people


def _notes(session: Session) -> list[NoteInfo]:
    acteurs = dict(session.execute(select(m.Acteur.id, m.Acteur.name)).all())
    sequences = {sid: (title, atelier_id) for sid, title, atelier_id in session.execute(
        select(m.Sequence.id, m.Sequence.title, m.Sequence.atelier_id)).all()}
    notes = []
    for n in session.scalars(select(m.Note).order_by(m.Note.created_at, m.Note.id)):
        step_title, step_atelier = sequences.get(n.sequence_id or "", ("", None))
        step_id = n.sequence_id if step_atelier == n.atelier_id and n.sequence_id else ""
        notes.append(NoteInfo(
            n.atelier_id, n.kind.value, n.text, n.created_at,
            step_title if step_id else "", step_id,
            n.owner_participant_id,
            acteurs[n.owner_acteur_id] if n.owner_acteur_id in acteurs else None,
            n.owner_text, n.due_date, n.done,
        ))
    return notes


def people(nb: Notebook) -> list[PersonInfo]:
    """Every participant as the censor knows them, by id."""
    with nb.read() as s:
        return _people(s)


def programme(nb: Notebook) -> ProgrammeInfo | None:
    """The notebook's programme (its title, licence…), None in a notebook without one."""
    with nb.read() as s:
        return _programme(s)


def site_view(nb: Notebook) -> SiteView:
    """Everything the site is built from but an atelier's own content, in one read.

    An atelier's agenda, matrices, maps and boards come from
    :func:`.atelier_views` (``printing.data.load``), like its printed kit.
    """
    with nb.read() as s:
        collectivites = {c.id: c for c in s.scalars(select(m.Collectivite))}
        taking_part: dict[str, list[str]] = defaultdict(list)
        for link in s.scalars(select(m.AtelierCollectivite)):
            if link.collectivite_id in collectivites:
                taking_part[link.atelier_id].append(collectivites[link.collectivite_id].name)
        ateliers = [
            AtelierInfo(a.id, a.title, a.date, a.modified_at, a.thematique_id,
                        tuple(taking_part.get(a.id, [])))
            for a in s.scalars(select(m.Atelier).order_by(m.Atelier.id))
        ]
        return SiteView(
            programme=_programme(s),
            people=_people(s),
            ateliers=ateliers,
            notes=_notes(s),
            collectivites=[CollectiviteInfo(c.id, c.name, c.circle.value, c.territory,
                                            c.description) for c in collectivites.values()],
            expeditions=[ExpeditionInfo(t.id, t.name, t.description, t.modified_at)
                         for t in s.scalars(select(m.Thematique).order_by(
                             m.Thematique.position, m.Thematique.id))],
            members=[MemberInfo(ms.thematique_id, ms.collectivite_id, ms.role.value,
                                ms.joined_on, ms.modified_at)
                     for ms in s.scalars(select(m.Membership).order_by(m.Membership.id))],
            phases=[PhaseInfo(p.kind.value, p.title, p.start_date, p.end_date)
                    for p in s.scalars(select(m.Phase).order_by(m.Phase.start_date,
                                                                m.Phase.id))],
            acteur_names={a.name for a in s.scalars(select(m.Acteur)) if a.name.strip()},
        )
