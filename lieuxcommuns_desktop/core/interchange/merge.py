"""Merge a validated interchange document into an open notebook, by UUID.

Rules (documented in ``docs/interchange.md``):

* a record unknown locally is added;
* a record known on both sides with the same content (``modified_at`` aside)
  is left alone, so importing the same file twice changes nothing;
* a record whose two versions differ is a *conflict*: the version with the
  later ``modified_at`` wins (the local one on a tie) and the report lists it
  with the winning side. Without a common ancestor the importer cannot tell
  which side edited, so every difference is listed for the facilitator;
* a record with another id but the same natural key as a local one (the same
  participant ticked present twice, the same RACI cell…) is the same record:
  it is merged into the local one and references to it are redirected;
* the programme (one per notebook) merges by id; a different programme id
  keeps the local programme, unless the notebook is still empty, in which case
  it takes the file's programme and becomes a faithful copy;
* nothing is ever deleted by an import;
* rows derived from a document of an older format (``upgrade.py``) are added
  only where the notebook has no such row yet.

Everything happens in one transaction: a dangling reference found against the
notebook rolls it back before any row is written.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, insert
from sqlalchemy.orm import Session

from .. import tool_kinds
from ..model import Programme, Record, ToolKind
from ..services.notebook import ChangeSet, Notebook
from .columns import label_of, one_line, tables, unique_keys
from .exporter import Rows, load_all
from .validate import Document, check_references

log = logging.getLogger(__name__)

PROGRAMME = Programme.__tablename__
TOOL_KIND = ToolKind.__tablename__

INCOMING = "incoming"
LOCAL = "local"


@dataclass(frozen=True)
class Conflict:
    """A record whose local and incoming versions differ."""

    table: str
    id: str
    label: str
    winner: str  # INCOMING or LOCAL
    local_modified_at: dt.datetime
    incoming_modified_at: dt.datetime


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    #: None, "kept" (the file's programme was not imported) or "adopted".
    programme: str | None = None
    local_programme: str = ""
    incoming_programme: str = ""

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_updated(self) -> int:
        return sum(self.updated.values())


def import_document(nb: Notebook, doc: Document) -> ImportReport:
    """Merge ``doc`` into ``nb`` in one transaction; returns what happened."""
    report = ImportReport()
    changes = ChangeSet()
    with nb.write(changes) as session:
        session.info["keep_modified"] = True  # ORM writes, if any, keep the file's times
        local = load_all(session)
        check_references(doc, {t: set(rows) for t, rows in local.items()})
        remap: dict[str, dict[str, str]] = {}
        for entity in tables():
            table = entity.__tablename__
            incoming = [_remapped(entity, row, remap) for row in doc.records[table]]
            if table == PROGRAMME:
                incoming = _programme(session, incoming, local, report, changes)
            inserts, updates = _plan(entity, incoming, local[table], remap, report,
                                     doc.derived.get(table, set()))
            sa_table = entity.__table__
            if inserts:
                session.execute(insert(sa_table), inserts)
                for row in inserts:
                    changes.add("created", table, row["id"])
                report.added[table] = report.added.get(table, 0) + len(inserts)
            if updates:
                names = [c.name for c in sa_table.columns if c.name != "id"]
                stmt = (
                    sa_table.update()
                    .where(sa_table.c.id == bindparam("k_id"))
                    .values({n: bindparam(f"v_{n}") for n in names})
                )
                session.execute(
                    stmt,
                    [{"k_id": r["id"], **{f"v_{n}": r[n] for n in names}} for r in updates],
                )
                for row in updates:
                    changes.add("updated", table, row["id"])
                report.updated[table] = len(updates)
    log.info(
        "import: %d added, %d updated, %d conflicts",
        report.total_added, report.total_updated, len(report.conflicts),
    )
    return report


def _remapped(entity: type[Record], row: dict[str, Any], remap: dict[str, dict[str, str]]
              ) -> dict[str, Any]:
    """Point references at local twins that replaced incoming records."""
    if not remap:
        return row
    out = dict(row)
    for fk in entity.__table__.foreign_keys:
        target = remap.get(fk.column.table.name)
        name = fk.parent.name
        if target and out[name] in target:
            out[name] = target[out[name]]
    return out


def _programme(session: Session, incoming: list[dict[str, Any]], local: Rows,
               report: ImportReport, changes: ChangeSet) -> list[dict[str, Any]]:
    """One programme per notebook: merge by id, else keep the local one (or adopt into empty)."""
    if not incoming:
        return incoming
    mine = local[PROGRAMME]
    theirs = incoming[0]
    if theirs["id"] in mine or not mine:
        return incoming
    report.local_programme = one_line(next(iter(mine.values()))["title"], 60)
    report.incoming_programme = one_line(theirs["title"], 60)
    # The seeded tool kinds are in every new notebook: they do not make it "used".
    empty = not any(rows for table, rows in local.items()
                    if table not in (PROGRAMME, TOOL_KIND))
    if not empty:
        report.programme = "kept"
        return []
    table = Programme.__table__
    for old_id in list(mine):
        session.execute(table.delete().where(table.c.id == old_id))
        changes.add("deleted", PROGRAMME, old_id)
        del mine[old_id]
    report.programme = "adopted"
    return incoming


def _plan(
    entity: type[Record],
    incoming: list[dict[str, Any]],
    local_rows: dict[str, dict[str, Any]],
    remap: dict[str, dict[str, str]],
    report: ImportReport,
    derived: set[str] | frozenset[str] = frozenset(),
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    table = entity.__tablename__
    keys = unique_keys(entity)
    indexes = [_KeyIndex(key, local_rows) for key in keys] if keys else []
    content = [c.name for c in entity.__table__.columns if c.name not in ("id", "modified_at")]
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for row in incoming:
        existing = local_rows.get(row["id"])
        if existing is None:
            twin_id = next((i for ix in indexes if (i := ix.find(row)) is not None), None)
            if twin_id is not None and row["id"] in derived:
                report.unchanged += 1  # a guess from an older file never overrides
                continue
            if twin_id is None:
                inserts.append(row)
                local_rows[row["id"]] = row
                for ix in indexes:
                    ix.add(row)
                continue
            remap.setdefault(table, {})[row["id"]] = twin_id
            row = {**row, "id": twin_id}
            existing = local_rows[twin_id]
        if row["id"] in derived or all(existing[c] == row[c] for c in content):
            report.unchanged += 1
            continue
        newer = row["modified_at"] > existing["modified_at"]
        if newer and _untouched_seed(table, existing):
            # A seeded tool kind nobody edited here: the colleague's edit is simply taken.
            updates.append(row)
            local_rows[row["id"]] = row
            continue
        report.conflicts.append(Conflict(
            table, row["id"], label_of(table, row if newer else existing),
            INCOMING if newer else LOCAL, existing["modified_at"], row["modified_at"],
        ))
        if newer:
            for ix in indexes:
                ix.remove(existing)
                ix.add(row)
            local_rows[row["id"]] = row
            if any(u is existing for u in inserts):  # a twin inserted by this same file
                inserts[:] = [row if u is existing else u for u in inserts]
            else:
                updates.append(row)
    return inserts, updates


def _untouched_seed(table: str, row: dict[str, Any]) -> bool:
    """A row seeded in every new notebook (``tool_kinds``) and never edited since."""
    return table == TOOL_KIND and row["modified_at"] == tool_kinds.SEED_TIME


class _KeyIndex:
    """Natural key (a unique constraint's columns) -> id, kept up to date while planning."""

    def __init__(self, columns: tuple[str, ...], rows: dict[str, dict[str, Any]]) -> None:
        self.columns = columns
        self.ids = {self.key(r): i for i, r in rows.items()}

    def key(self, row: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(row[c] for c in self.columns)

    def find(self, row: dict[str, Any]) -> str | None:
        return self.ids.get(self.key(row))

    def add(self, row: dict[str, Any]) -> None:
        self.ids[self.key(row)] = row["id"]

    def remove(self, row: dict[str, Any]) -> None:
        if self.ids.get(self.key(row)) == row["id"]:
            del self.ids[self.key(row)]
