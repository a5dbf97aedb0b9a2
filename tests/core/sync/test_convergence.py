"""Three copies making random edits and merging in random orders end up identical."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from lieuxcommuns_desktop.core.model import Atelier, Attendance, Note, Participant
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.sync.merge import merge_into
from lieuxcommuns_desktop.core.sync.sources import state_of_file
from lieuxcommuns_desktop.core.sync.state import read_state
from tests.core.sync.helpers import exported

pytestmark = pytest.mark.usefixtures("local_read")

def _random_edit(path: Path, rng: random.Random, tag: str) -> None:
    nb = Notebook.open(path)
    try:
        with nb.read() as session:
            notes = session.scalars(select(Note.id).order_by(Note.id)).all()
            ateliers = session.scalars(select(Atelier.id).order_by(Atelier.id)).all()
            people = session.scalars(select(Participant.id).order_by(Participant.id)).all()
        with nb.write() as session:
            action = rng.choice(["text", "text", "done", "add", "delete", "atelier",
                                 "attend", "drop_atelier"])
            if action in ("text", "done", "delete") and notes:
                note = session.get(Note, rng.choice(notes))
                if action == "text":
                    note.text = f"{tag} {rng.random():.3f}"
                elif action == "done":
                    note.done = not note.done
                else:
                    session.delete(note)
            elif action == "add" and ateliers:
                session.add(Note(atelier_id=rng.choice(ateliers), text=f"ajout {tag}"))
            elif action == "atelier":
                session.add(Atelier(title=f"atelier {tag}"))
            elif action == "attend" and ateliers and people:
                atelier, person = rng.choice(ateliers), rng.choice(people)
                exists = session.scalars(select(Attendance).where(
                    Attendance.atelier_id == atelier,
                    Attendance.participant_id == person)).first()
                if exists is None:
                    session.add(Attendance(atelier_id=atelier, participant_id=person,
                                           present=rng.random() < 0.5))
                else:
                    exists.present = not exists.present
            elif action == "drop_atelier" and len(ateliers) > 1:
                session.delete(session.get(Atelier, rng.choice(ateliers)))
    finally:
        nb.close()


def _merge(target: Path, source: Path, prefer: str, delta: bool = False) -> None:
    nb = Notebook.open(target)
    try:
        if delta:  # as a team server sends it: only what the target has not seen
            with nb.store.engine.connect() as conn:
                seen = read_state(conn).vector
            other = Notebook.open(source, readonly=True)
            try:
                with other.store.engine.connect() as conn:
                    remote = read_state(conn, since=seen)
            finally:
                other.close()
        else:
            remote = state_of_file(source)
        merge_into(nb, remote, prefer=prefer, backup=False)
        assert nb.store.check() == []
    finally:
        nb.close()


def _copies(mine: Path, tmp_path: Path) -> list[Path]:
    copies = [tmp_path / f"copie{n}.lieux" for n in range(3)]
    for copy in copies:
        shutil.copyfile(mine, copy)
    return copies


@pytest.mark.parametrize("seed", range(6))
def test_three_copies_merging_files_converge_whatever_the_order(
    pair, tmp_path: Path, seed: int,
) -> None:
    mine, _theirs, _base = pair
    copies = _copies(mine, tmp_path)
    rng = random.Random(seed)
    for step in range(14):
        if rng.random() < 0.6:
            n = rng.randrange(3)
            _random_edit(copies[n], rng, f"c{n}s{step}")
        else:
            a, b = rng.sample(range(3), 2)
            _merge(copies[a], copies[b], rng.choice(["mine", "theirs"]))
    # Then they meet in a ring until a whole round changes nothing. A conflict resolved
    # differently on two copies at once needs a round more to settle.
    exports: list = []
    for _round in range(6):
        for n in range(3):
            _merge(copies[n], copies[(n + 1) % 3], "mine")
        now = [exported(c) for c in copies]
        if now == exports:
            break
        exports = now
    assert exports[0] == exports[1] == exports[2]
    assert _round <= 3  # settles in a few rounds, never oscillates


@pytest.mark.parametrize("seed", range(4))
def test_two_laptops_syncing_deltas_through_a_hub_converge(
    pair, tmp_path: Path, seed: int,
) -> None:
    """The team server's pattern: pull what I have not seen, merge, push what it has not."""
    mine, _theirs, _base = pair
    hub, *laptops = _copies(mine, tmp_path)
    rng = random.Random(seed)

    def sync(laptop: Path, prefer: str) -> None:
        _merge(laptop, hub, prefer, delta=True)   # pull
        _merge(hub, laptop, "theirs", delta=True)  # push: the laptop's merged state wins

    for step in range(16):
        n = rng.randrange(2)
        if rng.random() < 0.6:
            _random_edit(laptops[n], rng, f"l{n}s{step}")
        else:
            sync(laptops[n], rng.choice(["mine", "theirs"]))
    for _round in range(2):
        for laptop in laptops:
            sync(laptop, "mine")
    exports = [exported(c) for c in (hub, *laptops)]
    assert exports[0] == exports[1] == exports[2]
