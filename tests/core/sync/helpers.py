"""Two copies of one notebook that then diverge, as two facilitators' laptops (helpers)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from lieuxcommuns_desktop.core.interchange import export_document, export_json
from lieuxcommuns_desktop.core.model import Atelier, Collectivite, Note, Participant
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.sync.merge import MergeReport, merge_into
from lieuxcommuns_desktop.core.sync.sources import state_of_file


@dataclass
class Base:
    collectivite: str
    atelier: str
    participant: str
    notes: list[str]


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path, Base]:
    """``mine.lieux`` and ``theirs.lieux``: one notebook copied once its rows were made."""
    mine = tmp_path / "mine.lieux"
    nb = Notebook.create(mine, title="Parcours")
    try:
        with nb.write() as session:
            col = Collectivite(name="Ville")
            session.add(col)
            session.flush()
            atelier = Atelier(title="Atelier 1", collectivite_id=col.id)
            person = Participant(first_name="Ana", last_name="B")
            session.add_all([atelier, person])
            session.flush()
            notes = [Note(atelier_id=atelier.id, text=f"note {n}") for n in range(4)]
            session.add_all(notes)
        base = Base(col.id, atelier.id, person.id, [n.id for n in notes])
    finally:
        nb.close()
    theirs = tmp_path / "theirs.lieux"
    shutil.copyfile(mine, theirs)
    return mine, theirs, base


def merge(target: Path, source: Path, **options: Any) -> MergeReport:
    nb = Notebook.open(target)
    try:
        return merge_into(nb, state_of_file(source), **options)
    finally:
        nb.close()


def edit(path: Path, action) -> None:  # a callable(session)
    nb = Notebook.open(path)
    try:
        with nb.write() as session:
            action(session)
    finally:
        nb.close()


def export_file(path: Path, target: Path) -> Path:
    """``target``: the interchange JSON of the notebook at ``path`` (opened read-only)."""
    nb = Notebook.open(path, readonly=True)
    try:
        target.write_text(export_json(nb), encoding="utf-8")
    finally:
        nb.close()
    return target


def exported(path: Path) -> dict[str, Any]:
    """The interchange export without its volatile fields (time of export, edit times)."""
    nb = Notebook.open(path, readonly=True)
    try:
        doc = export_document(nb)
    finally:
        nb.close()
    doc.pop("exported_at")
    for rows in doc.values():
        if isinstance(rows, list):
            for row in rows:
                row.pop("modified_at", None)
    return doc
