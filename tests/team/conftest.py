"""Fixtures of the team-server tests: one real PostgreSQL cluster per session.

Every test gets a fresh database owned by the team role (``cluster.OWNER``),
reached as a facilitator with a password over TCP. Skipped, with the reason,
where PostgreSQL is not installed (the README's test command on a bare
machine); ``.ci/run`` installs it (``build/install_postgres.sh``).
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.team import sync as team

from . import cluster as pg
from .teamkit import copy_of, make_notebook

_REASON = pg.missing_reason()
_names = itertools.count(1)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if _REASON is None:
        return
    skip = pytest.mark.skip(reason=_REASON)
    for item in items:
        if "tests/team/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[pg.Cluster]:
    started = pg.start_cluster()
    try:
        yield started
    finally:
        started.stop()
        shutil.rmtree(started.folder, ignore_errors=True)


@dataclass
class TeamDatabase:
    """A fresh server database and the URLs of the test roles on it."""

    cluster: pg.Cluster
    name: str

    def url(self, user: str = pg.FACILITATORS[0], query: str = "") -> str:
        return self.cluster.url(user, self.name) + (f"?{query}" if query else "")

    def password(self, user: str = pg.FACILITATORS[0]) -> str:
        return pg.PASSWORDS[user]

    def admin(self):  # a psycopg Connection, autocommit
        return self.cluster.admin(self.name)


def _fresh(cluster: pg.Cluster, template: str | None = None) -> Iterator[TeamDatabase]:
    name = f"equipe_{next(_names)}"
    if template is None:
        cluster.create_database(name)
    else:
        with cluster.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" OWNER {pg.OWNER}')
    yield TeamDatabase(cluster, name)
    with cluster.admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def team_db(pg_cluster: pg.Cluster) -> Iterator[TeamDatabase]:
    """An empty database, as the IT department creates it."""
    yield from _fresh(pg_cluster)


@pytest.fixture(scope="session")
def team_template(pg_cluster: pg.Cluster) -> str:
    """A database whose tables the app made (migrations on PostgreSQL), no programme yet."""
    from lieuxcommuns_desktop.core.team.server import TeamServer

    name = "equipe_modele"
    pg_cluster.create_database(name)
    user = pg.FACILITATORS[0]
    with TeamServer.connect(pg_cluster.url(user, name), pg.PASSWORDS[user]) as server:
        server.create_or_upgrade()
    return name


@pytest.fixture
def ready_db(pg_cluster: pg.Cluster, team_template: str) -> Iterator[TeamDatabase]:
    """A database with the team tables already made (a copy of the template: quick)."""
    yield from _fresh(pg_cluster, team_template)


@pytest.fixture
def pair(tmp_path: Path,
         ready_db: TeamDatabase) -> Iterator[tuple[Notebook, Notebook, TeamDatabase]]:
    """Camille's notebook shared on the server (as ``anim_a``), and Samir's copy of it."""
    a = make_notebook(tmp_path / "camille.lieux")
    report = team.share(a, ready_db.url("anim_a"), ready_db.password("anim_a"))
    assert report.shared and report.pushed > 0
    b = copy_of(a, tmp_path / "samir.lieux")
    yield a, b, ready_db
    a.close()
    b.close()
