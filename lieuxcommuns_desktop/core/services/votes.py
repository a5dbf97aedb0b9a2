"""Dot votes (*gommettes*): options, rounds, counts typed in the room, results.

A vote belongs to a séquence; its options come from the séquence's idea
notes, the atelier's decisions, Ostrom's 8 principles, or are typed. Counts
are per round (*importance*, *faisabilité*…). Every function is one committed
transaction returning an :class:`~.edits.Edit`, undone and redone like the
programme page's edits. Ranking (ties marked) is ``core.votes.rank``, shared
by the live panel, the projector and the minutes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ..enums import OSTROM_PRINCIPLES, NoteKind, VoteSource
from ..errors import LieuxError, ValidationError
from ..labels import principle_label
from ..model import (
    Atelier,
    Decision,
    Note,
    Record,
    Vote,
    VoteCount,
    VoteOption,
    VoteRound,
    new_id,
    utcnow,
)
from ..model import Sequence as SequenceRow
from ..votes import Ranked, parse_count, rank
from .edits import Edit, Tracker, delete_record, redo, undo
from .edits import get as get_record
from .notebook import Notebook

R = TypeVar("R", bound=Record)

__all__ = ["Edit", "redo", "undo"]


@dataclass(frozen=True)
class OptionSpec:
    """An option to add: its label and where it came from."""

    label: str
    source_kind: VoteSource = VoteSource.SAISIE
    source_id: str | None = None


@dataclass(frozen=True)
class RoundResult:
    round_id: str
    name: str
    ranked: list[Ranked]


@dataclass(frozen=True)
class VoteView:
    """A vote as the panel, the projector and the minutes show it."""

    id: str
    atelier_id: str
    sequence_id: str | None
    question: str
    options: list[tuple[str, str]]  # (id, label) in the facilitator's order
    rounds: list[RoundResult]


# -- where options come from --------------------------------------------------------
def idea_options(nb: Notebook, sequence_id: str) -> list[OptionSpec]:
    """The séquence's idea notes (*idée*), oldest first."""
    with nb.read() as session:
        notes = session.scalars(select(Note).where(Note.sequence_id == sequence_id,
                                                   Note.kind == NoteKind.IDEE)
                                .order_by(Note.created_at))
        return [OptionSpec(n.text.strip(), VoteSource.IDEE, n.id) for n in notes
                if n.text.strip()]


def decision_options(nb: Notebook, atelier_id: str) -> list[OptionSpec]:
    """The atelier's decisions: the decision matrix's rows, then decision notes."""
    with nb.read() as session:
        rows = session.scalars(select(Decision).where(Decision.atelier_id == atelier_id)
                               .order_by(Decision.position))
        specs = [OptionSpec(d.label.strip(), VoteSource.DECISION, d.id) for d in rows
                 if d.label.strip()]
        notes = session.scalars(select(Note).where(Note.atelier_id == atelier_id,
                                                   Note.kind == NoteKind.DECISION)
                                .order_by(Note.created_at))
        seen = {s.label for s in specs}
        specs += [OptionSpec(n.text.strip(), VoteSource.DECISION, n.id) for n in notes
                  if n.text.strip() and n.text.strip() not in seen]
        return specs


def principle_options() -> list[OptionSpec]:
    """Ostrom's 8 principles, in their order (source id: the principle's number)."""
    return [OptionSpec(principle_label(i), VoteSource.PRINCIPE, str(i))
            for i in range(1, len(OSTROM_PRINCIPLES) + 1)]


def typed_options(lines: str | Iterable[str]) -> list[OptionSpec]:
    """One option per non-empty line typed by the facilitator."""
    items = lines.splitlines() if isinstance(lines, str) else lines
    return [OptionSpec(line.strip()) for line in items if line.strip()]


# -- helpers ------------------------------------------------------------------------
def _next_position(session: Session, column: InstrumentedAttribute[int],
                   where: ColumnElement[bool]) -> int:
    last = session.scalar(select(func.max(column)).where(where))
    return (last + 1) if last is not None else 0


