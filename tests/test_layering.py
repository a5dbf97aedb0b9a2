"""The layers, checked on the source: what ``docs/architecture.md`` promises.

``core/`` and ``printing/`` never import Qt (the CLI, the printed kit and most
tests run without a display); ``core/`` never imports reportlab; ``printing/``
and ``publishing/`` read only through the services' read models
(``core/services/*_views.py``), so they never import SQLAlchemy nor the
models (``core.model``), open a notebook session or run a query: they render.
Read from the syntax tree, so a lazy import inside a function counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "lieuxcommuns_desktop"

#: Calls that only a session (or a notebook's ``read``/``write``) answers.
QUERY_METHODS = {"execute", "scalars", "scalar", "query"}
#: The layers that only render what the read models return.
RENDERING_LAYERS = ["printing", "publishing"]
MODELS = "lieuxcommuns_desktop.core.model"


def _modules(layer: str) -> list[Path]:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, layer
    return files


def _imports(tree: ast.AST) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def _absolute_imports(tree: ast.AST, module: str) -> list[str]:
    """Every module (and ``from m import name`` as ``m.name``) ``module`` imports,
    relative imports resolved: ``from ..core import model`` is
    ``lieuxcommuns_desktop.core.model``."""
    names: list[str] = []
    package = module.split(".")[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            source = ".".join([*base, *([node.module] if node.module else [])])
            names.append(source)
            names += [f"{source}.{alias.name}" for alias in node.names]
    return names


def _module_name(path: Path) -> str:
    """``pkg.mod`` for a module, ``pkg.__init__`` for a package: its package is the parent."""
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


def _forbidden_imports(layer: str, roots: tuple[str, ...]) -> list[str]:
    found = []
    for path in _modules(layer):
        for name in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if name.split(".")[0] in roots:
                found.append(f"{path.relative_to(PACKAGE)}: {name}")
    return found


def _session_calls(tree: ast.AST) -> list[str]:
    """``nb.read()``/``nb.write()``, ``select(…)`` and session query methods."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "select":
            found.append(f"select() line {node.lineno}")
        elif isinstance(func, ast.Attribute):
            owner = func.value
            owner_name = (owner.id if isinstance(owner, ast.Name)
                          else owner.attr if isinstance(owner, ast.Attribute) else "")
            if func.attr in ("read", "write") and owner_name in ("nb", "notebook"):
                found.append(f"{owner_name}.{func.attr}() line {node.lineno}")
            elif func.attr in QUERY_METHODS:
                found.append(f".{func.attr}() line {node.lineno}")
    return found


@pytest.mark.parametrize("layer", ["core", "printing", "publishing"])
def test_qt_free_layers_never_import_qt(layer: str) -> None:
    assert _forbidden_imports(layer, ("PySide6", "shiboken6")) == []


def test_core_never_imports_reportlab() -> None:
    assert _forbidden_imports("core", ("reportlab",)) == []


@pytest.mark.parametrize("layer", RENDERING_LAYERS)
def test_rendering_layers_never_import_sqlalchemy(layer: str) -> None:
    assert _forbidden_imports(layer, ("sqlalchemy", "sqlite3")) == []


@pytest.mark.parametrize("layer", RENDERING_LAYERS)
def test_rendering_layers_never_import_the_models(layer: str) -> None:
    """Rows stay in the services: a rendering layer gets plain dataclasses."""
    found = []
    for path in _modules(layer):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{path.relative_to(PACKAGE)}: {name}"
                  for name in _absolute_imports(tree, _module_name(path))
                  if name == MODELS or name.startswith(MODELS + ".")]
    assert found == []


@pytest.mark.parametrize("layer", RENDERING_LAYERS)
def test_rendering_layers_never_open_a_session_nor_query(layer: str) -> None:
    found = [f"{path.relative_to(PACKAGE)}: {call}" for path in _modules(layer)
             for call in _session_calls(ast.parse(path.read_text(encoding="utf-8")))]
    assert found == []


def test_the_guard_sees_what_it_forbids() -> None:
    """The checks above would catch a query written in any of the usual shapes."""
    source = (
        "from sqlalchemy import select\n"
        "def f(nb):\n"
        "    import PySide6.QtGui\n"
        "    with nb.read() as s:\n"
        "        s.scalars(select(X)).all(); s.execute(q); s.scalar(q)\n"
        "    with self.notebook.write() as s: pass\n"
    )
    tree = ast.parse(source)
    assert {"sqlalchemy", "PySide6.QtGui"} <= set(_imports(tree))
    relative = ast.parse("from ..core import model as m\nfrom ..core.model import Atelier\n"
                         "from .site_data import read_site\n")
    found = _absolute_imports(relative, "lieuxcommuns_desktop.publishing.site_data")
    assert {MODELS, f"{MODELS}.Atelier",
            "lieuxcommuns_desktop.publishing.site_data.read_site"} <= set(found)
    calls = _session_calls(tree)
    for expected in ("nb.read()", "notebook.write()", "select()", ".scalars()",
                     ".execute()", ".scalar()"):
        assert any(c.startswith(expected) for c in calls), (expected, calls)


#: Where a rename or a direct write is the point: the notebook file itself (store,
#: migration, demo creation, never an output) and the site's staging folder, renamed
#: into place as a whole by ``publishing/writer.py``.
RAW_WRITES_ALLOWED = {
    "core/fileio.py", "core/store.py", "core/migrate.py", "core/demo.py",
    "publishing/writer.py",
}
RAW_WRITES = {"replace", "write_bytes", "write_text", "copyfile", "copy2", "rename"}


def _raw_writes(tree: ast.AST) -> list[str]:
    """``os.replace``/``os.rename``, ``Path.replace``/``rename``/``write_*``, ``shutil`` copies."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id == "NamedTemporaryFile":
            found.append(f"NamedTemporaryFile line {node.lineno}")
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        name, owner = node.func.attr, node.func.value
        module = owner.id if isinstance(owner, ast.Name) else ""
        if name not in RAW_WRITES or isinstance(owner, ast.Constant):
            continue
        if module in ("os", "shutil") or len(node.args) == 1:  # str.replace(a, b) has two
            found.append(f"{module + '.' if module else ''}{name}() line {node.lineno}")
    return found


def test_outputs_are_written_through_fileio_only() -> None:
    """``os.replace``, ``write_bytes``/``write_text``, copies: ``core/fileio.py``'s job.

    Its ``write_atomic``/``write_atomic_bytes``/``copy_atomic``/``atomic_path``
    write beside the target, sync, then rename, so a crash never leaves half a
    PDF, SVG, PNG, CSV or JSON under the target's name.
    """
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        where = path.relative_to(PACKAGE).as_posix()
        if where in RAW_WRITES_ALLOWED or "/migrations/" in where:
            continue
        found += [f"{where}: {call}"
                  for call in _raw_writes(ast.parse(path.read_text(encoding="utf-8")))]
    assert found == []
