"""The undoable result of an intention-named edit: rows before and after.

Shared by the programme, experiments, photos, votes and backdrop services:
each opens one write transaction, notes every row it touches in a
:class:`Tracker`, and returns the :class:`Edit`. :func:`undo` puts the
*before* rows back and :func:`redo` the *after* rows, with the same ids, so
the window wraps any of these edits in one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from ..errors import LieuxError
from ..model import ENTITIES, ENTITY_BY_TABLE, Record, new_id
from .notebook import Notebook

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

    def add(self, obj: Record) -> Record:
        if obj.id is None:  # the column default comes at flush: too late for ``before``
            obj.id = new_id()
        self.edit.before.setdefault(obj.__tablename__, {})[obj.id] = None
        self.session.add(obj)
        return obj

    def delete(self, obj: Record) -> None:
        self.touch(type(obj), obj.id)
        self.session.delete(obj)

    def finish(self) -> Edit:
        self.session.flush()
        for table, rows in self.edit.before.items():
            entity = ENTITY_BY_TABLE[table]
            self.edit.after[table] = {i: _row(self.session.get(entity, i)) for i in rows}
        return self.edit


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


def get(session: Session, entity: type[Record], record_id: str) -> Any:
    """The record, or a :class:`LieuxError` naming what is missing."""
    obj = session.get(entity, record_id)
    if obj is None:
        raise LieuxError("not_found", what=entity.__tablename__, key=record_id)
    return obj
