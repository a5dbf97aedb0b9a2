"""A photo goes to the séquence running when it was taken, or the facilitator is asked."""

from __future__ import annotations

import datetime as dt

from lieuxcommuns_desktop.core.photos.timing import Span, place

T0 = dt.datetime(2026, 3, 14, 9, 0)


def minutes(n: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=n)


SPANS = [
    Span("accueil", minutes(0), minutes(15)),
    Span("carte", minutes(15), minutes(60)),
    Span("pause", minutes(70), minutes(80)),  # a gap of 10 minutes before it
    Span("matrice", minutes(80), None),  # still running
]


def test_inside_a_sequence() -> None:
    assert place(minutes(30), SPANS).sequence_id == "carte"
    assert not place(minutes(30), SPANS).ambiguous


def test_outside_every_sequence_goes_to_the_atelier() -> None:
    assert place(minutes(-60), SPANS).sequence_id is None
    assert place(minutes(65), SPANS).sequence_id is None  # in the gap, far from both


def test_at_a_change_of_sequence_the_facilitator_is_asked() -> None:
    placed = place(minutes(15.5), SPANS)
    assert placed.ambiguous
    assert placed.candidates == ("accueil", "carte")


def test_just_after_an_isolated_end_still_counts() -> None:
    assert place(minutes(61), SPANS).sequence_id == "carte"


def test_running_sequence_is_open_for_a_few_hours() -> None:
    assert place(minutes(200), SPANS).sequence_id == "matrice"
    assert place(minutes(80 + 60 * 5), SPANS).sequence_id is None


def test_no_recorded_times() -> None:
    assert place(T0, []).sequence_id is None
