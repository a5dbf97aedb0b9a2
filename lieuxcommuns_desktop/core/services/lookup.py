"""Find a record from what a person types: an id or a name.

The CLI's ``--atelier`` options (export, map, kit, minutes…) accept either;
an exact title match is case-insensitive and must be unique.
"""

from __future__ import annotations

from sqlalchemy import select

from ..errors import LieuxError
from ..model import Atelier
from .notebook import Notebook


def atelier_by_id_or_title(nb: Notebook, key: str) -> Atelier:
    """The atelier whose id is ``key``, else whose title is ``key`` (ignoring case).

    Raises ``LieuxError("not_found")`` when none matches and
    ``LieuxError("ambiguous")`` when several ateliers share that title.
    """
    wanted = key.strip()
    with nb.read() as session:
        found = session.get(Atelier, wanted)
        if found is not None:
            return found
        folded = wanted.casefold()
        matches = [
            a for a in session.scalars(select(Atelier).order_by(Atelier.date, Atelier.id))
            if a.title.strip().casefold() == folded
        ]
    if not matches:
        raise LieuxError("not_found", what="atelier", key=key)
    if len(matches) > 1:
        candidates = ", ".join(
            f"{a.title} ({a.date.isoformat() if a.date else '-'}, {a.id})" for a in matches
        )
        raise LieuxError("ambiguous", key=key, candidates=candidates)
    return matches[0]
