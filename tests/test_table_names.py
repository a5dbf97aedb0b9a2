"""Table names come from :class:`core.tables.Table`, never from string literals.

``Table`` must name exactly the model's tables, and no module of the package
may spell a table name as a string where it is used *as a table name*: a change
set's tables and ids, an edit's or an interchange document's rows, a
table-keyed map, a ``table == "…"`` test, a ``…_table(s)=`` argument. The same
words are ordinary words elsewhere ("note", "programme", "attendance" as a
translation context or a page key), so the scan looks at the syntax around the
string, not at the string alone; ``test_rule_*`` below pin what it catches and
what it leaves. Frozen Alembic revisions keep their literals: they are history.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from lieuxcommuns_desktop.core.model import metadata
from lieuxcommuns_desktop.core.tables import Table

PACKAGE = Path(__file__).resolve().parents[1] / "lieuxcommuns_desktop"

#: Where a table name may be a literal: the enum itself and the migration history.
ALLOWED = ("core/tables.py", "core/migrations/versions/")

#: Module-level assignments left alone for now, each with its reason.
EXEMPT: dict[tuple[str, str], str] = {}

#: Attributes holding table name → rows or ids: ``ChangeSet`` (created, updated,
#: deleted), ``Edit`` (before, after), snapshots and interchange documents (rows,
#: records, index).
TABLE_KEYED = {"created", "updated", "deleted", "before", "after", "rows", "records", "index"}
#: Methods whose first argument is a table name (``ChangeSet.ids/touches``,
#: ``Edit.created``) and dictionary look-ups on the attributes above.
TABLE_METHODS = {"ids", "touches", "created"}
LOOKUPS = {"get", "setdefault", "pop"}
#: Column methods whose argument lists table names (the sync tables' ``tbl``).
IN_METHODS = {"in_", "not_in"}


def _names() -> frozenset[str]:
    return frozenset(t.value for t in Table)


def _is_table_literal(node: ast.AST, names: frozenset[str]) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in names


def _literals(node: ast.AST | None, names: frozenset[str]) -> list[ast.Constant]:
    """The table-name strings in ``node`` or directly in its set/tuple/list/conditional."""
    if node is None:
        return []
    if _is_table_literal(node, names):
        assert isinstance(node, ast.Constant)
        return [node]
    if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
        return [c for e in node.elts for c in _literals(e, names)]
    if isinstance(node, ast.IfExp):
        return _literals(node.body, names) + _literals(node.orelse, names)
    if isinstance(node, ast.Starred):
        return _literals(node.value, names)
    return []


def _tableish(node: ast.AST) -> bool:
    """An expression that holds table names: ``….tables``, ``table``, ``tbl``, ``….tbl``."""
    if isinstance(node, ast.Attribute):
        return node.attr in ("tables", "tbl")
    if isinstance(node, ast.Name):
        return node.id.endswith(("table", "tables", "tbl"))
    if isinstance(node, ast.BinOp):
        return _tableish(node.left) or _tableish(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in (
            "set", "frozenset"):
        return any(_tableish(a) for a in node.args)
    return False


def _all_table_names(elts: list[ast.expr | None], names: frozenset[str]) -> bool:
    """At least two elements, every one a table-name literal or a ``Table.X``, one a literal."""
    def named(e: ast.expr | None) -> bool:
        return _is_table_literal(e, names) if e is not None else False

    def member(e: ast.expr | None) -> bool:
        return (isinstance(e, ast.Attribute) and isinstance(e.value, ast.Name)
                and e.value.id == "Table")

    return (len(elts) >= 2 and all(named(e) or member(e) for e in elts)
            and any(named(e) for e in elts))


def table_literals(source: str, names: frozenset[str] | None = None) -> list[tuple[int, str]]:
    """``(line, name)`` of every table-name literal used as a table name in ``source``."""
    names = names if names is not None else _names()
    found: list[ast.Constant] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(_tableish(s) for s in sides):
                found += [c for s in sides for c in _literals(s, names)]
        elif isinstance(node, ast.BinOp) and isinstance(
                node.op, (ast.BitAnd, ast.BitOr, ast.Sub, ast.BitXor)):
            if _tableish(node.left) or _tableish(node.right):
                found += _literals(node.left, names) + _literals(node.right, names)
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute):
                owner = func.value
                if func.attr in TABLE_METHODS:
                    found += [c for a in node.args for c in _literals(a, names)]
                elif (func.attr in LOOKUPS and isinstance(owner, ast.Attribute)
                      and owner.attr in TABLE_KEYED and node.args):
                    found += _literals(node.args[0], names)
                elif func.attr in IN_METHODS and _tableish(owner):
                    found += [c for a in node.args for c in _literals(a, names)]
            for kw in node.keywords:
                if kw.arg is not None and "table" in kw.arg:
                    found += _literals(kw.value, names)
        elif isinstance(node, ast.Subscript):
            owner = node.value
            if isinstance(owner, ast.Attribute) and owner.attr in TABLE_KEYED:
                found += _literals(node.slice, names)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                name = (target.id if isinstance(target, ast.Name)
                        else target.attr if isinstance(target, ast.Attribute) else "")
                if "table" in name.lower():
                    found += _literals(node.value, names)
        elif isinstance(node, ast.Dict):
            keys = node.keys
            if _all_table_names(list(keys), names):
                found += [k for k in keys if isinstance(k, ast.Constant)]
            else:
                firsts = [k.elts[0] for k in keys if isinstance(k, ast.Tuple) and k.elts]
                if len(keys) >= 2 and len(firsts) == len(keys) and all(
                        _is_table_literal(f, names) for f in firsts):
                    found += [f for f in firsts if isinstance(f, ast.Constant)]
        elif isinstance(node, (ast.Set, ast.Tuple, ast.List)):
            if _all_table_names(list(node.elts), names):
                found += [e for e in node.elts if isinstance(e, ast.Constant)]
    unique = {(c.lineno, c.col_offset): c for c in found}
    return sorted((c.lineno, str(c.value)) for c in unique.values())


def _modules() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py"))
            if not any(str(p.relative_to(PACKAGE).as_posix()).startswith(a) for a in ALLOWED)]


def test_table_names_every_table_of_the_model() -> None:
    assert set(Table) == set(metadata().tables)
    for table in metadata().tables.values():
        assert type(table.name) is not Table  # a plain name: Alembic renders it as a string


def _exempt_lines(rel: str, source: str) -> set[int]:
    lines: set[int] = set()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and (rel, t.id) in EXEMPT for t in targets):
                lines |= set(range(node.lineno, (node.end_lineno or node.lineno) + 1))
    return lines


def test_no_table_name_spelt_as_a_literal() -> None:
    names = _names()
    found = []
    for path in _modules():
        rel = path.relative_to(PACKAGE).as_posix()
        source = path.read_text(encoding="utf-8")
        exempt = _exempt_lines(rel, source)
        found += [f"{rel}:{line}: {name!r}"
                  for line, name in table_literals(source, names) if line not in exempt]
    assert found == [], "use core.tables.Table (or the model's __tablename__):\n" + "\n".join(found)


def test_the_tables_module_imports_no_sqlalchemy_nor_qt() -> None:
    tree = ast.parse((PACKAGE / "core" / "tables.py").read_text(encoding="utf-8"))
    imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert imported <= {"__future__", "enum"}


@pytest.mark.parametrize("source", [
    'if changes.tables & {"attendance", "participant"}: pass',
    'if "note" in changes.tables: pass',
    'if {"note", "sequence"} & tables: pass',
    'ids = changes.ids("stakeholder_map")',
    'gone = changes.deleted.get("map_placement", set())',
    'new = changes.created["note"]',
    'rows = doc.records.get("atelier", [])',
    'ids = edit.created("sequence")',
    'model = TableModel(doc, Acteur, extra_tables=("participant", "acteur"))',
    'if table == "programme": pass',
    'q = sync_row.c.tbl.not_in(("programme", "tool_kind"))',
    'self._cell_table = "role_cell" if roles else "decision_cell"',
    'KINDS = {"programme": one, "atelier": two}',
    'LIMITS = {("sequence", "minutes"): 1, ("atelier", "planned_minutes"): 2}',
    'WATCHED = frozenset({"atelier", "phase", "membership"})',
])
def test_rule_flags_a_table_name_used_as_a_table_name(source: str) -> None:
    assert table_literals(source) != []


@pytest.mark.parametrize("source", [
    'self.setAccessibleName(translate("attendance", "Émargement"))',
    'CTX = "programme"',
    'self.navigation.select("programme", "")',
    'if kind == "atelier": pass',
    'values["note"] = note',
    'SOURCES = ("idee", "decision", "principe", "saisie")',
    'WORDS = {"phase": a, "collectivite": b, "lang": c}',
    'if changes.tables & {Table.NOTE, Table.ATELIER}: pass',
    'ids = changes.ids(Atelier.__tablename__)',
    'ToolEntry("attendance", QT_TRANSLATE_NOOP("tools", "Émargement"))',
])
def test_rule_leaves_other_uses_of_the_same_words(source: str) -> None:
    assert table_literals(source) == []


def test_members_reach_the_databases_as_their_names() -> None:
    """Sync queries bind members (``tbl.not_in((Table.PROGRAMME, …))``): both drivers
    must send ``"programme"``, not psycopg's ``Enum`` label (``"PROGRAMME"``)."""
    import sqlite3

    from psycopg.adapt import PyFormat, Transformer

    with sqlite3.connect(":memory:") as db:
        assert db.execute("SELECT ?, typeof(?)", (Table.PROGRAMME, Table.PROGRAMME)).fetchone() \
            == ("programme", "text")
    for fmt in (PyFormat.TEXT, PyFormat.BINARY):
        dumper = Transformer().get_dumper(Table.PROGRAMME, fmt)
        assert bytes(dumper.dump(Table.PROGRAMME) or b"") == b"programme"
