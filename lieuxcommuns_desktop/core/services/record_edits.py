"""Validated, reversible edits of any record: the fields a person may change, checked here.

The tables, the editors and the older tools change fields of a record (a
title, a level, a date). Instead of ``records.update(entity, **fields)`` from
the UI, they call :func:`change`, which accepts only the fields declared
editable, converts and checks each value (type, range, a title never empty)
and returns an :class:`~.edits.Edit`, so the window wraps it in one undo
step and the same rules hold for every caller (the window, a script, a test).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..model import Positioned, Record, new_id
from ..tables import Table
from . import edits
from .notebook import Notebook

CONTEXT = "records"
MESSAGES = {
    "not_editable": QT_TRANSLATE_NOOP("records", "Le champ « {field} » ne se modifie pas ici."),
    "type": QT_TRANSLATE_NOOP("records", "Valeur invalide pour « {field} » : « {value} »."),
    "empty_title": QT_TRANSLATE_NOOP("records", "Le titre ne peut pas être vide."),
    "empty_name": QT_TRANSLATE_NOOP("records", "Le nom ne peut pas être vide."),
    "empty_text": QT_TRANSLATE_NOOP("records", "Le texte ne peut pas être vide."),
    "range_minutes": QT_TRANSLATE_NOOP(
        "records", "La durée doit être comprise entre {low} et {high} minutes."),
}


class RecordError(ValidationError):
    """A field edit refused before anything was written; message in context ``records``."""

    @property
    def message(self) -> str:
        return tr(CONTEXT, MESSAGES.get(self.code, self.code), **self.params)


#: Never changed through a field edit: identity, bookkeeping.
FIXED = frozenset({"id", "modified_at"})

#: Text fields that must never be empty (stripped), with the code of the refusal. By
#: table, not class: naming the map's class here would map every tool's at start.
REQUIRED_TEXT: dict[tuple[str, str], str] = {
    (Table.ATELIER, "title"): "empty_title",
    (Table.SEQUENCE, "title"): "empty_title",
    (Table.STAKEHOLDER_MAP, "title"): "empty_title",
    (Table.THEMATIQUE, "name"): "empty_name",
    (Table.ACTEUR, "name"): "empty_name",
    (Table.NOTE, "text"): "empty_text",
}

#: Inclusive ranges of numeric fields, with the code of the refusal (a duration fits in a day).
RANGES: dict[tuple[str, str], tuple[str, int, int]] = {
    (Table.ATELIER, "planned_minutes"): ("range_minutes", 0, 24 * 60),
    (Table.SEQUENCE, "minutes"): ("range_minutes", 0, 24 * 60),
}


def editable(entity: type[Record]) -> frozenset[str]:
    """The fields of ``entity`` a field edit may change: its columns, identity excepted."""
    return frozenset(c.key for c in entity.__table__.columns) - FIXED


def validate(entity: type[Record], values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` converted to the columns' types, or a :class:`RecordError` for the first fault."""
    allowed = editable(entity)
    columns = {c.key: c for c in entity.__table__.columns}
    clean: dict[str, Any] = {}
    for name, value in values.items():
        if name not in allowed:
            raise RecordError("not_editable", field=name)
        clean[name] = _convert(entity, name, columns[name], value)
    return clean


def _convert(entity: type[Record], name: str, column: Any, value: Any) -> Any:
    if value is None:
        if not column.nullable:
            raise RecordError("type", field=name, value="")
        return None
    try:
        python_type = column.type.python_type
    except NotImplementedError:  # a custom type: trust the caller
        return value
    try:
        value = _coerce(python_type, value)
    except (TypeError, ValueError):
        raise RecordError("type", field=name, value=str(value)[:80]) from None
    key = (entity.__tablename__, name)
    if key in REQUIRED_TEXT:
        value = value.strip()
        if not value:
            raise RecordError(REQUIRED_TEXT[key])
    if key in RANGES:
        code, low, high = RANGES[key]
        if not low <= value <= high:
            raise RecordError(code, low=low, high=high)
    return value


def _coerce(python_type: type, value: Any) -> Any:
    if isinstance(value, python_type) and not (python_type is int and isinstance(value, bool)):
        return value
    if issubclass(python_type, enum.Enum):
        return python_type(value)
    if python_type is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if python_type is dt.date and isinstance(value, str):
        return dt.date.fromisoformat(value)
    raise TypeError(python_type)


# -- reversible edits -----------------------------------------------------------------
def change(nb: Notebook, entity: type[Record], record_id: str, **values: Any) -> edits.Edit:
    """Change some fields of one record, validated; returns the edit (rows before/after)."""
    clean = validate(entity, values)
    with nb.write() as session:
        tracker = edits.Tracker(session)
        tracker.update(edits.get(session, entity, record_id), **clean)
        return tracker.finish()


def create(nb: Notebook, entity: type[Record], **values: Any) -> edits.Edit:
    """A new record (its id given in ``values`` or made here); redo recreates the same row."""
    values = dict(values)
    record_id = values.pop("id", None) or new_id()
    clean = validate(entity, values)
    with nb.write() as session:
        tracker = edits.Tracker(session)
        tracker.add(entity(id=record_id, **clean))
        return tracker.finish()


def remove(nb: Notebook, entity: type[Record], record_ids: str | Iterable[str]) -> edits.Edit:
    """Delete records with what they own; undo puts all of it back, links included."""
    ids = [record_ids] if isinstance(record_ids, str) else list(record_ids)
    with nb.write() as session:
        tracker = edits.Tracker(session)
        tracker.delete_cascade(entity, ids)
        return tracker.finish()


def reorder(nb: Notebook, entity: type[Positioned], ordered_ids: list[str]) -> edits.Edit:
    """Set ``position`` of sibling records from the order given."""
    with nb.write() as session:
        tracker = edits.Tracker(session)
        objs = {o.id: o for o in session.scalars(
            select(entity).where(entity.id.in_(ordered_ids)))}
        for position, record_id in enumerate(ordered_ids):
            obj = objs.get(record_id)
            if obj is not None and obj.position != position:
                tracker.update(obj, position=position)
        return tracker.finish()
