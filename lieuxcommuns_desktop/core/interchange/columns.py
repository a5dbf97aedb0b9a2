"""How each column of the model is written to and read from JSON.

Everything here is derived from ``model.ENTITIES`` and the SQLAlchemy column
types, so a column added to the model is exported, validated, merged and
described in the JSON Schema without touching this package.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import enum
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    String,
    Time,
)
from sqlalchemy import Enum as SAEnum

from ..i18n import QT_TRANSLATE_NOOP, tr
from ..json_value import JSONValue
from ..labels import person_name
from ..model import ENTITIES, Record
from ..tables import Table

CTX = "interchange"

FORMAT = "lieuxcommuns-notebook"
#: 2: expeditions' members, ateliers' participating collectivités, phases
#: (schema 2). 3: photos (their JPEG inline, base64) and dot votes (schema 3), consent
#: (schema 4), experiments' origins, partners, tool kinds, indicators, milestones and
#: status transitions (schema 5). 4: the optional ``sync`` section of a whole
#: notebook (dots, tombstones, version vector: ``core/sync/jsonsync.py``), schema 6.
#: Documents of formats 1 to 3 are still read (``upgrade.py``).
FORMAT_VERSION = 4
SCOPES = ("notebook", "atelier")
HEADER_FIELDS = (
    "format",
    "format_version",
    "schema_version",
    "exported_at",
    "app_version",
    "scope",
    "scope_id",
)

#: Tables never exported: derived data rebuilt by the importing notebook.
SKIPPED_TABLES = frozenset({"note_fts"})

UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
#: Years 1000 to 2999 only: far from both ends of Python's calendar, so that an
#: offset or a workshop's minutes added to a date can never overflow it.
DATE_PATTERN = r"^[12]\d{3}-\d{2}-\d{2}$"
TIME_PATTERN = r"^\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$"
DATETIME_PATTERN = (
    r"^[12]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?$"
)

#: Bounds of every integer column (SQLite's and the printers' arithmetic stay
#: far from overflow), and of every real one (map coordinates, scene units).
INTEGER_RANGE = (-(2**31), 2**31 - 1)
NUMBER_RANGE = (-1e6, 1e6)
#: Narrower domain ranges, per (table, column): what the app itself can enter.
DOMAIN_RANGES: dict[tuple[str, str], tuple[int, int]] = {
    (Table.COMMONS_ASSESSMENT, "principle"): (1, 8),   # Ostrom's 8 principles
    (Table.EVALUATION_ANSWER, "value"): (1, 5),        # a 1..5 scale
    (Table.SEQUENCE, "minutes"): (0, 24 * 60),         # one séquence lasts at most a day
    (Table.ATELIER, "planned_minutes"): (0, 24 * 60),  # the editor's own limit
}
#: Largest image accepted per binary column at import, in bytes once decoded:
#: the app itself stores at most 2,560 px JPEGs (about 1–2 MB) and 320 px
#: thumbnails; a document with a bigger one was not written by it.
BYTES_LIMITS: dict[tuple[str, str], int] = {
    (Table.PHOTO_DATA, "data"): 8 * 1024 * 1024,
    (Table.PHOTO_DATA, "thumbnail"): 512 * 1024,
}
DEFAULT_BYTES_LIMIT = 8 * 1024 * 1024
#: Every binary column holds a JPEG: its first bytes.
JPEG_MAGIC = b"\xff\xd8\xff"
_UUID_RE = re.compile(UUID_PATTERN)
_DATE_RE = re.compile(DATE_PATTERN, re.ASCII)
_TIME_RE = re.compile(TIME_PATTERN, re.ASCII)
_DATETIME_RE = re.compile(DATETIME_PATTERN, re.ASCII)


class InvalidValueError(Exception):
    """A value rejected by a codec; ``reason`` is already in the user's language."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Field:
    """One column as the interchange format sees it."""

    name: str
    kind: str  # uuid, string, integer, number, boolean, date, time, datetime, enum, bytes
    nullable: bool
    enum_cls: type[enum.Enum] | None = None
    references: str | None = None  # target table of a foreign key
    #: Inclusive bounds of an integer or number column.
    low: float | None = None
    high: float | None = None

    # -- JSON out ------------------------------------------------------------
    def encode(self, value: Any) -> Any:  # a column's value to JSON's, both of any type
        if value is None:
            return None
        kind = self.kind
        if kind == "enum":
            return value.value if isinstance(value, enum.Enum) else str(value)
        if kind == "datetime":
            return value.isoformat(timespec="microseconds") + "Z"
        if kind in ("date", "time"):
            return value.isoformat()
        if kind == "boolean":
            return bool(value)
        if kind == "bytes":
            return base64.b64encode(value).decode("ascii")
        return value

    # -- JSON in -------------------------------------------------------------
    def decode(self, value: JSONValue) -> Any:  # the column's Python value, any model type
        """The Python value for ``value``, or :class:`InvalidValueError` saying why not."""
        if value is None:
            if self.nullable:
                return None
            raise InvalidValueError(
                tr(CTX, QT_TRANSLATE_NOOP("interchange", "valeur obligatoire (null)"))
            )
        return self.decoder(value)

    @property
    def decoder(self) -> Callable[[JSONValue], Any]:
        """The bound decoder for non-null values of this kind (hot loop of imports)."""
        decoder: Callable[[JSONValue], Any] = getattr(self, f"_decode_{self.kind}")
        return decoder

    def _decode_uuid(self, value: JSONValue) -> str:
        if not isinstance(value, str) or not _UUID_RE.match(value):
            raise InvalidValueError(tr(CTX, QT_TRANSLATE_NOOP(
                "interchange", "identifiant invalide {value} (UUID en minuscules attendu)"
            ), value=excerpt(value)))
        return value

    def _decode_string(self, value: JSONValue) -> str:
        if not isinstance(value, str):
            raise _wrong_type("texte", value)
        try:  # JSON's "\ud800" escapes make strings that no file can hold
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InvalidValueError(tr(CTX, QT_TRANSLATE_NOOP(
                "interchange", "texte invalide : caractère U+{code} isolé (demi-paire "
                "UTF-16) au caractère {offset}"),
                code=f"{ord(value[exc.start]):04X}", offset=exc.start + 1)) from None
        return value

    def _decode_integer(self, value: JSONValue) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _wrong_type("nombre entier", value)
        if not self.low <= value <= self.high:  # type: ignore[operator]  # set for integers
            raise _out_of_range(value, self.low, self.high)
        return value

    def _decode_number(self, value: JSONValue) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _wrong_type("nombre", value)
        if isinstance(value, int) and abs(value) > 2**53:
            raise _out_of_range(value, self.low, self.high)
        number = float(value)  # 1e400 was parsed as inf: not finite, out of range too
        if not self.low <= number <= self.high:  # type: ignore[operator]  # set for numbers
            raise _out_of_range(value, self.low, self.high)
        return number

    def _decode_boolean(self, value: JSONValue) -> bool:
        if not isinstance(value, bool):
            raise _wrong_type("true ou false", value)
        return value

    def _decode_enum(self, value: JSONValue) -> enum.Enum:
        assert self.enum_cls is not None
        try:
            return self.enum_cls(value)
        except ValueError:
            allowed = ", ".join(str(m.value) for m in self.enum_cls)
            raise InvalidValueError(tr(CTX, QT_TRANSLATE_NOOP(
                "interchange", "valeur {value} inconnue (valeurs permises : {allowed})"
            ), value=excerpt(value), allowed=allowed)) from None

    def _decode_date(self, value: JSONValue) -> dt.date:
        if not isinstance(value, str) or not _DATE_RE.match(value):
            raise _bad_date(value, "AAAA-MM-JJ")
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise _bad_date(value, "AAAA-MM-JJ") from None

    def _decode_time(self, value: JSONValue) -> dt.time:
        if not isinstance(value, str) or not _TIME_RE.match(value):
            raise _bad_date(value, "HH:MM:SS")
        try:
            return dt.time.fromisoformat(value)
        except ValueError:
            raise _bad_date(value, "HH:MM:SS") from None

    def _decode_datetime(self, value: JSONValue) -> dt.datetime:
        return parse_datetime(value)

    def _decode_bytes(self, value: JSONValue) -> bytes:
        """Base64 of a JPEG no larger than the column's limit (checked before decoding)."""
        if not isinstance(value, str):
            raise _wrong_type("texte", value)
        limit = int(self.high or DEFAULT_BYTES_LIMIT)
        if len(value) > (limit + 2) // 3 * 4 + 4:
            raise InvalidValueError(tr(CTX, QT_TRANSLATE_NOOP(
                "interchange", "image trop grande (plus de {limit} Mo)"),
                limit=f"{limit / 1024 / 1024:g}"))
        try:
            data = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise InvalidValueError(tr(CTX, QT_TRANSLATE_NOOP(
                "interchange", "image invalide (base64 attendu)"))) from None
        if not data.startswith(JPEG_MAGIC):
            raise InvalidValueError(tr(CTX, QT_TRANSLATE_NOOP(
                "interchange", "image invalide (JPEG attendu)")))
        return data


