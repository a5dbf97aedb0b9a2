"""Drive a sync's steps with the network ones on a pool thread: the window never freezes.

``core.team.sync`` writes a sync as a generator (``Steps``): it yields each
network step (connect, check, pull, push — callables that touch only the
server) and does every notebook read, merge and write itself. This driver
runs each yielded step on ``QThreadPool`` and resumes the generator on the
GUI thread when the step's result comes back through a queued signal, so the
merge into the notebook, the review dialog and the undo stack stay on the GUI
thread and no notebook session is ever used from the worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)

#: Called on the GUI thread at the end: (True, the steps' result) or (False, the exception).
Done = Callable[[bool, Any], None]


class CancelledError(Exception):
    """The sync stopped because its notebook was closed while the server answered."""


class StepRunner(QObject):
    """Runs one generator of steps at a time; :attr:`busy` while it runs."""

    #: (token, succeeded, result or exception) from the pool thread, delivered queued.
    stepped = Signal(int, bool, object)

    def __init__(self, parent: QObject | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._steps: Generator[Callable[[], Any], Any, Any] | None = None
        self._done: Done | None = None
        self._guard: Callable[[], bool] | None = None
        self._token = 0
        #: A network step is running on the pool (not a dialog on the GUI thread).
        self.in_step = False
        self.stepped.connect(self._resume)

    @property
    def busy(self) -> bool:
        return self._steps is not None

    def start(self, steps: Generator[Callable[[], Any], Any, Any], done: Done, *,
              guard: Callable[[], bool] | None = None) -> None:
        """Run ``steps`` until its first network step, here; that step goes to the pool.

        ``guard`` is asked on the GUI thread before the steps resume after each
        network step: False (the notebook was closed meanwhile) cancels the
        sync instead of letting it touch a closed notebook.
        """
        if self._steps is not None:
            raise RuntimeError("a sync is already running")
        self._steps, self._done, self._guard = steps, done, guard
        self._advance(lambda: next(steps))

    def cancel(self) -> None:
        """Stop at once (the notebook closed): the generator is closed, its ``finally``
        closes the server; a step still running on the pool finishes unheard."""
        steps, self._steps, self._done, self._guard = self._steps, None, None, None
        self._token += 1
        self.in_step = False
        if steps is not None:
            try:
                steps.close()
            except Exception:  # closing must not raise into the window
                log.exception("closing a cancelled sync")

    # -- internals -----------------------------------------------------------------------
    def _advance(self, move: Callable[[], Callable[[], Any]]) -> None:
        try:
            step = move()
        except StopIteration as stop:
            self._finish(True, stop.value)
            return
        except BaseException as exc:  # reported through ``done``
            self._finish(False, exc)
            return
        self._token += 1
        token = self._token
        self.in_step = True
        self.pool.start(lambda: self._run(token, step))

    def _run(self, token: int, step: Callable[[], Any]) -> None:
        """On a pool thread: the step, and its outcome back to the GUI thread."""
        try:
            outcome: tuple[bool, Any] = (True, step())
        except BaseException as exc:  # thrown back into the steps
            outcome = (False, exc)
        try:
            self.stepped.emit(token, *outcome)
        except RuntimeError:  # the window (and this object) went away meanwhile
            log.debug("a sync step finished after its window closed")

    def _resume(self, token: int, ok: bool, value: Any) -> None:
        steps = self._steps
        if token != self._token or steps is None:
            return  # cancelled meanwhile
        self.in_step = False
        if self._guard is not None and not self._guard():
            done = self._done
            self.cancel()
            if done is not None:
                done(False, CancelledError())
            return
        if ok:
            self._advance(lambda: steps.send(value))
        else:
            self._advance(lambda: steps.throw(value))

    def _finish(self, ok: bool, value: Any) -> None:
        done, self._steps, self._done, self._guard = self._done, None, None, None
        self.in_step = False
        if done is not None:
            done(ok, value)
