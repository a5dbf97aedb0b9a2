"""Live mode (*mode animation*): the current séquence, its timer and re-planning.

The state lives in ``Atelier.live_state`` as JSON and is written on each timer
action (start, pause, next…), never per tick, so a restart after a crash
resumes at the same séquence with the same time left: a running timer keeps
counting from the wall clock, since the workshop went on while the laptop
rebooted. Every function takes ``now`` (naive UTC) from the caller's clock so
tests drive time without waiting.

The prepared plan stays in ``Sequence.minutes``; re-planning writes only the
*live* durations into the state, so the minutes can show planned against
actual times (:func:`report`), and each re-planning is logged there too.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import rules
from ..enums import AtelierStatus
from ..errors import LieuxError
from ..model import Atelier, Sequence
from .notebook import Notebook

log = logging.getLogger(__name__)

SHIFT = "shift"
SHRINK = "shrink"
DEFAULT_MINIMUM = 5

#: One timer action: edits the state (and the séquences' actual times) in place.
Change = Callable[[Session, Atelier, "LiveState", list[Sequence]], None]


@dataclass
class LiveState:
    """What live mode must remember between two timer actions."""

    sequence_id: str | None = None
    running: bool = False
    #: Seconds counted on the current séquence before ``since``.
    elapsed: float = 0.0
    #: When the timer last (re)started, naive UTC; None while paused.
    since: dt.datetime | None = None
    #: Live durations in seconds (extensions and re-planning), by séquence id.
    durations: dict[str, int] = field(default_factory=dict)
    #: Seconds spent on séquences already left, to come back with "previous".
    spent: dict[str, float] = field(default_factory=dict)
    #: Each re-planning: when, how, and the minutes before/after.
    replans: list[dict[str, Any]] = field(default_factory=list)
    minimum: int = DEFAULT_MINIMUM
    finished: bool = False

    # -- reading the timer ---------------------------------------------------
    def elapsed_at(self, now: dt.datetime) -> float:
        if self.running and self.since is not None:
            return self.elapsed + max(0.0, (now - self.since).total_seconds())
        return self.elapsed

    def to_json(self) -> str:
        data = asdict(self)
        data["since"] = self.since.isoformat() if self.since else None
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> LiveState:
        if not text:
            return cls()
        try:
            data = json.loads(text)
            since = data.get("since")
            return cls(
                sequence_id=data.get("sequence_id"),
                running=bool(data.get("running")),
                elapsed=float(data.get("elapsed") or 0.0),
                since=dt.datetime.fromisoformat(since) if since else None,
                durations={k: int(v) for k, v in (data.get("durations") or {}).items()},
                spent={k: float(v) for k, v in (data.get("spent") or {}).items()},
                replans=list(data.get("replans") or []),
                minimum=int(data.get("minimum") or DEFAULT_MINIMUM),
                finished=bool(data.get("finished")),
            )
        except (ValueError, TypeError, AttributeError):
            log.warning("unreadable live state, starting afresh: %r", text[:200])
            return cls()


@dataclass(frozen=True)
class Step:
    """One séquence as live mode needs it (a detached, plain copy)."""

    id: str
    position: int
    title: str
    planned_seconds: int
    live_seconds: int
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None


@dataclass(frozen=True)
class Reading:
    """The timer at one instant."""

    sequence_id: str | None
    index: int
    count: int
    elapsed: float
    total: float
    running: bool
    finished: bool

    @property
    def remaining(self) -> float:
        """Seconds left; negative in overrun."""
        return self.total - self.elapsed

    @property
    def overrun(self) -> bool:
        return self.sequence_id is not None and self.remaining < 0


# -- loading -----------------------------------------------------------------------
def load(nb: Notebook, atelier_id: str) -> LiveState:
    with nb.read() as session:
        atelier = session.get(Atelier, atelier_id)
        if atelier is None:
            raise LieuxError("not_found", what="atelier", key=atelier_id)
        return LiveState.from_json(atelier.live_state)


def steps(nb: Notebook, atelier_id: str, state: LiveState | None = None) -> list[Step]:
    state = state if state is not None else load(nb, atelier_id)
    with nb.read() as session:
        rows = session.scalars(
            select(Sequence).where(Sequence.atelier_id == atelier_id)
            .order_by(Sequence.position, Sequence.title)
        ).all()
        return [_step(s, state) for s in rows]


def _step(s: Sequence, state: LiveState) -> Step:
    planned = max(0, int(s.minutes or 0)) * 60
    return Step(s.id, s.position, s.title, planned, state.durations.get(s.id, planned),
                s.actual_start, s.actual_end)


def reading(state: LiveState, all_steps: list[Step], now: dt.datetime) -> Reading:
    ids = [s.id for s in all_steps]
    index = ids.index(state.sequence_id) if state.sequence_id in ids else -1
    total = float(all_steps[index].live_seconds) if index >= 0 else 0.0
    return Reading(state.sequence_id if index >= 0 else None, index, len(ids),
                   state.elapsed_at(now), total, state.running, state.finished)


# -- timer actions (each one committed write) --------------------------------------
def _mutate(nb: Notebook, atelier_id: str, change: Change) -> LiveState:
    """Apply ``change(session, state, sequences)`` and save the state, in one write."""
    with nb.write() as session:
        atelier = session.get(Atelier, atelier_id)
        if atelier is None:
            raise LieuxError("not_found", what="atelier", key=atelier_id)
        state = LiveState.from_json(atelier.live_state)
        sequences = list(session.scalars(
            select(Sequence).where(Sequence.atelier_id == atelier_id)
            .order_by(Sequence.position, Sequence.title)
        ))
        change(session, atelier, state, sequences)
        text = state.to_json()
        if text != atelier.live_state:
            atelier.live_state = text
    return state


def _current(state: LiveState, sequences: list[Sequence]) -> tuple[int, Sequence | None]:
    for i, s in enumerate(sequences):
        if s.id == state.sequence_id:
            return i, s
    return -1, None


def _enter(state: LiveState, seq: Sequence, now: dt.datetime, elapsed: float = 0.0) -> None:
    state.sequence_id = seq.id
    state.elapsed = elapsed
    state.since = now if state.running else None
    if seq.actual_start is None:
        seq.actual_start = now
    seq.actual_end = None


def start(nb: Notebook, atelier_id: str, now: dt.datetime) -> LiveState:
    """Start (or resume) the workshop: the first séquence if none is current."""

    def change(_session: Session, atelier: Atelier, state: LiveState,
               sequences: list[Sequence]) -> None:
        if not sequences:
            return
        if state.running:
            return
        state.running = True
        state.finished = False
        _index, seq = _current(state, sequences)
        if seq is None:
            _enter(state, sequences[0], now)
        else:
            state.since = now
            if seq.actual_start is None:
                seq.actual_start = now
        if atelier.status in (AtelierStatus.BROUILLON, AtelierStatus.PRET):
            atelier.status = AtelierStatus.EN_COURS

    return _mutate(nb, atelier_id, change)


def pause(nb: Notebook, atelier_id: str, now: dt.datetime) -> LiveState:
    def change(_session: Session, _atelier: Atelier, state: LiveState,
               _sequences: list[Sequence]) -> None:
        if state.running:
            state.elapsed = state.elapsed_at(now)
            state.running = False
            state.since = None

    return _mutate(nb, atelier_id, change)


resume = start


def extend(nb: Notebook, atelier_id: str, minutes: int, now: dt.datetime) -> LiveState:
    """Give the current séquence more time (+1, +5 min): its live duration grows."""

    def change(_session: Session, _atelier: Atelier, state: LiveState,
               sequences: list[Sequence]) -> None:
        _i, seq = _current(state, sequences)
        if seq is None:
            return
        planned = max(0, int(seq.minutes or 0)) * 60
        state.durations[seq.id] = max(0, state.durations.get(seq.id, planned) + minutes * 60)

    return _mutate(nb, atelier_id, change)


def next_step(nb: Notebook, atelier_id: str, now: dt.datetime) -> LiveState:
    """End the current séquence now and start the next (or finish the workshop)."""

    def change(_session: Session, atelier: Atelier, state: LiveState,
               sequences: list[Sequence]) -> None:
        index, seq = _current(state, sequences)
        if seq is None:
            if sequences and not state.finished:
                state.running = True
                _enter(state, sequences[0], now)
            return
        seq.actual_end = now
        state.spent[seq.id] = state.elapsed_at(now)
        if index + 1 < len(sequences):
            _enter(state, sequences[index + 1], now)
        else:
            state.finished = True
            state.running = False
            state.since = None
            state.sequence_id = None
            state.elapsed = 0.0
            atelier.status = AtelierStatus.TERMINE

    return _mutate(nb, atelier_id, change)


def previous_step(nb: Notebook, atelier_id: str, now: dt.datetime) -> LiveState:
    """Go back one séquence (a "next" pressed too early): it continues where it was."""

    def change(_session: Session, _atelier: Atelier, state: LiveState,
               sequences: list[Sequence]) -> None:
        index, seq = _current(state, sequences)
        if state.finished and seq is None and sequences:
            target = sequences[-1]
            state.finished = False
        elif seq is None or index == 0:
            return
        else:
            target = sequences[index - 1]
            # The séquence left had barely started: it will start again later.
            seq.actual_start = None
            seq.actual_end = None
            state.spent.pop(seq.id, None)
        _enter(state, target, now, elapsed=state.spent.pop(target.id, 0.0))

    return _mutate(nb, atelier_id, change)


def set_minimum(nb: Notebook, atelier_id: str, minimum: int) -> LiveState:
    def change(_session: Session, _atelier: Atelier, state: LiveState,
               _sequences: list[Sequence]) -> None:
        state.minimum = max(1, int(minimum))

    return _mutate(nb, atelier_id, change)


def reset(nb: Notebook, atelier_id: str) -> LiveState:
    """Forget the live state and the actual times (a rehearsal, a false start)."""

    def change(_session: Session, _atelier: Atelier, state: LiveState,
               sequences: list[Sequence]) -> None:
        fresh = LiveState(minimum=state.minimum)
        state.__dict__.update(fresh.__dict__)
        for s in sequences:
            s.actual_start = None
            s.actual_end = None

    return _mutate(nb, atelier_id, change)


# -- re-planning ----------------------------------------------------------------------
def target_end(atelier: Atelier, sequences: list[Sequence], now: dt.datetime) -> dt.datetime:
    """When the workshop was meant to end (naive UTC).

    The booked start time on the day the workshop actually started, plus the
    planned total; without a start time, the first séquence's actual start.
    """
    total = dt.timedelta(minutes=rules.total_minutes(s.minutes for s in sequences))
    first = next((s.actual_start for s in sequences if s.actual_start), None) or now
    if atelier.start_time is not None:
        local_day = to_local(first).date()
        booked = dt.datetime.combine(local_day, atelier.start_time)
        return to_utc(booked) + total
    return first + total


def replan(nb: Notebook, atelier_id: str, mode: str, now: dt.datetime,
           minimum: int | None = None) -> tuple[dict[str, int], list[dict[str, Any]]]:
    """Shift the end, or shrink the séquences after the current one to end on time.

    Returns the previous ``(durations, replans)`` so that the UI can undo it
    with :func:`restore_plan`.
    """
    if mode not in (SHIFT, SHRINK):
        raise LieuxError("invalid_value", field="mode", value=mode)
    previous: dict[str, tuple[dict[str, int], list[dict[str, Any]]]] = {}

    def change(_session: Session, atelier: Atelier, state: LiveState,
               sequences: list[Sequence]) -> None:
        previous["plan"] = (dict(state.durations), [dict(r) for r in state.replans])
        if minimum is not None:
            state.minimum = max(1, int(minimum))
        index, seq = _current(state, sequences)
        if seq is None:
            return
        live = {s.id: state.durations.get(s.id, max(0, int(s.minutes or 0)) * 60)
                for s in sequences}
        remaining_now = live[seq.id] - state.elapsed_at(now)
        current_end = now + dt.timedelta(seconds=max(0.0, remaining_now))
        rest = sequences[index + 1:]
        before = {s.id: live[s.id] // 60 for s in rest}
        after = dict(before)
        if mode == SHRINK and rest:
            available = int((target_end(atelier, sequences, now) - current_end)
                            .total_seconds() // 60)
            shrunk = rules.shrink_to_fit([before[s.id] for s in rest], available,
                                         state.minimum)
            after = {s.id: m for s, m in zip(rest, shrunk, strict=True)}
            for s in rest:
                state.durations[s.id] = after[s.id] * 60
        end = current_end + dt.timedelta(minutes=sum(after.values()))
        state.replans.append({
            "at": now.isoformat(), "mode": mode, "sequence_id": seq.id,
            "overrun_seconds": int(max(0.0, -remaining_now)), "minimum": state.minimum,
            "before": before, "after": after, "projected_end": end.isoformat(),
        })

    _mutate(nb, atelier_id, change)
    return previous.get("plan", ({}, []))


def restore_plan(nb: Notebook, atelier_id: str,
                 plan: tuple[dict[str, int], list[dict[str, Any]]]) -> LiveState:
    """Undo of :func:`replan` or :func:`extend`: put the live durations back."""
    durations, replans = plan

    def change(_session: Session, _atelier: Atelier, state: LiveState,
               _sequences: list[Sequence]) -> None:
        state.durations = dict(durations)
        state.replans = [dict(r) for r in replans]

    return _mutate(nb, atelier_id, change)


def current_plan(state: LiveState) -> tuple[dict[str, int], list[dict[str, Any]]]:
    return dict(state.durations), [dict(r) for r in state.replans]


# -- the plan as shown and as reported ------------------------------------------------------
@dataclass(frozen=True)
class PlanRow:
    sequence_id: str
    title: str
    planned_start: dt.time
    planned_end: dt.time
    planned_minutes: int
    live_minutes: int
    #: Projected (future), running (current) or actual (past) times, local.
    start: dt.datetime | None
    end: dt.datetime | None
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    status: str  # "done", "current", "todo"


def projected(nb: Notebook, atelier_id: str, now: dt.datetime,
              state: LiveState | None = None) -> list[PlanRow]:
    """The agenda with its new clock times from ``now``: what the facilitator sees."""
    state = state if state is not None else load(nb, atelier_id)
    with nb.read() as session:
        atelier = session.get(Atelier, atelier_id)
        if atelier is None:
            raise LieuxError("not_found", what="atelier", key=atelier_id)
        sequences = list(session.scalars(
            select(Sequence).where(Sequence.atelier_id == atelier_id)
            .order_by(Sequence.position, Sequence.title)
        ))
        start_time = atelier.start_time
    slots = rules.schedule(start_time, [s.minutes for s in sequences])
    index, _seq = _current(state, sequences)
    rows: list[PlanRow] = []
    clock: dt.datetime | None = None
    for i, (s, slot) in enumerate(zip(sequences, slots, strict=True)):
        live_seconds = state.durations.get(s.id, max(0, int(s.minutes or 0)) * 60)
        if (index >= 0 and i < index) or (index < 0 and state.finished):
            status, start, end = "done", s.actual_start, s.actual_end
        elif i == index:
            status = "current"
            start = s.actual_start or now
            left = live_seconds - state.elapsed_at(now)
            end = now + dt.timedelta(seconds=max(0.0, left))
            clock = end
        else:
            status = "todo"
            if clock is None:
                clock = now if index >= 0 or state.sequence_id else None
            if clock is not None:
                start = clock
                end = clock + dt.timedelta(seconds=live_seconds)
                clock = end
            else:
                start = end = None
        rows.append(PlanRow(
            s.id, s.title, slot.start, slot.end, slot.minutes, live_seconds // 60,
            to_local(start) if start else None, to_local(end) if end else None,
            to_local(s.actual_start) if s.actual_start else None,
            to_local(s.actual_end) if s.actual_end else None, status,
        ))
    return rows


def report(nb: Notebook, atelier_id: str) -> list[PlanRow]:
    """Planned against actual times, for the minutes (*compte-rendu*)."""
    state = load(nb, atelier_id)
    return projected(nb, atelier_id, _latest(nb, atelier_id), state)


def _latest(nb: Notebook, atelier_id: str) -> dt.datetime:
    with nb.read() as session:
        times = [t for row in session.execute(
            select(Sequence.actual_start, Sequence.actual_end)
            .where(Sequence.atelier_id == atelier_id)) for t in row if t]
    from ..model import utcnow

    return max(times) if times else utcnow()


# -- time zones -------------------------------------------------------------------
def to_local(utc: dt.datetime) -> dt.datetime:
    """Naive UTC (as stored) to naive local wall-clock time (as shown)."""
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def to_utc(local: dt.datetime) -> dt.datetime:
    return local.astimezone(dt.UTC).replace(tzinfo=None)
