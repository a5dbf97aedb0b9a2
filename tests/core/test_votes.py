"""Dot votes: counts typed in the room are checked, results ranked with ties marked."""

from __future__ import annotations

import pytest

from lieuxcommuns_desktop.core.errors import ValidationError
from lieuxcommuns_desktop.core.votes import MAX_COUNT, parse_count, rank, top

OPTIONS = [("a", "Charte d'usage"), ("b", "Comité de gestion"), ("c", "Budget participatif"),
           ("d", "Convention d'occupation")]


def test_sorted_by_count_with_shared_ranks() -> None:
    result = rank(OPTIONS, {"a": 5, "b": 9, "c": 5})
    assert [(r.label, r.count, r.rank, r.tied) for r in result] == [
        ("Comité de gestion", 9, 1, False),
        ("Charte d'usage", 5, 2, True),
        ("Budget participatif", 5, 2, True),
        ("Convention d'occupation", 0, 4, False),
    ]
    assert result[0].share == pytest.approx(9 / 19)


def test_top_options_include_every_tie() -> None:
    assert [r.option_id for r in top(rank(OPTIONS, {"a": 4, "d": 4, "b": 1}))] == ["a", "d"]


def test_nobody_voted() -> None:
    result = rank(OPTIONS, {})
    assert top(result) == []
    assert all(r.share == 0.0 and r.rank == 1 and r.tied for r in result)


@pytest.mark.parametrize(
    "typed", ["-1", "3.5", "trois", "", " ", "1e3", "٣", str(MAX_COUNT + 1), True]
)
def test_impossible_counts_are_refused(typed: object) -> None:
    with pytest.raises(ValidationError):
        parse_count(typed)  # type: ignore[arg-type]  # hostile input on purpose


@pytest.mark.parametrize(("typed", "value"), [("0", 0), (" 12 ", 12), (7, 7)])
def test_counts_typed_in_the_room(typed: str | int, value: int) -> None:
    assert parse_count(typed) == value
