"""Merge a state into an open notebook: one transaction, one undo step, a backup first.

The plan is made and the conflicts chosen (a dialog may take its time)
outside any transaction; the write transaction then checks that the
notebook's vector did not move meanwhile (another window, the CLI) and plans
again with the same choices if it did, so nothing written in between is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from ..errors import StoreError
from ..model import ENTITY_BY_TABLE
from ..services.edits import Edit
from ..services.notebook import ChangeSet, Notebook
from ..store import backup_file
from .base import prune_bases, read_bases
from .plan import PENDING, Choice, ChoiceKey, Conflict, MergePlan, plan_merge, resolve
from .relevant import read_relevant
from .state import (
    Dot,
    RowState,
    SyncState,
    new_local_dot,
    read_vector,
    record_peer,
    write_state,
)

Chooser = Callable[[MergePlan], Mapping[ChoiceKey, Choice] | None]


@dataclass
class MergeReport:
    """What a merge did, per table, and the edit that undoes it in one step."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    #: The choice applied to each conflict, by (table, id, column or None).
    choices: dict[ChoiceKey, Choice] = field(default_factory=dict)
    edit: Edit = field(default_factory=Edit)
    #: The copy of the notebook taken before writing (None when nothing changed).
    backup: Path | None = None
    #: The chooser returned None: nothing was written.
    cancelled: bool = False

    @property
    def total(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values()) + sum(self.deleted.values())


def backup_before_merge(path: Path) -> Path:
    """A consistent copy beside the notebook (``carnet.avant-fusion.lieux``), never overwriting."""
    base = f"{path.stem}.avant-fusion"
    target = path.with_name(f"{base}{path.suffix}")
    n = 2
    while target.exists():
        target = path.with_name(f"{base}-{n}{path.suffix}")
        n += 1
    return backup_file(path, target)


def merge_into(nb: Notebook, remote: SyncState, *, prefer: Choice = "mine",
               choose: Chooser | None = None, backup: bool = True,
               peer: str | None = None) -> MergeReport:
    """Merge ``remote`` into ``nb``; ``choose`` (the review dialog) may cancel with None.

    ``peer`` names where ``remote`` came from (a file's name, a server URL
    without password): its vector is remembered (``state.record_peer``).
    """
    if nb.readonly:
        raise StoreError("readonly_notebook")
    with nb.read() as session:
        local = read_relevant(session.connection(), remote)
        local.bases = read_bases(session.connection())
    plan = plan_merge(local, remote)
    choices: dict[ChoiceKey, Choice] = {}
    if choose is not None and plan.conflicts:
        picked = choose(plan)
        if picked is None:
            return MergeReport(conflicts=plan.conflicts, cancelled=True)
        choices = dict(picked)
    state = resolve(plan, choices, prefer)
    saved = backup_file_if(nb, backup and bool(state.rows or state.tombstones))
    changes = ChangeSet()
    with nb.write(changes) as session:
        conn = session.connection()
        if read_vector(conn) != local.vector:  # written meanwhile: plan on what is there now
            local = read_relevant(conn, remote)
            local.bases = read_bases(conn)
            plan = plan_merge(local, remote)
            state = resolve(plan, choices, prefer)
        state = _with_local_dots(conn, state)
        edit = _edit_of(local, state)
        write_state(conn, state)
        prune_bases(conn, remote.vector)
        if peer:
            record_peer(conn, peer, remote.vector)
        _publish(changes, local, state)
    report = MergeReport(conflicts=plan.conflicts, edit=edit, backup=saved,
                         choices=_applied(plan.conflicts, choices, prefer))
    for (table, row_id), _row in state.rows.items():
        mine = local.rows.get((table, row_id))
        if mine is None:
            report.added[table] = report.added.get(table, 0) + 1
        elif _content(mine.values) != _content(_row.values):
            report.updated[table] = report.updated.get(table, 0) + 1
    for (table, row_id) in state.tombstones:
        if (table, row_id) in local.rows:
            report.deleted[table] = report.deleted.get(table, 0) + 1
    return report


def backup_file_if(nb: Notebook, wanted: bool) -> Path | None:
    return backup_before_merge(nb.path) if wanted else None


def _applied(conflicts: list[Conflict], choices: Mapping[ChoiceKey, Choice],
             prefer: Choice) -> dict[ChoiceKey, Choice]:
    out: dict[ChoiceKey, Choice] = {}
    for conflict in conflicts:
        column = getattr(conflict, "column", None)
        record = choices.get((conflict.table, conflict.id, None), prefer)
        out[(conflict.table, conflict.id, column)] = (
            choices.get((conflict.table, conflict.id, column), record) if column else record)
    return out


def _with_local_dots(conn: Connection, state: SyncState) -> SyncState:
    """Give the merge's own deletions one new dot of the replica writing now."""
    if not any(dot == PENDING for dot in state.tombstones.values()):
        return state
    dot: Dot = new_local_dot(conn)
    tombstones = {k: (dot if d == PENDING else d) for k, d in state.tombstones.items()}
    vector = dict(state.vector)
    vector[dot.replica] = max(vector.get(dot.replica, 0), dot.counter)
    return SyncState(vector=vector, rows=state.rows, tombstones=tombstones)


def _content(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k != "modified_at"}


def _edit_row(row: RowState | None) -> dict[str, Any] | None:
    """A row as ``services.edits`` keeps it (attribute names, no ``modified_at``)."""
    if row is None or row.table not in ENTITY_BY_TABLE:
        return None
    return _content(row.values)


def _edit_of(local: SyncState, state: SyncState) -> Edit:
    """Rows before and after, so that ``edits.undo`` puts the notebook back in one step."""
    edit = Edit()
    keys = [*state.rows, *(k for k in state.tombstones if k in local.rows)]
    for key in keys:
        table, row_id = key
        if table not in ENTITY_BY_TABLE:
            continue
        edit.before.setdefault(table, {})[row_id] = _edit_row(local.rows.get(key))
        edit.after.setdefault(table, {})[row_id] = _edit_row(state.rows.get(key))
    return edit


def _publish(changes: ChangeSet, local: SyncState, state: SyncState) -> None:
    """Tell the window (and the notes index) which rows changed."""
    for table, row_id in state.rows:
        changes.add("updated" if (table, row_id) in local.rows else "created", table, row_id)
    for table, row_id in state.tombstones:
        if (table, row_id) in local.rows:
            changes.add("deleted", table, row_id)
