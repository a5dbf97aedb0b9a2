"""The foreign keys and unique keys a merge must respect, read from the model.

A merge must never leave a dangling reference (a note whose atelier was
deleted on the other side) nor two rows with one natural key (the same RACI
cell written on two laptops). Both are derived from the model's constraints,
so a table added later is handled without touching the merge.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import UniqueConstraint

from ..model import ENTITY_BY_TABLE
from ..tables import Table


@dataclass(frozen=True)
class Reference:
    """A foreign key column: deleting its target deletes the row (cascade) or nulls it."""

    column: str
    target: str
    cascade: bool


@cache
def references(table: str) -> tuple[Reference, ...]:
    entity = ENTITY_BY_TABLE.get(table)
    if entity is None:
        return ()
    out = []
    for column in entity.__table__.columns:
        for fk in column.foreign_keys:
            cascade = (fk.ondelete or "").upper() == "CASCADE"
            out.append(Reference(column.name, fk.column.table.name, cascade))
    return tuple(out)


@cache
def unique_keys(table: str) -> tuple[tuple[str, ...], ...]:
    """Column tuples that must be unique; the programme is one per notebook (the empty key)."""
    if table == Table.PROGRAMME:
        return ((),)
    entity = ENTITY_BY_TABLE.get(table)
    if entity is None:
        return ()
    return tuple(
        tuple(c.name for c in constraint.columns)
        for constraint in entity.__table__.constraints
        if isinstance(constraint, UniqueConstraint)
    )
