"""Write a notebook, or one atelier and what it needs, as interchange JSON.

The output is deterministic: tables in dependency order, records sorted by
id, keys sorted, so that two exports of the same data differ only by their
``exported_at`` line and a ``diff`` between two exports shows real changes.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import __version__
from ..errors import LieuxError
from ..fileio import write_atomic  # noqa: F401 - part of this module's API
from ..model import Atelier, utcnow
from ..services.notebook import Notebook
from ..store import SCHEMA_VERSION
from ..tables import Table
from .columns import FORMAT, FORMAT_VERSION, fields, tables

log = logging.getLogger(__name__)

Rows = dict[str, dict[str, dict[str, Any]]]  # table -> id -> row (Python values)


def export_document(
    nb: Notebook, *, atelier_id: str | None = None, exported_at: dt.datetime | None = None,
    with_sync: bool = False,
) -> dict[str, Any]:
    """The interchange document as plain JSON values.

    ``exported_at`` defaults to ``SOURCE_DATE_EPOCH`` when set (reproducible
    exports), else now. ``with_sync`` adds the ``sync`` section (a whole
    notebook only) so that a merge of the file is three-way (``docs/merge.md``).
    """
    sync = None
    with nb.read() as session:
        rows = load_all(session)
        if with_sync and atelier_id is None:
            from ..sync.jsonsync import encode
            from ..sync.state import read_state

            sync = encode(read_state(session.connection()))
    if atelier_id is not None:
        if atelier_id not in rows[Atelier.__tablename__]:
            raise LieuxError("not_found", what="atelier", key=atelier_id)
        rows = atelier_closure(rows, atelier_id)
    document: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": SCHEMA_VERSION,
        "exported_at": _stamp(exported_at),
        "app_version": __version__,
        "scope": "notebook" if atelier_id is None else "atelier",
        "scope_id": atelier_id,
    }
    for entity in tables():
        table = entity.__tablename__
        codecs = fields(entity)
        document[table] = [
            {f.name: f.encode(row[f.name]) for f in codecs}
            for _id, row in sorted(rows.get(table, {}).items())
        ]
    if sync is not None:
        document["sync"] = sync
    return document


def dumps(document: dict[str, Any]) -> str:
    """Serialise a document: UTF-8 friendly, one key per line, trailing newline."""
    try:
        return json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False) + "\n"
    except ValueError as exc:  # NaN or infinity in a coordinate
        raise LieuxError("invalid_value", field="number", value=str(exc)) from exc


def export_json(
    nb: Notebook, *, atelier_id: str | None = None, exported_at: dt.datetime | None = None,
    with_sync: bool = False,
) -> str:
    return dumps(export_document(nb, atelier_id=atelier_id, exported_at=exported_at,
                                 with_sync=with_sync))


# -- reading the notebook ---------------------------------------------------------
def load_all(session: Session) -> Rows:
    """Every row of every exchanged table, keyed by id."""
    rows: Rows = {}
    for entity in tables():
        table = entity.__table__
        rows[entity.__tablename__] = {
            r["id"]: dict(r) for r in session.execute(select(table)).mappings()
        }
    return rows


def atelier_closure(rows: Rows, atelier_id: str) -> Rows:
    """The atelier, everything it owns, and everything those rows refer to.

    *Owns* follows the cascading foreign keys down from the atelier (séquences,
    maps and their placements, matrices and cells, notes, evaluation…); *refers
    to* then follows every foreign key up, transitively (acteurs, participants,
    thématique, ressource, collectivités), without taking the referred rows'
    own children. The programme and the expérimentations are not included.
    """
    picked: dict[str, set[str]] = {e.__tablename__: set() for e in tables()}
    picked[Table.ATELIER].add(atelier_id)
    # Owned rows: parents come first in tables(), so one pass reaches every level.
    for entity in tables():
        table = entity.__tablename__
        cascades = [
            (fk.parent.name, fk.column.table.name)
            for fk in entity.__table__.foreign_keys
            if fk.ondelete == "CASCADE"
        ]
        if not cascades:
            continue
        for row_id, row in rows[table].items():
            if any(row[col] in picked[target] for col, target in cascades):
                picked[table].add(row_id)
    # Referred rows, until nothing new appears.
    pending = [(t, i) for t, ids in picked.items() for i in ids]
    while pending:
        table, row_id = pending.pop()
        entity_fks = _references(table)
        row = rows[table][row_id]
        for column, target in entity_fks:
            ref = row[column]
            if ref is not None and ref not in picked[target] and ref in rows[target]:
                picked[target].add(ref)
                pending.append((target, ref))
    return {table: {i: rows[table][i] for i in ids} for table, ids in picked.items()}


def _references(table: str) -> list[tuple[str, str]]:
    from ..model import ENTITY_BY_TABLE

    return [
        (fk.parent.name, fk.column.table.name)
        for fk in ENTITY_BY_TABLE[table].__table__.foreign_keys
    ]


def _stamp(exported_at: dt.datetime | None) -> str:
    if exported_at is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch.isdigit():
            exported_at = dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
        else:
            exported_at = utcnow()
    elif exported_at.tzinfo is not None:
        exported_at = exported_at.astimezone(dt.UTC).replace(tzinfo=None)
    return exported_at.isoformat(timespec="microseconds") + "Z"


