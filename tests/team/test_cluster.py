"""The throwaway cluster itself: facilitators log in with their password, others are refused."""

from __future__ import annotations

import psycopg
import pytest

from . import cluster as pg


def test_facilitator_logs_in_with_password_and_wrong_password_is_refused(team_db) -> None:
    port = team_db.cluster.port
    with psycopg.connect(host="127.0.0.1", port=port, user="anim_a", dbname=team_db.name,
                         password=pg.PASSWORDS["anim_a"]) as conn:
        assert conn.execute("SELECT current_user").fetchone() == ("anim_a",)
        owner = conn.execute("SELECT pg_get_userbyid(datdba) FROM pg_database "
                             "WHERE datname = current_database()").fetchone()
        assert owner == (pg.OWNER,)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(host="127.0.0.1", port=port, user="anim_a", dbname=team_db.name,
                        password="faux")
