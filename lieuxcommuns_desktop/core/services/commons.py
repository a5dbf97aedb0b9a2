"""The commons grid: Ostrom's eight principles assessed per atelier, and their trend.

Split from ``matrices.py`` (which keeps the role and decision matrices): the grid
has its own table (``commons_assessment``) and readers. Its edits for the window,
reversible, are in ``matrix_edits.py`` beside the matrices' ones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from ..enums import PrincipleStatus
from ..model import Atelier, CommonsAssessment
from . import matrix_edits
from .notebook import Notebook


@dataclass(frozen=True)
class Principle:
    number: int
    status: PrincipleStatus
    note: str


def read_commons(nb: Notebook, atelier_id: str) -> list[Principle]:
    """The 8 principles of an atelier; those never assessed read *absent*, no note."""
    with nb.read() as s:
        found = {a.principle: a for a in s.scalars(select(CommonsAssessment).where(
            CommonsAssessment.atelier_id == atelier_id))}
    return [
        Principle(n, PrincipleStatus(found[n].status), found[n].note) if n in found
        else Principle(n, PrincipleStatus.ABSENT, "")
        for n in range(1, 9)
    ]


def set_principle(
    nb: Notebook, atelier_id: str, number: int, *,
    status: PrincipleStatus | str | None = None, note: str | None = None,
) -> tuple[PrincipleStatus, str]:
    """Set a principle's status and/or note; returns the previous (status, note).

    For scripts and tests: the write is :func:`matrix_edits.assess_principle`'s,
    the undoable edit the window runs, with its checks.
    """
    before = {p.number: p for p in read_commons(nb, atelier_id)}.get(int(number))
    matrix_edits.assess_principle(nb, atelier_id, number, status=status, note=note)
    assert before is not None  # assess_principle refuses a number outside 1–8
    return before.status, before.note


@dataclass(frozen=True)
class TrendAtelier:
    id: str
    title: str
    date: dt.date | None


@dataclass
class Trend:
    """Each principle's status across a ressource's ateliers, oldest first.

    ``statuses[n]`` has one entry per atelier, ``None`` where the atelier did
    not assess the principle.
    """

    ateliers: list[TrendAtelier]
    statuses: dict[int, list[PrincipleStatus | None]]

    def direction(self, number: int) -> int:
        """+1 better, -1 worse, 0 same, comparing the first and last assessed."""
        rank = {PrincipleStatus.ABSENT: 0, PrincipleStatus.EN_DISCUSSION: 1,
                PrincipleStatus.EN_PLACE: 2}
        seen = [rank[s] for s in self.statuses.get(number, []) if s is not None]
        if len(seen) < 2:
            return 0
        return (seen[-1] > seen[0]) - (seen[-1] < seen[0])


def commons_trend(nb: Notebook, ressource_id: str) -> Trend:
    with nb.read() as s:
        ateliers = list(s.scalars(select(Atelier).where(Atelier.ressource_id == ressource_id)))
        ateliers.sort(key=lambda a: (a.date is None, a.date or dt.date.min,
                                     a.start_time or dt.time.min, a.title))
        ids = [a.id for a in ateliers]
        found: dict[tuple[str, int], PrincipleStatus] = {
            (a.atelier_id, a.principle): PrincipleStatus(a.status)
            for a in s.scalars(select(CommonsAssessment).where(
                CommonsAssessment.atelier_id.in_(ids)))
        }
    return Trend(
        [TrendAtelier(a.id, a.title, a.date) for a in ateliers],
        {n: [found.get((i, n)) for i in ids] for n in range(1, 9)},
    )
