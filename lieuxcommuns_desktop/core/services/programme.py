"""Programme edits: expeditions' members, ateliers' collectivités, phases, dates.

Each function is one intention of the programme lead ("Bréval joins the water
expedition as pilot", "move this atelier to 12 March"), one committed
transaction, and returns an :class:`Edit`: every row it touched as it was
before and as it is after. :func:`undo` puts the *before* rows back and
:func:`redo` the *after* rows, with the same ids, so the window wraps any of
these in one undo step (``ui.commands.EditCommand(doc, text, do)``).

Rules kept here rather than in the UI:

* the host of an atelier takes part in it: setting a host adds it to the
  participating collectivités;
* a collectivité taking part in an atelier of an expedition is a member of
  that expedition: adding it joins it (role *participante*) when it was not;
* leaving an expedition withdraws the collectivité from the expedition's
  ateliers still to come; the ateliers it attended stay in its history and the
  ones it hosts keep their host. :func:`leave_consequences` says all of that
  before anything is done, so the window can ask.

Reads for the programme page live in :mod:`.programme_views`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..enums import AtelierStatus, ExpeditionRole, PhaseKind
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..model import (
    Atelier,
    AtelierCollectivite,
    Collectivite,
    Membership,
    Phase,
    Record,
    Thematique,
    new_id,
)
from .edits import Edit, Tracker, delete_record
from .edits import get as get_record

# The undo and redo of every programme edit, part of this service's API (``programme.undo``).
from .edits import redo as redo
from .edits import undo as undo
from .notebook import Notebook

log = logging.getLogger(__name__)

CTX = "programme"

MESSAGES = {
    "already_member": QT_TRANSLATE_NOOP(
        "programme", "« {collectivite} » participe déjà à l'expédition « {thematique} »."),
    "not_member": QT_TRANSLATE_NOOP(
        "programme", "« {collectivite} » ne participe pas à l'expédition « {thematique} »."),
    "host_is_participant": QT_TRANSLATE_NOOP(
        "programme", "« {collectivite} » accueille cet atelier : choisissez d'abord une autre "
        "collectivité d'accueil."),
    "already_participant": QT_TRANSLATE_NOOP(
        "programme", "« {collectivite} » participe déjà à cet atelier."),
    "not_participant": QT_TRANSLATE_NOOP(
        "programme", "« {collectivite} » ne participe pas à cet atelier."),
    "phase_dates": QT_TRANSLATE_NOOP(
        "programme", "La phase doit finir après son début ({start} → {end}). "
        "Rien n'a été modifié."),
    "date_range": QT_TRANSLATE_NOOP(
        "programme", "Date hors des limites permises (entre {low} et {high}) : {value}."),
}

#: Dates outside these years are typing mistakes, not programmes.
MIN_YEAR, MAX_YEAR = 1990, 2100


class ProgrammeError(ValidationError):
    """A programme edit refused before anything was written."""

    @property
    def message(self) -> str:
        return tr(CTX, MESSAGES.get(self.code, self.code), **self.params)


# -- helpers ---------------------------------------------------------------------------
def _membership(session: Session, collectivite_id: str, thematique_id: str) -> Membership | None:
    return session.scalars(select(Membership).where(
        Membership.collectivite_id == collectivite_id,
        Membership.thematique_id == thematique_id)).first()


def _participation(session: Session, atelier_id: str,
                   collectivite_id: str) -> AtelierCollectivite | None:
    return session.scalars(select(AtelierCollectivite).where(
        AtelierCollectivite.atelier_id == atelier_id,
        AtelierCollectivite.collectivite_id == collectivite_id)).first()


def check_date(value: dt.date | None, name: str = "date") -> None:
    """Refuse years nobody plans a workshop in (a typo such as 0202 or 20025)."""
    if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ProgrammeError("date_range", field=name, value=value.isoformat(),
                             low=f"{MIN_YEAR}-01-01", high=f"{MAX_YEAR}-12-31")


def take_part(session: Session, atelier: Atelier, collectivite_id: str, today: dt.date,
              add: Callable[[Record], object] | None = None) -> None:
    """Make the collectivité a participant of the atelier and a member of its expedition.

    Only the missing rows are added (``add``: the session's, or a tracker's so
    that they are part of an undoable :class:`Edit`). Used by every service
    that puts a collectivité on an atelier, creation from a template included.
    """
    add = add or session.add
    if _participation(session, atelier.id, collectivite_id) is None:
        add(AtelierCollectivite(id=new_id(), atelier_id=atelier.id,
                                collectivite_id=collectivite_id))
    if atelier.thematique_id is None:
        return
    if _membership(session, collectivite_id, atelier.thematique_id) is None:
        add(Membership(id=new_id(), collectivite_id=collectivite_id,
                       thematique_id=atelier.thematique_id,
                       role=ExpeditionRole.PARTICIPANTE, joined_on=atelier.date or today))


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


# -- expeditions ------------------------------------------------------------------------
def join_expedition(
    nb: Notebook, collectivite_id: str, thematique_id: str,
    role: ExpeditionRole = ExpeditionRole.PARTICIPANTE, joined_on: dt.date | None = None,
    *, today: dt.date | None = None,
) -> Edit:
    """The collectivité joins the expedition with ``role`` (on ``joined_on``, else today)."""
    role = ExpeditionRole(role)
    check_date(joined_on, "joined_on")
    with nb.write() as session:
        collectivite = get_record(session, Collectivite, collectivite_id)
        thematique = get_record(session, Thematique, thematique_id)
        if _membership(session, collectivite_id, thematique_id) is not None:
            raise ProgrammeError("already_member", collectivite=collectivite.name,
                                 thematique=thematique.name)
        track = Tracker(session)
        track.add(Membership(collectivite_id=collectivite_id, thematique_id=thematique_id,
                             role=role, joined_on=joined_on or _today(today)))
        return track.finish()


def change_membership(
    nb: Notebook, membership_id: str, *, role: ExpeditionRole | None = None,
    joined_on: dt.date | None = None,
) -> Edit:
    """Change a member's role (pilote, participante, second cercle) or join date."""
    check_date(joined_on, "joined_on")
    with nb.write() as session:
        track = Tracker(session)
        track.touch(Membership, membership_id)
        membership = get_record(session, Membership, membership_id)
        if role is not None:
            membership.role = ExpeditionRole(role)
        if joined_on is not None:
            membership.joined_on = joined_on
        return track.finish()


