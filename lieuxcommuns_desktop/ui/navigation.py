"""The navigation tree: programme → thématiques → ateliers, then the notebook's pages.

User text is bidi-isolated (:func:`core.bidi.isolate`): a right-to-left override
typed in a title stays inside that title.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from ..core.services.outline import AtelierLine, Outline
from ..core.tables import Table
from . import registry
from .editors.labels import status_label
from .plain import isolate, literal
from .roles import Role

if TYPE_CHECKING:
    from ..core.services.notebook import ChangeSet
    from .document import Document

log = logging.getLogger(__name__)


class NavigationTree(QTreeWidget):
    """Emits ``selected(kind, key)``: ("programme", ""), ("atelier", id), ("page", key)…"""

    selected = Signal(str, str)

    def __init__(self, doc: Document | None, parent: QWidget | None = None, *,
                 outline: Outline | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigationTree")
        self.setAccessibleName(self.tr("Navigation du carnet"))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setMinimumWidth(180)
        self.doc: Document | None = None
        self._collapsed: set[str] = set()
        self.currentItemChanged.connect(self._emit)
        self.itemCollapsed.connect(lambda i: self._collapsed.add(self._key(i)))
        self.itemExpanded.connect(lambda i: self._collapsed.discard(self._key(i)))
        if doc is not None:
            self.set_document(doc)
        else:
            self.rebuild(outline or Outline())

    def set_document(self, doc: Document, *, rebuild: bool = True) -> None:
        """Follow the open notebook.

        ``rebuild=False`` keeps a tree drawn from the quick outline: it was read
        from the same file, at the current schema, under the lock this window
        holds, so reading it again through the ORM would draw the same tree —
        and cost the mapper configuration before the first page is shown.
        """
        self.doc = doc
        doc.changed.connect(self._on_changed)
        if rebuild:
            self.rebuild()

    @staticmethod
    def _key(item: QTreeWidgetItem) -> str:
        return f"{item.data(0, Role.KIND)}:{item.data(0, Role.KEY)}"

    def _item(self, parent: QTreeWidget | QTreeWidgetItem, text: str, kind: str,
              key: str = "") -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, Role.KIND, kind)
        item.setData(0, Role.KEY, key)
        return item

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Table.ATELIER, Table.THEMATIQUE, Table.PROGRAMME):
            self.rebuild()

    def outline(self) -> Outline:
        from ..core import model as m
        from ..core.services import records

        nb = self.doc.notebook
        programmes = records.all_of(nb, m.Programme)
        return Outline(
            title=programmes[0].title if programmes else "",
            thematiques=[(t.id, t.name) for t in records.all_of(
                nb, m.Thematique, m.Thematique.position, m.Thematique.name)],
            ateliers=[AtelierLine(a.id, a.title, a.thematique_id, a.date, a.status.value,
                                  a.place)
                      for a in records.all_of(nb, m.Atelier, m.Atelier.date, m.Atelier.title)],
        )

    def rebuild(self, outline: Outline | None = None) -> None:
        if outline is None:
            outline = self.outline()
        current = self.current()
        self.blockSignals(True)
        self.clear()
        title = outline.title
        root = self._item(self, self.tr("Programme") + (f" — {isolate(title)}" if title else ""),
                          "programme")
        bold = QFont(root.font(0))
        bold.setBold(True)
        root.setFont(0, bold)
        by_theme: dict[str | None, list[AtelierLine]] = {}
        for atelier in outline.ateliers:
            by_theme.setdefault(atelier.thematique_id, []).append(atelier)
        groups = outline.thematiques
        known = {key for key, _name in groups}
        orphans = [a for key, items in by_theme.items() if key not in known for a in items]
        for theme_id, name in groups:
            node = self._item(root, isolate(name), "thematique", theme_id)
            for atelier in by_theme.get(theme_id, []):
                self._atelier_item(node, atelier)
        if orphans:
            node = self._item(root, self.tr("Sans thématique"), "thematique", "")
            for atelier in orphans:
                self._atelier_item(node, atelier)
        for entry in registry.NOTEBOOK_PAGES:
            self._item(self, entry.label, "page", entry.key)
        self.expandAll()
        for item in self._all_items():
            if self._key(item) in self._collapsed:
                item.setExpanded(False)
        self.blockSignals(False)
        if current is not None:
            self.select(*current, emit=False)

    def _atelier_item(self, parent: QTreeWidgetItem, atelier: AtelierLine) -> None:
        date = atelier.date.strftime("%d/%m/%Y") if atelier.date else ""
        item = self._item(parent, isolate(atelier.title), "atelier", atelier.id)
        item.setToolTip(0, literal("\n".join((isolate(atelier.title), " · ".join(
            isolate(p) for p in (date, status_label(atelier.status), atelier.place) if p)))))

    def _all_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        def walk(item: QTreeWidgetItem) -> None:
            found.append(item)
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.topLevelItemCount()):
            walk(self.topLevelItem(i))
        return found

    def current(self) -> tuple[str, str] | None:
        item = self.currentItem()
        if item is None:
            return None
        return item.data(0, Role.KIND), item.data(0, Role.KEY)

    def select(self, kind: str, key: str = "", *, emit: bool = True) -> bool:
        for item in self._all_items():
            if item.data(0, Role.KIND) == kind and item.data(0, Role.KEY) == key:
                if not emit:
                    self.blockSignals(True)
                self.setCurrentItem(item)
                self.blockSignals(False)
                return True
        return False

    def atelier_ids(self) -> list[str]:
        return [i.data(0, Role.KEY) for i in self._all_items() if i.data(0, Role.KIND) == "atelier"]

    def _emit(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.selected.emit(item.data(0, Role.KIND), item.data(0, Role.KEY))
