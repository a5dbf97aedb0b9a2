"""Use cases of the role and decision matrices (the commons grid: ``commons.py``).

Each edit is one committed transaction that returns what undo needs (previous
values, a snapshot), so that the window can wrap it in one undo command — a
paste of a 20×20 block included. Reads return plain data
(:class:`MatrixData`) that the views, the printer and the CSV export share.
Both decision versions (*aujourd'hui*, *cible*) share their rows and columns.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    bindparam,
    delete,
    insert,
    select,
    type_coerce,
)
from sqlalchemy import update as sa_update
from sqlalchemy.orm import Session

from .. import rules
from ..enums import MatrixVersion, ParticipationLevel, Raci
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP, tr, translate
from ..matrix_labels import DECISIONS, ROLES, allowed_values, level_label, parse_cell
from ..model import (
    Acteur,
    Decision,
    DecisionCell,
    MatrixColumn,
    Responsibility,
    RoleCell,
    new_id,
    utcnow,
)
from . import records
from .notebook import ChangeSet, Notebook

log = logging.getLogger(__name__)

CTX = "matrices"

MESSAGES = {
    "bad_matrix": QT_TRANSLATE_NOOP("matrices", "Matrice inconnue : « {matrix} »."),
    "bad_cell": QT_TRANSLATE_NOOP(
        "matrices",
        "Valeur « {value} » refusée pour « {row} » × « {column} » (valeurs possibles : "
        "{allowed}). Rien n'a été modifié."),
    "block_too_big": QT_TRANSLATE_NOOP(
        "matrices",
        "Le bloc collé ({rows} × {columns}) dépasse de la matrice à partir "
        "de « {row} » × « {column} ». Rien n'a été modifié."),
    "empty_paste": QT_TRANSLATE_NOOP("matrices", "Le presse-papiers ne contient aucune cellule."),
    "no_cell": QT_TRANSLATE_NOOP("matrices", "Choisissez d'abord une cellule de la matrice."),
    "bad_principle": QT_TRANSLATE_NOOP("matrices", "Principe inconnu : {number}."),
    "empty_label": QT_TRANSLATE_NOOP("matrices", "Le libellé ne peut pas être vide."),
}

CHANGE_SENTENCE = QT_TRANSLATE_NOOP("matrices", "{acteur} : {before} → {after} sur « {row} »")


class MatrixError(ValidationError):
    """A matrix edit refused before anything was written."""

    @property
    def message(self) -> str:
        params = dict(self.params)
        rows, columns = params.get("rows"), params.get("columns")
        if isinstance(rows, int) and isinstance(columns, int):  # counts: Qt's plural forms
            params["rows"] = translate("matrices", "%n ligne(s)", None, rows)
            params["columns"] = translate("matrices", "%n colonne(s)", None, columns)
        return tr(CTX, MESSAGES.get(self.code, self.code), **params)


Key = tuple[str, str]  # (row id, acteur id)


@dataclass(frozen=True)
class Column:
    acteur_id: str
    name: str
    category: str = ""


@dataclass(frozen=True)
class Row:
    id: str
    label: str


@dataclass
class MatrixData:
    """A matrix as plain data: ordered rows and columns, cells by (row, acteur)."""

    matrix: str
    version: MatrixVersion | None
    columns: list[Column] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    cells: dict[Key, str] = field(default_factory=dict)
    #: Cell record id -> (row, acteur): lets a view place a deleted cell of a change set.
    cell_ids: dict[str, Key] = field(default_factory=dict)

    @property
    def names(self) -> dict[str, str]:
        return {c.acteur_id: c.name for c in self.columns}

    def value(self, row_id: str, acteur_id: str) -> str | None:
        return self.cells.get((row_id, acteur_id))

    def row_cells(self, row_id: str) -> dict[str, str | None]:
        return {c.acteur_id: self.cells.get((row_id, c.acteur_id)) for c in self.columns}

    def table(self) -> list[list[str | None]]:
        return [[self.cells.get((r.id, c.acteur_id)) for c in self.columns] for r in self.rows]

    def row_issues(self, row: Row, names: Mapping[str, str] | None = None) -> list[rules.Issue]:
        """The rules of one row; empty cells are left out (the rules read them as absent)."""
        check = rules.check_raci_row if self.matrix == ROLES else rules.check_decision_row
        cells = {c.acteur_id: v for c in self.columns
                 if (v := self.cells.get((row.id, c.acteur_id))) is not None}
        return check(row.id, cells, label=row.label, names=self.names if names is None else names)

    def issues(self) -> list[rules.Issue]:
        names = self.names
        return [i for row in self.rows for i in self.row_issues(row, names)]

    def power(self) -> dict[str, float]:
        """Each shown acteur's share of decision power (0 for those without any)."""
        shares = rules.decision_power(self.row_cells(r.id) for r in self.rows)
        return {c.acteur_id: shares.get(c.acteur_id, 0.0) for c in self.columns}

    def level_counts(self, row_id: str) -> dict[ParticipationLevel, int]:
        return rules.level_counts(self.row_cells(row_id))