def change_role(nb: Notebook, membership_id: str, role: ExpeditionRole) -> Edit:
    return change_membership(nb, membership_id, role=role)


@dataclass(frozen=True)
class AtelierRef:
    id: str
    title: str
    date: dt.date | None
    status: AtelierStatus


@dataclass(frozen=True)
class LeaveConsequences:
    """What leaving an expedition does to the collectivité's ateliers there."""

    collectivite: str
    thematique: str
    #: Ateliers still to come (or undated) it will no longer take part in.
    withdrawn: tuple[AtelierRef, ...]
    #: Ateliers held or cancelled: it stays among their participants (history).
    kept: tuple[AtelierRef, ...]
    #: Ateliers still to come that it hosts: they keep their host; change it if needed.
    hosting: tuple[AtelierRef, ...]

    @property
    def has_ateliers(self) -> bool:
        return bool(self.withdrawn or self.kept or self.hosting)


def _is_past(atelier: Atelier, today: dt.date) -> bool:
    if atelier.status in (AtelierStatus.TERMINE, AtelierStatus.ANNULE):
        return True
    return atelier.date is not None and atelier.date < today


def _ref(atelier: Atelier) -> AtelierRef:
    return AtelierRef(atelier.id, atelier.title, atelier.date, atelier.status)


def _plan_leave(session: Session, collectivite_id: str, thematique_id: str,
                today: dt.date) -> tuple[LeaveConsequences, list[AtelierCollectivite]]:
    collectivite = get_record(session, Collectivite, collectivite_id)
    thematique = get_record(session, Thematique, thematique_id)
    ateliers = list(session.scalars(
        select(Atelier).where(Atelier.thematique_id == thematique_id)
        .order_by(Atelier.date.is_(None), Atelier.date, Atelier.title)))
    taking_part = {p.atelier_id: p for p in session.scalars(
        select(AtelierCollectivite).where(
            AtelierCollectivite.collectivite_id == collectivite_id,
            AtelierCollectivite.atelier_id.in_([a.id for a in ateliers])))}
    withdrawn, kept, hosting, remove = [], [], [], []
    for atelier in ateliers:
        hosts = atelier.collectivite_id == collectivite_id
        past = _is_past(atelier, today)
        if hosts and not past:
            hosting.append(_ref(atelier))
        elif atelier.id in taking_part:
            if past:
                kept.append(_ref(atelier))
            else:
                withdrawn.append(_ref(atelier))
                remove.append(taking_part[atelier.id])
    consequences = LeaveConsequences(collectivite.name, thematique.name, tuple(withdrawn),
                                     tuple(kept), tuple(hosting))
    return consequences, remove


def leave_consequences(nb: Notebook, collectivite_id: str, thematique_id: str,
                       *, today: dt.date | None = None) -> LeaveConsequences:
    """What :func:`leave_expedition` would do, for the window to ask first (nothing written)."""
    with nb.read() as session:
        return _plan_leave(session, collectivite_id, thematique_id, _today(today))[0]


