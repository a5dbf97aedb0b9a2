"""Three copies of a programme, random edits, deletions and syncs in random orders (hypothesis).

After every copy has synced twice more, the three copies export the same
records, and no edit a sync acknowledged is lost: an edit made knowing every
other edit of its field (it overwrote them knowingly) is the final value; a
deletion made knowing every edit of its record leaves it deleted; a note added
and never deleted is there. The server is a real PostgreSQL database, one per
example (a copy of a template holding the tables, so examples stay quick).
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.team import sync as team

from . import cluster as pg
from .teamkit import (
    add_note,
    copy_of,
    delete,
    differences,
    edit,
    ids,
    make_notebook,
    problems,
    value,
)

USERS = ("anim_a", "anim_b", "anim_a")  # the third laptop is Camille's second one
_examples = itertools.count(1)

OPS = st.lists(
    st.tuples(
        st.sampled_from(["edit_acteur", "edit_note", "delete_note", "delete_acteur", "add_note",
                         "sync", "sync"]),
        st.integers(0, 2),            # which copy
        st.integers(0, 7),            # which record
        st.sampled_from(["mine", "theirs"]),
    ),
    min_size=3, max_size=14,
)


@dataclass
class Op:
    """One local change, and what its copy knew when making it."""

    id: int
    copy: int
    kind: str  # "edit" | "delete" | "add"
    table: str
    row: str
    column: str | None
    value: str | None
    knew: frozenset[int]


@dataclass
class Model:
    """Who knows which change: each copy's knowledge, and the server's."""

    known: list[set[int]] = field(default_factory=lambda: [set(), set(), set()])
    server: set[int] = field(default_factory=set)
    ops: list[Op] = field(default_factory=list)


def _apply(nb: Notebook, model: Model, copy: int, kind: str, n: int) -> None:
    notes = ids(nb, "note")
    op_id = len(model.ops) + 1
    acteurs = ids(nb, "acteur")
    if kind in ("edit_acteur", "delete_acteur") and not acteurs:
        return
    if kind == "delete_acteur":
        row = acteurs[n % len(acteurs)]
        delete(nb, "acteur", row)
        op = Op(op_id, copy, "delete", "acteur", row, None, None, frozenset(model.known[copy]))
    elif kind == "edit_acteur":
        row = acteurs[n % len(acteurs)]
        text = f"acteur par {copy}, op {op_id}"
        edit(nb, "acteur", row, name=text)
        op = Op(op_id, copy, "edit", "acteur", row, "name", text, frozenset(model.known[copy]))
    elif kind in ("edit_note", "delete_note"):
        if not notes:
            return
        row = notes[n % len(notes)]
        if kind == "edit_note":
            text = f"note par {copy}, op {op_id}"
            edit(nb, "note", row, text=text)
            op = Op(op_id, copy, "edit", "note", row, "text", text, frozenset(model.known[copy]))
        else:
            delete(nb, "note", row)
            op = Op(op_id, copy, "delete", "note", row, None, None, frozenset(model.known[copy]))
    else:
        row = add_note(nb, f"ajoutée par {copy}, op {op_id}")
        op = Op(op_id, copy, "add", "note", row, None, None, frozenset(model.known[copy]))
    model.ops.append(op)
    model.known[copy].add(op_id)


def _sync(nb: Notebook, model: Model, copy: int, url: str, password: str, prefer: str) -> None:
    team.sync(nb, url, password, prefer=prefer)  # type: ignore[arg-type]  # parametrized preference string
    model.known[copy] |= model.server
    model.server |= model.known[copy]


def _check_nothing_acknowledged_is_lost(nb: Notebook, model: Model) -> None:
    acked = [op for op in model.ops if op.id in model.server]
    for op in acked:
        others = {o.id for o in model.ops if o.row == op.row and o.id != op.id
                  and (o.kind == "edit" and o.column == op.column if op.kind == "edit"
                       else o.kind == "edit")}
        present = value(nb, op.table, op.row, "id") is not None
        if op.kind == "edit" and others <= op.knew and present:
            assert value(nb, op.table, op.row, op.column) == op.value, op
        if op.kind == "delete" and others <= op.knew:
            assert not present, op
        if op.kind == "add" and not any(o.kind == "delete" and o.row == op.row
                                        for o in model.ops):
            assert present, op
    for op in model.ops:  # nothing disappears without a deletion
        if op.kind in ("edit", "add") and value(nb, op.table, op.row, "id") is None:
            assert any(o.kind == "delete" and o.row == op.row for o in model.ops), op


@settings(max_examples=10, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=OPS)
def test_three_copies_converge_and_lose_no_acknowledged_edit(pg_cluster, team_template,
                                                             ops) -> None:
    name = f"convergence_{next(_examples)}"
    with pg_cluster.admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{team_template}" OWNER lieux_equipe')
    folder = Path(tempfile.mkdtemp(prefix="lieux-convergence-"))
    copies: list[Notebook] = []
    try:
        urls = [pg_cluster.url(user, name) for user in USERS]
        passwords = [pg.PASSWORDS[user] for user in USERS]
        first = make_notebook(folder / "copie0.lieux", acteurs=3, notes=4)
        team.share(first, urls[0], passwords[0])
        copies = [first, copy_of(first, folder / "copie1.lieux"),
                  copy_of(first, folder / "copie2.lieux")]
        model = Model()
        for kind, copy, n, prefer in ops:
            if kind == "sync":
                _sync(copies[copy], model, copy, urls[copy], passwords[copy], prefer)
            else:
                _apply(copies[copy], model, copy, kind, n)
        for _round in range(2):
            for copy in range(3):
                _sync(copies[copy], model, copy, urls[copy], passwords[copy], "mine")
        assert differences(*copies) == []
        for nb in copies:
            assert problems(nb) == []
        _check_nothing_acknowledged_is_lost(copies[0], model)
    finally:
        for nb in copies:
            nb.close()
        shutil.rmtree(folder, ignore_errors=True)
        with pg_cluster.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
