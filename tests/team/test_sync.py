"""Share and sync through a real PostgreSQL: edits both ways, deletions, conflicts, idempotence."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from lieuxcommuns_desktop.core.team import sync as team
from lieuxcommuns_desktop.core.team.errors import TeamError
from lieuxcommuns_desktop.core.team.server import TeamServer

from .teamkit import (
    add_note,
    delete,
    differences,
    edit,
    ids,
    make_notebook,
    problems,
    sync_as,
    value,
)


def server_rows(db, table: str) -> int:
    engine = create_engine(db.url("postgres").replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
    finally:
        engine.dispose()


def test_share_then_a_copy_syncs_and_edits_travel_both_ways(pair) -> None:
    a, b, db = pair
    first = sync_as(b, db, "anim_b")
    assert first.received == 0 and first.pushed == 0 and not first.conflicts
    acteur = ids(a, "acteur")[0]
    edit(a, "acteur", acteur, name="Association des jardins")
    assert sync_as(a, db, "anim_a").pushed == 1
    got = sync_as(b, db, "anim_b")
    assert got.updated == {"acteur": 1}
    assert value(b, "acteur", acteur, "name") == "Association des jardins"
    note = add_note(b, "Idée de Samir")
    sync_as(b, db, "anim_b")
    sync_as(a, db, "anim_a")
    assert value(a, "note", note, "text") == "Idée de Samir"
    assert differences(a, b) == []
    assert server_rows(db, "note") == len(ids(a, "note"))
    assert problems(a) == [] and problems(b) == []


def test_a_deletion_is_carried_with_its_cascade(pair) -> None:
    a, b, db = pair
    note = ids(a, "note")[0]
    delete(a, "note", note)
    report = sync_as(a, db, "anim_a")
    assert report.pushed_deletions == 1
    sync_as(b, db, "anim_b")
    assert value(b, "note", note, "text") is None
    atelier = ids(b, "atelier")[0]
    delete(b, "atelier", atelier)  # takes its notes with it
    sync_as(b, db, "anim_b")
    sync_as(a, db, "anim_a")
    assert ids(a, "atelier") == [] and ids(a, "note") == []
    assert server_rows(db, "note") == 0
    assert differences(a, b) == []


@pytest.mark.parametrize("prefer", ["mine", "theirs"])
def test_a_conflict_is_resolved_by_the_flag_and_the_choice_travels(pair, prefer) -> None:
    a, b, db = pair
    acteur = ids(a, "acteur")[0]
    edit(a, "acteur", acteur, name="Nom de Camille")
    edit(b, "acteur", acteur, name="Nom de Samir")
    sync_as(a, db, "anim_a")
    report = sync_as(b, db, "anim_b", prefer=prefer)
    assert [(c.table, c.id, c.column) for c in report.conflicts] == [("acteur", acteur, "name")]
    wanted = "Nom de Samir" if prefer == "mine" else "Nom de Camille"
    assert value(b, "acteur", acteur, "name") == wanted
    again = sync_as(a, db, "anim_a")  # the choice reaches Camille without a second conflict
    assert not again.conflicts
    assert value(a, "acteur", acteur, "name") == wanted
    assert differences(a, b) == []


def test_an_edit_against_a_deletion_keeps_the_note_and_its_atelier(pair) -> None:
    a, b, db = pair
    atelier = ids(a, "atelier")[0]
    note = ids(b, "note")[0]
    delete(a, "atelier", atelier)
    edit(b, "note", note, text="Complétée pendant que l'atelier était supprimé")
    sync_as(a, db, "anim_a")
    report = sync_as(b, db, "anim_b", prefer="mine")
    assert any(c.id == note for c in report.conflicts)
    assert value(b, "note", note, "text").startswith("Complétée")
    assert value(b, "atelier", atelier, "title") == "Atelier 1"
    sync_as(a, db, "anim_a")
    assert value(a, "note", note, "text").startswith("Complétée")
    assert value(a, "atelier", atelier, "title") == "Atelier 1"
    assert differences(a, b) == []
    assert problems(a) == [] and problems(b) == []


def test_a_note_kept_against_its_ateliers_deletion_comes_back_to_the_deleter(pair) -> None:
    a, b, db = pair
    atelier = ids(a, "atelier")[0]
    note = ids(a, "note")[0]
    delete(b, "atelier", atelier)
    edit(a, "note", note, text="Gardée")
    sync_as(b, db, "anim_b")
    sync_as(a, db, "anim_a", prefer="mine")
    assert value(a, "atelier", atelier, "title") == "Atelier 1"
    sync_as(b, db, "anim_b")
    assert value(b, "note", note, "text") == "Gardée"
    assert value(b, "atelier", atelier, "title") == "Atelier 1"
    sync_as(a, db, "anim_a")
    assert differences(a, b) == []
    assert problems(a) == [] and problems(b) == []


def test_syncing_twice_changes_nothing(pair) -> None:
    a, b, db = pair
    edit(a, "acteur", ids(a, "acteur")[1], description="Nouvelle description")
    sync_as(a, db, "anim_a")
    sync_as(b, db, "anim_b")
    before = b.path.read_bytes()
    with TeamServer.connect(db.url(), db.password()) as server:
        vector = server.vector()
    report = sync_as(b, db, "anim_b")
    assert report.received == 0 and report.pushed == 0 and report.pushed_deletions == 0
    assert b.path.read_bytes() == before
    with TeamServer.connect(db.url(), db.password()) as server:
        assert server.vector() == vector


def test_a_notebook_of_another_programme_is_refused(tmp_path, pair) -> None:
    _a, _b, db = pair
    other = make_notebook(tmp_path / "autre.lieux")
    try:
        before = other.path.read_bytes()
        with pytest.raises(TeamError) as caught:
            sync_as(other, db, "anim_a")
        assert caught.value.code == "other_programme"
        assert "Programme partagé" in caught.value.message
        with pytest.raises(TeamError):
            team.share(other, db.url("anim_a"), db.password("anim_a"))
        assert other.path.read_bytes() == before
    finally:
        other.close()


def test_sync_before_any_share_is_refused(tmp_path, team_db) -> None:
    nb = make_notebook(tmp_path / "carnet.lieux")
    try:
        with pytest.raises(TeamError) as caught:
            sync_as(nb, team_db, "anim_a")
        assert caught.value.code == "not_shared"
    finally:
        nb.close()


def test_the_notebook_remembers_the_server_without_its_password(pair) -> None:
    a, _b, db = pair
    servers = team.team_servers(a)
    assert servers == [db.url("anim_a")]
    assert team.last_synced(a, db.url("anim_a")) is not None
    assert team.last_synced(a, db.url("anim_b")) is None
    assert db.password("anim_a") not in a.path.read_bytes().decode("latin-1")


def test_a_new_laptop_joins_with_the_programme_of_the_server(pair, tmp_path) -> None:
    a, _b, db = pair
    edit(a, "acteur", ids(a, "acteur")[0], name="Avant l'arrivée de Samir")
    sync_as(a, db, "anim_a")
    joined, report = team.join(tmp_path / "nouveau.lieux", db.url("anim_b"), db.password("anim_b"))
    try:
        assert report.joined and not report.conflicts
        assert differences(a, joined) == []
        note = add_note(joined, "Première note du nouveau portable")
        sync_as(joined, db, "anim_b")
        sync_as(a, db, "anim_a")
        assert value(a, "note", note, "text") == "Première note du nouveau portable"
        assert differences(a, joined) == []
    finally:
        joined.close()


def test_joining_a_server_without_a_programme_creates_no_file(tmp_path, team_db) -> None:
    target = tmp_path / "nouveau.lieux"
    with pytest.raises(TeamError) as caught:
        team.join(target, team_db.url(), team_db.password())
    assert caught.value.code == "not_shared"
    assert not target.exists()


def test_sharing_onto_a_server_holding_the_programme_routes_conflicts_to_choose(pair) -> None:
    """A copy shared again (not synced): its conflicts reach ``choose``; None stops everything."""
    a, b, db = pair
    acteur = ids(a, "acteur")[0]
    edit(a, "acteur", acteur, name="Version de Camille")
    sync_as(a, db, "anim_a")
    edit(b, "acteur", acteur, name="Version de Samir")
    note = add_note(b, "Note de Samir")
    seen: list[list] = []

    def cancel(plan):
        seen.append(list(plan.conflicts))
        return None

    stopped = team.share(b, db.url("anim_b"), db.password("anim_b"), choose=cancel)
    assert stopped.cancelled and stopped.pushed == 0
    assert [(c.table, c.id, c.column) for c in seen[0]] == [("acteur", acteur, "name")]
    assert value(b, "acteur", acteur, "name") == "Version de Samir"  # nothing written...
    assert server_rows(db, "note") == len(ids(a, "note"))  # ...nor sent
    report = team.share(b, db.url("anim_b"), db.password("anim_b"),
                        choose=lambda plan: {(c.table, c.id, c.column): "theirs"
                                             for c in plan.conflicts})
    assert report.shared and not report.cancelled and report.pushed == 1
    assert value(b, "acteur", acteur, "name") == "Version de Camille"
    sync_as(a, db, "anim_a")
    assert value(a, "note", note, "text") == "Note de Samir"
    assert differences(a, b) == []
