"""One naming style for signals and item roles across the UI (issue 13, item 4).

Signals follow Qt's own style, lowerCamelCase named for what happened
(``noteRequested``, ``stateChanged``), so a connection reads the same whether
the signal is Qt's or ours. Item roles all come from ``ui/roles.py``: a bare
``UserRole`` elsewhere is how two modules once picked the same number for
different data. The source is read with ``ast`` so that the rule covers every
module, imported or not.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from pathlib import Path

from PySide6.QtCore import QObject, Signal

import lieuxcommuns_desktop.ui as ui_package

UI = Path(ui_package.__file__).parent
LOWER_CAMEL = re.compile(r"[a-z][a-zA-Z0-9]*")


def _is_signal_call(node: ast.expr | None) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Name) and func.id == "Signal") or (
        isinstance(func, ast.Attribute) and func.attr == "Signal")


def signal_names(root: Path) -> list[tuple[str, str]]:
    """``(where, name)`` of every ``name = Signal(…)`` in a class body under ``root``."""
    found: list[tuple[str, str]] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for stmt in cls.body:
                if isinstance(stmt, ast.Assign) and _is_signal_call(stmt.value):
                    targets = stmt.targets
                elif isinstance(stmt, ast.AnnAssign) and _is_signal_call(stmt.value):
                    targets = [stmt.target]
                else:
                    continue
                found += [(f"{path.relative_to(root)}:{stmt.lineno} {cls.name}", t.id)
                          for t in targets if isinstance(t, ast.Name)]
    return found


def user_role_uses(root: Path) -> list[str]:
    """Every mention of ``UserRole`` in code under ``root`` except in ``roles.py``."""
    found: list[str] = []
    for path in sorted(root.rglob("*.py")):
        if path.relative_to(root) == Path("roles.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = (node.attr if isinstance(node, ast.Attribute)
                    else node.id if isinstance(node, ast.Name) else None)
            if name == "UserRole":
                found.append(f"{path.relative_to(root)}:{node.lineno}")
    return found


def test_every_signal_is_lower_camel_case() -> None:
    names = signal_names(UI)
    assert len(names) > 60  # the walk really saw the UI's signals
    wrong = [f"{where}: {name}" for where, name in names if not LOWER_CAMEL.fullmatch(name)]
    assert wrong == []


def test_no_user_role_outside_the_roles_module() -> None:
    assert user_role_uses(UI) == []


def test_the_guards_catch_what_they_forbid(tmp_path: Path) -> None:
    (tmp_path / "page.py").write_text(
        "from PySide6.QtCore import QObject, Qt, Signal\n"
        "ID = Qt.ItemDataRole.UserRole + 1\n"
        "class Page(QObject):\n"
        "    open_note = Signal(str)\n"
        "    noteRequested: Signal = Signal(str)\n", encoding="utf-8")
    assert [n for _w, n in signal_names(tmp_path)] == ["open_note", "noteRequested"]
    assert user_role_uses(tmp_path) == ["page.py:2"]


def test_no_signal_hides_a_qt_member() -> None:
    """A signal named like a Qt method or signal would silently replace it."""
    clashes: list[str] = []
    modules = [m.name for m in pkgutil.walk_packages(ui_package.__path__,
                                                     "lieuxcommuns_desktop.ui.")]
    for name in modules:
        module = importlib.import_module(name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != name or not issubclass(cls, QObject):
                continue
            qt_bases = [b for b in cls.__mro__
                        if b.__module__.startswith(("PySide6.", "shiboken6"))]
            for attr, value in vars(cls).items():
                if isinstance(value, Signal) and any(hasattr(b, attr) for b in qt_bases):
                    clashes.append(f"{name}.{cls.__qualname__}.{attr}")
    assert clashes == []
