"""The one arrow geometry (``core.map_geometry``) that the screen and the print share."""

from __future__ import annotations

import math

import pytest

from lieuxcommuns_desktop.core import map_geometry as mg
from lieuxcommuns_desktop.core.map_layout import CARD_H, CARD_W


def test_segment_is_clipped_just_outside_both_card_boxes() -> None:
    seg = mg.segment(0.0, 0.0, 400.0, 0.0)
    assert seg.heads and (seg.ux, seg.uy) == (1.0, 0.0)
    assert seg.x0 == pytest.approx(CARD_W / 2 + mg.CARD_MARGIN)
    assert seg.x1 == pytest.approx(400 - CARD_W / 2 - mg.CARD_MARGIN)
    vertical = mg.segment(0.0, 0.0, 0.0, -300.0)
    assert vertical.y0 == pytest.approx(-(CARD_H / 2 + mg.CARD_MARGIN))
    assert (vertical.ux, vertical.uy) == (0.0, -1.0)


def test_overlapping_cards_get_a_bare_line_and_one_spot_nothing() -> None:
    close = mg.segment(0.0, 0.0, CARD_W / 2, 0.0)
    assert not close.heads and (close.x0, close.x1) == (0.0, CARD_W / 2)
    arrow = mg.arrow(close, double=False, two_way=True)
    assert arrow.lines == [((0.0, 0.0), (CARD_W / 2, 0.0))] and arrow.heads == []
    same = mg.segment(5.0, 5.0, 5.4, 5.0)
    assert (same.ux, same.uy, same.heads) == (0.0, 0.0, False)
    assert mg.arrow(same, double=True, two_way=True) == mg.Arrow([], [])


def test_head_points_along_the_segment_with_its_tip_on_the_end() -> None:
    tip, left, right = mg.head(100.0, 50.0, 0.6, 0.8)
    assert tip == (100.0, 50.0)
    base = ((left[0] + right[0]) / 2, (left[1] + right[1]) / 2)
    assert math.dist(tip, base) == pytest.approx(mg.HEAD)
    assert math.dist(left, right) == pytest.approx(2 * mg.HEAD * mg.HEAD_HALF_WIDTH)
    assert (base[0] - tip[0], base[1] - tip[1]) == pytest.approx((-0.6 * 13, -0.8 * 13))


def test_single_line_stops_before_the_tip_and_two_way_has_two_heads() -> None:
    seg = mg.segment(0.0, 0.0, 400.0, 0.0)
    one = mg.arrow(seg, double=False, two_way=False)
    assert one.lines == [((seg.x0, 0.0), (seg.x1 - mg.SINGLE_SHORTEN, 0.0))]
    assert [h[0] for h in one.heads] == [(seg.x1, 0.0)]
    both = mg.arrow(seg, double=False, two_way=True)
    assert [h[0] for h in both.heads] == [(seg.x1, 0.0), (seg.x0, 0.0)]
    assert both.heads[1][1][0] > seg.x0  # the second head points back to the source


def test_double_relation_is_two_parallel_lines() -> None:
    seg = mg.segment(0.0, 0.0, 0.0, 400.0)
    arrow = mg.arrow(seg, double=True, two_way=False)
    (a0, a1), (b0, b1) = arrow.lines
    assert {a0[0], b0[0]} == {-mg.DOUBLE_OFFSET, mg.DOUBLE_OFFSET}
    assert a1[1] == b1[1] == pytest.approx(seg.y1 - mg.DOUBLE_SHORTEN)
    assert len(arrow.heads) == 1


def test_relation_arrow_is_segment_then_arrow() -> None:
    assert mg.relation_arrow((10.0, 20.0), (-300.0, 250.0), double=False, two_way=True) == \
        mg.arrow(mg.segment(10.0, 20.0, -300.0, 250.0), double=False, two_way=True)
