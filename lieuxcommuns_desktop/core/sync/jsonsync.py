"""The optional ``sync`` section of a JSON export (format 4): dots, tombstones, vector.

With it, merging a JSON export is the same three-way merge as merging the
``.lieux`` it came from: a field changed on one side only is not a conflict,
and deletions travel. It is written for a whole notebook only: an atelier's
export holds part of the rows, and a vector claiming the writes it left out
would make a later merge take their deletions for knowing restorations.

    "sync": {
      "vector": {"<replica>": 12, ...},
      "dots": {"<table>": {"<id>": {"created": ["<replica>", 3],
                                    "fields": {"<column>": ["<replica>", 9]}}}},
      "tombstones": {"<table>": {"<id>": ["<replica>", 11]}}
    }
"""

from __future__ import annotations

from typing import Any

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..json_value import JSONObject, JSONValue
from .state import Dot, SyncState

CTX = "interchange"
# A path in the document, as ``interchange.validate.path`` renders it.
Where = tuple[str, ...]
# Bounds of what a replica name and a counter can be (the tables' columns).
REPLICA_MAX = 64
COUNTER_MAX = 2**62


def encode(state: SyncState, tables: set[str] | None = None) -> dict[str, Any]:
    """The section for ``state`` (rows of ``tables`` only when given), keys sorted."""
    dots: dict[str, dict[str, Any]] = {}
    for (table, row_id), row in sorted(state.rows.items()):
        if tables is not None and table not in tables:
            continue
        entry: dict[str, Any] = {"created": [row.created.replica, row.created.counter]}
        fields = {c: [d.replica, d.counter] for c, d in sorted(row.fields.items())
                  if d != row.created}
        if fields:
            entry["fields"] = fields
        dots.setdefault(table, {})[row_id] = entry
    tombstones: dict[str, dict[str, Any]] = {}
    for (table, row_id), dot in sorted(state.tombstones.items()):
        tombstones.setdefault(table, {})[row_id] = [dot.replica, dot.counter]
    return {"vector": dict(sorted(state.vector.items())), "dots": dots,
            "tombstones": tombstones}


def decode(value: JSONValue, known_tables: set[str]) -> tuple[
        dict[str, int], dict[tuple[str, str], tuple[Dot, dict[str, Dot]]],
        dict[tuple[str, str], Dot]]:
    """(vector, (table, id) -> (created, fields), tombstones), or ``ValidationError``."""
    where: Where
    here: Where
    obj = _object(value, ("sync",))
    for key in obj:
        if key not in ("vector", "dots", "tombstones"):
            raise _fail(("sync", str(key)), QT_TRANSLATE_NOOP("interchange", "champ inconnu"))
    vector: dict[str, int] = {}
    for replica, counter in _object(obj.get("vector", {}), ("sync", "vector")).items():
        here = ("sync", "vector", str(replica))
        vector[_replica(replica, here)] = _counter(counter, here)
    dots: dict[tuple[str, str], tuple[Dot, dict[str, Dot]]] = {}
    for table, rows in _object(obj.get("dots", {}), ("sync", "dots")).items():
        where = ("sync", "dots",
                        _table(table, known_tables, ("sync", "dots", str(table))))
        for row_id, entry in _object(rows, where).items():
            here = (*where, str(row_id))
            entry = _object(entry, here)
            if set(entry) - {"created", "fields"} or "created" not in entry:
                raise _fail(here, QT_TRANSLATE_NOOP(
                    "interchange", "« created » attendu, et « fields » seulement"))
            created = _dot(entry["created"], (*here, "created"))
            fields = {str(col): _dot(d, (*here, "fields", str(col)))
                      for col, d in _object(entry.get("fields", {}), (*here, "fields")).items()}
            dots[(table, str(row_id))] = (created, fields)
    tombstones: dict[tuple[str, str], Dot] = {}
    for table, rows in _object(obj.get("tombstones", {}), ("sync", "tombstones")).items():
        where = ("sync", "tombstones",
                 _table(table, known_tables, ("sync", "tombstones", str(table))))
        for row_id, dot in _object(rows, where).items():
            tombstones[(table, str(row_id))] = _dot(dot, (*where, str(row_id)))
    return vector, dots, tombstones



def _fail(where: Where, message: str, **params: object) -> ValidationError:
    from ..interchange.validate import path

    return ValidationError("invalid_json", where=path(*where), reason=tr(CTX, message, **params))


def _object(value: JSONValue, where: Where) -> JSONObject:
    if not isinstance(value, dict):
        raise _fail(where, QT_TRANSLATE_NOOP("interchange", "objet attendu"))
    return value


def _table(name: str, known: set[str], where: Where) -> str:
    if name not in known:
        raise _fail(where, QT_TRANSLATE_NOOP("interchange", "table inconnue"))
    return name


def _replica(value: JSONValue, where: Where) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= REPLICA_MAX:
        raise _fail(where, QT_TRANSLATE_NOOP(
            "interchange", "nom de réplique invalide (texte de 1 à 64 caractères)"))
    return value


def _counter(value: JSONValue, where: Where) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= COUNTER_MAX:
        raise _fail(where, QT_TRANSLATE_NOOP("interchange", "compteur invalide"))
    return value


def _dot(value: JSONValue, where: Where) -> Dot:
    if not isinstance(value, list) or len(value) != 2:
        raise _fail(where, QT_TRANSLATE_NOOP(
            "interchange", "[réplique, compteur] attendu"))
    return Dot(_replica(value[0], where), _counter(value[1], where))
