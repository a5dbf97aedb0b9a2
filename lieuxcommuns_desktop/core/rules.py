"""The rules of PRODUCT.md as pure functions: RACI, participation, agenda times.

No database, no Qt: the matrices' live checks, the printer and the CLI all call
these with plain values, and the unit tests cover each rule on its own.
Messages are French templates marked for translation; :meth:`Issue.message`
renders them in the user's language.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .enums import ParticipationLevel, Raci
from .i18n import QT_TRANSLATE_NOOP, tr, translate

CTX = "rules"

#: A column of a matrix (an acteur id in the app, anything hashable in the tests).
K = TypeVar("K", bound=Hashable)

MESSAGES = {
    "raci_no_a": QT_TRANSLATE_NOOP(
        "rules", "« {row} » : personne ne rend compte (aucun A). Il en faut exactement un."
    ),
    "raci_no_r": QT_TRANSLATE_NOOP(
        "rules", "« {row} » : personne ne réalise (aucun R). Il en faut au moins un."
    ),
    "decision_no_decider": QT_TRANSLATE_NOOP(
        "rules",
        "« {row} » : aucun acteur ne décide ni ne co-décide. "
        "Qui tranche ? Placez au moins un acteur à « co-décide » ou « décide ».",
    ),
    "decision_sole_decider_conflict": QT_TRANSLATE_NOOP(
        "rules",
        "« {row} » : {names} décide seul alors que d'autres co-décident ({others}). "
        "Les deux ne peuvent pas être vrais à la fois.",
    ),
    "decision_not_shared": QT_TRANSLATE_NOOP(
        "rules",
        "« {row} » : décision non partagée — {names} décide et les autres acteurs sont "
        "au mieux informés.",
    ),
    "agenda_over": QT_TRANSLATE_NOOP(
        "rules",
        "Le déroulé dure {minutes} min, soit {over} min de plus que le créneau prévu "
        "({planned} min).",
    ),
}


@dataclass(frozen=True)
class Issue:
    """One broken rule, on one row of a matrix (or on the whole agenda)."""

    code: str
    row: Hashable
    params: Mapping[str, object] = field(default_factory=dict)
    #: Columns (acteurs) involved, for highlighting cells.
    columns: tuple[Hashable, ...] = ()

    @property
    def message(self) -> str:
        count = self.params.get("count")
        if self.code == "raci_many_a" and isinstance(count, int):  # Qt's plural forms
            return translate(
                "rules", "« {row} » : %n acteur(s) (rend|rendent) compte (A : {names}). Il en "
                "faut exactement un.", None, count, **self.params)
        return tr(CTX, MESSAGES[self.code], **self.params)


def _names(keys: Iterable[Hashable], names: Mapping[Any, str] | None) -> str:
    return ", ".join(str(names.get(k, k) if names else k) for k in keys)


# -- role matrix (RACI) -----------------------------------------------------
def check_raci_row(
    row: Hashable,
    cells: Mapping[K, Raci | str | None],
    *,
    label: str = "",
    names: Mapping[Any, str] | None = None,
) -> list[Issue]:
    """Exactly one A and at least one R per responsibility."""
    values = {col: Raci(v) for col, v in cells.items() if v}
    accountable = tuple(col for col, v in values.items() if v is Raci.A)
    issues: list[Issue] = []
    if not accountable:
        issues.append(Issue("raci_no_a", row, {"row": label or row}))
    elif len(accountable) > 1:
        issues.append(
            Issue(
                "raci_many_a",
                row,
                {"row": label or row, "count": len(accountable),
                 "names": _names(accountable, names)},
                accountable,
            )
        )
    if not any(v is Raci.R for v in values.values()):
        issues.append(Issue("raci_no_r", row, {"row": label or row}))
    return issues


def check_raci(
    rows: Sequence[tuple[Hashable, str, Mapping[K, Raci | str | None]]],
    names: Mapping[Any, str] | None = None,
) -> list[Issue]:
    """All RACI issues of a matrix given as ``(row_id, label, cells)``."""
    return [i for row, label, cells in rows for i in check_raci_row(row, cells, label=label,
                                                                    names=names)]


# -- decision matrix (participation scale) ------------------------------------
def check_decision_row(
    row: Hashable,
    cells: Mapping[K, ParticipationLevel | str | None],
    *,
    label: str = "",
    names: Mapping[Any, str] | None = None,
) -> list[Issue]:
    """The three participation rules of PRODUCT.md for one decision.

    Cells left empty count as *non concerné*.
    """
    levels = {col: ParticipationLevel(v) for col, v in cells.items() if v is not None and v != ""}
    deciders = tuple(c for c, v in levels.items() if v is ParticipationLevel.DECIDE)
    co_deciders = tuple(c for c, v in levels.items() if v is ParticipationLevel.CO_DECIDE)
    text = label or row
    if not deciders and not co_deciders:
        return [Issue("decision_no_decider", row, {"row": text})]
    issues: list[Issue] = []
    if len(deciders) == 1 and co_deciders:
        issues.append(
            Issue(
                "decision_sole_decider_conflict",
                row,
                {"row": text, "names": _names(deciders, names),
                 "others": _names(co_deciders, names)},
                deciders + co_deciders,
            )
        )
    if len(deciders) == 1 and all(
        v.rank <= ParticipationLevel.INFORME.rank for c, v in levels.items() if c != deciders[0]
    ):
        issues.append(
            Issue("decision_not_shared", row, {"row": text, "names": _names(deciders, names)},
                  deciders)
        )
    return issues


def check_decisions(
    rows: Sequence[tuple[Hashable, str, Mapping[K, ParticipationLevel | str | None]]],
    names: Mapping[Any, str] | None = None,
) -> list[Issue]:
    return [
        i for row, label, cells in rows
        for i in check_decision_row(row, cells, label=label, names=names)
    ]


def decision_power(
    rows: Iterable[Mapping[K, ParticipationLevel | str | None]],
) -> dict[K, float]:
    """Each acteur's share of decision power, from 0 to 1, summing to 1.

    Only *co-décide* (weight 1) and *décide* (weight 2) carry power: being
    informed or consulted is participation, not power.
    """
    weights = {ParticipationLevel.CO_DECIDE: 1.0, ParticipationLevel.DECIDE: 2.0}
    totals: defaultdict[K, float] = defaultdict(float)  # a Counter holds ints
    for cells in rows:
        for col, value in cells.items():
            if value is not None and value != "":
                totals[col] += weights.get(ParticipationLevel(value), 0.0)
    grand = sum(totals.values())
    return {col: (w / grand if grand else 0.0) for col, w in totals.items()}


def level_counts(
    cells: Mapping[K, ParticipationLevel | str | None],
) -> dict[ParticipationLevel, int]:
    """How many acteurs take part in one decision at each level."""
    counts = dict.fromkeys(ParticipationLevel, 0)
    for value in cells.values():
        level = ParticipationLevel(value) if value not in (None, "") else (
            ParticipationLevel.NON_CONCERNE
        )
        counts[level] += 1
    return counts


# -- agenda --------------------------------------------------------------------
@dataclass(frozen=True)
class Slot:
    start: dt.time
    end: dt.time
    minutes: int


def schedule(start: dt.time | None, minutes: Sequence[int]) -> list[Slot]:
    """Clock times of each séquence from the atelier's start time.

    Without a start time the agenda is laid from 00:00 so that durations still
    show; times wrap past midnight rather than failing.
    """
    clock = dt.datetime.combine(dt.date(2000, 1, 1), start or dt.time(0, 0))
    slots: list[Slot] = []
    for m in minutes:
        m = max(0, int(m))
        end = clock + dt.timedelta(minutes=m)
        slots.append(Slot(clock.time(), end.time(), m))
        clock = end
    return slots


def total_minutes(minutes: Iterable[int]) -> int:
    return sum(max(0, int(m)) for m in minutes)


def agenda_issues(minutes: Sequence[int], planned: int | None) -> list[Issue]:
    """Warn when the agenda is longer than the booked slot."""
    total = total_minutes(minutes)
    if planned and total > planned:
        return [Issue("agenda_over", "agenda",
                      {"minutes": total, "over": total - planned, "planned": planned})]
    return []


def shrink_to_fit(
    minutes: Sequence[int], available: int, minimum: int = 1
) -> list[int]:
    """Shrink durations proportionally so they fit ``available`` minutes.

    Used by live mode when a séquence overran: no step goes below
    ``minimum``; when even the minimums do not fit, every step gets its
    minimum (the facilitator sees the overrun rather than a zero-minute step).
    """
    total = total_minutes(minutes)
    if total <= available:
        return [max(0, int(m)) for m in minutes]
    floor = [min(int(m), minimum) for m in minutes]
    room = available - sum(floor)
    if room <= 0:
        return floor
    extra = [max(0, int(m)) - f for m, f in zip(minutes, floor, strict=True)]
    extra_total = sum(extra)
    scaled = [e * room / extra_total for e in extra] if extra_total else [0.0] * len(extra)
    result = [f + int(s) for f, s in zip(floor, scaled, strict=True)]
    # Give the minutes lost to rounding back to the largest remainders.
    leftover = available - sum(result)
    order = sorted(range(len(scaled)), key=lambda i: scaled[i] - int(scaled[i]), reverse=True)
    for i in order[:max(0, leftover)]:
        result[i] += 1
    return result
