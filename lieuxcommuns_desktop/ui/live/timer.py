"""The live timer: service calls on each action, a reading on each tick.

The clock is injected (a callable returning naive UTC, ``model.utcnow`` by
default) so that tests move time forward without waiting. Ticks only read
the clock; the state is written by the actions (start, pause, next…), so a
crash loses at most the tick being drawn.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.model import utcnow
from ...core.services import live
from ..commands import Command
from ..document import Document

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]

NORMAL, WARNING, CRITICAL = "normal", "warning", "critical"
#: Colours of the countdown: orange with 20 % left, red at 5 % and in overrun.
COLOURS = {NORMAL: "#1b5e20", WARNING: "#e65100", CRITICAL: "#c62828"}


def phase(remaining: float, total: float) -> str:
    if total <= 0:
        return CRITICAL if remaining < 0 else NORMAL
    if remaining <= 0.05 * total:
        return CRITICAL
    if remaining <= 0.20 * total:
        return WARNING
    return NORMAL


def format_remaining(seconds: float) -> str:
    """``12:05`` counting down, ``+03:10`` in overrun; hours when needed."""
    over = seconds < 0
    whole = int(-seconds) if over else math.ceil(seconds)
    h, rest = divmod(whole, 3600)
    mm, ss = divmod(rest, 60)
    text = f"{h}:{mm:02d}:{ss:02d}" if h else f"{mm:02d}:{ss:02d}"
    return f"+{text}" if over else text


# The live durations and replans that :func:`live.replan` and :func:`live.restore_plan` carry.
Plan = tuple[dict[str, int], list[dict[str, Any]]]


class PlanCommand(Command):
    """+1 / +5 min, *Décaler*, *Resserrer*: undo gives back the live durations only.

    Not an :class:`~ui.commands.EditCommand` on purpose: the live state also
    holds the clock (running, current séquence, time spent), which undoing a
    change of plan must leave alone, so ``do`` keeps the previous plan that
    the service returns and ``revert`` restores just that.
    """

    def __init__(self, timer: LiveTimer, text: str, do_fn: Callable[[], Plan]) -> None:
        super().__init__(timer.doc, text)
        self.timer, self.do_fn = timer, do_fn
        self.previous: Plan | None = None

    def do(self) -> None:
        self.previous = self.do_fn()
        self.timer.reload()

    def revert(self) -> None:
        if self.previous is not None:
            live.restore_plan(self.doc.notebook, self.timer.atelier_id, self.previous)
        self.timer.reload()


class LiveTimer(QObject):
    #: The reading at each tick (a ``live.Reading``).
    ticked = Signal(object)
    #: The state changed through an action (séquence, running, plan).
    stateChanged = Signal(object)
    #: The countdown reached zero (once per séquence).
    stepEnded = Signal()

    def __init__(self, doc: Document, atelier_id: str, clock: Clock | None = None,
                 parent: QObject | None = None, interval_ms: int = 250) -> None:
        super().__init__(parent)
        self.doc = doc
        self.atelier_id = atelier_id
        self.clock: Clock = clock or utcnow
        self.state = live.load(doc.notebook, atelier_id)
        self.steps = live.steps(doc.notebook, atelier_id, self.state)
        self._ended_for: str | None = None
        self._last: live.Reading | None = None
        self._qtimer = QTimer(self)
        self._qtimer.setInterval(interval_ms)
        self._qtimer.timeout.connect(self.tick)
        self._qtimer.start()

    # -- reading -------------------------------------------------------------
    def now(self) -> dt.datetime:
        return self.clock()

    def reading(self) -> live.Reading:
        return live.reading(self.state, self.steps, self.now())

    def tick(self) -> live.Reading:
        r = self.reading()
        previous = self._last
        self._last = r
        if (r.sequence_id and r.running and r.remaining <= 0
                and self._ended_for != r.sequence_id
                and (previous is None or previous.sequence_id != r.sequence_id
                     or previous.remaining > 0)):
            self._ended_for = r.sequence_id
            if previous is not None and previous.sequence_id == r.sequence_id:
                self.stepEnded.emit()
        self.ticked.emit(r)
        return r

    def reload(self) -> None:
        """Re-read state and séquences (the agenda changed, an undo)."""
        self.state = live.load(self.doc.notebook, self.atelier_id)
        self.steps = live.steps(self.doc.notebook, self.atelier_id, self.state)
        self.stateChanged.emit(self.state)
        self.tick()

    def stop(self) -> None:
        self._qtimer.stop()

    # -- actions (each one committed write) -----------------------------------------
    def _act(self, fn: Callable[..., live.LiveState], *args: object) -> None:
        try:
            self.state = fn(self.doc.notebook, self.atelier_id, *args)
        except Exception as exc:  # a LieuxError from the store: tell the window
            from ...core.errors import LieuxError

            if isinstance(exc, LieuxError):
                self.doc.report(exc)
                return
            raise
        self.steps = live.steps(self.doc.notebook, self.atelier_id, self.state)
        self.stateChanged.emit(self.state)
        self.tick()

    def start(self) -> None:
        self._act(live.start, self.now())

    def pause(self) -> None:
        self._act(live.pause, self.now())

    def resume(self) -> None:
        self._act(live.resume, self.now())

    def toggle(self) -> None:
        if self.state.running:
            self.pause()
        else:
            self.start()

    def next(self) -> None:
        self._act(live.next_step, self.now())

    def previous(self) -> None:
        self._act(live.previous_step, self.now())

    def extend(self, minutes: int) -> None:
        """+1 / +5 min: undoable (it changes the live plan)."""
        self._plan_command(
            self.tr("Prolonger de %n min", "", minutes),
            lambda: (live.current_plan(live.load(self.doc.notebook, self.atelier_id)),
                     live.extend(self.doc.notebook, self.atelier_id, minutes, self.now()))[0],
        )

    def replan(self, mode: str, minimum: int) -> None:
        text = (self.tr("Décaler la fin") if mode == live.SHIFT
                else self.tr("Resserrer les séquences restantes"))
        self._plan_command(text, lambda: live.replan(self.doc.notebook, self.atelier_id, mode,
                                                     self.now(), minimum))

    def _plan_command(self, text: str, do_fn: Callable[[], Plan]) -> None:
        self.doc.run(PlanCommand(self, text, do_fn))

    def reset(self) -> None:
        self._act(live.reset)
