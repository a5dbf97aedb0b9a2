"""What the main window may ask of a tool or a page, as :class:`typing.Protocol`\\ s.

The window builds tools and pages from :mod:`registry` without knowing their
classes; these protocols name the few optional abilities it wires up (lead to
a note, open another tool, delete the selection…). A tool opts in by having
the member — no base class, no registration — and the window asks with
``isinstance`` (the protocols are runtime-checkable), so a typo in a member
name shows in one place and mypy checks both sides.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import SignalInstance


@runtime_checkable
class OpensNotes(Protocol):
    """A page that leads to a note (search results, the actions list)."""

    #: ``(atelier_id, note_id)``: the window shows that note among its atelier's notes.
    noteRequested: SignalInstance


@runtime_checkable
class SelectsNotes(Protocol):
    """An atelier tool that can bring one of its notes into view (the notes tool)."""

    def select_note(self, note_id: str) -> bool: ...


@runtime_checkable
class OpensTools(Protocol):
    """A tool or window with a button to another tool (live mode's "open the map")."""

    #: ``(atelier_id, tool_key)``: the window opens that atelier on that tool.
    toolRequested: SignalInstance


@runtime_checkable
class DeletesSelection(Protocol):
    """A widget whose selection *Édition › Supprimer* (the Delete key) deletes, undoably."""

    def delete_selection(self) -> None: ...


@runtime_checkable
class EditsClipboard(Protocol):
    """A widget that *Édition › Couper / Copier / Coller* act on (Qt's text fields)."""

    def cut(self) -> None: ...

    def copy(self) -> None: ...

    def paste(self) -> None: ...


@runtime_checkable
class HostsTools(Protocol):
    """A page of tabs, one per atelier tool (the atelier page)."""

    @property
    def current_key(self) -> str: ...

    def show_tool(self, key: str) -> bool: ...
