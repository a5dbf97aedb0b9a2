"""Upgrade a notebook written by an older version of the application.

Called by :meth:`Store.open` only when a file's ``PRAGMA user_version`` is
below :data:`store.SCHEMA_VERSION`, so Alembic (slow to import) is never
loaded for an up-to-date file. The original is never touched until the new
file is complete:

1. a backup copy is written beside it with SQLite's backup API
   (``carnet.avant-v2.lieux``, never overwriting an older backup);
2. a second copy is migrated: the Alembic revisions from the file's version
   to head, in one transaction, with foreign keys off (batch "move and copy"
   drops tables) and checked before commit;
3. the notes index is rebuilt, ``user_version`` set, integrity checked;
4. the migrated copy replaces the original with an atomic ``os.replace``.

``PRAGMA user_version`` stays the authority on a file's version: revision
ids are the version numbers ("0001" is 1) and Alembic's own version table
lives only during the migration.
"""

from __future__ import annotations

import contextlib
import glob
import logging
import os
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, create_engine, event
from sqlalchemy.pool import NullPool

from . import fts
from .errors import StoreError
from .store import SCHEMA_VERSION, backup_file

log = logging.getLogger(__name__)

#: Where ``env.py`` and ``versions/`` live, inside the package.
SCRIPTS = Path(__file__).with_name("migrations")


def revision_id(version: int) -> str:
    """The Alembic revision id of a schema version: 2 -> "0002"."""
    return f"{version:04d}"


def version_of(revision: str | None) -> int:
    return int(revision) if revision else 0


def backup_path(path: Path, version: int = SCHEMA_VERSION) -> Path:
    """A free name beside ``path`` for the copy kept before upgrading to ``version``."""
    base = f"{path.stem}.avant-v{version}"
    candidate = path.with_name(f"{base}{path.suffix}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{base}-{n}{path.suffix}")
        n += 1
    return candidate


def upgrade(path: Path | str, from_version: int, *, to_version: int = SCHEMA_VERSION) -> Path:
    """Upgrade ``path`` from ``from_version`` to ``to_version``; returns the backup's path.

    On any failure the original file is left as it was and
    ``StoreError("migration_failed")`` names the backup.
    """
    path = Path(path)
    _settle_hot_journal(path)
    backup = backup_path(path, to_version)
    try:
        backup_file(path, backup)
    except StoreError as exc:
        raise StoreError(
            "migration_failed", path=path, reason=exc.params.get("reason", exc.code), backup="-"
        ) from exc
    backup = _keep_one(backup, path, to_version)
    work = path.with_name(f".{path.name}.migration")
    _remove(work)
    try:
        backup_file(path, work)
        _migrate(work, from_version, to_version)
        shutil.copymode(path, work)
        os.replace(work, path)
        _fsync_folder(path.parent)
    except Exception as exc:
        _remove(work)
        log.exception("migration of %s failed", path)
        reason = exc.params.get("reason", exc.code) if isinstance(exc, StoreError) else _reason(exc)
        raise StoreError("migration_failed", path=path, reason=reason, backup=backup) from exc
    log.info("migrated %s from v%s to v%s (backup %s)", path, from_version, to_version, backup)
    return backup


def _keep_one(backup: Path, path: Path, version: int) -> Path:
    """An earlier backup with the same bytes as the new one, the new one removed.

    A file that fails to upgrade is left as it was, so each new attempt (every
    opening) would otherwise add one more identical ``.avant-vN-K`` copy.
    """
    size = backup.stat().st_size
    data: bytes | None = None
    for earlier in sorted(path.parent.glob(f"{glob.escape(path.stem)}.avant-v{version}*")):
        if earlier == backup or earlier.suffix != path.suffix:
            continue
        try:
            if earlier.stat().st_size != size:
                continue
            data = backup.read_bytes() if data is None else data
            if earlier.read_bytes() == data:
                backup.unlink()
                return earlier
        except OSError:
            continue
    return backup


def _migrate(work: Path, from_version: int, to_version: int) -> None:
    """Run the revisions on ``work`` in one transaction, checked before commit."""
    from alembic import command  # deferred: only older files pay for it
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    head = ScriptDirectory.from_config(config).get_current_head()
    if version_of(head) < to_version:
        raise RuntimeError(f"no migration script reaches schema {to_version} (head {head})")

    engine = create_engine(f"sqlite:///{work.resolve().as_posix()}", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # Off: batch operations drop and rebuild tables, which would cascade.
        # Integrity is verified with foreign_key_check before commit instead.
        cursor.execute("PRAGMA foreign_keys=OFF")
        cursor.execute("PRAGMA trusted_schema=OFF")
        cursor.execute("PRAGMA journal_mode=DELETE")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            if from_version:
                command.stamp(config, revision_id(from_version))
            command.upgrade(config, revision_id(to_version))
            conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
            fts.rebuild(conn)
            dangling = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if dangling:
                raise RuntimeError(f"foreign key check failed: {tuple(dangling[0])}")
            conn.exec_driver_sql(f"PRAGMA user_version={int(to_version)}")
        with engine.connect() as conn:
            result = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            if result != "ok":
                raise RuntimeError(f"integrity check failed: {result}")
    finally:
        engine.dispose()


def _settle_hot_journal(path: Path) -> None:
    """Let SQLite roll back an interrupted transaction before copying.

    A read-only connection (the backup source) cannot replay a hot journal.
    """
    if Path(f"{path}-journal").exists():
        conn = sqlite3.connect(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()


def _remove(path: Path) -> None:
    for candidate in (path, Path(f"{path}-journal")):
        with contextlib.suppress(OSError):
            candidate.unlink(missing_ok=True)


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); a no-op where folders can't be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