def _check_matrix(matrix: str) -> None:
    if matrix not in (ROLES, DECISIONS):
        raise MatrixError("bad_matrix", matrix=matrix)


def row_entity(matrix: str) -> type[Responsibility | Decision]:
    _check_matrix(matrix)
    return Responsibility if matrix == ROLES else Decision


def version_of(matrix: str, version: MatrixVersion | str | None) -> MatrixVersion | None:
    if matrix == ROLES:
        return None
    return MatrixVersion(version or MatrixVersion.AUJOURDHUI)


def _decision_version(version: MatrixVersion | None) -> MatrixVersion:
    """The version a decision matrix's cells belong to (the role matrix has none).

    :func:`version_of` gives one for every decision read or edit, so ``None``
    here is a caller's mistake: refused before a cell of the wrong version is
    read or written.
    """
    if version is None:
        raise ValueError("a decision matrix's cells need a version (aujourd'hui or cible)")
    return version


# -- reading -------------------------------------------------------------------
def acteurs(nb: Notebook) -> list[Column]:
    """Every acteur of the notebook, by name: the choice offered for columns."""
    with nb.read() as s:
        found = s.execute(select(Acteur.id, Acteur.name, Acteur.category)).all()
    return sorted((Column(i, n, str(c)) for i, n, c in found), key=lambda c: c.name.casefold())


def _columns(s: Session, atelier_id: str, matrix: str) -> list[Column]:
    stmt = (
        select(Acteur.id, Acteur.name, Acteur.category)
        .join(MatrixColumn, MatrixColumn.acteur_id == Acteur.id)
        .where(MatrixColumn.atelier_id == atelier_id, MatrixColumn.matrix == matrix)
        .order_by(MatrixColumn.position, Acteur.name)
    )
    return [Column(i, n, str(c)) for i, n, c in s.execute(stmt)]


def _rows(s: Session, atelier_id: str, matrix: str) -> list[Row]:
    entity = row_entity(matrix)
    stmt = (select(entity.id, entity.label).where(entity.atelier_id == atelier_id)
            .order_by(entity.position, entity.label))
    return [Row(i, label) for i, label in s.execute(stmt)]


def _cell_select(matrix: str, version: MatrixVersion | None,
                 row_ids: Iterable[str]) -> Select[str, str, str, str]:
    """Cells as raw strings: converting 6000 values to enums would cost more than the query."""
    ids = list(row_ids)
    if matrix == ROLES:
        return select(RoleCell.id, RoleCell.responsibility_id, RoleCell.acteur_id,
                      type_coerce(RoleCell.value, String)).where(
                          RoleCell.responsibility_id.in_(ids))
    return select(DecisionCell.id, DecisionCell.decision_id, DecisionCell.acteur_id,
                  type_coerce(DecisionCell.level, String)).where(
                      DecisionCell.decision_id.in_(ids), DecisionCell.version == version)


