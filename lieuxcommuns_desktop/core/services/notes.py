"""Notes taken during and after a workshop, and the actions among them.

A note is typed in one line while people talk, so the line itself may say
what it is: a leading marker sets the kind (``!`` décision, ``?`` question,
``>`` action, ``*`` idée, ``/!\\`` or ``⚠`` vigilance; see
``docs/notes-markers.md``), and an action may end with ``@owner`` and
``#date``. :func:`capture` parses the line and commits the note in one
write, so a note confirmed with Enter survives a crash.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TypedDict, Unpack

from sqlalchemy import select

from .. import labels
from ..enums import NoteKind
from ..errors import LieuxError
from ..model import (
    Acteur,
    Atelier,
    Attendance,
    Collectivite,
    Note,
    Participant,
    Sequence,
    new_id,
    utcnow,
)
from . import edits, record_edits
from .notebook import Notebook

#: Markers in the order they are tried (longest first).
MARKERS: tuple[tuple[str, NoteKind], ...] = (
    ("/!\\", NoteKind.VIGILANCE),
    ("⚠️", NoteKind.VIGILANCE),
    ("⚠", NoteKind.VIGILANCE),
    ("!", NoteKind.DECISION),
    ("?", NoteKind.QUESTION),
    (">", NoteKind.ACTION),
    ("*", NoteKind.IDEE),
)

#: Kinds in the order of the Ctrl+1…6 shortcuts.
KIND_ORDER: tuple[NoteKind, ...] = (
    NoteKind.NOTE, NoteKind.IDEE, NoteKind.QUESTION,
    NoteKind.DECISION, NoteKind.ACTION, NoteKind.VIGILANCE,
)

_DUE = re.compile(r"(?:^|\s)#(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)(?=\s|$)")
_OWNER = re.compile(r"(?:^|\s)@([^@#]+?)\s*(?=#|$)")


@dataclass(frozen=True)
class Parsed:
    kind: NoteKind | None
    text: str
    owner: str = ""
    due: dt.date | None = None


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """``2026-12-15``, ``15/12/2026``, ``15/12/26`` or ``15/12`` (next such day)."""
    text = text.strip()
    if not text:
        return None
    today = today or dt.date.today()
    try:
        if "-" in text:
            y, m, d = (int(p) for p in text.split("-"))
            return dt.date(y, m, d)
        parts = [int(p) for p in text.split("/")]
        if len(parts) == 2:
            day = dt.date(today.year, parts[1], parts[0])
            return day if day >= today else dt.date(today.year + 1, parts[1], parts[0])
        d, m, y = parts
        return dt.date(y + 2000 if y < 100 else y, m, d)
    except ValueError:
        return None


def parse(line: str, kind: NoteKind | str | None = None,
          today: dt.date | None = None) -> Parsed:
    """Split a typed line into kind, text, owner and due date.

    A leading marker wins over ``kind`` (the Ctrl+1…6 choice); ``@owner`` and
    ``#date`` are read only in an action, so "rdv @ la mairie" stays a note.
    """
    text = line.strip()
    found: NoteKind | None = None
    for marker, marker_kind in MARKERS:
        if text.startswith(marker):
            found = marker_kind
            text = text[len(marker):].strip()
            break
    final = found or (NoteKind(kind) if kind else None)
    owner, due = "", None
    if final is NoteKind.ACTION:
        m = _DUE.search(text)
        if m:
            due = parse_date(m.group(1), today)
            if due is not None:
                text = (text[:m.start()] + text[m.end():]).strip()
        m = _OWNER.search(text)
        if m:
            owner = m.group(1).strip()
            text = (text[:m.start()] + text[m.end():]).strip()
    return Parsed(final, text, owner, due)


# -- owners ------------------------------------------------------------------------
@dataclass(frozen=True)
class Owner:
    label: str
    participant_id: str | None = None
    acteur_id: str | None = None


def fold(text: str) -> str:
    """Case- and accent-insensitive key, for matching names typed in a hurry."""
    return " ".join(labels.strip_accents(text.casefold()).split())


def participant_label(p: Participant) -> str:
    return labels.participant_label(p, structure=True)


def owners(nb: Notebook, atelier_id: str | None = None) -> list[Owner]:
    """Who can own an action: this atelier's participants first, then everybody."""
    with nb.read() as session:
        invited: set[str] = set()
        if atelier_id:
            invited = set(session.scalars(
                select(Attendance.participant_id).where(Attendance.atelier_id == atelier_id)))
        people = session.scalars(select(Participant)).all()
        acteurs = session.scalars(select(Acteur).order_by(Acteur.name)).all()
    people = sorted(people, key=lambda p: (p.id not in invited, fold(participant_label(p))))
    result = [Owner(participant_label(p), participant_id=p.id) for p in people
              if participant_label(p)]
    result += [Owner(a.name, acteur_id=a.id) for a in acteurs if a.name]
    return result


