"""Qt takes the ``Role`` members wherever it expects an item data role.

``Role`` is an ``IntEnum`` rather than plain ``int`` constants so that a role
reads as ``Role.ID`` everywhere and cannot collide; this checks, on real Qt
classes, that PySide6 converts the members like the ints they are.
"""

from __future__ import annotations

import ast
import inspect
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTableWidgetItem, QTreeWidgetItem

from lieuxcommuns_desktop.ui import roles
from lieuxcommuns_desktop.ui.roles import Role


def test_roles_are_distinct_and_above_qt_s_own() -> None:
    values = [int(r) for r in Role]
    assert len(set(values)) == len(values)
    assert min(values) == Qt.ItemDataRole.UserRole + 1


def test_every_role_says_what_its_data_is() -> None:
    """Each member is followed by its docstring (Python keeps none at run time)."""
    tree = ast.parse(inspect.getsource(roles))
    body = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Role").body
    documented = {
        stmt.targets[0].id for stmt, after in zip(body, [*body[1:], None], strict=True)
        if isinstance(stmt, ast.Assign) and isinstance(stmt.targets[0], ast.Name)
        and isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant)
        and isinstance(after.value.value, str) and after.value.value.strip()}
    assert documented == set(Role.__members__)


class _Rows(QAbstractListModel):
    """Three rows whose ids are in one order and whose sort keys in the reverse."""

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if role == Role.ID:
            return f"id{index.row()}"
        if role == Role.SORT:
            return 3 - index.row()
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        return {Role.ID: QByteArray(b"id"), Role.SORT: QByteArray(b"sort")}


def test_item_classes_store_and_return_data_under_a_role_member(qapp) -> None:
    listing = QListWidget()
    item = QListWidgetItem("a", listing)
    item.setData(Role.ID, "l1")
    assert item.data(Role.ID) == "l1"
    assert item.data(int(Role.ID)) == "l1"  # the same slot as the plain int
    tree = QTreeWidgetItem(["a"])
    tree.setData(0, Role.KEY, "t1")
    assert tree.data(0, Role.KEY) == "t1" and tree.data(0, Role.KIND) is None
    cell = QTableWidgetItem("a")
    cell.setData(Role.HTML, "<b>x</b>")
    assert cell.data(Role.HTML) == "<b>x</b>"
    model = QStandardItemModel()
    model.appendRow(QStandardItem("a"))
    model.item(0).setData("s1", Role.PATH)
    assert model.data(model.index(0, 0), Role.PATH) == "s1"


def test_a_proxy_sorts_and_filters_by_a_role_member(qapp) -> None:
    source = _Rows()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    proxy.setSortRole(Role.SORT)
    assert proxy.sortRole() == Role.SORT
    proxy.sort(0)
    assert [proxy.index(r, 0).data(Role.ID) for r in range(3)] == ["id2", "id1", "id0"]
    proxy.setFilterRole(Role.ID)
    proxy.setFilterFixedString("id1")
    assert proxy.rowCount() == 1
    assert source.roleNames()[Role.ID] == QByteArray(b"id")
    assert [i.row() for i in source.match(source.index(0, 0), Role.ID, "id2")] == [2]
