"""Live mode: timer actions, actual times, re-planning and resuming from the file."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import AtelierStatus
from lieuxcommuns_desktop.core.services import live, records
from lieuxcommuns_desktop.core.services.notebook import Notebook

T0 = dt.datetime(2026, 3, 12, 9, 0)  # naive UTC, as the clock gives it


@pytest.fixture(autouse=True)
def _utc(monkeypatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def three_steps(nb: Notebook) -> tuple[str, list[str]]:
    atelier = records.create(nb, m.Atelier, title="Atelier eau", start_time=dt.time(9, 0),
                             date=dt.date(2026, 3, 12))
    ids = [records.create(nb, m.Sequence, atelier_id=atelier.id, position=i, title=t,
                          minutes=n).id
           for i, (t, n) in enumerate([("Accueil", 10), ("Carte", 30), ("Suite", 20)])]
    return atelier.id, ids


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def test_start_pause_resume_next_record_actual_times(notebook) -> None:
    aid, ids = three_steps(notebook)
    state = live.start(notebook, aid, at(0))
    assert state.sequence_id == ids[0] and state.running
    assert records.get(notebook, m.Atelier, aid).status is AtelierStatus.EN_COURS
    live.pause(notebook, aid, at(4))
    state = live.load(notebook, aid)
    assert not state.running and state.elapsed_at(at(50)) == 240
    live.resume(notebook, aid, at(6))
    state = live.load(notebook, aid)
    assert state.elapsed_at(at(8)) == 6 * 60
    live.next_step(notebook, aid, at(11))
    first = records.get(notebook, m.Sequence, ids[0])
    second = records.get(notebook, m.Sequence, ids[1])
    assert (first.actual_start, first.actual_end) == (at(0), at(11))
    assert second.actual_start == at(11) and second.actual_end is None
    reading = live.reading(live.load(notebook, aid), live.steps(notebook, aid), at(20))
    assert (reading.index, reading.count, reading.elapsed, reading.total) == (1, 3, 540, 1800)


def test_extend_and_previous(notebook) -> None:
    aid, ids = three_steps(notebook)
    live.start(notebook, aid, at(0))
    live.extend(notebook, aid, 5, at(1))
    live.extend(notebook, aid, 1, at(1))
    steps = live.steps(notebook, aid)
    assert steps[0].live_seconds == 16 * 60 and steps[0].planned_seconds == 600
    live.next_step(notebook, aid, at(12))
    live.previous_step(notebook, aid, at(13))
    state = live.load(notebook, aid)
    assert state.sequence_id == ids[0]
    assert state.elapsed_at(at(14)) == 13 * 60  # 12 min spent before + 1 min since back
    assert records.get(notebook, m.Sequence, ids[1]).actual_start is None
    assert records.get(notebook, m.Sequence, ids[0]).actual_end is None


def test_overrun_then_shift_the_end(notebook) -> None:
    aid, _ids = three_steps(notebook)
    live.start(notebook, aid, at(0))
    live.next_step(notebook, aid, at(10))
    # "Carte" planned 30 min, still going at 55 min: 15 min of overrun.
    reading = live.reading(live.load(notebook, aid), live.steps(notebook, aid), at(55))
    assert reading.overrun and reading.remaining == -15 * 60
    previous = live.replan(notebook, aid, live.SHIFT, at(55))
    rows = live.projected(notebook, aid, at(55))
    assert [r.status for r in rows] == ["done", "current", "todo"]
    assert rows[2].start == at(55) and rows[2].end == at(75)  # ends 15 min later
    assert rows[2].planned_start == dt.time(9, 40) and rows[2].planned_end == dt.time(10, 0)
    state = live.load(notebook, aid)
    assert state.replans[-1]["mode"] == "shift" and state.replans[-1]["overrun_seconds"] == 900
    live.restore_plan(notebook, aid, previous)
    assert live.load(notebook, aid).replans == []


def test_overrun_then_shrink_with_minimum(notebook) -> None:
    aid, ids = three_steps(notebook)
    extra = records.create(notebook, m.Sequence, atelier_id=aid, position=3, title="Bilan",
                           minutes=10).id
    live.start(notebook, aid, at(0))
    live.next_step(notebook, aid, at(10))
    # "Carte" (30 min) still going at 55 min; the planned end is at 70 min:
    # 15 min left for Suite (20) + Bilan (10).
    live.replan(notebook, aid, live.SHRINK, at(55), minimum=5)
    steps = {s.id: s for s in live.steps(notebook, aid)}
    assert (steps[ids[2]].live_seconds, steps[extra].live_seconds) == (9 * 60, 6 * 60)
    assert steps[ids[2]].planned_seconds == 20 * 60  # the prepared plan is untouched
    rows = live.projected(notebook, aid, at(55))
    assert [(r.start, r.end) for r in rows[2:]] == [(at(55), at(64)), (at(64), at(70))]
    live.next_step(notebook, aid, at(56))
    # "Suite" overruns to 68 min: 2 min left cannot hold Bilan's 5-min minimum.
    live.replan(notebook, aid, live.SHRINK, at(68), minimum=5)
    state = live.load(notebook, aid)
    assert state.durations[extra] == 5 * 60
    assert state.replans[-1]["after"] == {extra: 5}

    live.next_step(notebook, aid, at(75))
    live.next_step(notebook, aid, at(80))
    report = live.report(notebook, aid)
    assert [r.status for r in report] == ["done"] * 4
    assert [(r.actual_start, r.actual_end) for r in report][1] == (at(10), at(56))
    assert [r.planned_minutes for r in report] == [10, 30, 20, 10]
    state = live.load(notebook, aid)
    assert state.finished and records.get(notebook, m.Atelier, aid).status is \
        AtelierStatus.TERMINE


def test_state_survives_reopening(notebook_path) -> None:
    nb = Notebook.create(notebook_path)
    aid, ids = three_steps(nb)
    live.start(nb, aid, at(0))
    live.next_step(nb, aid, at(10))
    live.pause(nb, aid, at(17))
    nb.close()
    nb = Notebook.open(notebook_path)
    try:
        state = live.load(nb, aid)
        reading = live.reading(state, live.steps(nb, aid, state), at(90))
        assert reading.sequence_id == ids[1] and reading.remaining == 23 * 60
        assert not reading.running
    finally:
        nb.close()


def test_corrupt_state_starts_afresh() -> None:
    assert live.LiveState.from_json("{not json") == live.LiveState()
    state = live.LiveState(sequence_id="x", running=True, since=T0, durations={"x": 60})
    assert live.LiveState.from_json(state.to_json()) == state
