"""The matrices' writes as reversible edits: cells, rows, columns and the commons grid.

:mod:`.matrices` reads the matrices and checks their values; each function
here makes one change in one transaction and returns an :class:`~.edits.Edit`
(rows before and after), so the window wraps any of them in one undo step
and a redo puts back the very same rows. Cells are written with plain SQL
statements (a 20×20 paste stays a few milliseconds): their rows are read
before and after the write in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Table, or_, select
from sqlalchemy.orm import Session

from ..enums import MatrixVersion, PrincipleStatus
from ..matrix_labels import DECISIONS, ROLES
from ..model import CommonsAssessment, DecisionCell, MatrixColumn, RoleCell, new_id
from . import edits, matrices, record_edits
from .matrices import Key, MatrixError
from .notebook import ChangeSet, Notebook


# -- cells -----------------------------------------------------------------------
def fill_cells(
    nb: Notebook, matrix: str, changes: Mapping[Key, str | None],
    version: MatrixVersion | str | None = None,
) -> edits.Edit:
    """Set several cells (``None`` clears one), checked first, as one edit."""
    ver = matrices.version_of(matrix, version)
    clean = matrices.check_cells(matrix, changes)
    touched = ChangeSet()
    with nb.write(touched) as s:
        table = _cell_table(matrix)
        before = _cell_rows(s, table, matrix, ver, clean)
        matrices.write_cells(s, matrix, ver, clean, touched)
        after = _cell_rows(s, table, matrix, ver, clean)
    return _table_edit(table.name, before, after)


def copy_today_to_target(nb: Notebook, atelier_id: str) -> edits.Edit:
    """Make the *cible* decisions a copy of *aujourd'hui*, as one edit."""
    src = matrices.read_matrix(nb, atelier_id, DECISIONS, MatrixVersion.AUJOURDHUI)
    dst = matrices.read_matrix(nb, atelier_id, DECISIONS, MatrixVersion.CIBLE)
    changes = {k: src.cells.get(k) for k in set(src.cells) | set(dst.cells)}
    return fill_cells(nb, DECISIONS, changes, MatrixVersion.CIBLE)


def _cell_table(matrix: str) -> Table:
    return (RoleCell if matrix == ROLES else DecisionCell).__table__


def _cell_rows(s: Session, table: Table, matrix: str, version: MatrixVersion | None,
               keys: Iterable[Key]) -> dict[str, dict[str, Any]]:
    keys = list(keys)
    if not keys:
        return {}
    row_col = table.c.responsibility_id if matrix == ROLES else table.c.decision_id
    where: list[ColumnElement[bool]] = [row_col.in_({k[0] for k in keys}),
                                        table.c.acteur_id.in_({k[1] for k in keys})]
    if matrix == DECISIONS and version is not None:
        where.append(table.c.version == version.value)
    wanted = set(keys)
    found: dict[str, dict[str, Any]] = {}
    for r in s.execute(select(table).where(*where)):
        row = {k: v for k, v in r._mapping.items() if k != "modified_at"}
        if (row[row_col.name], row["acteur_id"]) in wanted:
            found[row["id"]] = row
    return found


def _table_edit(table: str, before: dict[str, dict[str, Any]],
                after: dict[str, dict[str, Any]]) -> edits.Edit:
    ids = before.keys() | after.keys()
    return edits.Edit(before={table: {i: before.get(i) for i in ids}},
                      after={table: {i: after.get(i) for i in ids}})


# -- rows ------------------------------------------------------------------------
def add_row(
    nb: Notebook, atelier_id: str, matrix: str, label: str, position: int | None = None,
    row_id: str | None = None,
) -> edits.Edit:
    """A responsibility or decision at ``position`` (default: last), the next ones shifted."""
    entity = matrices.row_entity(matrix)
    label = matrices.clean_label(label)
    with nb.write() as s:
        tracker = edits.Tracker(s)
        siblings = list(s.scalars(select(entity).where(entity.atelier_id == atelier_id)
                                  .order_by(entity.position, entity.label)))
        position = len(siblings) if position is None else max(0, min(position, len(siblings)))
        for i, sib in enumerate(siblings):
            tracker.update(sib, position=i if i < position else i + 1)
        tracker.add(entity(id=row_id or new_id(), atelier_id=atelier_id, label=label,
                           position=position))
        return tracker.finish()