def parse_datetime(value: JSONValue) -> dt.datetime:
    """ISO 8601 date and time; an offset is converted to the naive UTC the model stores."""
    if not isinstance(value, str) or not _DATETIME_RE.match(value):
        raise _bad_date(value, "AAAA-MM-JJTHH:MM:SS.ffffffZ")
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _bad_date(value, "AAAA-MM-JJTHH:MM:SS.ffffffZ") from None
    if parsed.tzinfo is not None:
        try:
            parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
        except OverflowError:
            raise _bad_date(value, "AAAA-MM-JJTHH:MM:SS.ffffffZ") from None
        if not 1000 <= parsed.year <= 2999:  # an offset carried it out of the written years
            raise _bad_date(value, "AAAA-MM-JJTHH:MM:SS.ffffffZ")
    return parsed


def _wrong_type(expected: str, value: JSONValue) -> InvalidValueError:
    return InvalidValueError(tr(CTX, QT_TRANSLATE_NOOP(
        "interchange", "type incorrect : {expected} attendu, {found} trouvé"
    ), expected=tr(CTX, expected), found=json_type(value)))


def _out_of_range(value: JSONValue, low: float | None, high: float | None) -> InvalidValueError:
    return InvalidValueError(tr(CTX, QT_TRANSLATE_NOOP(
        "interchange", "nombre {value} hors limites (de {low} à {high})"),
        value=excerpt(value), low=_bound(low), high=_bound(high)))


