"""Which séquence was running when a photo was taken.

Live mode records each séquence's actual start and end (naive UTC). A photo
taken inside one séquence's span goes to it; one taken outside every span goes
to the atelier itself; one taken within a couple of minutes of a change of
séquence is *ambiguous* — the board of the step that just ended is often
photographed as the next one starts — and the facilitator is asked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

#: How close to a change of séquence a photo counts as ambiguous.
TOLERANCE = dt.timedelta(minutes=2)
#: A séquence still running (no recorded end) is taken to last at most this long.
OPEN_END = dt.timedelta(hours=4)


@dataclass(frozen=True)
class Span:
    """A séquence's recorded actual times."""

    sequence_id: str
    start: dt.datetime
    end: dt.datetime | None


@dataclass(frozen=True)
class Placement:
    """Where a photo goes: a séquence, the atelier (None), or a question."""

    sequence_id: str | None
    #: Set when the photo is ambiguous: the séquences to choose from, in time order.
    candidates: tuple[str, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1


def _closed(spans: Sequence[Span]) -> list[tuple[str, dt.datetime, dt.datetime]]:
    """Spans in time order, an open end closed by the next start (or OPEN_END)."""
    ordered = sorted(spans, key=lambda span: span.start)
    closed = []
    for index, span in enumerate(ordered):
        end = span.end
        if end is None:
            following = ordered[index + 1].start if index + 1 < len(ordered) else None
            end = following or span.start + OPEN_END
        closed.append((span.sequence_id, span.start, max(end, span.start)))
    return closed


def place(taken_at: dt.datetime, spans: Sequence[Span]) -> Placement:
    """The séquence a photo taken at ``taken_at`` (naive UTC) belongs to."""
    closed = _closed(spans)
    inside = [sid for sid, start, end in closed if start <= taken_at <= end]
    near = [
        sid
        for sid, start, end in closed
        if start - TOLERANCE <= taken_at <= end + TOLERANCE
    ]
    if len(near) > 1:
        return Placement(sequence_id=inside[0] if len(inside) == 1 else None,
                         candidates=tuple(near))
    if inside:
        return Placement(sequence_id=inside[0])
    if near:
        return Placement(sequence_id=near[0])
    return Placement(sequence_id=None)