def read_matrix(
    nb: Notebook, atelier_id: str, matrix: str, version: MatrixVersion | str | None = None
) -> MatrixData:
    """The whole matrix as plain data (cells of acteurs not shown are left out)."""
    ver = version_of(matrix, version)
    with nb.read() as s:
        data = MatrixData(matrix, ver, _columns(s, atelier_id, matrix),
                          _rows(s, atelier_id, matrix))
        shown = {c.acteur_id for c in data.columns}
        # The one bulk read of the app: plain SQL, so that 6000 cells load in a few ms.
        if matrix == ROLES:
            sql = ("SELECT c.id, c.responsibility_id, c.acteur_id, c.value FROM role_cell c "
                   "JOIN responsibility r ON r.id = c.responsibility_id WHERE r.atelier_id = ?")
            params: tuple[str, ...] = (atelier_id,)
        else:
            sql = ("SELECT c.id, c.decision_id, c.acteur_id, c.level FROM decision_cell c "
                   "JOIN decision d ON d.id = c.decision_id "
                   "WHERE d.atelier_id = ? AND c.version = ?")
            params = (atelier_id, _decision_version(ver).value)
        cells, ids = data.cells, data.cell_ids
        for cell_id, row_id, acteur_id, value in s.connection().exec_driver_sql(sql, params):
            if acteur_id in shown:
                cells[(row_id, acteur_id)] = value
                ids[cell_id] = (row_id, acteur_id)
    return data


@dataclass(frozen=True)
class CellRecord:
    id: str
    row_id: str
    acteur_id: str
    version: MatrixVersion | None
    value: str


def cells_by_ids(nb: Notebook, matrix: str, ids: Iterable[str]) -> list[CellRecord]:
    """The cells with these ids (those still existing): lets a view refresh only them."""
    ids = list(ids)
    if not ids:
        return []
    with nb.read() as s:
        if matrix == ROLES:
            found = s.execute(select(RoleCell.id, RoleCell.responsibility_id, RoleCell.acteur_id,
                                     type_coerce(RoleCell.value, String)).where(
                                         RoleCell.id.in_(ids)))
            return [CellRecord(i, r, a, None, v) for i, r, a, v in found]
        decisions = s.execute(select(DecisionCell.id, DecisionCell.decision_id,
                                     DecisionCell.acteur_id,
                                     type_coerce(DecisionCell.version, String),
                                     type_coerce(DecisionCell.level, String)).where(
                                         DecisionCell.id.in_(ids)))
        return [CellRecord(i, r, a, _VERSIONS[ver], v) for i, r, a, ver, v in decisions]


_VERSIONS = {v.value: v for v in MatrixVersion}


