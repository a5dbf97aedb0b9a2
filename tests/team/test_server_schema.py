"""The notebook's Alembic revisions build a team server's schema on a real PostgreSQL.

The same revisions that upgrade a ``.lieux`` run on the server (dialect-aware):
the result must be, table by table, what the model declares — columns and
their types, nullability, keys, cascades, indexes — so that the sync writes
the same rows on both sides.
"""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect

from lieuxcommuns_desktop.core.model import metadata
from lieuxcommuns_desktop.core.store import SCHEMA_VERSION
from lieuxcommuns_desktop.core.team import schema
from lieuxcommuns_desktop.core.team.server import TeamServer


def _shape(insp, table: str) -> dict:
    return {
        "columns": {c["name"]: (type(c["type"]).__name__, c["nullable"])
                    for c in insp.get_columns(table)},
        "pk": sorted(insp.get_pk_constraint(table)["constrained_columns"]),
        "fks": sorted((fk["name"], tuple(fk["constrained_columns"]), fk["referred_table"],
                       (fk.get("options") or {}).get("ondelete"))
                      for fk in insp.get_foreign_keys(table)),
        "indexes": sorted((ix["name"], tuple(ix["column_names"]), bool(ix["unique"]))
                          for ix in insp.get_indexes(table)),
        "uniques": sorted((uq["name"], tuple(uq["column_names"]))
                          for uq in insp.get_unique_constraints(table)),
    }


def test_revisions_on_postgresql_build_the_models_schema(team_db, pg_cluster) -> None:
    with TeamServer.connect(team_db.url(), team_db.password()) as server:
        server.create_or_upgrade()
        info = server.check()
    assert info.ours and info.version == SCHEMA_VERSION and info.programme_id is None
    migrated = create_engine(team_db.url("postgres").replace("postgresql://",
                                                             "postgresql+psycopg://"))
    pg_cluster.create_database(f"{team_db.name}_model")
    reference = create_engine(
        pg_cluster.url("postgres", f"{team_db.name}_model").replace(
            "postgresql://", "postgresql+psycopg://"))
    try:
        with reference.begin() as conn:
            metadata().create_all(conn)
        mine, model = inspect(migrated), inspect(reference)
        tables = set(metadata().tables)
        assert tables <= set(mine.get_table_names())
        for table in sorted(tables):
            assert _shape(mine, table) == _shape(model, table), table
        # A fresh server starts empty: the revisions' seeds (tool kinds) are not kept.
        with migrated.connect() as conn:
            for table in metadata().sorted_tables:
                assert conn.execute(table.select().limit(1)).first() is None, table.name
    finally:
        migrated.dispose()
        reference.dispose()


def test_tables_belong_to_the_team_role_not_to_the_facilitator(team_db) -> None:
    with TeamServer.connect(team_db.url("anim_a"), team_db.password("anim_a")) as server:
        server.create_or_upgrade()
    with team_db.admin() as conn:
        owners = {owner for (owner,) in conn.execute(
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")}
    assert owners == {"lieux_equipe"}
    # The second facilitator, another member of the team role, may use every table.
    with TeamServer.connect(team_db.url("anim_b"), team_db.password("anim_b")) as server:
        assert server.check().ours


@pytest.mark.parametrize("version", [SCHEMA_VERSION + 1])
def test_a_server_upgraded_by_a_newer_version_is_refused(team_db, version: int) -> None:
    with TeamServer.connect(team_db.url(), team_db.password()) as server:
        server.create_or_upgrade()
    with team_db.admin() as conn:
        conn.execute(f"UPDATE {schema.MARKER.name} SET schema_version = %s", (version,))
    with TeamServer.connect(team_db.url(), team_db.password()) as server:
        with pytest.raises(Exception) as caught:
            server.check()
    assert caught.value.code == "newer"
    assert "plus récente" in str(caught.value)


def test_an_older_server_is_upgraded_by_the_same_revisions(team_db) -> None:
    with TeamServer.connect(team_db.url(), team_db.password()) as server:
        with server.engine.begin() as conn:  # a server made by the version before this one
            schema.become_owner(conn)
            schema.upgrade(conn, schema.inspect(conn), SCHEMA_VERSION - 1)
        assert server.info().version == SCHEMA_VERSION - 1
        assert server.check().ours  # an older schema is not refused
        server.create_or_upgrade()
        info = server.info()
    assert info.version == SCHEMA_VERSION
    with team_db.admin() as conn:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert int(revision) == SCHEMA_VERSION


def test_a_facilitator_outside_the_team_role_cannot_upgrade(team_db) -> None:
    with TeamServer.connect(team_db.url(), team_db.password()) as server:
        with server.engine.begin() as conn:
            schema.become_owner(conn)
            schema.upgrade(conn, schema.inspect(conn), SCHEMA_VERSION - 1)
    with team_db.admin() as conn:  # rights on the tables, but not their owner's role
        conn.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                     "TO sans_droits")
    with TeamServer.connect(team_db.url("sans_droits"), "mot-de-passe-n") as server:
        with pytest.raises(Exception) as caught:
            server.check()
    assert caught.value.code == "rights" and "ALTER" in caught.value.message
