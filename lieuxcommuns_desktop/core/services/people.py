"""People use cases: attendance, walk-ins, bulk imports, usages in words.

A walk-in is typed in a few keystrokes during the welcome ("Prénom Nom,
Structure"): one transaction creates the participant (linked to the acteur
of that name when one exists), marks them present and stamps their arrival.
Every function here returns what its undo needs, so the window can wrap it
in one undo step.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP, tr, translate
from ..labels import fold, participant_label, person_name
from ..model import Acteur, Attendance, Participant, Record, new_id
from ..tables import Table
from . import edits, records
from .notebook import Notebook

log = logging.getLogger(__name__)

CONTEXT = "people"

def _maps(n: int) -> str:
    return translate("people", "%n carte(s)", None, n)


#: How a dependent row is counted in words: table -> its "%n …" plural message.
USAGE_NOUNS: dict[str, Callable[[int], str]] = {  # keyed by Table (a str)
    Table.RESSOURCE: lambda n: translate("people", "%n ressource(s)", None, n),
    Table.ATELIER: lambda n: translate("people", "%n atelier(s)", None, n),
    Table.SEQUENCE: lambda n: translate("people", "%n séquence(s)", None, n),
    Table.ACTEUR: lambda n: translate("people", "%n acteur(s)", None, n),
    Table.PARTICIPANT: lambda n: translate("people", "%n participant·e(s)", None, n),
    Table.ATTENDANCE: lambda n: translate("people", "%n liste(s) d'émargement", None, n),
    Table.STAKEHOLDER_MAP: _maps,
    Table.MAP_PLACEMENT: _maps,
    Table.RELATION: lambda n: translate("people", "%n relation(s)", None, n),
    Table.MATRIX_COLUMN: lambda n: translate("people", "%n matrice(s)", None, n),
    Table.ROLE_CELL: lambda n: translate("people", "%n case(s) de matrice des rôles", None, n),
    Table.DECISION_CELL: lambda n: translate(
        "people", "%n case(s) de matrice de décision", None, n),
    Table.NOTE: lambda n: translate("people", "%n note(s) ou action(s)", None, n),
    Table.EXPERIMENTATION: lambda n: translate("people", "%n expérimentation(s)", None, n),
    Table.EXPERIMENTATION_LOG: lambda n: translate("people", "%n entrée(s) de journal", None, n),
    Table.MEMBERSHIP: lambda n: translate(
        "people", "%n participation(s) à (une|des) expédition(s)", None, n),
    # Counted from an atelier (its collectivités) or a collectivité (its ateliers).
    Table.ATELIER_COLLECTIVITE: lambda n: translate(
        "people", "%n participation(s) (d'une collectivité|de collectivités) à (un|des) "
        "atelier(s)", None, n),
}
AND = QT_TRANSLATE_NOOP("people", "{a} et {b}")


# -- usages --------------------------------------------------------------------
def usage_words(usages: Mapping[str, int]) -> str:
    """``{"participant": 3, "map_placement": 2}`` -> "3 participant·es et 2 cartes"."""
    merged: dict[Callable[[int], str] | str, int] = {}
    for table, n in usages.items():
        key = USAGE_NOUNS.get(table, table)  # the same words (maps) add up
        merged[key] = merged.get(key, 0) + n
    parts = [key(n) if callable(key) else f"{n} {key}" for key, n in merged.items() if n]
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    return tr(CONTEXT, AND, a=", ".join(parts[:-1]), b=parts[-1])


def describe_usages(nb: Notebook, entity: type[Record], record_ids: Iterable[str]) -> str:
    """Where records are used, in words ("" when nowhere)."""
    total: dict[str, int] = {}
    for record_id in record_ids:
        for table, n in records.usages(nb, entity, record_id).items():
            total[table] = total.get(table, 0) + n
    return usage_words(total)


# -- names ---------------------------------------------------------------------
def display_name(p: Participant) -> str:
    """The participant's name as every table, list and document shows it."""
    return participant_label(p)


def find_acteur(acteurs: Iterable[Acteur], name: str) -> Acteur | None:
    """The acteur whose name matches ``name`` ignoring case and accents."""
    key = fold(name)
    if not key:
        return None
    for acteur in acteurs:
        if fold(acteur.name) == key:
            return acteur
    return None


@dataclass(frozen=True)
class WalkInText:
    first_name: str
    last_name: str
    structure: str


def parse_walk_in(text: str) -> WalkInText:
    """"Prénom Nom, Structure" -> its parts; the first word is the first name.

    "Jean-Pierre De la Fontaine, Mairie" gives first name "Jean-Pierre", last
    name "De la Fontaine". A single word is taken as the first name.
    """
    person, _, structure = text.partition(",")
    words = person.split()
    if not words:
        raise ValidationError("invalid_value", field="nom", value=text)
    return WalkInText(words[0], " ".join(words[1:]), structure.strip())


