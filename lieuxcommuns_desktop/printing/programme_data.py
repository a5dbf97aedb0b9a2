"""Everything the programme poster and summary print, read once from the notebook.

Built on the programme read models (``core.services.programme_views``), so
paper and screen show the same lanes, roles and flags. Ateliers are numbered
in date order (undated last): the poster's timeline shows the numbers and its
index the full titles, which never fit a block.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..core.services import programme_views as views
from ..core.services.notebook import Notebook


@dataclass(frozen=True)
class ProgrammeData:
    title: str
    territory: str
    licence: str
    description: str
    today: dt.date
    timeline: views.Timeline
    grid: views.MembershipGrid
    dashboard: views.Dashboard
    #: Atelier id -> its number on the poster (1 = the earliest).
    numbers: dict[str, int]
    collectivites: dict[str, str]
    expeditions: dict[str, str]

    @property
    def ateliers(self) -> list[views.Block]:
        """Every atelier once, in number order."""
        seen: dict[str, views.Block] = {}
        for lane in self.timeline.lanes:
            for block in lane.blocks:
                seen.setdefault(block.id, block)
        for block in self.timeline.undated:
            seen.setdefault(block.id, block)
        return sorted(seen.values(), key=lambda b: self.numbers[b.id])


def load(nb: Notebook, *, today: dt.date | None = None,
         mode: views.LaneMode = views.EXPEDITION) -> ProgrammeData:
    today = today or dt.date.today()
    info = views.overview(nb)
    all_blocks = views.blocks(nb)  # dated first, in date order
    return ProgrammeData(
        title=info.title,
        territory=info.territory,
        licence=info.licence,
        description=info.description,
        today=today,
        timeline=views.timeline(nb, mode, today=today),
        grid=views.membership_grid(nb, today=today),
        dashboard=views.dashboard(nb, today=today),
        numbers={b.id: n for n, b in enumerate(all_blocks, start=1)},
        collectivites=info.collectivites,
        expeditions=info.expeditions,
    )