def resolve_owner(nb: Notebook, text: str, atelier_id: str | None = None) -> Owner:
    """A known participant or acteur when ``text`` names exactly one, else free text."""
    key = fold(text)
    if not key:
        return Owner("")
    candidates = owners(nb, atelier_id)
    exact = [o for o in candidates if fold(o.label) == key]
    if not exact:
        # "Dupont Marie" for "Marie Dupont"
        exact = [o for o in candidates if sorted(fold(o.label).split()) == sorted(key.split())]
    if len(exact) == 1 or (exact and len({(o.participant_id, o.acteur_id) for o in exact}) == 1):
        return exact[0]
    return Owner(text.strip())


def owner_fields(owner: Owner) -> dict[str, object]:
    return {
        "owner_participant_id": owner.participant_id,
        "owner_acteur_id": owner.acteur_id,
        "owner_text": "" if (owner.participant_id or owner.acteur_id) else owner.label,
    }


# -- capture --------------------------------------------------------------------------
class NoteForm(TypedDict, total=False):
    """What the capture form adds to the typed line; every key is optional.

    :func:`capture` and :func:`take_note` take the same keywords: they are
    written once, here. ``owner``/``due`` win over ``@``/``#`` typed in the
    line; ``note_id`` and ``now`` let undo/redo recreate the same note.
    """

    kind: NoteKind | str | None
    sequence_id: str | None
    owner: str
    due: dt.date | None
    now: dt.datetime | None
    note_id: str | None


def capture(nb: Notebook, atelier_id: str, line: str, **form: Unpack[NoteForm]) -> Note:
    """Commit one note typed as ``line``; a marker in the line wins over ``kind``."""
    values = _note_values(nb, atelier_id, line, form)
    with nb.write() as session:
        note = Note(**values)
        session.add(note)
    return note


def take_note(nb: Notebook, atelier_id: str, line: str, **form: Unpack[NoteForm]) -> edits.Edit:
    """:func:`capture` as an edit: undo removes the note, redo puts the same note back."""
    values = _note_values(nb, atelier_id, line, form)
    with nb.write() as session:
        tracker = edits.Tracker(session)
        tracker.add(Note(**values))
        return tracker.finish()


#: What a person may change in a note once taken (the dialog, the actions page).
REVISABLE = frozenset({"text", "kind", "sequence_id", "owner_participant_id", "owner_acteur_id",
                       "owner_text", "due_date", "done"})


def revise(nb: Notebook, note_id: str, **values: object) -> edits.Edit:
    """Change a note's text, kind, séquence, owner, due date or done mark, as an edit."""
    unknown = set(values) - REVISABLE
    if unknown:
        raise LieuxError("invalid_value", field=", ".join(sorted(unknown)), value="")
    return record_edits.change(nb, Note, note_id, **values)


def mark_done(nb: Notebook, note_id: str, done: bool = True) -> edits.Edit:
    """Mark an action done (or to do again), as an edit."""
    return revise(nb, note_id, done=done)


