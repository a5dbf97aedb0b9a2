"""Agenda use cases the generic records service does not cover.

Inserting séquences in the middle of an agenda must renumber the following
ones in the same transaction, so that one undo step puts everything back.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select

from ..model import Sequence, new_id
from .notebook import Notebook

log = logging.getLogger(__name__)

#: Fields of a séquence a template step or a copy carries over.
STEP_FIELDS = ("title", "minutes", "method", "instructions", "participant_instructions",
               "materials", "tool")


def sequences(nb: Notebook, atelier_id: str) -> list[Sequence]:
    with nb.read() as session:
        return list(session.scalars(
            select(Sequence).where(Sequence.atelier_id == atelier_id)
            .order_by(Sequence.position, Sequence.title)
        ))


def insert_sequences(
    nb: Notebook, atelier_id: str, steps: Iterable[Mapping[str, Any]], position: int | None = None,
) -> list[str]:
    """Insert steps at ``position`` (end when None), renumbering; returns their ids.

    A step may carry its own ``id`` (redo recreates the same records).
    """
    steps = [dict(s) for s in steps]
    with nb.write() as session:
        existing = list(session.scalars(
            select(Sequence).where(Sequence.atelier_id == atelier_id)
            .order_by(Sequence.position, Sequence.title)
        ))
        at = len(existing) if position is None else max(0, min(position, len(existing)))
        new = []
        for step in steps:
            values = {k: v for k, v in step.items() if k in STEP_FIELDS or k == "id"}
            values.setdefault("id", new_id())
            values.setdefault("title", "")
            new.append(Sequence(atelier_id=atelier_id, **values))
        ordered = existing[:at] + new + existing[at:]
        for index, seq in enumerate(ordered):
            if seq.position != index:
                seq.position = index
        session.add_all(new)
    return [s.id for s in new]


def step_values(obj: Any) -> dict[str, Any]:
    """The carried-over fields of a séquence, a template step or a mapping."""
    get = obj.get if isinstance(obj, Mapping) else (lambda k, d=None: getattr(obj, k, d))
    values = {k: get(k) for k in STEP_FIELDS if get(k) is not None}
    tool = values.get("tool")
    if tool is not None and not isinstance(tool, str):
        values["tool"] = getattr(tool, "value", str(tool))
    return values