# -- cells ---------------------------------------------------------------------
def _validate(matrix: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if matrix == ROLES:
        return Raci(value).value
    return ParticipationLevel(value).value


def write_cells(
    s: Session, matrix: str, version: MatrixVersion | None, changes: Mapping[Key, str | None],
    touched: ChangeSet,
) -> dict[Key, str | None]:
    """Apply checked cell values in the open transaction; returns the previous ones.

    Plain SQL statements (one per kind of change) rather than ORM objects: a
    20×20 paste stays a few milliseconds. ``touched`` gets the cell ids, as
    the ORM tracking would have.
    """
    decision_version = None if matrix == ROLES else _decision_version(version)
    table = (RoleCell if matrix == ROLES else DecisionCell).__table__
    row_col = table.c.responsibility_id if matrix == ROLES else table.c.decision_id
    value_col = table.c.value if matrix == ROLES else table.c.level
    where: list[ColumnElement[bool]] = [row_col.in_({k[0] for k in changes}),
                                        table.c.acteur_id.in_({k[1] for k in changes})]
    if decision_version is not None:
        where.append(table.c.version == decision_version.value)
    stmt = select(table.c.id, row_col, table.c.acteur_id, type_coerce(value_col, String)).where(
        *where)
    existing = {(r, a): (i, v) for i, r, a, v in s.execute(stmt)}
    previous: dict[Key, str | None] = {}
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    deletes: list[str] = []
    now = utcnow()
    for key, value in changes.items():
        cell_id, old = existing.get(key, (None, None))
        previous[key] = old
        if old == value:
            continue
        if value is None:
            deletes.append(cell_id)
            touched.add("deleted", table.name, cell_id)
        elif cell_id is not None:
            updates.append({"b_id": cell_id, "b_value": value})
            touched.add("updated", table.name, cell_id)
        else:
            new_cell = new_id()
            row = {"id": new_cell, "modified_at": now, "acteur_id": key[1], row_col.name: key[0],
                   value_col.name: value}
            if decision_version is not None:
                row["version"] = decision_version.value
            inserts.append(row)
            touched.add("created", table.name, new_cell)
    if deletes:
        s.execute(delete(table).where(table.c.id.in_(deletes)))
    if updates:
        s.execute(sa_update(table).where(table.c.id == bindparam("b_id")).values(
            {value_col.name: bindparam("b_value"), "modified_at": now}), updates)
    if inserts:
        s.execute(insert(table), inserts)
    return previous


def set_cells(
    nb: Notebook, matrix: str, changes: Mapping[Key, str | None],
    version: MatrixVersion | str | None = None,
) -> dict[Key, str | None]:
    """Set several cells in ONE transaction; returns the previous values (undo = set those)."""
    ver = version_of(matrix, version)
    clean = check_cells(matrix, changes)
    if not clean:
        return {}
    touched = ChangeSet()
    with nb.write(touched) as s:
        return write_cells(s, matrix, ver, clean, touched)


def check_cells(matrix: str, changes: Mapping[Key, str | None]) -> dict[Key, str | None]:
    """The cell values as stored, or a :class:`MatrixError` naming the first bad one."""
    clean: dict[Key, str | None] = {}
    for key, value in changes.items():
        try:
            clean[key] = _validate(matrix, value)
        except ValueError:
            raise MatrixError("bad_cell", value=value, row=key[0], column=key[1],
                              allowed=allowed_values(matrix)) from None
    return clean


def set_cell(
    nb: Notebook, matrix: str, row_id: str, acteur_id: str, value: str | None,
    version: MatrixVersion | str | None = None,
) -> str | None:
    """Set one cell (``None`` clears it); returns its previous value."""
    return set_cells(nb, matrix, {(row_id, acteur_id): value}, version)[(row_id, acteur_id)]


def parse_block(text: str) -> list[list[str]]:
    """Tab-separated text from a spreadsheet as rows of raw cell texts."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and lines[-1] == "":
        lines.pop()
    block = [line.split("\t") for line in lines]
    width = max((len(r) for r in block), default=0)
    return [r + [""] * (width - len(r)) for r in block]


def block_text(data: MatrixData, top: int, left: int, bottom: int, right: int) -> str:
    """The cells of rows top..bottom and columns left..right as tab-separated text."""
    from ..matrix_labels import cell_text

    lines = []
    for r in data.rows[top:bottom + 1]:
        lines.append("\t".join(cell_text(data.matrix, data.cells.get((r.id, c.acteur_id)))
                               for c in data.columns[left:right + 1]))
    return "\n".join(lines) + "\n"


def paste(
    nb: Notebook, atelier_id: str, matrix: str, row_index: int, col_index: int, text: str,
    version: MatrixVersion | str | None = None,
) -> dict[Key, str | None]:
    """Paste a tab-separated block with its top-left at (row_index, col_index).

    Every value is checked before anything is written; a bad value or a block
    that does not fit raises :class:`MatrixError` naming the cell, and the
    matrix is untouched. Returns the previous values (one undo step).
    """
    changes = prepare_paste(nb, atelier_id, matrix, row_index, col_index, text)
    return set_cells(nb, matrix, changes, version)


def prepare_paste(
    nb: Notebook, atelier_id: str, matrix: str, row_index: int, col_index: int, text: str
) -> dict[Key, str | None]:
    """The cell values a paste would set, all checked; raises :class:`MatrixError`."""
    _check_matrix(matrix)
    block = parse_block(text)
    if not block or not block[0]:
        raise MatrixError("empty_paste")
    with nb.read() as s:
        columns = _columns(s, atelier_id, matrix)
        rows = _rows(s, atelier_id, matrix)
    if not (0 <= row_index < len(rows) and 0 <= col_index < len(columns)):
        raise MatrixError("no_cell")
    if row_index + len(block) > len(rows) or col_index + len(block[0]) > len(columns):
        raise MatrixError("block_too_big", rows=len(block), columns=len(block[0]),
                          row=rows[row_index].label, column=columns[col_index].name)
    changes: dict[Key, str | None] = {}
    for i, line in enumerate(block):
        row = rows[row_index + i]
        for j, raw in enumerate(line):
            column = columns[col_index + j]
            try:
                changes[(row.id, column.acteur_id)] = parse_cell(matrix, raw)
            except ValueError:
                raise MatrixError("bad_cell", value=raw.strip(), row=row.label,
                                  column=column.name, allowed=allowed_values(matrix)) from None
    return changes


def copy_version(
    nb: Notebook, atelier_id: str,
    source: MatrixVersion | str = MatrixVersion.AUJOURDHUI,
    target: MatrixVersion | str = MatrixVersion.CIBLE,
) -> dict[Key, str | None]:
    """Make ``target`` a copy of ``source`` (the starting point of the *cible*).

    Returns the target's previous values; undo is :func:`set_cells` with them.
    """
    src = read_matrix(nb, atelier_id, DECISIONS, source)
    dst = read_matrix(nb, atelier_id, DECISIONS, target)
    changes = {k: src.cells.get(k) for k in set(src.cells) | set(dst.cells)}
    return set_cells(nb, DECISIONS, changes, target)


# -- comparison ----------------------------------------------------------------
@dataclass(frozen=True)
class Change:
    row_id: str
    row: str
    acteur_id: str
    acteur: str
    before: str | None
    after: str | None

    @property
    def sentence(self) -> str:
        """ "Habitants : consulté → co-décide sur « Programmation »"."""
        return tr(CTX, CHANGE_SENTENCE, acteur=self.acteur,
                  before=level_label(self.before or "0"), after=level_label(self.after or "0"),
                  row=self.row)


def compare(nb: Notebook, atelier_id: str) -> list[Change]:
    """Cells that differ between *aujourd'hui* and *cible*, in matrix order.

    An empty cell and *non concerné* mean the same and do not count as a change.
    """
    today = read_matrix(nb, atelier_id, DECISIONS, MatrixVersion.AUJOURDHUI)
    target = read_matrix(nb, atelier_id, DECISIONS, MatrixVersion.CIBLE)
    return compare_data(today, target)


def compare_data(today: MatrixData, target: MatrixData) -> list[Change]:
    changes = []
    for row in today.rows:
        for col in today.columns:
            key = (row.id, col.acteur_id)
            before, after = today.cells.get(key), target.cells.get(key)
            if (before or "0") != (after or "0"):
                changes.append(Change(row.id, row.label, col.acteur_id, col.name, before, after))
    return changes


# -- columns -------------------------------------------------------------------
@dataclass
class ColumnsState:
    """What :func:`set_columns` changed: the previous order and the cells it removed."""

    acteur_ids: list[str]
    removed_cells: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def columns(nb: Notebook, atelier_id: str, matrix: str) -> list[Column]:
    _check_matrix(matrix)
    with nb.read() as s:
        return _columns(s, atelier_id, matrix)


def set_columns(
    nb: Notebook, atelier_id: str, matrix: str, acteur_ids: Sequence[str]
) -> ColumnsState:
    """Choose, reorder or remove the acteur columns in one edit.

    A removed column takes its cells with it (both versions for decisions);
    they come back with :func:`restore_columns`.
    """
    _check_matrix(matrix)
    wanted = list(dict.fromkeys(acteur_ids))
    changes = ChangeSet()
    with nb.write(changes) as s:
        current = {c.acteur_id: c for c in s.scalars(select(MatrixColumn).where(
            MatrixColumn.atelier_id == atelier_id, MatrixColumn.matrix == matrix))}
        previous = [c.acteur_id for c in sorted(current.values(), key=lambda c: c.position)]
        removed = [a for a in current if a not in wanted]
        state = ColumnsState(previous)
        if removed:
            state.removed_cells = _remove_cells(s, atelier_id, matrix, removed, changes)
            for a in removed:
                s.delete(current.pop(a))
        for position, acteur_id in enumerate(wanted):
            col = current.get(acteur_id)
            if col is None:
                s.add(MatrixColumn(atelier_id=atelier_id, matrix=matrix, acteur_id=acteur_id,
                                   position=position))
            elif col.position != position:
                col.position = position
    return state


def _remove_cells(
    s: Session, atelier_id: str, matrix: str, acteur_ids: list[str], changes: ChangeSet
) -> dict[str, list[dict[str, Any]]]:
    row_ids = [r.id for r in _rows(s, atelier_id, matrix)]
    table = (RoleCell if matrix == ROLES else DecisionCell).__table__
    row_col = table.c.responsibility_id if matrix == ROLES else table.c.decision_id
    where = (row_col.in_(row_ids), table.c.acteur_id.in_(acteur_ids))
    found = [dict(r._mapping) for r in s.execute(select(table).where(*where))]
    if found:
        s.execute(delete(table).where(*where))
        for r in found:
            changes.add("deleted", table.name, r["id"])
    return {table.name: found} if found else {}


def restore_columns(nb: Notebook, atelier_id: str, matrix: str, state: ColumnsState) -> None:
    """Undo :func:`set_columns`: previous columns back, with the cells they held."""
    set_columns(nb, atelier_id, matrix, state.acteur_ids)
    if state.removed_cells:
        changes = ChangeSet()
        with nb.write(changes) as s:
            records.insert_rows(s, state.removed_cells, changes)


# -- rows ----------------------------------------------------------------------
def clean_label(label: str) -> str:
    label = " ".join(label.split())
    if not label:
        raise MatrixError("empty_label")
    return label


def add_row(
    nb: Notebook, atelier_id: str, matrix: str, label: str, position: int | None = None,
    row_id: str | None = None,
) -> str:
    """Add a responsibility or decision at ``position`` (default: last); returns its id."""
    entity = row_entity(matrix)
    label = clean_label(label)
    with nb.write() as s:
        siblings: list[Responsibility | Decision] = list(s.scalars(
            select(entity).where(entity.atelier_id == atelier_id)
            .order_by(entity.position, entity.label)))
        position = len(siblings) if position is None else max(0, min(position, len(siblings)))
        for i, sib in enumerate(siblings):
            wanted = i if i < position else i + 1
            if sib.position != wanted:
                sib.position = wanted
        values: dict[str, Any] = {"atelier_id": atelier_id, "label": label, "position": position}
        if row_id:
            values["id"] = row_id
        obj = entity(**values)
        s.add(obj)
        s.flush()
        return obj.id


def add_rows(nb: Notebook, atelier_id: str, matrix: str, labels: Iterable[str]) -> list[str]:
    """Add several rows at the end in one edit (template defaults)."""
    entity = row_entity(matrix)
    with nb.write() as s:
        start = len(list(s.scalars(select(entity.id).where(entity.atelier_id == atelier_id))))
        objs = [entity(atelier_id=atelier_id, label=clean_label(lb), position=start + i)
                for i, lb in enumerate(labels)]
        s.add_all(objs)
        s.flush()
        return [o.id for o in objs]


def rename_row(nb: Notebook, matrix: str, row_id: str, label: str) -> str:
    """Rename a row; returns the previous label."""
    previous = records.update(nb, row_entity(matrix), row_id, label=clean_label(label))
    label_before: str = previous["label"]
    return label_before


def reorder_rows(nb: Notebook, matrix: str, ordered_ids: list[str]) -> list[str]:
    return records.reorder(nb, row_entity(matrix), ordered_ids)


def remove_rows(nb: Notebook, matrix: str, row_ids: Iterable[str]) -> records.Snapshot:
    """Remove rows with their cells; undo with ``records.restore``."""
    return records.delete(nb, row_entity(matrix), list(row_ids))
