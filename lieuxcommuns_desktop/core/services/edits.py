"""The undoable result of an intention-named edit: rows before and after.

Shared by the programme, experiments, photos, votes and backdrop services:
each opens one write transaction, notes every row it touches in a
:class:`Tracker`, and returns the :class:`Edit`. :func:`undo` puts the
*before* rows back and :func:`redo` the *after* rows, with the same ids, so
the window wraps any of these edits in one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import QueryableAttribute, Session

from ..errors import LieuxError
from ..model import ENTITIES, ENTITY_BY_TABLE, Record, new_id
from .notebook import Notebook

R = TypeVar("R", bound=Record)
Rows = dict[str, dict[str, dict[str, Any] | None]]  # table -> id -> row, None = absent


@dataclass
class Edit:
    """The rows one edit touched, before and after (``None``: the row did not exist)."""

    before: Rows = field(default_factory=dict)
    after: Rows = field(default_factory=dict)
    #: What the edit did beyond its rows, for the caller to report (a departure from an
    #: expedition: ``programme.LeaveConsequences``).
    consequences: Any = None

    def created(self, table: str) -> list[str]:
        return [i for i, row in self.before.get(table, {}).items()
                if row is None and self.after[table][i] is not None]

    def deleted(self, table: str) -> list[str]:
        return [i for i, row in self.after.get(table, {}).items()
                if row is None and self.before[table][i] is not None]

    def __bool__(self) -> bool:
        return any(self.before.get(t, {}).get(i) != row
                   for t, rows in self.after.items() for i, row in rows.items())


def _row(obj: Record | None) -> dict[str, Any] | None:
    if obj is None:
        return None
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns if c.key != "modified_at"}


class Tracker:
    """Remembers each touched row as it was, then reads it back as it became."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.edit = Edit()

    def touch(self, entity: type[Record], record_id: str) -> None:
        rows = self.edit.before.setdefault(entity.__tablename__, {})
        if record_id not in rows:
            rows[record_id] = _row(self.session.get(entity, record_id))

    def add(self, obj: R) -> R:
        if obj.id is None:  # the column default comes at flush: too late for ``before``
            obj.id = new_id()
        self.edit.before.setdefault(obj.__tablename__, {})[obj.id] = None
        self.session.add(obj)
        return obj

    def delete(self, obj: Record) -> None:
        self.touch(type(obj), obj.id)
        self.session.delete(obj)

    def update(self, obj: Record, **values: Any) -> None:
        """Set fields of ``obj``, remembering it as it was (unchanged fields are left alone)."""
        self.touch(type(obj), obj.id)
        for name, value in values.items():
            if getattr(obj, name) != value:
                setattr(obj, name, value)

    def delete_cascade(self, entity: type[Record], record_ids: list[str]) -> None:
        """Delete rows and what the database cascade would remove or unlink with them.

        Every row reached is noted first, so undo puts back the rows *and* the
        links set to NULL; the deletions go through the session, children first.
        """
        from .records import collect  # records does not import edits: no cycle

        snapshot = collect(self.session, entity.__table__, list(record_ids))
        for table_name, row_id, _column, _old in snapshot.nulled:
            self.touch(ENTITY_BY_TABLE[table_name], row_id)
        for table_name, rows in snapshot.rows.items():
            for row in rows:
                self.touch(ENTITY_BY_TABLE[table_name], row["id"])
        gone = {(t, row["id"]) for t, rows in snapshot.rows.items() for row in rows}
        for table_name, row_id, column, _old in snapshot.nulled:
            obj = self.session.get(ENTITY_BY_TABLE[table_name], row_id)
            if obj is not None and (table_name, row_id) not in gone:
                setattr(obj, column, None)
        self.session.flush()
        for entity_ in reversed(ENTITIES):  # children first
            rows = snapshot.rows.get(entity_.__tablename__, [])
            for row in rows:
                obj = self.session.get(entity_, row["id"])
                if obj is not None:
                    self.session.delete(obj)
            if rows:
                self.session.flush()

    def finish(self) -> Edit:
        """Flush, then read every touched row back as it became (one query per table).

        A plain SELECT rather than ``session.get`` per row: after the flush the
        rows' ``modified_at`` is expired, and reloading each object would cost
        one query per row (a 50-card move would take three times as long).
        """
        self.session.flush()
        for table, rows in self.edit.before.items():
            columns = ENTITY_BY_TABLE[table].__table__.columns
            ids = list(rows)
            found: dict[str, dict[str, Any]] = {}
            for start in range(0, len(ids), 500):
                for r in self.session.execute(
                        select(columns.id.table).where(columns.id.in_(ids[start:start + 500]))):
                    values = r._mapping
                    found[values["id"]] = {c.key: values[c] for c in columns
                                           if c.key != "modified_at"}
            self.edit.after[table] = {i: found.get(i) for i in ids}
        return self.edit