def _label(text: str) -> str:
    label = " ".join(text.split())
    if not label:
        raise ValidationError("invalid_value", field="label", value=text)
    return label


# -- edits --------------------------------------------------------------------------
def create_vote(nb: Notebook, atelier_id: str, sequence_id: str | None, question: str,
                options: Sequence[OptionSpec], rounds: Sequence[str] = ("",)) -> Edit:
    """A vote with its options and rounds (at least one round) in one step."""
    with nb.write() as session:
        get_record(session, Atelier, atelier_id)
        if sequence_id is not None:
            sequence = get_record(session, SequenceRow, sequence_id)
            if sequence.atelier_id != atelier_id:
                raise LieuxError("not_found", what="sequence", key=sequence_id)
        track = Tracker(session)
        vote = Vote(id=new_id(), atelier_id=atelier_id, sequence_id=sequence_id,
                    question=question.strip(),
                    position=_next_position(session, Vote.position,
                                            Vote.atelier_id == atelier_id))
        track.add(vote)
        session.flush()
        seen: set[str] = set()
        for position, spec in enumerate(o for o in options if o.label.strip()):
            label = _label(spec.label)
            if label in seen:
                continue
            seen.add(label)
            track.add(VoteOption(id=new_id(), vote_id=vote.id, label=label,
                                 source_kind=VoteSource(spec.source_kind),
                                 source_id=spec.source_id, position=position))
        for position, name in enumerate(rounds or ("",)):
            track.add(VoteRound(id=new_id(), vote_id=vote.id, name=name.strip(),
                                position=position))
        return track.finish()


def edit_question(nb: Notebook, vote_id: str, question: str) -> Edit:
    with nb.write() as session:
        track = Tracker(session)
        track.touch(Vote, vote_id)
        get_record(session, Vote, vote_id).question = question.strip()
        return track.finish()


def add_option(nb: Notebook, vote_id: str, spec: OptionSpec) -> Edit:
    with nb.write() as session:
        get_record(session, Vote, vote_id)
        track = Tracker(session)
        track.add(VoteOption(id=new_id(), vote_id=vote_id, label=_label(spec.label),
                             source_kind=VoteSource(spec.source_kind), source_id=spec.source_id,
                             position=_next_position(session, VoteOption.position,
                                                     VoteOption.vote_id == vote_id)))
        return track.finish()


def rename_option(nb: Notebook, option_id: str, label: str) -> Edit:
    with nb.write() as session:
        track = Tracker(session)
        track.touch(VoteOption, option_id)
        get_record(session, VoteOption, option_id).label = _label(label)
        return track.finish()


def remove_option(nb: Notebook, option_id: str) -> Edit:
    """Remove an option and its counts."""
    return delete_record(nb, VoteOption, option_id, children=VoteCount.option_id)


def add_round(nb: Notebook, vote_id: str, name: str) -> Edit:
    with nb.write() as session:
        get_record(session, Vote, vote_id)
        track = Tracker(session)
        track.add(VoteRound(id=new_id(), vote_id=vote_id, name=name.strip(),
                            position=_next_position(session, VoteRound.position,
                                                    VoteRound.vote_id == vote_id)))
        return track.finish()


def remove_round(nb: Notebook, round_id: str) -> Edit:
    """Remove a round and its counts."""
    return delete_record(nb, VoteRound, round_id, children=VoteCount.round_id)


def _count_row(session: Session, round_id: str, option_id: str) -> VoteCount | None:
    return session.scalars(select(VoteCount).where(VoteCount.round_id == round_id,
                                                   VoteCount.option_id == option_id)).first()


def set_count(nb: Notebook, round_id: str, option_id: str, text: str | int) -> Edit:
    """The dots an option got in a round, as typed; negative or non-numeric is refused."""
    value = parse_count(text)
    with nb.write() as session:
        round_ = get_record(session, VoteRound, round_id)
        option = get_record(session, VoteOption, option_id)
        if round_.vote_id != option.vote_id:
            raise LieuxError("not_found", what="vote_option", key=option_id)
        track = Tracker(session)
        row = _count_row(session, round_id, option_id)
        if row is None:
            track.add(VoteCount(id=new_id(), round_id=round_id, option_id=option_id,
                                count=value))
        else:
            track.touch(VoteCount, row.id)
            row.count = value
        return track.finish()


