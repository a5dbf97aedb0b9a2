"""A team server that cannot be used is refused in one clear line, the notebook untouched.

Unreachable, wrong or missing password, a database that does not exist,
another application's database, a newer schema, a role without rights, TLS
required or failing, rows the model cannot hold: each is a ``TeamError`` with
its own message, raised before anything is written locally.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from lieuxcommuns_desktop.core.store import SCHEMA_VERSION
from lieuxcommuns_desktop.core.team import schema
from lieuxcommuns_desktop.core.team.errors import TeamError
from lieuxcommuns_desktop.core.team.server import TeamServer

from . import cluster as pg


def _refused(url: str, password: str | None, *, check: bool = False) -> TeamError:
    with pytest.raises(TeamError) as caught:
        with TeamServer.connect(url, password) as server:
            if check:
                server.check()
    return caught.value


def test_nothing_listening_is_unreachable(team_db) -> None:
    url = f"postgresql://anim_a@127.0.0.1:{pg.free_port()}/{team_db.name}"
    error = _refused(url, "x")
    assert error.code == "unreachable"
    assert "injoignable" in error.message and "n'a pas été modifié" in error.message


def test_wrong_password_and_missing_password_are_told_apart(team_db) -> None:
    assert _refused(team_db.url(), "faux").code == "auth"
    assert _refused(team_db.url(), None).code == "no_password"
    assert "anim_a" in _refused(team_db.url(), "faux").message


def test_a_database_that_does_not_exist(team_db) -> None:
    url = team_db.cluster.url("anim_a", "nulle_part")
    assert _refused(url, team_db.password()).code == "no_database"


def test_another_applications_database_is_refused(team_db) -> None:
    with team_db.admin() as conn:
        conn.execute("CREATE TABLE clients (id serial PRIMARY KEY, nom text)")
        conn.execute("GRANT ALL ON clients TO lieux_equipe")
    error = _refused(team_db.url(), team_db.password(), check=True)
    assert error.code == "other_app"
    with TeamServer.connect(team_db.url(), team_db.password()) as server:
        with pytest.raises(TeamError, match="autre application"):
            server.create_or_upgrade()
    with team_db.admin() as conn:  # nothing was created beside the other application's table
        tables = {t for (t,) in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert tables == {"clients"}


def test_a_role_without_rights_is_refused_on_an_empty_and_on_a_shared_database(team_db) -> None:
    nobody = team_db.url(pg.NOBODY)
    error = _refused(nobody, pg.PASSWORDS[pg.NOBODY], check=True)
    assert error.code == "rights" and "CREATE" in error.message
    with TeamServer.connect(team_db.url(), team_db.password()) as server:
        server.create_or_upgrade()
    error = _refused(nobody, pg.PASSWORDS[pg.NOBODY], check=True)
    assert error.code == "rights" and pg.NOBODY in error.message


def test_a_newer_schema_is_refused_even_to_upgrade(team_db) -> None:
    with TeamServer.connect(team_db.url(), team_db.password()) as server:
        server.create_or_upgrade()
    with team_db.admin() as conn:
        conn.execute(f"UPDATE {schema.MARKER.name} SET schema_version = %s",
                     (SCHEMA_VERSION + 3,))
    with TeamServer.connect(team_db.url(), team_db.password()) as server:
        with pytest.raises(TeamError) as caught:
            server.create_or_upgrade()
    assert caught.value.code == "newer"
    assert str(SCHEMA_VERSION + 3) in caught.value.message


def test_bad_urls_are_refused_without_showing_a_password() -> None:
    for url in ("mysql://a@h/db", "postgresql://h/db", "postgresql://a@h/",
                "postgresql://a@h/db?sslmode=maybe", "postgresql://a@h/db?host=/tmp",
                "postgresql://a:secret@h:notaport/db"):
        with pytest.raises(TeamError) as caught:
            TeamServer.connect(url, "x")
        assert caught.value.code == "bad_url", url
        assert "secret" not in caught.value.message


# -- TLS --------------------------------------------------------------------------
@pytest.fixture
def tls_db(pg_cluster):
    if pg_cluster.certificate is None:
        pytest.skip("openssl is not installed: no certificate for the TLS tests")
    pg_cluster.create_database(pg.TLS_DATABASE)
    yield pg_cluster
    with pg_cluster.admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{pg.TLS_DATABASE}" WITH (FORCE)')


def test_tls_required_by_the_server_and_given_by_sslmode(tls_db) -> None:
    base = tls_db.url("anim_a", pg.TLS_DATABASE)
    password = pg.PASSWORDS["anim_a"]
    assert _refused(f"{base}?sslmode=disable", password).code == "tls_required"
    for query in ("sslmode=require", f"sslmode=verify-full&sslrootcert={tls_db.certificate}"):
        with TeamServer.connect(f"{base}?{query}", password) as server:
            with server.engine.connect() as conn:
                used = conn.exec_driver_sql(
                    "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").scalar()
            assert used is True, query


def test_a_certificate_that_cannot_be_verified_fails_tls(tls_db, tmp_path) -> None:
    other = tmp_path / "autre.crt"
    other.write_text("not a certificate\n")
    url = tls_db.url("anim_a", pg.TLS_DATABASE) + f"?sslmode=verify-full&sslrootcert={other}"
    error = _refused(url, pg.PASSWORDS["anim_a"])
    assert error.code == "tls_failed"


# -- malformed rows ------------------------------------------------------------------
def _insert_acteur(team_db, **values: object) -> str:
    row_id = str(uuid.uuid4())
    row = {"name": "Acteur", "category": "habitants", "description": "",
           "collectivite_id": None, "id": row_id, "modified_at": dt.datetime(2026, 1, 1),
           **values}
    with team_db.admin() as conn:
        columns = ", ".join(row)
        marks = ", ".join(["%s"] * len(row))
        conn.execute(f"INSERT INTO acteur ({columns}) VALUES ({marks})", tuple(row.values()))
        conn.execute("INSERT INTO sync_row (tbl, row_id, replica, counter) "
                     "VALUES ('acteur', %s, 'intrus', 1)", (row_id,))
        conn.execute("INSERT INTO sync_vector (replica, counter) VALUES ('intrus', 1)")
    return row_id


@pytest.mark.parametrize("values, reason", [
    ({"name": "x" * 1_000_001}, "longer"),
    ({"category": "pirate"}, ""),
    ({"name": "a\u0000b"}, None),
])
def test_oversized_or_malformed_rows_are_refused_at_the_pull(team_db, values, reason) -> None:
    with TeamServer.connect(team_db.url(), team_db.password()) as server:
        server.create_or_upgrade()
    try:
        _insert_acteur(team_db, **values)
    except Exception:  # PostgreSQL itself refuses a NUL in a text: nothing to pull
        assert reason is None
        return
    with TeamServer.connect(team_db.url(), team_db.password()) as server:
        with pytest.raises(TeamError) as caught:
            server.pull({})
    assert caught.value.code == "malformed"
    assert reason in caught.value.message


def test_a_well_formed_row_is_pulled(team_db) -> None:
    with TeamServer.connect(team_db.url(), team_db.password()) as server:
        server.create_or_upgrade()
    row_id = _insert_acteur(team_db)
    with TeamServer.connect(team_db.url(), team_db.password()) as server:
        state = server.pull({})
        assert ("acteur", row_id) in state.rows
        assert state.vector == {"intrus": 1}
        assert server.pull({"intrus": 1}).rows == {}
