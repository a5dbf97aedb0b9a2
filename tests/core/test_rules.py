"""Every rule of PRODUCT.md, one behaviour per test."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from lieuxcommuns_desktop.core import rules
from lieuxcommuns_desktop.core.enums import ParticipationLevel as P
from lieuxcommuns_desktop.core.enums import Raci


def codes(issues: list[rules.Issue]) -> list[str]:
    return [i.code for i in issues]


def test_raci_valid_row_has_no_issue() -> None:
    assert rules.check_raci_row("r", {"a": "A", "b": "R", "c": "C", "d": None}) == []


def test_raci_accountable_may_also_be_the_only_actor_but_needs_an_r() -> None:
    assert codes(rules.check_raci_row("r", {"a": Raci.A})) == ["raci_no_r"]


def test_raci_no_a() -> None:
    issues = rules.check_raci_row("r", {"a": "R", "b": "C"}, label="Ouvrir le lieu")
    assert codes(issues) == ["raci_no_a"]
    assert "Ouvrir le lieu" in issues[0].message and "aucun A" in issues[0].message


def test_raci_several_a_names_them() -> None:
    issues = rules.check_raci_row("r", {"a": "A", "b": "A", "c": "R"},
                                  names={"a": "Mairie", "b": "Collectif"})
    assert codes(issues) == ["raci_many_a"]
    assert issues[0].columns == ("a", "b")
    assert "Mairie, Collectif" in issues[0].message


def test_raci_empty_row_breaks_both_rules() -> None:
    assert codes(rules.check_raci_row("r", {})) == ["raci_no_a", "raci_no_r"]


def test_decision_without_decider() -> None:
    assert codes(rules.check_decision_row("d", {"a": P.CONSULTE, "b": P.CONCERTE})) == [
        "decision_no_decider"
    ]


def test_decision_shared_between_codeciders_is_fine() -> None:
    assert rules.check_decision_row("d", {"a": P.CO_DECIDE, "b": P.CO_DECIDE, "c": P.INFORME}) == []


def test_sole_decider_next_to_codeciders_is_a_conflict() -> None:
    issues = rules.check_decision_row("d", {"a": P.DECIDE, "b": P.CO_DECIDE, "c": P.CONSULTE})
    assert codes(issues) == ["decision_sole_decider_conflict"]
    assert set(issues[0].columns) == {"a", "b"}


def test_decision_not_shared_when_others_at_most_informed() -> None:
    cells = {"a": P.DECIDE, "b": P.INFORME, "c": P.NON_CONCERNE, "d": None}
    assert codes(rules.check_decision_row("d", cells)) == ["decision_not_shared"]


def test_consulted_others_make_the_decision_shared_enough() -> None:
    assert rules.check_decision_row("d", {"a": P.DECIDE, "b": P.CONSULTE}) == []


def test_decision_power_shares_sum_to_one() -> None:
    power = rules.decision_power([{"a": P.DECIDE, "b": P.CO_DECIDE}, {"b": P.CO_DECIDE,
                                                                      "c": P.INFORME}])
    assert power == {"a": 0.5, "b": 0.5, "c": 0.0}


def test_level_counts_treats_empty_as_not_concerned() -> None:
    counts = rules.level_counts({"a": P.DECIDE, "b": None, "c": "2"})
    assert counts[P.DECIDE] == 1 and counts[P.NON_CONCERNE] == 1 and counts[P.CONSULTE] == 1


def test_schedule_and_overrun_warning() -> None:
    slots = rules.schedule(dt.time(9, 30), [15, 45, 20])
    assert [(s.start, s.end) for s in slots] == [
        (dt.time(9, 30), dt.time(9, 45)), (dt.time(9, 45), dt.time(10, 30)),
        (dt.time(10, 30), dt.time(10, 50)),
    ]
    assert rules.agenda_issues([15, 45, 20], 90) == []
    (issue,) = rules.agenda_issues([15, 45, 20], 60)
    assert issue.params["over"] == 20 and "20 min" in issue.message


@given(st.lists(st.integers(1, 120), min_size=1, max_size=12), st.integers(0, 600),
       st.integers(1, 10))
def test_shrink_to_fit_never_below_minimum_and_fits(minutes, available, minimum) -> None:
    result = rules.shrink_to_fit(minutes, available, minimum)
    assert len(result) == len(minutes)
    assert all(r >= min(m, minimum) for r, m in zip(result, minutes, strict=True))
    assert all(r <= m for r, m in zip(result, minutes, strict=True))
    if sum(min(m, minimum) for m in minutes) <= available:
        assert sum(result) <= max(available, 0) or sum(result) == sum(minutes)