def adjust_count(nb: Notebook, round_id: str, option_id: str, delta: int) -> Edit:
    """+1 / −1 on an option's count (never below zero)."""
    with nb.write() as session:
        row = _count_row(session, round_id, option_id)
        current = row.count if row is not None else 0
    return set_count(nb, round_id, option_id, max(0, current + int(delta)))


def delete_vote(nb: Notebook, vote_id: str) -> Edit:
    """The vote, its options, rounds and counts (undoable)."""
    with nb.write() as session:
        track = Tracker(session)
        vote = get_record(session, Vote, vote_id)
        rounds = list(session.scalars(select(VoteRound).where(VoteRound.vote_id == vote_id)))
        options = list(session.scalars(select(VoteOption).where(VoteOption.vote_id == vote_id)))
        ids = [r.id for r in rounds]
        for count in session.scalars(select(VoteCount).where(VoteCount.round_id.in_(ids))):
            track.delete(count)
        session.flush()
        for row in (*rounds, *options):
            track.delete(row)
        session.flush()
        track.delete(vote)
        return track.finish()


def promote(nb: Notebook, vote_id: str, option_ids: Sequence[str], *,
            kind: NoteKind = NoteKind.DECISION) -> Edit:
    """Options become decision (or action) notes of the vote's séquence, in one step."""
    kind = NoteKind(kind)
    if kind not in (NoteKind.DECISION, NoteKind.ACTION):
        raise ValidationError("invalid_value", field="kind", value=str(kind))
    with nb.write() as session:
        vote = get_record(session, Vote, vote_id)
        track = Tracker(session)
        now = utcnow()
        for option_id in option_ids:
            option = get_record(session, VoteOption, option_id)
            if option.vote_id != vote_id:
                raise LieuxError("not_found", what="vote_option", key=option_id)
            track.add(Note(id=new_id(), atelier_id=vote.atelier_id,
                           sequence_id=vote.sequence_id,
                           kind=kind, text=option.label,
                           created_at=now))
        return track.finish()


# -- reading ------------------------------------------------------------------------
def _view(session: Session, vote: Vote) -> VoteView:
    options = [(o.id, o.label) for o in session.scalars(
        select(VoteOption).where(VoteOption.vote_id == vote.id)
        .order_by(VoteOption.position, VoteOption.label))]
    rounds = list(session.scalars(select(VoteRound).where(VoteRound.vote_id == vote.id)
                                  .order_by(VoteRound.position)))
    counts: dict[str, dict[str, int]] = {r.id: {} for r in rounds}
    if rounds:
        for c in session.scalars(select(VoteCount).where(
                VoteCount.round_id.in_([r.id for r in rounds]))):
            counts[c.round_id][c.option_id] = c.count
    return VoteView(vote.id, vote.atelier_id, vote.sequence_id, vote.question, options,
                    [RoundResult(r.id, r.name, rank(options, counts[r.id])) for r in rounds])


def get_vote(nb: Notebook, vote_id: str) -> VoteView:
    with nb.read() as session:
        return _view(session, get_record(session, Vote, vote_id))


def list_votes(nb: Notebook, atelier_id: str) -> list[VoteView]:
    """The atelier's votes with their ranked results, in their order."""
    with nb.read() as session:
        votes = session.scalars(select(Vote).where(Vote.atelier_id == atelier_id)
                                .order_by(Vote.position, Vote.id))
        return [_view(session, v) for v in votes]


def counts(nb: Notebook, round_id: str) -> dict[str, int]:
    with nb.read() as session:
        return {c.option_id: c.count for c in session.scalars(
            select(VoteCount).where(VoteCount.round_id == round_id))}
