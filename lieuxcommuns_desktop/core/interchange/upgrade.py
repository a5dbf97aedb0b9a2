"""Read documents written by earlier versions: derive what their schema lacked.

A document of format 1 (schema 1) knows an atelier's one collectivité and
nothing of expeditions. Importing it derives, exactly as the notebook
migration 0002 does for a file:

* each atelier's collectivité takes part in it (``atelier_collectivite``);
* each (collectivité, thématique) pair of its ateliers is a membership, role
  *participante*, joined on the first dated atelier's date.

A document of schema 2 knows experiments without ressource, kind of tool or
lessons (those columns are filled with empty values before validation, by
:func:`fill_columns`) and with the statuses *suspendue* and *terminée*, mapped
as migration 0005 maps them: *en cours* and *évaluée*, with a transition.

Derived rows get the same ids as the migration's (UUID v5 of what they link)
and their atelier's ``modified_at``. They are marked in
:attr:`Document.derived`: the merge adds them only where the notebook has no
such row yet, so a role set since on the receiving laptop is never overridden
by a guess.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from ..enums import ExpeditionRole, ExperimentationStatus
from ..json_value import JSONObject
from ..tables import Table

if TYPE_CHECKING:  # validate.py imports this module
    from .validate import Document

#: The namespace of migration 0002's derived ids (a test checks they agree).
DERIVED_NAMESPACE = uuid.UUID("7d1c5b0e-4f1a-4c55-9a57-6c6965757832")

#: Namespace of migration 0005's derived transitions.
TRANSITION_NAMESPACE = uuid.UUID("7d1c5b0e-4f1a-4c55-9a57-6c6965757833")

#: Schema versions whose documents can still be read, by upgrading them.
UPGRADABLE_SCHEMAS = frozenset({1, 2, 3, 4, 5, 6})

#: Columns added to existing tables after schema 1: (table, column) -> (the
#: schema that added it, the value a document of an older schema gets).
ADDED_COLUMNS: dict[tuple[str, str], tuple[int, Any]] = {
    (Table.STAKEHOLDER_MAP, "backdrop_photo_id"): (3, None),
    (Table.STAKEHOLDER_MAP, "backdrop_x"): (3, 0.0),
    (Table.STAKEHOLDER_MAP, "backdrop_y"): (3, 0.0),
    (Table.STAKEHOLDER_MAP, "backdrop_scale"): (3, 1.0),
    (Table.STAKEHOLDER_MAP, "backdrop_opacity"): (3, 0.5),
    (Table.STAKEHOLDER_MAP, "backdrop_in_projection"): (3, True),
    (Table.STAKEHOLDER_MAP, "backdrop_in_print"): (3, False),
    (Table.PARTICIPANT, "consent"): (4, False),  # nobody consented before it existed
}

_ABSENT = object()


def added_default(table: str, column: str, schema_version: int) -> Any:
    """The value of a column a document of ``schema_version`` could not hold, else _ABSENT."""
    added = ADDED_COLUMNS.get((table, column))
    if added is None or schema_version >= added[0]:
        return _ABSENT
    return added[1]


def is_absent(value: object) -> bool:
    return value is _ABSENT


#: Columns of the experiments (schema 5), filled in raw rows before validation.
ADDED_BY_SCHEMA: dict[int, dict[str, dict[str, Any]]] = {
    5: {"experimentation": {"ressource_id": None, "tool_kind_id": None, "lessons": ""}},
}

#: As in migration 0005: schema 2 status -> (status, reason of the transition).
MAPPED_STATUSES = {
    "suspendue": (ExperimentationStatus.EN_COURS,
                  "Statut « suspendue » de la version précédente : "
                  "l'expérimentation reste en cours."),
    "terminee": (ExperimentationStatus.EVALUEE,
                 "Statut « terminée » de la version précédente : "
                 "l'expérimentation est considérée comme évaluée."),
}


def fill_columns(root: JSONObject, schema_version: int) -> None:
    """Give raw rows of an older document the columns its schema lacked (before validation)."""
    for version, tables in ADDED_BY_SCHEMA.items():
        if schema_version >= version:
            continue
        for table, defaults in tables.items():
            items = root.get(table)
            if not isinstance(items, list):
                continue
            for item in items:
                if isinstance(item, dict):
                    for name, value in defaults.items():
                        item.setdefault(name, value)


def derived_id(table: str, *keys: str) -> str:
    return str(uuid.uuid5(DERIVED_NAMESPACE, "/".join((table, *keys))))


def upgrade(doc: Document) -> None:
    """Bring a validated older ``Document`` to the current schema, in place."""
    if doc.header["schema_version"] == 1:
        _from_schema_1(doc)
    if doc.header["schema_version"] <= 4:  # the statuses before the experiments' schema
        _from_schema_2(doc)


def _from_schema_2(doc: Document) -> None:
    transitions = []
    for row in doc.records.get(Table.EXPERIMENTATION, []):
        mapped = MAPPED_STATUSES.get(str(row["status"]))
        if mapped is None:
            continue
        new, reason = mapped
        transitions.append({
            "id": str(uuid.uuid5(TRANSITION_NAMESPACE, f"status_transition/{row['id']}")),
            "experimentation_id": row["id"],
            "date": row["modified_at"].date(),
            "from_status": ExperimentationStatus(row["status"]),
            "to_status": new,
            "reason": reason,
            "modified_at": row["modified_at"],
        })
        row["status"] = new
    _add(doc, Table.STATUS_TRANSITION, transitions, ("id",))


def _from_schema_1(doc: Document) -> None:
    ateliers = doc.records.get(Table.ATELIER, [])
    participants: list[dict[str, Any]] = []
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for atelier in ateliers:
        host = atelier["collectivite_id"]
        if host is None:
            continue
        participants.append({
            "id": derived_id(Table.ATELIER_COLLECTIVITE, atelier["id"], host),
            "atelier_id": atelier["id"],
            "collectivite_id": host,
            "modified_at": atelier["modified_at"],
        })
        thematique = atelier["thematique_id"]
        if thematique is None:
            continue
        found = pairs.get((host, thematique))
        if found is None:
            pairs[(host, thematique)] = {
                "id": derived_id(Table.MEMBERSHIP, host, thematique),
                "collectivite_id": host,
                "thematique_id": thematique,
                "role": ExpeditionRole.PARTICIPANTE,
                "joined_on": atelier["date"],
                "modified_at": atelier["modified_at"],
            }
            continue
        if atelier["date"] is not None and (
            found["joined_on"] is None or atelier["date"] < found["joined_on"]
        ):
            found["joined_on"] = atelier["date"]
        found["modified_at"] = min(found["modified_at"], atelier["modified_at"])
    _add(doc, Table.ATELIER_COLLECTIVITE, participants, ("atelier_id", "collectivite_id"))
    _add(doc, Table.MEMBERSHIP, list(pairs.values()), ("collectivite_id", "thematique_id"))


def _add(doc: Document, table: str, rows: list[dict[str, Any]], key: tuple[str, ...]) -> None:
    """Append derived rows the document does not already hold (by id or key)."""
    records = doc.records.setdefault(table, [])
    index = doc.index.setdefault(table, {})
    keys = {tuple(r[c] for c in key) for r in records}
    marked = doc.derived.setdefault(table, set())
    for row in sorted(rows, key=lambda r: r["id"]):
        if row["id"] in index or tuple(row[c] for c in key) in keys:
            continue
        index[row["id"]] = len(records)
        records.append(row)
        marked.add(row["id"])
