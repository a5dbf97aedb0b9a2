"""The item data roles every list, tree, table and model of the UI uses.

One enumeration instead of a constant per module (``ID_ROLE``, ``SequenceIdRole``,
``NOTE_ID``, a bare ``UserRole + 2``…): a reader learns one name per kind of data,
two modules can never pick the same number for different data in one view, and a
role is found by searching for ``Role.<NAME>``. ``tests/ui/test_naming.py`` keeps
``UserRole`` out of every other UI module.

The members are :class:`enum.IntEnum`, so Qt takes them wherever it expects a
role (``setData``, ``data``, ``setSortRole``, ``roleNames``) and a model's
``data(index, role)`` compares the plain ``int`` it receives with ``==``.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt


@enum.unique
class Role(enum.IntEnum):
    """Custom item data roles, counted from ``Qt.ItemDataRole.UserRole + 1``."""

    ID = Qt.ItemDataRole.UserRole + 1
    """The record id (a UUID ``str``) of the row: atelier, note, sequence, acteur, theme…"""

    RECORD = enum.auto()
    """The row's read-model object itself (a frozen view), for a form that edits its fields."""

    SORT = enum.auto()
    """A cell's sort key (numbers and dates as such, text accent-folded) for proxy models."""

    CREATED = enum.auto()
    """When a feed row was made (a ``datetime``), so that notes and photos interleave in time."""

    PHOTO = enum.auto()
    """The photo id of a photo row in the notes feed, whose note rows carry :attr:`ID`."""

    HIT = enum.auto()
    """A search hit's ``(atelier_id, note_id)`` pair."""

    HTML = enum.auto()
    """Escaped rich text of a cell (a search snippet with the matched words in bold)."""

    VALUE = enum.auto()
    """The stored value of a matrix cell (``"R"``, ``"4"``…) or ``None``."""

    ISSUE = enum.auto()
    """Matrix: ``True`` when a cell's row breaks a rule; on a row header, that row's issues."""

    CULPRIT = enum.auto()
    """Matrix: ``True`` when an issue names the cell itself (one of several ``A``…)."""

    CATEGORY = enum.auto()
    """An acteur's category (its enum value, a ``str``) in the map's acteur list."""

    KIND = enum.auto()
    """A navigation entry's kind: ``"programme"``, ``"thematique"``, ``"atelier"``, ``"page"``."""

    KEY = enum.auto()
    """The key of a navigation entry within its kind (a theme or atelier id, a page key)."""

    PATH = enum.auto()
    """A notebook's path as text, in the start page's recent list."""

    MISSING = enum.auto()
    """``True`` when a recent notebook's file is no longer there (the row cannot open)."""
