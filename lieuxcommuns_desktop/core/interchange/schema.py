"""The JSON Schema (draft 2020-12) of the interchange format, generated from the model.

``docs/interchange.schema.json`` is this function's output, committed; a test
compares them so the published schema never drifts from the code.
"""

from __future__ import annotations

import json
from typing import Any

from ..store import SCHEMA_VERSION
from .columns import (
    DATE_PATTERN,
    DATETIME_PATTERN,
    FORMAT,
    FORMAT_VERSION,
    HEADER_FIELDS,
    INTEGER_RANGE,
    NUMBER_RANGE,
    SCOPES,
    TIME_PATTERN,
    UUID_PATTERN,
    Field,
    fields,
    tables,
)

_SCALARS: dict[str, dict[str, Any]] = {
    "uuid": {"type": "string", "pattern": UUID_PATTERN},
    "string": {
        "type": "string",
        "description": "any Unicode text; a lone UTF-16 surrogate (\\ud800) is refused",
    },
    "integer": {"type": "integer", "minimum": INTEGER_RANGE[0], "maximum": INTEGER_RANGE[1]},
    "number": {"type": "number", "minimum": NUMBER_RANGE[0], "maximum": NUMBER_RANGE[1]},
    "boolean": {"type": "boolean"},
    "date": {"type": "string", "pattern": DATE_PATTERN},
    "time": {"type": "string", "pattern": TIME_PATTERN},
    "datetime": {"type": "string", "pattern": DATETIME_PATTERN},
    "bytes": {
        "type": "string",
        "contentEncoding": "base64",
        "contentMediaType": "image/jpeg",
        "description": "a JPEG without metadata, base64 (RFC 4648, no line breaks)",
    },
}

_DEFAULT_RANGES = {"integer": INTEGER_RANGE, "number": NUMBER_RANGE}


def _property(f: Field) -> dict[str, Any]:
    if f.kind == "enum":
        assert f.enum_cls is not None
        values: list[Any] = [m.value for m in f.enum_cls]
        prop: dict[str, Any] = {"enum": [*values, None] if f.nullable else values}
    else:
        scalar = _scalar(f)
        prop = {"oneOf": [scalar, {"type": "null"}]} if f.nullable else scalar
    if f.references:
        prop["description"] = f"id of a {f.references} record"
    return prop


def _scalar(f: Field) -> dict[str, Any]:
    """A reference to the kind's definition, or the kind with this column's own range."""
    ref = {"$ref": f"#/$defs/{f.kind}"}
    if f.kind == "bytes":
        return {**_SCALARS["bytes"], "maxLength": (int(f.high or 0) + 2) // 3 * 4}
    if f.kind not in ("integer", "number"):
        return ref
    if (f.low, f.high) == _DEFAULT_RANGES[f.kind]:
        return ref
    return {**_SCALARS[f.kind], "minimum": f.low, "maximum": f.high}


_DOT = {
    "type": "array",
    "description": "a write: [replica, counter]",
    "prefixItems": [{"type": "string", "minLength": 1, "maxLength": 64},
                    {"type": "integer", "minimum": 0}],
    "minItems": 2,
    "maxItems": 2,
}
#: The optional section of a whole notebook's export (format 4, ``core/sync/jsonsync.py``).
_SYNC = {
    "description": "change tracking of a whole notebook, so that merging this file is "
                   "three-way and carries deletions (see merge.md)",
    "type": "object",
    "properties": {
        "vector": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}},
        "dots": {"type": "object", "additionalProperties": {
            "type": "object", "additionalProperties": {
                "type": "object",
                "properties": {"created": _DOT,
                               "fields": {"type": "object", "additionalProperties": _DOT}},
                "required": ["created"],
                "additionalProperties": False,
            }}},
        "tombstones": {"type": "object", "additionalProperties": {
            "type": "object", "additionalProperties": _DOT}},
    },
    "additionalProperties": False,
}


def json_schema() -> dict[str, Any]:
    """The schema as a dict; see :func:`schema_text` for the committed file."""
    defs: dict[str, Any] = dict(_SCALARS)
    properties: dict[str, Any] = {
        "format": {"const": FORMAT},
        "format_version": {"const": FORMAT_VERSION},
        "schema_version": {"type": "integer", "const": SCHEMA_VERSION},
        "exported_at": {"$ref": "#/$defs/datetime"},
        "app_version": {"type": "string"},
        "scope": {"enum": list(SCOPES)},
        "scope_id": {
            "description": "id of the exported atelier, null for a whole notebook",
            "oneOf": [{"$ref": "#/$defs/uuid"}, {"type": "null"}],
        },
    }
    for entity in tables():
        table = entity.__tablename__
        doc = (entity.__doc__ or "").strip().splitlines()
        record: dict[str, Any] = {
            "type": "object",
            "properties": {f.name: _property(f) for f in fields(entity)},
            "required": [f.name for f in fields(entity)],
            "additionalProperties": False,
        }
        if doc and "__doc__" in entity.__dict__:
            record = {"description": doc[0], **record}
        defs[table] = record
        properties[table] = {"type": "array", "items": {"$ref": f"#/$defs/{table}"}}
    properties["sync"] = _SYNC
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Lieux Communs notebook interchange",
        "description": (
            "A whole notebook or one atelier of Lieux Communs, exchanged between "
            "laptops and merged record by record (see interchange.md)."
        ),
        "type": "object",
        "required": list(HEADER_FIELDS),
        "properties": properties,
        "additionalProperties": False,
        "$defs": defs,
    }


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
