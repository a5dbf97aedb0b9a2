"""Every released schema version opens in this version with nothing lost.

``tests/fixtures/schema-v<N>.lieux`` is one committed notebook per released
schema (written once by ``tests/fixtures/make_fixture.py``). Each is copied,
opened with :meth:`Store.open` (which upgrades older files after a backup)
and compared with what the fixture script wrote and with a fresh file.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from lieuxcommuns_desktop.core import migrate
from lieuxcommuns_desktop.core.errors import StoreError
from lieuxcommuns_desktop.core.model import APPLICATION_ID, ENTITY_BY_TABLE
from lieuxcommuns_desktop.core.store import SCHEMA_VERSION, Store
from tests.fixtures import make_fixture
from tests.on_disk import on_disk

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures"


FIXTURE_FILES = sorted(FIXTURES.glob("schema-v*.lieux"))
#: Rows that upgrading a fixture derives in the tables its version lacked
#: (their values: ``test_migration_programme.py``).
_PHOTOS_VOTES = dict.fromkeys(
    ("photo", "photo_data", "vote", "vote_option", "vote_round", "vote_count"), 0)
_EXPERIMENTS = {
    "tool_kind": 6, "experimentation_partner": 0, "experimentation_atelier": 0,
    "experimentation_origin": 0, "indicator": 0, "indicator_value": 0, "milestone": 0,
    "status_transition": 0,
}
DERIVED_COUNTS = {
    1: {"membership": 1, "atelier_collectivite": 1, "phase": 0, **_PHOTOS_VOTES, **_EXPERIMENTS},
    2: {**_PHOTOS_VOTES, **_EXPERIMENTS},
    3: _EXPERIMENTS,
    4: _EXPERIMENTS,
}


def _version(path: Path) -> int:
    return int(re.fullmatch(r"schema-v(\d+)\.lieux", path.name).group(1))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def schema_of(path: Path) -> dict[str, str]:
    """``sqlite_master`` with whitespace normalised: name -> SQL."""
    rows = on_disk(path, "SELECT type, name, sql FROM sqlite_master")
    return {f"{kind}:{name}": re.sub(r"\s+", " ", sql or "").strip() for kind, name, sql in rows}


def pragma(path: Path, name: str) -> int:
    return on_disk(path, f"PRAGMA {name}")[0][0]


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    path = tmp_path / "fresh" / "neuf.lieux"
    path.parent.mkdir()
    Store.create(path).close()
    return path


def make_v0_shell(path: Path) -> Path:
    """A notebook of schema 0: ours (application_id) but no tables yet.

    Upgrading it runs revision 0001 from the base, the only real path while
    schema 1 is the only released one.
    """
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("PRAGMA user_version=0")
    conn.commit()
    conn.close()
    return path


def test_a_fixture_exists_for_the_current_schema() -> None:
    assert FIXTURES / f"schema-v{SCHEMA_VERSION}.lieux" in FIXTURE_FILES
    assert set(make_fixture.DATA_BY_VERSION) == {_version(p) for p in FIXTURE_FILES}


def test_fixture_script_covers_every_table() -> None:
    data = make_fixture.DATA_BY_VERSION[SCHEMA_VERSION]
    assert set(data) == set(ENTITY_BY_TABLE)
    for table, rows in data.items():
        columns = {c.name for c in ENTITY_BY_TABLE[table].__table__.columns}
        assert rows and set(rows[0]) == columns, table


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.name)
def test_every_released_schema_opens_with_nothing_lost(
    fixture: Path, tmp_path: Path, fresh: Path
) -> None:
    version = _version(fixture)
    assert pragma(fixture, "user_version") == version
    original_sha = _sha(fixture)
    copy = tmp_path / "carnet.lieux"
    shutil.copyfile(fixture, copy)

    store = Store.open(copy)
    try:
        assert store.check() == []
        expected = make_fixture.DATA_BY_VERSION[version]
        with store.engine.connect() as conn:
            for table, entity in ENTITY_BY_TABLE.items():
                rows = [dict(r._mapping) for r in conn.execute(select(entity.__table__))]
                if table not in expected:  # a later table: rows derived by the upgrade
                    assert len(rows) == DERIVED_COUNTS[version][table], table
                    continue
                assert len(rows) == len(expected[table]), table
                by_id = {r["id"]: r for r in rows}
                for want in expected[table]:
                    got = by_id[want["id"]]
                    for key, value in want.items():
                        assert got[key] == value, (table, key)
            hits = conn.exec_driver_sql(
                "SELECT note_id FROM note_fts WHERE note_fts MATCH ?", (make_fixture.FTS_WORD,)
            ).scalars().all()
            assert hits == [r["id"] for r in expected["note"]]
    finally:
        store.close()

    assert pragma(copy, "user_version") == SCHEMA_VERSION
    assert pragma(copy, "application_id") == APPLICATION_ID
    assert schema_of(copy) == schema_of(fresh)
    assert _sha(fixture) == original_sha  # the committed fixture is never touched
    backups = sorted(p.name for p in tmp_path.glob("carnet.avant-v*.lieux"))
    expected_backup = f"carnet.avant-v{SCHEMA_VERSION}.lieux"
    assert backups == ([] if version == SCHEMA_VERSION else [expected_backup])


def test_revision_0001_builds_exactly_the_schema_of_a_new_file(
    tmp_path: Path, fresh: Path
) -> None:
    shell = make_v0_shell(tmp_path / "vide.lieux")
    before = shell.read_bytes()

    Store.open(shell).close()

    assert schema_of(shell) == schema_of(fresh)
    assert pragma(shell, "user_version") == SCHEMA_VERSION
    # The backup holds the file as it was, under a name that says so.
    backup = tmp_path / f"vide.avant-v{SCHEMA_VERSION}.lieux"
    assert backup.exists()
    assert pragma(backup, "user_version") == 0
    assert pragma(backup, "application_id") == APPLICATION_ID
    assert schema_of(backup) == {}
    assert len(before) == backup.stat().st_size
    # Alembic's bookkeeping does not outlive the migration; no work file left.
    assert "table:alembic_version" not in schema_of(shell)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh", backup.name, "vide.lieux"]


def test_backup_never_overwrites_an_earlier_backup(tmp_path: Path) -> None:
    shell = make_v0_shell(tmp_path / "c.lieux")
    earlier = tmp_path / f"c.avant-v{SCHEMA_VERSION}.lieux"
    earlier.write_bytes(b"an earlier backup")

    backup = migrate.upgrade(shell, 0)

    assert earlier.read_bytes() == b"an earlier backup"
    assert backup == tmp_path / f"c.avant-v{SCHEMA_VERSION}-2.lieux"
    assert pragma(backup, "user_version") == 0


def test_revision_ids_map_to_user_versions() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrate.SCRIPTS))
    script = ScriptDirectory.from_config(config)
    revisions = sorted(r.revision for r in script.walk_revisions())
    assert revisions == [migrate.revision_id(v) for v in range(1, SCHEMA_VERSION + 1)]
    assert migrate.version_of(script.get_current_head()) == SCHEMA_VERSION


@pytest.mark.parametrize("where", ["during", "after"])
def test_a_failing_migration_leaves_the_original_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    from alembic import command

    shell = make_v0_shell(tmp_path / "carnet.lieux")
    sha = _sha(shell)
    real_upgrade = command.upgrade

    def failing_upgrade(config, revision, **kw):
        if where == "after":
            real_upgrade(config, revision, **kw)  # every table made, then the failure
        raise RuntimeError("disque plein simulé")

    monkeypatch.setattr(command, "upgrade", failing_upgrade)

    with pytest.raises(StoreError) as caught:
        Store.open(shell)

    backup = tmp_path / f"carnet.avant-v{SCHEMA_VERSION}.lieux"
    assert caught.value.code == "migration_failed"
    assert str(backup) in caught.value.message
    assert "disque plein simulé" in caught.value.message
    assert "intact" in caught.value.message
    assert _sha(shell) == sha
    assert backup.exists() and pragma(backup, "application_id") == APPLICATION_ID
    # Only the original and its backup: no half-migrated copy, no journal.
    assert sorted(p.name for p in tmp_path.iterdir()) == [backup.name, "carnet.lieux"]


def test_a_failing_index_rebuild_rolls_the_whole_migration_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell = make_v0_shell(tmp_path / "carnet.lieux")
    sha = _sha(shell)

    def broken(_conn) -> None:
        raise sqlite3.OperationalError("no such module: fts5")

    monkeypatch.setattr(migrate.fts, "rebuild", broken)
    with pytest.raises(StoreError, match="fts5"):
        migrate.upgrade(shell, 0)
    assert _sha(shell) == sha
    assert not (tmp_path / ".carnet.lieux.migration").exists()


def test_opening_an_up_to_date_file_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "carnet.lieux"
    shutil.copyfile(FIXTURES / f"schema-v{SCHEMA_VERSION}.lieux", path)
    code = (
        "import sys\n"
        "from lieuxcommuns_desktop.core.services import notebook, records\n"
        "from lieuxcommuns_desktop.core.model import Atelier\n"
        f"nb = notebook.Notebook.open({str(path)!r})\n"
        "assert len(records.all_of(nb, Atelier)) == 1\n"
        "nb.close()\n"
        "print('alembic' in sys.modules, 'lieuxcommuns_desktop.core.migrate' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]


def test_opening_an_older_file_does_import_alembic(tmp_path: Path) -> None:
    """The counterpart of the test above: the check would see an import."""
    shell = make_v0_shell(tmp_path / "vieux.lieux")
    code = (
        "import sys\n"
        "from lieuxcommuns_desktop.core.store import Store\n"
        f"Store.open({str(shell)!r}).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "True"