def delete_record(nb: Notebook, entity: type[Record], record_id: str, *,
                  children: QueryableAttribute[Any] | None = None) -> Edit:
    """Delete one record, and first the rows that hang on it by ``children``.

    The services' ``delete_*`` of a measure, a milestone, a phase, an indicator
    (with its measures), a vote's option or round (with their counts) were the
    same lines each. ``children`` is the foreign-key column of the dependent
    rows (``IndicatorValue.indicator_id``): they are deleted through the tracker
    before the record, since the database's cascade would remove them unseen
    and undo could not put them back. A missing id is a :class:`LieuxError`
    (see :func:`get`) and nothing is written. Records with deeper trees go
    through :meth:`Tracker.delete_cascade` instead.
    """
    with nb.write() as session:
        track = Tracker(session)
        obj = get(session, entity, record_id)
        if children is not None:
            for child in session.scalars(select(children.class_).where(children == record_id)):
                track.delete(child)
            session.flush()
        track.delete(obj)
        return track.finish()


def merge(first: Edit, second: Edit) -> Edit:
    """One edit doing ``first`` then ``second``: the first *before*, the last *after*.

    A row only the second edit touched keeps the second's *before*, so undoing
    the merged edit puts every row back as it was before ``first``.
    """
    merged = Edit(consequences=second.consequences)
    for table in first.before.keys() | second.before.keys():
        before = dict(second.before.get(table, {}))
        before.update(first.before.get(table, {}))
        after = dict(first.after.get(table, {}))
        after.update(second.after.get(table, {}))
        merged.before[table], merged.after[table] = before, after
    return merged


def undo(nb: Notebook, edit: Edit) -> None:
    """Put back every row as it was before ``edit``."""
    _apply(nb, edit.before)


def redo(nb: Notebook, edit: Edit) -> None:
    """Put back every row as ``edit`` left it (same ids)."""
    _apply(nb, edit.after)


def _apply(nb: Notebook, rows: Rows) -> None:
    order = [e for e in ENTITIES if e.__tablename__ in rows]
    with nb.write() as session:
        for entity in reversed(order):  # children first
            for record_id, row in rows[entity.__tablename__].items():
                obj = session.get(entity, record_id)
                if row is None and obj is not None:
                    session.delete(obj)
        session.flush()
        for entity in order:  # parents first
            for record_id, row in rows[entity.__tablename__].items():
                if row is None:
                    continue
                obj = session.get(entity, record_id)
                if obj is None:
                    session.add(entity(**row))
                else:
                    for name, value in row.items():
                        if getattr(obj, name) != value:
                            setattr(obj, name, value)
            session.flush()


def get(session: Session, entity: type[R], record_id: str) -> R:
    """The record, or a :class:`LieuxError` naming what is missing."""
    obj = session.get(entity, record_id)
    if obj is None:
        raise LieuxError("not_found", what=entity.__tablename__, key=record_id)
    return obj
