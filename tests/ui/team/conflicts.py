"""Conflicts made by hand, of the merge engine's own classes, for the dialog's tests.

The dialog's tests do not depend on a plan the engine must produce: they start
from these conflicts.
"""

from __future__ import annotations

from typing import Any

from lieuxcommuns_desktop.core.sync.merge import DeleteConflict, FieldConflict


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
