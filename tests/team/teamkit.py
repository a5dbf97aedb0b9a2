"""Notebooks for the team-server tests: a small programme, copies, edits, exported state."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lieuxcommuns_desktop.core.interchange.exporter import export_document
from lieuxcommuns_desktop.core.model import (
    ENTITY_BY_TABLE,
    Acteur,
    Atelier,
    Collectivite,
    Note,
    Thematique,
)
from lieuxcommuns_desktop.core.services.notebook import Notebook

EXPORTED_AT = dt.datetime(2026, 1, 1)


def make_notebook(path: Path, *, acteurs: int = 3, notes: int = 5) -> Notebook:
    """A notebook with one collectivité, one thématique, one atelier, acteurs and notes."""
    nb = Notebook.create(path, title="Programme partagé")
    with nb.write() as s:
        col = Collectivite(name="Ville de Test")
        them = Thematique(name="Alimentation")
        s.add_all([col, them])
        s.flush()
        atelier = Atelier(title="Atelier 1", collectivite_id=col.id, thematique_id=them.id)
        s.add(atelier)
        s.flush()
        s.add_all(Acteur(name=f"Acteur {n}", collectivite_id=col.id) for n in range(acteurs))
        s.add_all(Note(atelier_id=atelier.id, text=f"Note {n}") for n in range(notes))
    return nb


def copy_of(nb: Notebook, path: Path) -> Notebook:
    """A second copy of the same notebook (a USB copy): same records, its own replica."""
    nb.store.backup_to(path)
    return Notebook.open(path)


def ids(nb: Notebook, table: str) -> list[str]:
    entity = ENTITY_BY_TABLE[table]
    with nb.read() as s:
        return sorted(s.execute(select(entity.id)).scalars())


def edit(nb: Notebook, table: str, row_id: str, **values: Any) -> None:
    with nb.write() as s:
        obj = s.get(ENTITY_BY_TABLE[table], row_id)
        assert obj is not None, (table, row_id)
        for name, value in values.items():
            setattr(obj, name, value)


def delete(nb: Notebook, table: str, row_id: str) -> None:
    with nb.write() as s:
        obj = s.get(ENTITY_BY_TABLE[table], row_id)
        assert obj is not None, (table, row_id)
        s.delete(obj)


def add_note(nb: Notebook, text: str) -> str:
    atelier = ids(nb, "atelier")[0]
    with nb.write() as s:
        note = Note(atelier_id=atelier, text=text)
        s.add(note)
        s.flush()
        return note.id


def value(nb: Notebook, table: str, row_id: str, column: str) -> Any:
    with nb.read() as s:
        obj = s.get(ENTITY_BY_TABLE[table], row_id)
        return None if obj is None else getattr(obj, column)


def exported(nb: Notebook) -> dict[str, Any]:
    """The notebook's records as the JSON export has them (without the export's own header)."""
    document = export_document(nb, exported_at=EXPORTED_AT)
    return {table: rows for table, rows in document.items() if table in ENTITY_BY_TABLE}


def problems(nb: Notebook) -> list[str]:
    """SQLite's integrity and foreign-key checks of the notebook."""
    return nb.store.check()


#: Not compared: the edit time is not merged (no dot), so a conflict resolved with the
#: other side's value leaves each copy with its own time (reported to the merge's owner).
UNMERGED = frozenset({"modified_at"})


def differences(*notebooks: Notebook) -> list[tuple[str, str, str, list[Any]]]:
    """(table, id, field, values per notebook) wherever the notebooks' exports differ."""
    exports = [exported(nb) for nb in notebooks]
    out: list[tuple[str, str, str, list[Any]]] = []
    for table in exports[0]:
        by_id = [{row["id"]: row for row in ex[table]} for ex in exports]
        for row_id in sorted(set().union(*by_id)):
            rows = [b.get(row_id) for b in by_id]
            if any(r is None for r in rows):
                if not all(r is None for r in rows):
                    out.append((table, row_id, "*", [r is not None for r in rows]))
                continue
            for field in rows[0]:
                if field in UNMERGED:
                    continue
                values = [r[field] for r in rows]  # type: ignore[index]  # rows are mappings here
                if any(v != values[0] for v in values):
                    out.append((table, row_id, field, values))
    return out


def sync_as(nb: Notebook, db: Any, user: str, **kwargs: Any) -> Any:
    """``team.sync`` of ``nb`` as ``user`` of the test database ``db`` (its report)."""
    from lieuxcommuns_desktop.core.team import sync as team

    return team.sync(nb, db.url(user), db.password(user), **kwargs)
