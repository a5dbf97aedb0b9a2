"""The programme's sheet: its title, territory, licence and description, and its thématiques.

Each function is one intention of the programme lead and returns an
:class:`~.edits.Edit`, so the window wraps it in one undo step; the rules (a
thématique always has a name, only the sheet's fields change here) live in
:mod:`.record_edits` and here, not in the editor.
"""

from __future__ import annotations

from sqlalchemy import func, select

from ..errors import LieuxError
from ..model import Programme, Thematique, new_id
from . import edits, record_edits
from .notebook import Notebook

#: The fields of the programme's sheet.
SHEET = frozenset({"title", "territory", "licence", "description"})


def edit_sheet(nb: Notebook, programme_id: str, **values: str) -> edits.Edit:
    """Change fields of the programme's sheet, as an edit."""
    unknown = set(values) - SHEET
    if unknown:
        raise LieuxError("invalid_value", field=", ".join(sorted(unknown)), value="")
    return record_edits.change(nb, Programme, programme_id, **values)


def add_theme(nb: Notebook, name: str, *, theme_id: str | None = None) -> edits.Edit:
    """A new thématique at the end of the list (its name never empty)."""
    clean = record_edits.validate(Thematique, {"name": name})
    with nb.write() as session:
        tracker = edits.Tracker(session)
        position = session.scalar(select(func.count()).select_from(Thematique)) or 0
        tracker.add(Thematique(id=theme_id or new_id(), position=int(position), **clean))
        return tracker.finish()


def rename_theme(nb: Notebook, theme_id: str, name: str) -> edits.Edit:
    """Give a thématique another name (never empty)."""
    return record_edits.change(nb, Thematique, theme_id, name=name)


def remove_theme(nb: Notebook, theme_id: str) -> edits.Edit:
    """Delete a thématique; its ateliers and memberships are unlinked or removed with it."""
    return record_edits.remove(nb, Thematique, [theme_id])
