"""Dot votes (*gommettes*) counted in the room: validation and ranking.

Qt-free and model-free: the live mode's vote panel, the projector's bar chart,
the minutes and the kit all rank the same way, so ties are marked the same way
everywhere ("1 = 2 = Charte d'usage" on screen and on paper).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .errors import ValidationError

#: A room of a few hundred people with a handful of dots each fits easily.
MAX_COUNT = 100_000


def parse_count(text: str | int, *, field: str = "votes") -> int:
    """A count typed in the room: a whole number from 0 to MAX_COUNT, else refused."""
    if isinstance(text, bool):
        raise ValidationError("invalid_value", field=field, value=text)
    if isinstance(text, int):
        value = text
    else:
        cleaned = text.strip()
        if not cleaned.isdigit() or not cleaned.isascii():
            raise ValidationError("invalid_value", field=field, value=text)
        value = int(cleaned)
    if not 0 <= value <= MAX_COUNT:
        raise ValidationError("invalid_value", field=field, value=text)
    return value


@dataclass(frozen=True)
class Ranked:
    """One option's place in a round's results."""

    option_id: str
    label: str
    count: int
    #: 1-based; options with the same count share the same rank.
    rank: int
    #: True when another option has the same count.
    tied: bool
    #: Share of the round's dots, 0.0–1.0 (0 when nobody voted).
    share: float


def rank(options: Iterable[tuple[str, str]], counts: Mapping[str, int]) -> list[Ranked]:
    """Options sorted by count (then by their given order), with shared ranks for ties.

    ``options`` are ``(id, label)`` in the order the facilitator listed them;
    an option without a count has 0.
    """
    listed = list(options)
    order = {option_id: index for index, (option_id, _) in enumerate(listed)}
    scored = [(option_id, label, int(counts.get(option_id, 0))) for option_id, label in listed]
    scored.sort(key=lambda item: (-item[2], order[item[0]]))
    total = sum(count for _, _, count in scored)
    frequency: dict[int, int] = {}
    for _, _, count in scored:
        frequency[count] = frequency.get(count, 0) + 1
    ranked: list[Ranked] = []
    previous: int | None = None
    current_rank = 0
    for position, (option_id, label, count) in enumerate(scored, start=1):
        if count != previous:
            current_rank = position
            previous = count
        ranked.append(
            Ranked(
                option_id=option_id,
                label=label,
                count=count,
                rank=current_rank,
                tied=frequency[count] > 1,
                share=count / total if total else 0.0,
            )
        )
    return ranked


def top(ranked: list[Ranked]) -> list[Ranked]:
    """The options at rank 1 (several when tied), none when nobody voted."""
    return [item for item in ranked if item.rank == 1 and item.count > 0]
