"""Check an interchange file completely before anything is written.

Every rejection is a :class:`ValidationError` (code ``invalid_json``) naming
the offending place as a JSONPath such as ``$.acteur[3].category`` and saying
why in the user's language. Parsing yields Python values ready to insert.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NoReturn

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..json_value import JSONValue
from ..model import ENTITY_BY_TABLE, Atelier, Programme
from ..store import SCHEMA_VERSION
from .columns import (
    CTX,
    FORMAT,
    FORMAT_VERSION,
    HEADER_FIELDS,
    SCOPES,
    Field,
    InvalidValueError,
    excerpt,
    field_map,
    json_type,
    parse_datetime,
    tables,
    unique_keys,
)
from .upgrade import UPGRADABLE_SCHEMAS, added_default, fill_columns, is_absent, upgrade

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass
class Document:
    """A validated file: its header and its decoded records, per table."""

    header: dict[str, Any]
    #: table -> records in file order (Python values, every column present).
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: table -> id -> index in the file, for error paths.
    index: dict[str, dict[str, int]] = field(default_factory=dict)
    #: table -> ids of rows derived from an older schema (see ``upgrade.py``).
    derived: dict[str, set[str]] = field(default_factory=dict)
    #: The optional ``sync`` section (format 4), decoded by ``core/sync/jsonsync.py``:
    #: (vector, (table, id) -> (created dot, field dots), tombstones), or None.
    sync: Any = None


def fail(where: str, reason: str) -> ValidationError:
    return ValidationError("invalid_json", where=where, reason=reason)


def path(*parts: str | int) -> str:
    """``$.acteur[3].category``; odd keys are quoted and escaped to stay one line."""
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _IDENT.match(part):
            out += f".{part}"
        else:
            out += f"[{json.dumps(part, ensure_ascii=True)}]"
    return out


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


class _DuplicateKeyError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(name)


def load(data: bytes | str) -> JSONValue:
    """Parse JSON text strictly: UTF-8, no NaN/Infinity, no duplicate keys."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise fail(
                tr(CTX, QT_TRANSLATE_NOOP("interchange", "octet {offset}"), offset=exc.start),
                tr(CTX, QT_TRANSLATE_NOOP("interchange", "le fichier n'est pas en UTF-8")),
            ) from None
    try:
        parsed: JSONValue = json.loads(
            data, object_pairs_hook=_no_duplicates, parse_constant=_reject_constant
        )
        return parsed
    except json.JSONDecodeError as exc:
        raise fail(
            tr(CTX, QT_TRANSLATE_NOOP("interchange", "ligne {line}, colonne {column}"),
               line=exc.lineno, column=exc.colno),
            tr(CTX, QT_TRANSLATE_NOOP("interchange", "JSON mal formé ({detail})"),
               detail=exc.msg),
        ) from None
    except _DuplicateKeyError as exc:
        raise fail("$", tr(CTX, QT_TRANSLATE_NOOP(
            "interchange", "clé {key} répétée dans un même objet"), key=excerpt(exc.key))
        ) from None
    except ValueError as exc:  # NaN, Infinity
        raise fail("$", tr(CTX, QT_TRANSLATE_NOOP(
            "interchange", "nombre non permis en JSON : {value}"), value=str(exc))) from None
    except RecursionError:
        raise fail("$", tr(CTX, QT_TRANSLATE_NOOP(
            "interchange", "imbrication trop profonde"))) from None


def parse(data: bytes | str) -> Document:
    """Validate everything that does not depend on the target notebook."""
    root = load(data)
    if not isinstance(root, dict):
        raise fail("$", _expected("objet", root))
    header = _header(root)
    doc = Document(header)
    known = set(HEADER_FIELDS) | {e.__tablename__ for e in tables()} | {"sync"}
    fill_columns(root, header["schema_version"])
    for key in root:
        if key not in known:
            raise fail(path(key), tr(CTX, QT_TRANSLATE_NOOP(
                "interchange", "table ou champ inconnu {key}"), key=excerpt(key)))
    for entity in tables():
        table = entity.__tablename__
        items = root.get(table, [])
        if not isinstance(items, list):
            raise fail(path(table), _expected("liste", items))
        doc.records[table], doc.index[table] = _records(table, items, header["schema_version"])
    programmes = doc.records.get(Programme.__tablename__, [])
    if len(programmes) > 1:
        raise fail(path(Programme.__tablename__, 1), tr(CTX, QT_TRANSLATE_NOOP(
            "interchange", "un carnet n'a qu'un programme")))
    if header["scope"] == "atelier" and header["scope_id"] not in doc.index[Atelier.__tablename__]:
        raise fail(path("scope_id"), tr(CTX, QT_TRANSLATE_NOOP(
            "interchange", "l'atelier exporté n'est pas dans le fichier")))
    if "sync" in root:
        if header["scope"] != "notebook":
            raise fail(path("sync"), tr(CTX, QT_TRANSLATE_NOOP(
                "interchange", "la section sync n'accompagne qu'un carnet entier")))
        from ..sync.jsonsync import decode

        doc.sync = decode(root["sync"], {e.__tablename__ for e in tables()})
    if header["schema_version"] < SCHEMA_VERSION:
        upgrade(doc)
    _check_unique(doc)
    return doc