def leave_expedition(nb: Notebook, collectivite_id: str, thematique_id: str,
                     *, today: dt.date | None = None) -> Edit:
    """The collectivité leaves the expedition; see :class:`LeaveConsequences`."""
    with nb.write() as session:
        consequences, remove = _plan_leave(session, collectivite_id, thematique_id,
                                           _today(today))
        membership = _membership(session, collectivite_id, thematique_id)
        if membership is None:
            raise ProgrammeError("not_member", collectivite=consequences.collectivite,
                                 thematique=consequences.thematique)
        track = Tracker(session)
        track.delete(membership)
        for row in remove:
            track.delete(row)
        edit = track.finish()
    edit.consequences = consequences
    return edit


# -- ateliers' collectivités -----------------------------------------------------------
def add_participant(nb: Notebook, atelier_id: str, collectivite_id: str,
                    *, today: dt.date | None = None) -> Edit:
    """The collectivité takes part in the atelier (and joins its expedition if needed)."""
    with nb.write() as session:
        atelier = get_record(session, Atelier, atelier_id)
        collectivite = get_record(session, Collectivite, collectivite_id)
        if _participation(session, atelier_id, collectivite_id) is not None:
            raise ProgrammeError("already_participant", collectivite=collectivite.name)
        track = Tracker(session)
        take_part(session, atelier, collectivite_id, _today(today), track.add)
        return track.finish()


def remove_participant(nb: Notebook, atelier_id: str, collectivite_id: str) -> Edit:
    """The collectivité no longer takes part (its membership of the expedition stays)."""
    with nb.write() as session:
        atelier = get_record(session, Atelier, atelier_id)
        collectivite = get_record(session, Collectivite, collectivite_id)
        if atelier.collectivite_id == collectivite_id:
            raise ProgrammeError("host_is_participant", collectivite=collectivite.name)
        row = _participation(session, atelier_id, collectivite_id)
        if row is None:
            raise ProgrammeError("not_participant", collectivite=collectivite.name)
        track = Tracker(session)
        track.delete(row)
        return track.finish()


def set_host(nb: Notebook, atelier_id: str, collectivite_id: str | None,
             *, today: dt.date | None = None) -> Edit:
    """Change the host; the new host takes part, the former one stays a participant."""
    with nb.write() as session:
        track = Tracker(session)
        track.touch(Atelier, atelier_id)
        atelier = get_record(session, Atelier, atelier_id)
        if collectivite_id is not None:
            get_record(session, Collectivite, collectivite_id)
            take_part(session, atelier, collectivite_id, _today(today), track.add)
        atelier.collectivite_id = collectivite_id
        return track.finish()


def move_atelier(nb: Notebook, atelier_id: str, date: dt.date | None) -> Edit:
    """Give the atelier another date (``None``: not dated yet); the timeline's drag."""
    check_date(date)
    with nb.write() as session:
        track = Tracker(session)
        track.touch(Atelier, atelier_id)
        get_record(session, Atelier, atelier_id).date = date
        return track.finish()


# -- phases ------------------------------------------------------------------------------
def _check_phase(start: dt.date, end: dt.date) -> None:
    check_date(start, "start_date")
    check_date(end, "end_date")
    if end < start:
        raise ProgrammeError("phase_dates", start=start.isoformat(), end=end.isoformat())


def create_phase(nb: Notebook, kind: PhaseKind, start_date: dt.date, end_date: dt.date,
                 title: str = "") -> Edit:
    """A period of the programme; several of each kind are allowed (two cohorts…)."""
    _check_phase(start_date, end_date)
    with nb.write() as session:
        track = Tracker(session)
        track.add(Phase(kind=PhaseKind(kind), title=title.strip(), start_date=start_date,
                        end_date=end_date))
        return track.finish()


def edit_phase(nb: Notebook, phase_id: str, *, kind: PhaseKind | None = None,
               title: str | None = None, start_date: dt.date | None = None,
               end_date: dt.date | None = None) -> Edit:
    with nb.write() as session:
        track = Tracker(session)
        track.touch(Phase, phase_id)
        phase = get_record(session, Phase, phase_id)
        start = start_date or phase.start_date
        end = end_date or phase.end_date
        _check_phase(start, end)
        phase.start_date, phase.end_date = start, end
        if kind is not None:
            phase.kind = PhaseKind(kind)
        if title is not None:
            phase.title = title.strip()
        return track.finish()


def delete_phase(nb: Notebook, phase_id: str) -> Edit:
    return delete_record(nb, Phase, phase_id)
