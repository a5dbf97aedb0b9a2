"""Find an atelier from what a person types on the command line (placeholder;
the interchange branch provides the real module with the same API)."""

from __future__ import annotations

from sqlalchemy import select

from ...core import model as m
from ...core.errors import LieuxError
from .notebook import Notebook


def atelier_by_id_or_title(nb: Notebook, key: str) -> m.Atelier:
    with nb.read() as s:
        found = s.get(m.Atelier, key)
        if found:
            return found
        wanted = key.casefold().strip()
        matches = [a for a in s.scalars(select(m.Atelier)) if a.title.casefold().strip() == wanted]
    if not matches:
        raise LieuxError("not_found", what="atelier", key=key)
    if len(matches) > 1:
        raise LieuxError("ambiguous", key=key, candidates=", ".join(a.id for a in matches))
    return matches[0]
