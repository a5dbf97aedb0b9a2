"""Agenda use cases the generic records service does not cover.

Inserting séquences in the middle of an agenda must renumber the following
ones in the same transaction, so that one undo step puts everything back.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select

from ..errors import LieuxError
from ..model import Atelier, Sequence, new_id
from ..tables import Table
from . import edits, record_edits
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
    return insert_steps(nb, atelier_id, steps, position).created(Table.SEQUENCE)


def insert_steps(
    nb: Notebook, atelier_id: str, steps: Iterable[Mapping[str, Any]], position: int | None = None,
) -> edits.Edit:
    """:func:`insert_sequences` as an edit: undo removes them and renumbers the others back."""
    steps = [dict(s) for s in steps]
    with nb.write() as session:
        tracker = edits.Tracker(session)
        edits.get(session, Atelier, atelier_id)
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
        for index, seq in enumerate(existing[:at] + new + existing[at:]):
            if seq in new:
                seq.position = index
            else:
                tracker.update(seq, position=index)
        for seq in new:
            tracker.add(seq)
        return tracker.finish()


def step_values(obj: Any) -> dict[str, Any]:
    """The carried-over fields of a séquence, a template step or a mapping."""
    get = obj.get if isinstance(obj, Mapping) else (lambda k, d=None: getattr(obj, k, d))
    values = {k: get(k) for k in STEP_FIELDS if get(k) is not None}
    tool = values.get("tool")
    if tool is not None and not isinstance(tool, str):
        values["tool"] = getattr(tool, "value", str(tool))
    return values


#: What the agenda lets a person change in a séquence (its place is :func:`move_sequences`).
EDITABLE = frozenset(STEP_FIELDS)


def edit_sequence(nb: Notebook, sequence_id: str, **values: Any) -> edits.Edit:
    """Change fields of one séquence, as an edit: a title never empty, a duration in a day."""
    unknown = set(values) - EDITABLE
    if unknown:
        raise LieuxError("invalid_value", field=", ".join(sorted(unknown)), value="")
    return record_edits.change(nb, Sequence, sequence_id, **values)


def move_sequences(nb: Notebook, ordered_ids: list[str]) -> edits.Edit:
    """Put the séquences of an agenda in the order given, as an edit."""
    return record_edits.reorder(nb, Sequence, ordered_ids)


def delete_sequences(nb: Notebook, sequence_ids: list[str]) -> edits.Edit:
    """Delete séquences (their notes stay, unlinked), as an edit that puts them back."""
    return record_edits.remove(nb, Sequence, sequence_ids)