# -- attendance ----------------------------------------------------------------
def attendances(nb: Notebook, atelier_id: str) -> list[tuple[Attendance, Participant]]:
    """The atelier's attendance rows with their participant, by name."""
    with nb.read() as session:
        rows = session.execute(
            select(Attendance, Participant)
            .join(Participant, Attendance.participant_id == Participant.id)
            .where(Attendance.atelier_id == atelier_id)
            .order_by(Participant.last_name, Participant.first_name)
        ).all()
    return [(a, p) for a, p in rows]


def invite_participants(
    nb: Notebook, atelier_id: str, participant_ids: Iterable[str],
) -> edits.Edit:
    """Invite participants (those already listed are skipped), as an edit."""
    wanted = list(dict.fromkeys(participant_ids))
    with nb.write() as session:
        tracker = edits.Tracker(session)
        listed = set(session.scalars(
            select(Attendance.participant_id).where(Attendance.atelier_id == atelier_id)
        ))
        for participant_id in wanted:
            if participant_id not in listed:
                tracker.add(Attendance(atelier_id=atelier_id, participant_id=participant_id))
        return tracker.finish()


@dataclass
class WalkIn:
    """What :func:`add_walk_in` did, so that :func:`undo_walk_in` can revert it."""

    participant_id: str
    attendance_id: str
    created_participant: bool
    created_attendance: bool
    previous: dict[str, Any] = field(default_factory=dict)
    #: The rows it touched, before and after: the window's undo step.
    edit: edits.Edit = field(default_factory=edits.Edit)


def add_walk_in(
    nb: Notebook, atelier_id: str, text: str, arrived_at: dt.time,
    *, participant_id: str | None = None, attendance_id: str | None = None,
) -> WalkIn:
    """Someone arrives unannounced: create or find them, mark present now.

    A participant of the same name already in the notebook is reused (and, if
    invited, simply ticked present); otherwise one is created, linked to the
    acteur named like the structure if there is one, else the structure is
    kept as free text.
    """
    parsed = parse_walk_in(text)
    with nb.write() as session:
        tracker = edits.Tracker(session)
        people = session.scalars(select(Participant)).all()
        key = fold(person_name(parsed.first_name, parsed.last_name))
        person = next((p for p in people if fold(display_name(p)) == key), None)
        created_participant = person is None
        if person is None:
            acteur = find_acteur(session.scalars(select(Acteur)).all(), parsed.structure)
            person = Participant(
                id=participant_id or new_id(),
                first_name=parsed.first_name, last_name=parsed.last_name,
                acteur_id=acteur.id if acteur else None,
                structure="" if acteur else parsed.structure,
            )
            tracker.add(person)
            session.flush()
        row = session.scalars(select(Attendance).where(
            Attendance.atelier_id == atelier_id, Attendance.participant_id == person.id
        )).first()
        previous: dict[str, Any] = {}
        created_attendance = row is None
        if row is None:
            row = Attendance(id=attendance_id or new_id(), atelier_id=atelier_id,
                             participant_id=person.id, walk_in=True, present=True,
                             arrived_at=arrived_at)
            tracker.add(row)
        else:
            previous = {"present": row.present, "arrived_at": row.arrived_at}
            if not row.present:
                tracker.update(row, arrived_at=arrived_at)
            tracker.update(row, present=True)
        result = WalkIn(person.id, row.id, created_participant, created_attendance, previous,
                        tracker.finish())
    log.debug("walk-in %s", result)
    return result


def undo_walk_in(nb: Notebook, walk_in: WalkIn) -> None:
    if walk_in.created_participant:  # the attendance row cascades with it
        records.delete(nb, Participant, walk_in.participant_id)
    elif walk_in.created_attendance:
        records.delete(nb, Attendance, walk_in.attendance_id)
    else:
        records.update(nb, Attendance, walk_in.attendance_id, **walk_in.previous)


# -- bulk import ---------------------------------------------------------------
@dataclass
class ImportResult:
    acteur_ids: list[str]
    participant_ids: list[str]
    #: The rows created: the window's undo step.
    edit: edits.Edit = field(default_factory=edits.Edit)


def import_people(
    nb: Notebook, acteurs: Iterable[Mapping[str, Any]],
    participants: Iterable[Mapping[str, Any]],
) -> ImportResult:
    """Create acteurs then participants in ONE transaction (one undo step).

    Rows are plain dicts of column values; give them an ``id`` so that a redo
    recreates the same records.
    """
    acteur_rows = [dict(r, id=r.get("id") or new_id()) for r in acteurs]
    participant_rows = [dict(r, id=r.get("id") or new_id()) for r in participants]
    with nb.write() as session:
        tracker = edits.Tracker(session)
        for r in acteur_rows:
            tracker.add(Acteur(**r))
        session.flush()  # acteurs before the participants that point at them
        for r in participant_rows:
            tracker.add(Participant(**r))
        return ImportResult([r["id"] for r in acteur_rows], [r["id"] for r in participant_rows],
                            tracker.finish())