def delete_notes(nb: Notebook, note_ids: list[str]) -> edits.Edit:
    """Delete notes (what points at them is unlinked), as an edit that puts them back."""
    return record_edits.remove(nb, Note, note_ids)


def _note_values(nb: Notebook, atelier_id: str, line: str, form: NoteForm) -> dict[str, object]:
    """The note's fields from the line typed and the form; refuses an empty note."""
    parsed = parse(line, form.get("kind"))
    final_kind = parsed.kind or NoteKind.NOTE
    if not parsed.text:
        raise LieuxError("invalid_value", field="texte", value=line)
    values: dict[str, object] = {
        "id": form.get("note_id") or new_id(),
        "atelier_id": atelier_id,
        "sequence_id": form.get("sequence_id"),
        "kind": final_kind,
        "text": parsed.text,
        "created_at": form.get("now") or utcnow(),
    }
    if final_kind is NoteKind.ACTION:
        owner_text = form.get("owner", "").strip() or parsed.owner
        if owner_text:
            values.update(owner_fields(resolve_owner(nb, owner_text, atelier_id)))
        values["due_date"] = form.get("due") or parsed.due
    return values


def notes_of(nb: Notebook, atelier_id: str) -> list[Note]:
    with nb.read() as session:
        return list(session.scalars(
            select(Note).where(Note.atelier_id == atelier_id)
            .order_by(Note.created_at, Note.id)))


def owner_label(note: Note, participants: dict[str, str], acteurs: dict[str, str]) -> str:
    if note.owner_participant_id and note.owner_participant_id in participants:
        return participants[note.owner_participant_id]
    if note.owner_acteur_id and note.owner_acteur_id in acteurs:
        return acteurs[note.owner_acteur_id]
    return note.owner_text


def names(nb: Notebook) -> tuple[dict[str, str], dict[str, str]]:
    """Participant and acteur display names by id."""
    with nb.read() as session:
        people = {p.id: participant_label(p) for p in session.scalars(select(Participant))}
        acteurs = {a.id: a.name for a in session.scalars(select(Acteur))}
    return people, acteurs


# -- actions across the notebook -----------------------------------------------------
@dataclass(frozen=True)
class ActionRow:
    note_id: str
    text: str
    owner: str
    due_date: dt.date | None
    done: bool
    overdue: bool
    atelier_id: str
    atelier_title: str
    atelier_date: dt.date | None
    sequence_title: str
    collectivite_id: str | None
    collectivite_name: str


def actions(
    nb: Notebook,
    *,
    collectivite_id: str | None = None,
    include_done: bool = True,
    today: dt.date | None = None,
) -> list[ActionRow]:
    """Every action of the notebook, the most urgent first (undated last)."""
    today = today or dt.date.today()
    people, acteurs = names(nb)
    stmt = (
        select(Note, Atelier.title, Atelier.date, Atelier.collectivite_id, Collectivite.name,
               Sequence.title)
        .join(Atelier, Atelier.id == Note.atelier_id)
        .outerjoin(Collectivite, Collectivite.id == Atelier.collectivite_id)
        .outerjoin(Sequence, Sequence.id == Note.sequence_id)
        .where(Note.kind == NoteKind.ACTION)
    )
    if collectivite_id:
        stmt = stmt.where(Atelier.collectivite_id == collectivite_id)
    if not include_done:
        stmt = stmt.where(Note.done.is_(False))
    with nb.read() as session:
        rows = session.execute(stmt).all()
    result = [
        ActionRow(
            n.id, n.text, owner_label(n, people, acteurs), n.due_date, n.done,
            bool(n.due_date and not n.done and n.due_date < today),
            n.atelier_id, title, date, seq_title or "", coll_id, coll_name or "",
        )
        for n, title, date, coll_id, coll_name, seq_title in rows
    ]
    result.sort(key=lambda r: (r.done, r.due_date is None, r.due_date or dt.date.max,
                               fold(r.atelier_title)))
    return result
