"""No widget attribute may hide a Qt method.

``self.done = QCheckBox(…)`` in the note dialog hid ``QDialog.done()``: OK,
Cancel, Esc and closing then raised a TypeError inside Qt and the dialog never
closed. Any ``self.<name> = …`` in a Qt subclass of the UI where ``<name>`` is
a method of a Qt base class is the same trap (``self.close``, ``self.show``,
``self.result`` on a dialog…), so every UI module is read for it.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil

from PySide6.QtCore import QObject

import lieuxcommuns_desktop.ui as ui_package


def _ui_modules() -> list[str]:
    return [m.name for m in pkgutil.walk_packages(ui_package.__path__, "lieuxcommuns_desktop.ui.")]


def _assigned_names(cls: type) -> set[tuple[str, int]]:
    source = inspect.getsource(cls)
    tree = ast.parse(source.lstrip() if source.startswith(" ") else source)
    found: set[tuple[str, int]] = set()
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            targets = [node.target]
        for target in targets:
            elts = target.elts if isinstance(target, ast.Tuple) else [target]
            for t in elts:
                if (isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name)
                        and t.value.id == "self"):
                    found.add((t.attr, node.lineno))
    return found


def _qt_bases(cls: type) -> list[type]:
    return [b for b in cls.__mro__ if b.__module__.startswith(("PySide6.", "shiboken6"))]


def test_no_attribute_hides_a_qt_method() -> None:
    classes = 0
    clashes: list[str] = []
    for name in _ui_modules():
        module = importlib.import_module(name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != name or not issubclass(cls, QObject):
                continue
            classes += 1
            bases = _qt_bases(cls)
            for attr, line in _assigned_names(cls):
                for base in bases:
                    if callable(getattr(base, attr, None)):
                        clashes.append(f"{name}.{cls.__qualname__}: self.{attr} (class line "
                                       f"{line}) hides {base.__name__}.{attr}()")
                        break
    assert classes > 40  # the walk really saw the UI
    assert clashes == []
