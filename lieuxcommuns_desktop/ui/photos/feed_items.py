"""Photos among the notes of the notes feed, at the time they were taken.

The feed (``ui/notes/feed.py``) calls :func:`add_photo_items` after laying out
its notes: each photo becomes a row of its séquence's group (or of the photo
group when the feed is grouped by kind), placed by time among the notes.
Only the photo rows are read (no image bytes); Enter on a row opens the viewer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from ...core.services import live, photos
from ..document import Document
from ..plain import literal
from ..roles import Role

translate = QCoreApplication.translate


def add_photo_items(
    doc: Document, atelier_id: str, groups: dict[object, QTreeWidgetItem],
    by_sequence: bool,
    make_group: Callable[[object, str], QTreeWidgetItem],
) -> dict[str, QTreeWidgetItem]:
    """Insert one row per photo of the atelier; returns them by photo id."""
    items: dict[str, QTreeWidgetItem] = {}
    label = translate("photos", "Photo")
    for info in photos.list_photos(doc.notebook, atelier_id):
        key = info.sequence_id if by_sequence else "photo"
        parent = groups.get(key)
        if parent is None:
            title = (translate("photos", "Hors séquence") if by_sequence
                     else translate("photos", "Photos"))
            parent = groups.get(None) if by_sequence else None
            if parent is None:
                parent = make_group(key if not by_sequence else None, title)
        when = live.to_local(info.taken_at).strftime("%H:%M")
        text = info.caption or info.original_name
        item = QTreeWidgetItem([when, label, text, "", ""])
        item.setData(0, Role.PHOTO, info.id)
        item.setData(0, Role.CREATED, info.taken_at)
        item.setToolTip(2, literal(info.alt_text or text))
        index = parent.childCount()
        for i in range(parent.childCount()):
            created = parent.child(i).data(0, Role.CREATED)
            if created is not None and created > info.taken_at:
                index = i
                break
        parent.insertChild(index, item)
        items[info.id] = item
    return items


def open_photo(doc: Document, items: dict[str, QTreeWidgetItem], photo_id: str,
               parent: QWidget) -> QWidget:
    """The full-screen viewer on ``photo_id``, the feed's other photos a key away."""
    from .viewer import PhotoViewer

    ids = list(items)
    viewer = PhotoViewer(doc, ids, ids.index(photo_id) if photo_id in ids else 0, parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.showFullScreen()
    return viewer