def _bound(value: float | None) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _bad_date(value: JSONValue, expected: str) -> InvalidValueError:
    return InvalidValueError(tr(CTX, QT_TRANSLATE_NOOP(
        "interchange", "date ou heure invalide {value} (format {expected} attendu)"
    ), value=excerpt(value), expected=tr(CTX, expected)))


# Marked here so lupdate extracts the type names used by _wrong_type and _expected,
_TYPE_NAMES = (
    QT_TRANSLATE_NOOP("interchange", "texte"),
    QT_TRANSLATE_NOOP("interchange", "nombre entier"),
    QT_TRANSLATE_NOOP("interchange", "nombre"),
    QT_TRANSLATE_NOOP("interchange", "true ou false"),
    QT_TRANSLATE_NOOP("interchange", "objet"),
    QT_TRANSLATE_NOOP("interchange", "liste"),
    # and the date formats used by _bad_date
    QT_TRANSLATE_NOOP("interchange", "AAAA-MM-JJ"),
    QT_TRANSLATE_NOOP("interchange", "AAAA-MM-JJTHH:MM:SS.ffffffZ"),
)


def json_type(value: JSONValue) -> str:
    """JSON's name for the type of a parsed value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def excerpt(value: JSONValue, limit: int = 40) -> str:
    """A short, single-line, escaped rendering of a value for an error message."""
    if isinstance(value, str):
        short = value if len(value) <= limit else value[:limit] + "…"
        return json.dumps(short, ensure_ascii=True)
    text = json.dumps(value, ensure_ascii=True)
    return text if len(text) <= limit else text[:limit] + "…"


def _field(column: Column[Any]) -> Field:
    ctype = column.type
    references = None
    if column.foreign_keys:
        references = next(iter(column.foreign_keys)).column.table.name
    if column.primary_key or references:
        kind = "uuid"
    elif isinstance(ctype, SAEnum):
        return Field(column.name, "enum", bool(column.nullable), ctype.enum_class)
    elif isinstance(ctype, Boolean):
        kind = "boolean"
    elif isinstance(ctype, DateTime):
        kind = "datetime"
    elif isinstance(ctype, Date):
        kind = "date"
    elif isinstance(ctype, Time):
        kind = "time"
    elif isinstance(ctype, Integer):
        low, high = DOMAIN_RANGES.get((column.table.name, column.name), INTEGER_RANGE)
        return Field(column.name, "integer", bool(column.nullable), low=low, high=high)
    elif isinstance(ctype, Float):
        return Field(column.name, "number", bool(column.nullable),
                     low=NUMBER_RANGE[0], high=NUMBER_RANGE[1])
    elif isinstance(ctype, String):
        kind = "string"
    elif isinstance(ctype, LargeBinary):
        limit = BYTES_LIMITS.get((column.table.name, column.name), DEFAULT_BYTES_LIMIT)
        return Field(column.name, "bytes", bool(column.nullable), low=0, high=limit)
    else:  # a new column type needs a codec before it can be exchanged
        raise TypeError(f"no interchange codec for {column.table.name}.{column.name}: {ctype!r}")
    return Field(column.name, kind, bool(column.nullable), None, references)


@cache
def fields(entity: type[Record]) -> tuple[Field, ...]:
    """The fields of a table, sorted by name (the order records are written in)."""
    return tuple(sorted((_field(c) for c in entity.__table__.columns), key=lambda f: f.name))


@cache
def field_map(entity: type[Record]) -> dict[str, Field]:
    return {f.name: f for f in fields(entity)}


def tables() -> tuple[type[Record], ...]:
    """The exchanged entities, parents first."""
    return tuple(e for e in ENTITIES if e.__tablename__ not in SKIPPED_TABLES)


def unique_keys(entity: type[Record]) -> list[tuple[str, ...]]:
    """Column tuples that must be unique, from the table's constraints."""
    from sqlalchemy import UniqueConstraint

    return [
        tuple(c.name for c in constraint.columns)
        for constraint in entity.__table__.constraints
        if isinstance(constraint, UniqueConstraint)
    ]


def label_of(table: str, row: dict[str, Any]) -> str:
    """A readable one-line label for a record in a report (name, title, text…)."""
    if table == Table.PARTICIPANT:
        text = person_name(row.get("first_name"), row.get("last_name"))
    else:
        text = ""
        for name in ("name", "title", "label", "text", "hypothesis", "value", "level"):
            value = row.get(name)
            if value not in (None, ""):
                text = value.value if isinstance(value, enum.Enum) else str(value)
                break
    text = one_line(text, 60)
    return text or f"{table} {str(row.get('id', ''))[:8]}"


def one_line(text: str, limit: int) -> str:
    """``text`` made safe for one terminal line: no control or bidi format characters."""
    import unicodedata

    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cc" or ch in "\u2028\u2029":
            out.append(" ")
        elif category == "Cf" and ch != "\u200d":  # keep ZWJ: emoji sequences
            continue
        else:
            out.append(ch)
    cleaned = " ".join("".join(out).split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"
