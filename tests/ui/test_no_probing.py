"""The UI asks objects what they are, not whether they happen to have a member.

``hasattr(obj, "x")`` and ``getattr(obj, "x", default)`` with a written name
hide a contract: a typo or a rename silently turns a feature off, and mypy
cannot check either side. The UI uses a typed attribute set before use, an
``isinstance`` check, a :mod:`ui.contracts` Protocol or a real API instead.
``getattr(record, field)`` where the field name is data (a column edited by
name) is not probing and stays; so does loading a registry entry by its name.
Nor does the UI hang its own attributes on another object through ``__dict__``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "lieuxcommuns_desktop" / "ui"

#: (module under ui/, function, attribute name) -> why the probe stays.
ALLOWED = {
    ("tables/model.py", "hasattr", "beginFilterChange"):
        "a Qt version probe: beginFilterChange/endFilterChange exist from Qt 6.9, "
        "invalidateFilter (deprecated there) is the fallback for older Qt",
    ("qt_compat.py", "getattr", "pyside_feature_dict"):
        "PySide6's internal table of its __feature__ import hook: a workaround for a cost "
        "of PySide6 itself, which does nothing when a PySide6 version no longer has it",
}


def _string_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "literal"``: a probe through a constant is still a probe."""
    found = {}
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
            found[node.targets[0].id] = node.value.value
    return found


def probes(source: str) -> list[tuple[int, str, str]]:
    """``(line, function, attribute)`` of every ``hasattr``, named ``getattr`` and ``__dict__``."""
    tree = ast.parse(source)
    constants = _string_constants(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "__dict__":
            found.append((node.lineno, "__dict__", ast.unparse(node.value)))
            continue
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in ("hasattr", "getattr") and len(node.args) >= 2):
            continue
        name = node.args[1]
        if isinstance(name, ast.Constant) and isinstance(name.value, str):
            attribute = name.value
        elif isinstance(name, ast.Name) and name.id in constants:
            attribute = constants[name.id]
        elif node.func.id == "hasattr":
            attribute = ast.unparse(name)
        else:
            continue  # getattr(record, field): the name is data
        found.append((node.lineno, node.func.id, attribute))
    return found


def test_no_hasattr_nor_named_getattr_in_the_ui() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        rel = path.relative_to(UI).as_posix()
        for line, func, attribute in probes(path.read_text(encoding="utf-8")):
            if (rel, func, attribute) not in ALLOWED:
                found.append(f"ui/{rel}:{line}: {func}(…, {attribute!r})")
    assert found == [], "type the member instead of probing for it:\n" + "\n".join(found)


def test_every_allowed_probe_is_still_there() -> None:
    """An allowlist entry whose probe went away must go too (no stale exceptions)."""
    present = {(path.relative_to(UI).as_posix(), func, attribute)
               for path in UI.rglob("*.py")
               for _line, func, attribute in probes(path.read_text(encoding="utf-8"))}
    assert set(ALLOWED) <= present


@pytest.mark.parametrize("source", [
    'if hasattr(widget, "setReadOnly"): pass',
    'chart = getattr(self, "chart", None)',
    'ok = hasattr(self, name)',
    'ATTRIBUTE = "_backdrop"\nstate = getattr(scene, ATTRIBUTE, None)',
    'apply = getattr(command, "apply")',
    'cache = changes.__dict__.setdefault("_cells", {})',
])
def test_rule_flags_probes(source: str) -> None:
    assert probes(source) != []


@pytest.mark.parametrize("source", [
    'value = getattr(record, column.attr)',
    'value = getattr(seq, FIELDS[col])',
    'cls = getattr(module, target.partition(":")[2], None)',
    'if isinstance(window, OpensTools): pass',
])
def test_rule_leaves_data_driven_lookups(source: str) -> None:
    assert probes(source) == []
