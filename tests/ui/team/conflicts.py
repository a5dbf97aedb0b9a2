"""Conflicts made by hand, of the engine's own classes once ``core.sync.merge`` exists.

Before the merge engine landed the dialog was built against the design's
dataclasses; these stand-ins keep exactly their fields so the dialog's tests
do not depend on a plan the engine must produce.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

try:
    from lieuxcommuns_desktop.core.sync.merge import DeleteConflict, FieldConflict
except ImportError:  # pragma: no cover - only before the engine landed
    @dataclass(frozen=True)
    class FieldConflict:  # type: ignore[no-redef]  # a stand-in when the module is missing
        table: str
        id: str
        label: str
        column: str
        mine: Any
        theirs: Any
        base: Any | None

    @dataclass(frozen=True)
    class DeleteConflict:  # type: ignore[no-redef]  # as above
        table: str
        id: str
        label: str
        deleted_by: str


def sample() -> list[Any]:
    """Two fields of one atelier, one note edited here and deleted there, a participant."""
    return [
        FieldConflict("atelier", "a1", "Balade urbaine", "title", "Balade urbaine",
                      "Balade urbaine du quartier", "Balade"),
        FieldConflict("atelier", "a1", "Balade urbaine", "place", "Maison des habitants",
                      "Friche Sainte-Claire", None),
        DeleteConflict("note", "n1", "Réserver la salle", "theirs"),
        FieldConflict("participant", "p1", "Leroy Sophie", "email", "s.leroy@die.fr",
                      "sophie@exemple.org", "sophie@ex.org"),
    ]
