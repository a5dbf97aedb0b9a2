"""The three-way merge of two notebook states, by dots and version vectors (pure, no I/O).

For each field the two sides' dots say who changed what since they last met
(``docs/merge.md``): same dot, nothing to do; the other side's vector covers
my dot, they overwrote it knowingly, take theirs; my vector covers theirs,
keep mine; neither, both changed it: a :class:`FieldConflict` (unless the
values are equal). A row against a tombstone is a deletion carried, a row
knowingly restored, or an edit against a deletion (:class:`DeleteConflict`).

:func:`plan_merge` is pure: it says what would come in and what conflicts.
:func:`resolve` applies the choices and makes sure no reference dangles
(a kept row keeps its ancestors; a deletion chosen over a row takes its
descendants) and no natural key is held twice. ``apply.merge_into`` does it
on an open notebook in one transaction and returns an undoable ``Edit``;
``merge.py`` is the public face of both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from ..tables import Table
from .base import common_value
from .graph import references, unique_keys
from .state import Dot, Key, RowState, SyncState, max_vector

Choice = Literal["mine", "theirs"]
#: (table, id, column) for one field, (table, id, None) for a whole record.
ChoiceKey = tuple[str, str, str | None]
#: The dot of a deletion the merge itself makes (a refused row, a collision's
#: loser, a descendant of a deletion chosen); :func:`merge_into` replaces it
#: with a new dot of the local replica before writing.
PENDING = Dot("", -1)
#: Never compared as a field: the record's identity and its edit time.
SKIPPED = frozenset({"id", "modified_at"})


@dataclass(frozen=True)
class FieldConflict:
    """Both sides changed one field since they last met, to different values."""

    table: str
    id: str
    label: str
    column: str
    mine: Any
    theirs: Any
    #: The common value when it can be known; dots do not keep old values, so None.
    base: Any | None = None


@dataclass(frozen=True)
class DeleteConflict:
    """One side deleted a record the other edited (or added to) since they last met."""

    table: str
    id: str
    label: str
    deleted_by: str  # "mine" | "theirs"


Conflict = FieldConflict | DeleteConflict
Outcome = RowState | Dot | None  # a row to hold, a tombstone to store, nothing to write


@dataclass
class Decision:
    """What the rules say for one record, and what the other choice would do."""

    write: Outcome
    #: Field conflicts: column -> (their value, their dot); "theirs" puts them in ``write``.
    theirs_fields: dict[str, tuple[Any, Dot]] = field(default_factory=dict)
    #: A delete conflict: what "theirs" writes instead of ``write``.
    theirs: Outcome = None
    delete_conflict: str | None = None  # deleted_by, for a delete conflict


@dataclass
class MergePlan:
    incoming: SyncState
    conflicts: list[Conflict]
    added: dict[str, int]
    updated: dict[str, int]
    deleted: dict[str, int]
    local: SyncState = field(default_factory=SyncState)
    decisions: dict[Key, Decision] = field(default_factory=dict)

    @property
    def changes_anything(self) -> bool:
        return bool(self.added or self.updated or self.deleted or self.conflicts)


# -- planning ------------------------------------------------------------------
def plan_merge(local: SyncState, remote: SyncState) -> MergePlan:
    """What merging ``remote`` into ``local`` would do; pure, no I/O."""
    decisions: dict[Key, Decision] = {}
    for key, theirs in remote.rows.items():
        decision = _row_decision(local, remote, key, theirs)
        if decision is not None:
            decisions[key] = decision
    for key, dot in remote.tombstones.items():
        if key in remote.rows:
            continue
        decision = _tombstone_decision(local, remote, key, dot)
        if decision is not None:
            decisions[key] = decision
    _collisions(local, decisions)
    _ancestor_conflicts(local, remote, decisions)
    plan = MergePlan(incoming=remote, conflicts=[], added={}, updated={}, deleted={},
                     local=local, decisions=decisions)
    for key, decision in sorted(decisions.items()):
        plan.conflicts.extend(_conflicts_of(local, remote, key, decision))
        _count(plan, local, key, decision.write)
    return plan


def _row_decision(local: SyncState, remote: SyncState, key: Key,
                  theirs: RowState) -> Decision | None:
    mine = local.rows.get(key)
    if mine is not None:
        return _merge_rows(local.vector, remote.vector, mine, theirs)
    tomb = local.tombstones.get(key)
    if tomb is None:
        return Decision(theirs)  # unknown here: added
    if tomb.covered_by(remote.vector):
        return Decision(theirs)  # they knowingly restored it
    if all(d.covered_by(local.vector) for d in theirs.dots()):
        return None  # my deletion covers everything they wrote: it stays deleted
    return Decision(None, theirs=theirs, delete_conflict="mine")


def _tombstone_decision(local: SyncState, remote: SyncState, key: Key,
                        dot: Dot) -> Decision | None:
    mine = local.rows.get(key)
    if mine is None:
        known = local.tombstones.get(key)
        return None if known is not None else Decision(dot)  # carried on to others
    if dot.covered_by(local.vector):
        return None  # I knowingly kept (or restored) it
    if all(d.covered_by(remote.vector) for d in mine.dots()):
        return Decision(dot)  # they deleted what they had seen: the deletion wins
    return Decision(None, theirs=dot, delete_conflict="theirs")


def _pick(mine: Dot, theirs: Dot, mine_vector: Mapping[str, int],
          theirs_vector: Mapping[str, int]) -> str:
    """"mine", "theirs", or "both" (a concurrent change) for one field's dots.

    When each side has seen the other's dot and still holds its own (two copies
    resolved one conflict differently), the larger dot wins on both sides:
    taking "theirs" there would pass the values round a ring of copies forever.
    """
    if mine == theirs:
        return "mine"
    mine_seen = mine.covered_by(theirs_vector)
    theirs_seen = theirs.covered_by(mine_vector)
    if mine_seen and theirs_seen:
        return "mine" if mine.order > theirs.order else "theirs"
    if mine_seen:
        return "theirs"
    if theirs_seen:
        return "mine"
    return "both"


def _merge_rows(mine_vector: Mapping[str, int], theirs_vector: Mapping[str, int],
                mine: RowState, theirs: RowState) -> Decision | None:
    values = dict(mine.values)
    dots: dict[str, Dot] = {}
    conflicts: dict[str, tuple[Any, Dot]] = {}
    created = _pick_dot(mine.created, theirs.created, mine_vector, theirs_vector)
    for col in set(mine.values) | set(theirs.values):
        if col in SKIPPED:
            continue
        a, b = mine.dot(col), theirs.dot(col)
        side = _pick(a, b, mine_vector, theirs_vector)
        if side == "theirs":
            values[col] = theirs.values.get(col)
            dots[col] = b
        elif side == "both":
            if mine.values.get(col) == theirs.values.get(col):
                dots[col] = max(a, b, key=lambda d: d.order)
            else:
                dots[col] = a
                conflicts[col] = (theirs.values.get(col), b)
        else:
            dots[col] = a
    if _content(values) != _content(mine.values):
        values["modified_at"] = _later(mine.values.get("modified_at"),
                                       theirs.values.get("modified_at"))
    merged = RowState(mine.table, mine.id, values, created,
                      {c: d for c, d in dots.items() if d != created})
    if not conflicts and _same(merged, mine):
        return None
    return Decision(merged, theirs_fields=conflicts)


def _pick_dot(a: Dot, b: Dot, va: Mapping[str, int], vb: Mapping[str, int]) -> Dot:
    side = _pick(a, b, va, vb)
    if side == "theirs":
        return b
    if side == "both":
        return max(a, b, key=lambda d: d.order)
    return a


def _later(a: dt.datetime | None, b: dt.datetime | None) -> dt.datetime | None:
    """The later of two ``modified_at``, either possibly missing."""
    if a is None or b is None:
        return a if b is None else b
    return max(a, b)


def _content(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k != "modified_at"}


def _same(a: RowState, b: RowState) -> bool:
    return (_content(a.values) == _content(b.values) and a.created == b.created
            and a.fields == b.fields)


# -- unique keys ---------------------------------------------------------------
def _collisions(local: SyncState, decisions: dict[Key, Decision]) -> None:
    """Rows coming in that take a natural key held by another row: the smaller id survives."""
    tables = {key[0] for key, d in decisions.items()
              if isinstance(d.write, RowState) and unique_keys(key[0])}
    for table in sorted(tables):
        for columns in unique_keys(table):
            _collide(local, decisions, table, columns)


def _collide(local: SyncState, decisions: dict[Key, Decision], table: str,
             columns: tuple[str, ...]) -> None:
    holders: dict[tuple[Any, ...], str] = {}
    for (tbl, row_id), row in local.rows.items():
        if tbl != table:
            continue
        decision = decisions.get((tbl, row_id))
        if decision is not None and not isinstance(decision.write, RowState) \
                and decision.write is not None:
            continue  # deleted by this merge: its key is free
        value = _key_of(row.values, columns)
        if value is not None:
            holders[value] = row_id
    for key, decision in sorted(decisions.items()):
        if key[0] != table or not isinstance(decision.write, RowState) or key in local.rows:
            continue
        value = _key_of(decision.write.values, columns)
        if value is None:
            continue
        other = holders.get(value)
        if other is None or other == key[1]:
            holders[value] = key[1]
            continue
        survivor, loser = sorted((other, key[1]))
        _fold(local, decisions, table, survivor, loser)
        holders[value] = survivor


def _key_of(values: Mapping[str, Any], columns: tuple[str, ...]) -> tuple[Any, ...] | None:
    out = tuple(values.get(c) for c in columns)
    return None if any(v is None for v in out) else out


def _fold(local: SyncState, decisions: dict[Key, Decision], table: str,
          survivor: str, loser: str) -> None:
    """Keep ``survivor``, delete ``loser``; their differing fields become conflicts."""
    s_key, l_key = (table, survivor), (table, loser)
    s_row = _incoming_or_local(local, decisions, s_key)
    l_row = _incoming_or_local(local, decisions, l_key)
    decisions[l_key] = Decision(PENDING)
    if s_row is None or l_row is None:
        return
    survivor_is_local = s_key in local.rows
    mine_row, theirs_row = (s_row, l_row) if survivor_is_local else (l_row, s_row)
    if table == Table.PROGRAMME and _empty(local):
        # A new notebook (nothing but its programme and the seeded tool kinds) takes
        # their programme without asking, as an import does.
        decisions[s_key] = Decision(_adopt(s_row, theirs_row))
        return
    base = replace(s_row, values=dict(s_row.values), fields=dict(s_row.fields))
    earlier = decisions.get(s_key)
    conflicts: dict[str, tuple[Any, Dot]] = dict(earlier.theirs_fields) if earlier else {}
    for col in s_row.values:
        if col in SKIPPED or mine_row.values.get(col) == theirs_row.values.get(col):
            continue
        if survivor_is_local:
            conflicts[col] = (theirs_row.values.get(col), theirs_row.dot(col))
        else:  # the survivor comes in: "mine" is the local loser's value
            base.values[col] = mine_row.values.get(col)
            base.fields[col] = mine_row.dot(col)
            conflicts[col] = (theirs_row.values.get(col), theirs_row.dot(col))
    decisions[s_key] = Decision(base, theirs_fields=conflicts)


def _empty(local: SyncState) -> bool:
    return all(table in (Table.PROGRAMME, Table.TOOL_KIND) for table, _id in local.rows)


def _adopt(survivor: RowState, theirs: RowState) -> RowState:
    values = dict(survivor.values)
    fields = dict(survivor.fields)
    for col in theirs.values:
        if col not in SKIPPED:
            values[col] = theirs.values[col]
            fields[col] = theirs.dot(col)
    return RowState(survivor.table, survivor.id, values, survivor.created,
                    {c: d for c, d in fields.items() if d != survivor.created})


def _incoming_or_local(local: SyncState, decisions: dict[Key, Decision],
                       key: Key) -> RowState | None:
    decision = decisions.get(key)
    if decision is not None and isinstance(decision.write, RowState):
        return decision.write
    return local.rows.get(key)


# -- references ----------------------------------------------------------------
def _ancestor_conflicts(local: SyncState, remote: SyncState,
                        decisions: dict[Key, Decision]) -> None:
    """A deletion by the rules that would take a surviving row with it becomes a conflict."""
    while True:
        out: dict[Key, Outcome] = {k: d.write for k, d in decisions.items()
                                   if d.write is not None}
        _out, restored = settle(local, remote, out, forced=set())
        new = [k for k in restored if k in decisions or k in local.tombstones
               or k in local.rows]
        changed = False
        for key in new:
            current = decisions.get(key)
            if current is not None and current.delete_conflict:
                continue
            if key in local.rows:  # they deleted it, something here still needs it
                decisions[key] = Decision(None, theirs=current.write if current else None,
                                          delete_conflict="theirs")
            elif key in remote.rows:  # I deleted it, something of theirs needs it
                decisions[key] = Decision(None, theirs=remote.rows[key],
                                          delete_conflict="mine")
            else:
                continue
            changed = True
        if not changed:
            return


def settle(local: SyncState, remote: SyncState, out: dict[Key, Outcome],
           forced: set[Key]) -> tuple[dict[Key, Outcome], set[Key]]:
    """Make ``out`` (key -> what to write) leave no reference dangling.

    A row kept whose cascading parent would be absent brings the parent back,
    unless the parent's deletion was chosen (``forced``) or no side has it: then
    the row goes too. A parent deleted while a kept row still needs it stays,
    unless its deletion was chosen: then its descendants go. A loose reference
    (``SET NULL``) to an absent row is nulled. Returns the settled outcomes
    and the keys brought back against the rules.
    """
    out = dict(out)
    forced = set(forced)
    restored: set[Key] = set()
    children = _children_index(local)

    def present(key: Key) -> bool:
        if key in out:
            return isinstance(out[key], RowState)
        return key in local.rows

    def drop(key: Key) -> None:
        forced.add(key)
        if key in local.tombstones and key not in local.rows:
            out.pop(key, None)
        elif key in remote.tombstones:
            out[key] = remote.tombstones[key]
        else:
            out[key] = PENDING

    changed = True
    while changed:
        changed = False
        for key, outcome in list(out.items()):
            if isinstance(outcome, RowState):
                for ref in references(key[0]):
                    value = outcome.values.get(ref.column)
                    if value is None:
                        continue
                    parent: Key = (ref.target, str(value))
                    if present(parent):
                        continue
                    if not ref.cascade:
                        values = dict(outcome.values)
                        values[ref.column] = None
                        outcome = replace(outcome, values=values)
                        out[key] = outcome
                        changed = True
                    elif parent in forced or not _restore(local, remote, out, parent):
                        drop(key)
                        changed = True
                        break
                    else:
                        restored.add(parent)
                        changed = True
            elif key in local.rows:  # a deletion: what still needs the row?
                for child in children.get(key, ()):
                    if not present(child):
                        continue
                    if key in forced:
                        drop(child)
                    else:
                        out.pop(key)
                        restored.add(key)
                    changed = True
                    break
    return out, restored


def _restore(local: SyncState, remote: SyncState, out: dict[Key, Outcome], key: Key) -> bool:
    if key in local.rows:
        out.pop(key, None)
        return True
    if key in remote.rows:
        out[key] = remote.rows[key]
        return True
    return False


def _children_index(local: SyncState) -> dict[Key, list[Key]]:
    index: dict[Key, list[Key]] = {}
    for key, row in local.rows.items():
        for ref in references(key[0]):
            value = row.values.get(ref.column)
            if ref.cascade and value is not None:
                index.setdefault((ref.target, value), []).append(key)
    return index


# -- conflicts and counts -------------------------------------------------------
def label(local: SyncState, remote: SyncState, key: Key) -> str:
    from ..interchange.columns import label_of  # deferred: codecs and i18n

    row = local.rows.get(key) or remote.rows.get(key)
    return label_of(key[0], row.values if row else {"id": key[1]})


def _conflicts_of(local: SyncState, remote: SyncState, key: Key,
                  decision: Decision) -> list[Conflict]:
    if decision.delete_conflict:
        return [DeleteConflict(key[0], key[1], label(local, remote, key),
                               decision.delete_conflict)]
    if not decision.theirs_fields or not isinstance(decision.write, RowState):
        return []
    name = label(local, remote, key)
    return [FieldConflict(key[0], key[1], name, col, decision.write.values.get(col), theirs,
                          common_value(local, remote, (key[0], key[1], col)))
            for col, (theirs, _dot) in sorted(decision.theirs_fields.items())]


def _count(plan: MergePlan, local: SyncState, key: Key, outcome: Outcome) -> None:
    table = key[0]
    if isinstance(outcome, RowState):
        if key not in local.rows:
            plan.added[table] = plan.added.get(table, 0) + 1
        elif _content(outcome.values) != _content(local.rows[key].values):
            plan.updated[table] = plan.updated.get(table, 0) + 1
    elif isinstance(outcome, Dot) and key in local.rows:
        plan.deleted[table] = plan.deleted.get(table, 0) + 1


# -- resolution ------------------------------------------------------------------
def resolve(plan: MergePlan, choices: Mapping[ChoiceKey, Choice],
            prefer: Choice = "mine") -> SyncState:
    """The state to write locally once every conflict has its choice.

    A field's choice is looked up by (table, id, column), then by the whole
    record (table, id, None), then ``prefer``. Choosing never makes a dot:
    "mine" keeps my dot, "theirs" takes theirs; only the merge's own deletions
    carry :data:`PENDING`.
    """
    out: dict[Key, Outcome] = {}
    forced: set[Key] = set()
    for key, decision in plan.decisions.items():
        record = choices.get((key[0], key[1], None), prefer)
        if decision.delete_conflict:
            choice = record
            outcome = decision.theirs if choice == "theirs" else decision.write
            deleted = (choice == "theirs") == (decision.delete_conflict == "theirs")
            if deleted:
                forced.add(key)
        else:
            outcome = decision.write
            if decision.theirs_fields and isinstance(outcome, RowState):
                outcome = _apply_fields(key, outcome, decision, choices, record)
        if outcome is not None:
            out[key] = outcome
    out, _restored = settle(plan.local, plan.incoming, out, forced)
    state = SyncState(vector=max_vector(plan.local.vector, plan.incoming.vector))
    for key, outcome in out.items():
        if isinstance(outcome, RowState):
            mine = plan.local.rows.get(key)
            if mine is None or not _same(outcome, mine):
                state.rows[key] = outcome
        elif isinstance(outcome, Dot):
            if plan.local.tombstones.get(key) != outcome or key in plan.local.rows:
                state.tombstones[key] = outcome
    return state


def _apply_fields(key: Key, row: RowState, decision: Decision,
                  choices: Mapping[ChoiceKey, Choice], record: Choice) -> RowState:
    values = dict(row.values)
    fields = dict(row.fields)
    for col, (theirs, dot) in decision.theirs_fields.items():
        if choices.get((key[0], key[1], col), record) == "theirs":
            values[col] = theirs
            fields[col] = dot
    return RowState(row.table, row.id, values, row.created,
                    {c: d for c, d in fields.items() if d != row.created})
