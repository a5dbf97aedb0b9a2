"""``read_delta`` reads what ``read_state(conn, since)`` reads, with the filtering in SQL.

Checked on a notebook (SQLite) after edits, deletions and additions by two
writing sessions, for several ``since`` vectors; and on the server
(PostgreSQL) through a pull. ``add_ancestors`` brings a row's parents.
"""

from __future__ import annotations

from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.sync.state import read_state
from lieuxcommuns_desktop.core.team import sync as team
from lieuxcommuns_desktop.core.team.delta import add_ancestors, read_delta
from lieuxcommuns_desktop.core.team.server import TeamServer

from .teamkit import add_note, delete, edit, ids, make_notebook


def _same(a, b) -> None:
    assert a.vector == b.vector
    assert a.tombstones == b.tombstones
    assert set(a.rows) == set(b.rows)
    for key, row in a.rows.items():
        other = b.rows[key]
        assert (row.values, row.created, row.fields) == (other.values, other.created,
                                                          other.fields), key


def _history(tmp_path) -> tuple[Notebook, list[dict[str, int]]]:
    nb = make_notebook(tmp_path / "carnet.lieux")
    with nb.store.engine.connect() as conn:
        first = read_state(conn).vector
    nb.close()
    nb = Notebook.open(tmp_path / "carnet.lieux")  # a second writing session: another replica
    edit(nb, "acteur", ids(nb, "acteur")[0], name="Renommé")
    delete(nb, "note", ids(nb, "note")[0])
    add_note(nb, "Nouvelle")
    with nb.store.engine.connect() as conn:
        last = read_state(conn).vector
    partial = {replica: counter // 2 for replica, counter in last.items()}
    return nb, [{}, first, partial, last, {"inconnu": 3}]


def test_read_delta_equals_read_state_on_sqlite(tmp_path) -> None:
    nb, vectors = _history(tmp_path)
    try:
        with nb.store.engine.connect() as conn:
            for since in vectors:
                _same(read_delta(conn, since), read_state(conn, since))
    finally:
        nb.close()


def test_read_delta_equals_read_state_on_postgresql(tmp_path, team_db) -> None:
    nb, vectors = _history(tmp_path)
    try:
        team.share(nb, team_db.url(), team_db.password())
        with TeamServer.connect(team_db.url(), team_db.password()) as server:
            with server.engine.connect() as conn:
                for since in vectors:
                    _same(read_delta(conn, since), read_state(conn, since))
    finally:
        nb.close()


def test_ancestors_come_with_a_row(tmp_path) -> None:
    nb = make_notebook(tmp_path / "carnet.lieux")
    try:
        with nb.store.engine.connect() as conn:
            everything = read_state(conn)
        note = ids(nb, "note")[0]
        edit(nb, "note", note, text="seule modifiée")
        with nb.store.engine.connect() as conn:
            delta = read_delta(conn, everything.vector)
            assert set(delta.rows) == {("note", note)}
            assert add_ancestors(conn, delta) == 3  # its atelier, whose collectivité and thématique
        assert {t for t, _ in delta.rows} == {"note", "atelier", "collectivite", "thematique"}
    finally:
        nb.close()
