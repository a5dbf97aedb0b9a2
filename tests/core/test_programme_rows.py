"""The timeline's rows read in plain SQL give what the mapped classes give."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from lieuxcommuns_desktop.core.enums import AtelierStatus, PhaseKind
from lieuxcommuns_desktop.core.model import Atelier, AtelierCollectivite, Phase, Sequence
from lieuxcommuns_desktop.core.services import programme_views
from tests.core.programme_sample import Sample


def test_blocks_match_the_mapped_records(s: Sample) -> None:
    blocks = {b.id: b for b in programme_views.blocks(s.nb)}
    with s.nb.read() as session:
        ateliers = list(session.scalars(select(Atelier)))
        links = list(session.scalars(select(AtelierCollectivite)))
        sequences = list(session.scalars(select(Sequence)))
    assert set(blocks) == {a.id for a in ateliers}
    for atelier in ateliers:
        block = blocks[atelier.id]
        assert (block.title, block.date, block.start_time, block.status, block.thematique_id,
                block.host_id, block.place, block.objective) == (
            atelier.title, atelier.date, atelier.start_time, atelier.status,
            atelier.thematique_id, atelier.collectivite_id, atelier.place, atelier.objective)
        assert isinstance(block.status, AtelierStatus)
        assert block.participant_ids == tuple(sorted(
            link.collectivite_id for link in links if link.atelier_id == atelier.id))
        assert block.minutes == sum(q.minutes for q in sequences if q.atelier_id == atelier.id)
    assert blocks[s["u4"]].minutes == 150
    assert blocks[s["u1"]].start_time == dt.time(9, 30)
    # Dated first, in date order; the undated last.
    dates = [b.date for b in programme_views.blocks(s.nb)]
    assert dates[-1] is None and dates[:-1] == sorted(dates[:-1])


def test_phases_match_the_mapped_records(s: Sample) -> None:
    phases = programme_views.phases(s.nb)
    with s.nb.read() as session:
        mapped = list(session.scalars(select(Phase).order_by(Phase.start_date)))
    assert [(p.id, p.kind, p.start, p.end) for p in phases] == [
        (p.id, p.kind, p.start_date, p.end_date) for p in mapped]
    assert phases[0].kind is PhaseKind.PARCOURS_APPRENANT


def test_a_status_from_a_newer_release_reads_as_a_draft(s: Sample) -> None:
    with s.nb.write() as session:
        session.connection().exec_driver_sql(
            "UPDATE atelier SET status = 'archive' WHERE id = ?", (s["u1"],))
    timeline = programme_views.timeline(s.nb, today=dt.date(2025, 6, 15))
    u1 = next(b for lane in timeline.lanes for b in lane.blocks if b.id == s["u1"])
    assert u1.status is AtelierStatus.BROUILLON  # shown, not a crash of the whole page