def _header(root: Mapping[str, Any]) -> dict[str, Any]:
    for name in HEADER_FIELDS:
        if name not in root:
            raise fail(path(name), _missing())
    if root["format"] != FORMAT:
        raise fail(path("format"), tr(CTX, QT_TRANSLATE_NOOP(
            "interchange", "ce n'est pas un fichier d'échange Lieux Communs ({value})"),
            value=excerpt(root["format"])))
    for name, supported in (("format_version", FORMAT_VERSION), ("schema_version", SCHEMA_VERSION)):
        value = root[name]
        if isinstance(value, bool) or not isinstance(value, int):
            raise fail(path(name), _expected("nombre entier", value))
        if value < 1:
            raise fail(path(name), tr(CTX, QT_TRANSLATE_NOOP(
                "interchange", "version {value} invalide (les versions commencent à 1)"),
                value=excerpt(value)))
        if value > supported:
            raise fail(path(name), tr(CTX, QT_TRANSLATE_NOOP(
                "interchange", "version {value} plus récente que celle que cette version de "
                "l'application lit ({supported}) : mettez l'application à jour"),
                value=value, supported=supported))
        if name == "schema_version" and value < supported and value not in UPGRADABLE_SCHEMAS:
            raise fail(path(name), tr(CTX, QT_TRANSLATE_NOOP(
                "interchange", "version {value} trop ancienne (attendue : {supported})"),
                value=value, supported=supported))
    try:
        exported_at = parse_datetime(root["exported_at"])
    except InvalidValueError as exc:
        raise fail(path("exported_at"), exc.reason) from None
    if not isinstance(root["app_version"], str):
        raise fail(path("app_version"), _expected("texte", root["app_version"]))
    if root["scope"] not in SCOPES:
        raise fail(path("scope"), tr(CTX, QT_TRANSLATE_NOOP(
            "interchange", "valeur {value} inconnue (valeurs permises : {allowed})"),
            value=excerpt(root["scope"]), allowed=", ".join(SCOPES)))
    scope_id = root["scope_id"]
    id_field = Field("scope_id", "uuid", root["scope"] == "notebook")
    try:
        scope_id = id_field.decode(scope_id)
    except InvalidValueError as exc:
        raise fail(path("scope_id"), exc.reason) from None
    return {
        "format": FORMAT,
        "format_version": root["format_version"],
        "schema_version": root["schema_version"],
        "exported_at": exported_at,
        "app_version": root["app_version"],
        "scope": root["scope"],
        "scope_id": scope_id,
    }


def _records(
    table: str, items: list[Any], schema_version: int
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    codecs = field_map(ENTITY_BY_TABLE[table])
    # (name, decoder): the per-value work stays one call for big files.
    plan = [(name, codec.decoder) for name, codec in codecs.items()]
    records: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise fail(path(table, i), _expected("objet", item))
        for key in item:
            if key not in codecs:
                raise fail(path(table, i, key), tr(CTX, QT_TRANSLATE_NOOP(
                    "interchange", "champ inconnu {key}"), key=excerpt(key)))
        row: dict[str, Any] = {}
        for name, decoder in plan:
            try:
                value = item[name]
            except KeyError:
                default = added_default(table, name, schema_version)
                if is_absent(default):
                    raise fail(path(table, i, name), _missing()) from None
                row[name] = default
                continue
            try:
                if value is not None:
                    row[name] = decoder(value)
                else:  # None where allowed, else the "required" error
                    row[name] = codecs[name].decode(None)
            except InvalidValueError as exc:
                raise fail(path(table, i, name), exc.reason) from None
        if row["id"] in index:
            raise fail(path(table, i, "id"), tr(CTX, QT_TRANSLATE_NOOP(
                "interchange", "identifiant déjà utilisé par {where}"),
                where=path(table, index[row["id"]])))
        index[row["id"]] = i
        records.append(row)
    return records, index


def _check_unique(doc: Document) -> None:
    """Constraints such as "one attendance per participant and atelier", within the file."""
    for entity in tables():
        table = entity.__tablename__
        for key in unique_keys(entity):
            seen: dict[tuple[Any, ...], int] = {}
            for i, row in enumerate(doc.records[table]):
                value = tuple(row[c] for c in key)
                if value in seen:
                    raise fail(path(table, i), tr(CTX, QT_TRANSLATE_NOOP(
                        "interchange", "doublon de {where} pour ({columns})"),
                        where=path(table, seen[value]), columns=", ".join(key)))
                seen[value] = i


def check_references(doc: Document, local_ids: Mapping[str, set[str]]) -> None:
    """Every foreign key must reach a record of the file or of the notebook."""
    for entity in tables():
        table = entity.__tablename__
        refs = [(f.name, f.references) for f in field_map(entity).values() if f.references]
        if not refs:
            continue
        derived = doc.derived.get(table, set())
        for i, row in enumerate(doc.records[table]):
            if row["id"] in derived:  # its references are its source atelier's, checked there
                continue
            for name, target in refs:
                value = row[name]
                if value is None or value in doc.index[target] or value in local_ids[target]:
                    continue
                raise fail(path(table, i, name), tr(CTX, QT_TRANSLATE_NOOP(
                    "interchange", "référence à un enregistrement {target} {value} absent "
                    "du fichier et du carnet"), target=target, value=excerpt(value)))


def _expected(kind: str, value: JSONValue) -> str:
    return tr(CTX, QT_TRANSLATE_NOOP(
        "interchange", "type incorrect : {expected} attendu, {found} trouvé"),
        expected=tr(CTX, kind), found=json_type(value))


def _missing() -> str:
    return tr(CTX, QT_TRANSLATE_NOOP("interchange", "champ obligatoire absent"))
