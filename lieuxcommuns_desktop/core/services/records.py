"""Generic use cases on any record: create, update, delete with undo, usages.

Feature services (agenda, maps, matrices, notes…) build on these so that every
edit, whatever the entity, commits once, publishes its changes and can be
undone: :func:`update` returns the previous values, :func:`delete` returns a
:class:`Snapshot` of the row *and of everything the database cascade removes
with it*, which :func:`restore` puts back exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Table, func, insert, select
from sqlalchemy import update as sa_update
from sqlalchemy.orm import Session

from ..errors import LieuxError
from ..model import ENTITIES, ENTITY_BY_TABLE, Positioned, Record, metadata
from .notebook import ChangeSet, Notebook

R = TypeVar("R", bound=Record)


# -- reading -------------------------------------------------------------------
def get(nb: Notebook, entity: type[R], record_id: str) -> R:
    """A detached copy of one record; raises ``not_found`` if it is gone."""
    with nb.read() as session:
        obj = session.get(entity, record_id)
        if obj is None:
            raise LieuxError("not_found", what=entity.__tablename__, key=record_id)
        return obj


def find(nb: Notebook, entity: type[R], record_id: str) -> R | None:
    with nb.read() as session:
        return session.get(entity, record_id)


def all_of(nb: Notebook, entity: type[R], *order_by: Any, **filters: Any) -> list[R]:
    """Every record of ``entity`` matching equality ``filters``, ordered."""
    stmt = select(entity).filter_by(**filters)
    if order_by:
        stmt = stmt.order_by(*order_by)
    with nb.read() as session:
        return list(session.scalars(stmt))


def count(nb: Notebook, entity: type[Record], **filters: Any) -> int:
    with nb.read() as session:
        stmt = select(func.count()).select_from(entity).filter_by(**filters)
        return int(session.scalar(stmt) or 0)


# -- writing -------------------------------------------------------------------
def create(nb: Notebook, entity: type[R], **values: Any) -> R:
    """Insert one record and return it (detached, with its new id)."""
    with nb.write() as session:
        obj = entity(**values)
        session.add(obj)
        session.flush()
    return obj


def create_many(nb: Notebook, objects: Iterable[Record]) -> list[Record]:
    """Insert several records in one transaction (one undo step, one event)."""
    objs = list(objects)
    # Without ORM relationships the unit of work does not order inserts by
    # foreign key, so flush entity by entity, parents first.
    rank = {entity: i for i, entity in enumerate(ENTITIES)}
    ordered = sorted(objs, key=lambda o: rank.get(type(o), len(rank)))
    with nb.write() as session:
        current: type | None = None
        for obj in ordered:
            if type(obj) is not current and current is not None:
                session.flush()
            current = type(obj)
            session.add(obj)
    return objs


def update(nb: Notebook, entity: type[Record], record_id: str, **values: Any) -> dict[str, Any]:
    """Change some fields; returns their previous values (for undo)."""
    with nb.write() as session:
        obj = session.get(entity, record_id)
        if obj is None:
            raise LieuxError("not_found", what=entity.__tablename__, key=record_id)
        previous = {name: getattr(obj, name) for name in values}
        for name, value in values.items():
            if not hasattr(entity, name):
                raise LieuxError("invalid_value", field=name, value=value)
            setattr(obj, name, value)
    return previous


@dataclass
class Snapshot:
    """Rows removed by a deletion, and the links the deletion set to NULL."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    nulled: list[tuple[str, str, str, Any]] = field(default_factory=list)

    def count(self) -> int:
        return sum(len(v) for v in self.rows.values())