def rename_row(nb: Notebook, matrix: str, row_id: str, label: str) -> edits.Edit:
    """Give a row another label (never empty)."""
    return record_edits.change(nb, matrices.row_entity(matrix), row_id,
                               label=matrices.clean_label(label))


def move_rows(nb: Notebook, matrix: str, ordered_ids: list[str]) -> edits.Edit:
    """Put the rows in the order given."""
    return record_edits.reorder(nb, matrices.row_entity(matrix), ordered_ids)


def remove_rows(nb: Notebook, matrix: str, row_ids: Iterable[str]) -> edits.Edit:
    """Remove rows with their cells."""
    return record_edits.remove(nb, matrices.row_entity(matrix), list(row_ids))


# -- columns ---------------------------------------------------------------------
def choose_columns(
    nb: Notebook, atelier_id: str, matrix_names: Sequence[str], acteur_ids: Sequence[str],
) -> edits.Edit:
    """Choose, reorder or remove the acteur columns of one or both matrices, as one edit.

    A removed column takes its cells with it (both versions for decisions).
    """
    wanted = list(dict.fromkeys(acteur_ids))
    with nb.write() as s:
        tracker = edits.Tracker(s)
        for matrix in matrix_names:
            if matrix not in (ROLES, DECISIONS):
                raise MatrixError("bad_matrix", matrix=matrix)
            current = {c.acteur_id: c for c in s.scalars(select(MatrixColumn).where(
                MatrixColumn.atelier_id == atelier_id, MatrixColumn.matrix == matrix))}
            removed = [a for a in current if a not in wanted]
            if removed:
                _remove_cells(s, tracker, atelier_id, matrix, removed)
                for a in removed:
                    tracker.delete(current.pop(a))
            for position, acteur_id in enumerate(wanted):
                col = current.get(acteur_id)
                if col is None:
                    tracker.add(MatrixColumn(atelier_id=atelier_id, matrix=matrix,
                                             acteur_id=acteur_id, position=position))
                else:
                    tracker.update(col, position=position)
        return tracker.finish()


def _remove_cells(s: Session, tracker: edits.Tracker, atelier_id: str, matrix: str,
                  acteur_ids: list[str]) -> None:
    entity = matrices.row_entity(matrix)
    cell = RoleCell if matrix == ROLES else DecisionCell
    row_col = RoleCell.responsibility_id if matrix == ROLES else DecisionCell.decision_id
    row_ids = select(entity.id).where(entity.atelier_id == atelier_id)
    for c in s.scalars(select(cell).where(row_col.in_(row_ids),
                                          or_(*[cell.acteur_id == a for a in acteur_ids]))):
        tracker.delete(c)
    s.flush()


# -- commons grid ----------------------------------------------------------------
def assess_principle(
    nb: Notebook, atelier_id: str, number: int, *,
    status: PrincipleStatus | str | None = None, note: str | None = None,
) -> edits.Edit:
    """Set one of Ostrom's principles' status and/or note for the atelier, as an edit."""
    if not 1 <= int(number) <= 8:
        raise MatrixError("bad_principle", number=number)
    values: dict[str, Any] = {}
    if status is not None:
        values["status"] = PrincipleStatus(status)
    if note is not None:
        values["note"] = note
    with nb.write() as s:
        tracker = edits.Tracker(s)
        row = s.scalars(select(CommonsAssessment).where(
            CommonsAssessment.atelier_id == atelier_id,
            CommonsAssessment.principle == number)).first()
        if row is None:
            row = tracker.add(CommonsAssessment(atelier_id=atelier_id, principle=number,
                                                status=PrincipleStatus.ABSENT, note=""))
            s.flush()
        tracker.update(row, **values)
        return tracker.finish()
