"""The kit's data: the atelier's read model, and what only print does with it.

Documents never query the database: they receive an
:class:`~lieuxcommuns_desktop.core.services.atelier_views.AtelierData`, read
once by :func:`load` in ``core/services/atelier_views.py`` (the one read path
of ``printing/`` and ``publishing/``), so each document can be tested with
hand-made data. The names are re-exported here for the documents.
"""

from __future__ import annotations

from ..core.services.atelier_views import (
    AtelierData,
    Link,
    MapData,
    Matrix,
    NoteData,
    Person,
    Placement,
    Question,
    Step,
    load,
    local,
)

__all__ = ["AtelierData", "Link", "MapData", "Matrix", "NoteData", "Person", "Placement",
           "Question", "Step", "load", "local", "notes_by_step"]


def notes_by_step(data: AtelierData) -> list[tuple[Step | None, list[NoteData]]]:
    """Notes grouped under their séquence, in agenda order; ``None`` for the rest.

    Grouped by id: three "Pause" steps keep their own notes, each printed once.
    """
    groups: dict[str, list[NoteData]] = {}
    for note in data.notes:
        groups.setdefault(note.step_id, []).append(note)
    result: list[tuple[Step | None, list[NoteData]]] = [
        (step, groups[step.id]) for step in data.steps if step.id and step.id in groups]
    known = {step.id for step, _notes in result if step is not None}
    rest = [n for key, notes in groups.items() if key not in known for n in notes]
    if rest:
        result.append((None, rest))
    return result