def delete(nb: Notebook, entity: type[Record], record_ids: str | Iterable[str]) -> Snapshot:
    """Delete records and what they own, returning what :func:`restore` needs."""
    ids = [record_ids] if isinstance(record_ids, str) else list(record_ids)
    changes = ChangeSet()
    with nb.write(changes) as session:
        snapshot = collect(session, entity.__table__, ids)
        for table_name in reversed([e.__tablename__ for e in ENTITIES]):
            rows = snapshot.rows.get(table_name)
            if rows:
                table = ENTITY_BY_TABLE[table_name].__table__
                session.execute(table.delete().where(table.c.id.in_([r["id"] for r in rows])))
                for row in rows:
                    changes.add("deleted", table_name, row["id"])
        for table_name, row_id, _column, _old in snapshot.nulled:
            changes.add("updated", table_name, row_id)
    return snapshot


def restore(nb: Notebook, snapshot: Snapshot) -> None:
    """Undo a :func:`delete`: put the rows back, then re-link what was nulled."""
    changes = ChangeSet()
    with nb.write(changes) as session:
        insert_rows(session, snapshot.rows, changes)
        for table_name, row_id, column, old in snapshot.nulled:
            table = ENTITY_BY_TABLE[table_name].__table__
            session.execute(sa_update(table).where(table.c.id == row_id).values({column: old}))
            changes.add("updated", table_name, row_id)


def insert_rows(
    session: Session, rows: Mapping[str, list[dict[str, Any]]], changes: ChangeSet
) -> None:
    """Insert plain rows table by table, parents first."""
    for entity in ENTITIES:
        batch = rows.get(entity.__tablename__)
        if batch:
            session.execute(insert(entity.__table__), batch)
            for row in batch:
                changes.add("created", entity.__tablename__, row["id"])


def collect(session: Session, table: Table, ids: list[str]) -> Snapshot:
    """Gather ``ids`` of ``table`` and, recursively, what the FK cascades reach."""
    snapshot = Snapshot()
    seen: dict[str, set[str]] = {}
    pending: list[tuple[Table, list[str]]] = [(table, ids)]
    tables = metadata().sorted_tables  # every table, sorted once (a property that sorts)
    while pending:
        current, current_ids = pending.pop()
        fresh = [i for i in current_ids if i not in seen.setdefault(current.name, set())]
        if not fresh:
            continue
        found = [
            dict(row._mapping)
            for row in session.execute(select(current).where(current.c.id.in_(fresh)))
        ]
        if not found:
            continue
        seen[current.name].update(r["id"] for r in found)
        snapshot.rows.setdefault(current.name, []).extend(found)
        found_ids = [r["id"] for r in found]
        for child in tables:
            for fkey in child.foreign_keys:
                if fkey.column.table is not current:
                    continue
                column = fkey.parent
                refs = session.execute(
                    select(child.c.id, column).where(column.in_(found_ids))
                ).all()
                if fkey.ondelete == "CASCADE":
                    pending.append((child, [r[0] for r in refs]))
                else:
                    snapshot.nulled.extend((child.name, r[0], column.name, r[1]) for r in refs)
    return snapshot


def usages(nb: Notebook, entity: type[Record], record_id: str) -> dict[str, int]:
    """Where a record is used: dependent table name -> number of rows.

    The window shows this before deleting ("utilisé dans 3 ateliers…").
    """
    table = entity.__table__
    result: dict[str, int] = {}
    with nb.read() as session:
        for child in metadata().sorted_tables:
            for fkey in child.foreign_keys:
                if fkey.column.table is table:
                    n = session.scalar(
                        select(func.count()).select_from(child).where(fkey.parent == record_id)
                    )
                    if n:
                        result[child.name] = result.get(child.name, 0) + int(n)
    return result


def reorder(nb: Notebook, entity: type[Positioned], ordered_ids: list[str]) -> list[str]:
    """Set ``position`` from the order given; returns the previous order."""
    with nb.write() as session:
        objs = {o.id: o for o in session.scalars(select(entity).where(entity.id.in_(ordered_ids)))}
        previous = [o.id for o in sorted(objs.values(), key=lambda o: o.position)]
        for position, record_id in enumerate(ordered_ids):
            obj = objs.get(record_id)
            if obj is not None and obj.position != position:
                obj.position = position
    return previous
