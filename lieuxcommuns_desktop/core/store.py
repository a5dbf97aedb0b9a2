"""Open, create, check and copy a ``.lieux`` notebook file.

A notebook is one SQLite file that must stay complete when copied to a USB
stick at any moment, so: ``journal_mode=DELETE`` (no ``-wal``/``-shm``
sidecars), ``synchronous=FULL``, one real transaction per edit (pysqlite's
legacy implicit transactions are switched off and SQLAlchemy emits ``BEGIN``
itself), foreign keys on every pooled connection.

A file is refused *before* SQLite touches it when its header says it is not
ours, is newer than this version, or is shorter than its own page count: a
refused file keeps its bytes and gets no journal file next to it. A file of
ours that lacks tables is refused at opening, in the user's words.

Readers never write: a notebook left with a hot journal by a crash, or
switched to WAL by another tool, is read from a repaired temporary copy
(:func:`recovered_copy`). Writers take the write lock when their transaction
begins (``BEGIN IMMEDIATE``) so that a second process waits its turn, and
``secure_delete`` overwrites what is deleted.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import stat
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from . import fts, tool_kinds
from .errors import StoreError
from .model import APPLICATION_ID, Programme, metadata, new_id, utcnow
from .tables import Table

log = logging.getLogger(__name__)

#: The schema this code writes; ``PRAGMA user_version`` of an up-to-date file.
SCHEMA_VERSION = 7

SQLITE_MAGIC = b"SQLite format 3\x00"
#: First bytes of a rollback journal SQLite will replay ("hot"); a journal whose
#: header was not synced yet starts with zeros and is ignored by SQLite.
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


@dataclass(frozen=True)
class Header:
    """The fields of SQLite's 100-byte file header that we need."""

    page_size: int
    page_count: int
    user_version: int
    application_id: int
    size: int
    #: Set to WAL by another tool (SQLite's read/write versions 2): a reader
    #: opening it in place would leave ``-wal``/``-shm`` beside the file.
    wal: bool = False


def read_header(path: Path) -> Header:
    """Read and sanity-check the header without opening the database."""
    if not path.exists():
        raise StoreError("missing", path=path)
    if not path.is_file():
        raise StoreError("not_a_file", path=path)
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise StoreError("unreadable", path=path, reason=exc.strerror or exc) from exc
    if size == 0:
        raise StoreError("empty", path=path)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise StoreError("not_sqlite", path=path)
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", head[28:32])[0]
    user_version = struct.unpack(">i", head[60:64])[0]
    application_id = struct.unpack(">i", head[68:72])[0] & 0xFFFFFFFF
    if page_size < 512 or page_size & (page_size - 1):
        raise StoreError("not_sqlite", path=path)
    wal = head[18] == 2 or head[19] == 2
    return Header(page_size, page_count, user_version, application_id, size, wal)


def validate_header(path: Path) -> Header:
    """Refuse files that are not notebooks of a version we can open."""
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise StoreError("other_app", path=path)
    if header.user_version > SCHEMA_VERSION:
        raise StoreError(
            "newer", path=path, version=header.user_version, supported=SCHEMA_VERSION
        )
    if has_hot_journal(path):
        # A commit was interrupted (crash, power cut, SIGKILL) after page 1 was
        # written but before the file grew: the size does not match the header
        # yet, and SQLite restores both from the journal when the file is opened.
        return header
    if header.page_count and header.page_count * header.page_size > header.size:
        raise StoreError("truncated", path=path)
    if header.size % header.page_size:
        raise StoreError("truncated", path=path)
    return header


def has_hot_journal(path: Path) -> bool:
    """True when SQLite will roll back an interrupted commit on opening ``path``."""
    try:
        with open(f"{path}-journal", "rb") as fh:
            return fh.read(8) == JOURNAL_MAGIC
    except OSError:
        return False


def recovered_copy(path: Path) -> tuple[tempfile.TemporaryDirectory[str], Path]:
    """A private copy of ``path`` in the state SQLite will give it when next opened.

    For readers of a notebook whose last commit was interrupted (a hot
    journal) or that another tool switched to WAL: SQLite would have to write
    to read it in place (roll back, or create ``-wal``/``-shm``), which a
    read-only command must never do. The copy, with its journal or WAL beside
    it, is repaired instead, and the original keeps its bytes and its sidecars.
    The caller removes the folder (``cleanup()``) when done.
    """
    scratch = tempfile.TemporaryDirectory(prefix="lieux-lecture-")
    copy = Path(scratch.name) / path.name
    try:
        shutil.copyfile(path, copy)
        for suffix in ("-journal", "-wal"):
            sidecar = Path(f"{path}{suffix}")
            if sidecar.is_file():
                shutil.copyfile(sidecar, f"{copy}{suffix}")
        conn = sqlite3.connect(copy, isolation_level=None)
        try:  # rolls the journal back, or checkpoints the WAL, then drops the sidecars
            conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            conn.close()
    except (OSError, sqlite3.Error) as exc:
        scratch.cleanup()
        raise StoreError("corrupt", path=path, reason=_reason(exc)) from exc
    return scratch, copy


#: Lists the tables of a file; a file whose schema page is damaged fails here.
TABLES_SQL = "SELECT name FROM sqlite_master WHERE type='table'"


def missing_tables(present: set[str]) -> list[str]:
    """Tables of the current schema absent from an up-to-date file's ``present`` ones.

    The domain's tables are read from :class:`~.tables.Table` (equal to the model's,
    ``tests/test_table_names.py``), not the model: mapping every record class would
    cost an opening what only the tools that use them need (``core/model``).
    """
    from .sync.tables import SYNC_TABLE_NAMES

    return sorted({*(t.value for t in Table), *SYNC_TABLE_NAMES, "note_fts"} - present)


def is_write_protected(path: Path) -> str | None:
    """Why the file can't be edited in place, or None.

    Mode bits are read rather than ``os.access`` so that a file marked
    read-only is respected even by an administrator (root ignores
    permissions, the facilitator's intent does not).
    """
    try:
        folder_mode = path.parent.stat().st_mode
        # A file about to be created has no mode of its own: only its folder counts.
        mode = path.stat().st_mode if path.exists() else None
    except OSError:
        return None
    writable = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    if mode is not None and (not mode & writable or not os.access(path, os.W_OK)):
        return "readonly_file"
    writable_folder = folder_mode & writable
    if not writable_folder or not os.access(path.parent, os.W_OK | os.X_OK):
        # SQLite writes its rollback journal beside the file.
        return "readonly_folder"
    return None


#: Stamps the replica of this writing session on the file's clock, inside the
#: write transaction: the triggers read it for every dot (``core/sync/tables.py``).
REPLICA_SQL = "UPDATE sync_clock SET replica = ? WHERE id = 1 AND replica IS NOT ?"


def _configure(engine: Engine, *, readonly: bool) -> None:
    #: One replica per writing session (this engine), made at its first write
    #: transaction: two copies of one file (a USB copy) never write the same dot.
    session_replica: list[str] = []

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Hand transaction control to SQLAlchemy's "begin" event below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA trusted_schema=OFF")
        if not readonly:
            cursor.execute("PRAGMA journal_mode=DELETE")
            cursor.execute("PRAGMA synchronous=FULL")
            # Deleted notes, names, phone numbers are overwritten, not left
            # readable in free pages of a file that travels on USB sticks.
            cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A write takes the write lock at once: with a plain (deferred) BEGIN, a
        # transaction that read first and then writes while another process
        # (the CLI, a second window) writes gets SQLITE_BUSY at once, without
        # the busy timeout's retries ("database is locked").
        immediate = connection.get_execution_options().get(WRITE_OPTION)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
        if immediate and not readonly:
            if not session_replica:
                session_replica.append(new_id())
            replica = session_replica[0]
            connection.exec_driver_sql(REPLICA_SQL, (replica, replica))


#: Execution option of a write session's connection: its transaction is ``BEGIN IMMEDIATE``.
WRITE_OPTION = "lieux_write"
#: How long a write waits for another process's write to finish, retrying
#: (SQLite's busy handler), before "database is locked" is reported.
BUSY_TIMEOUT_S = 10.0


def make_engine(path: Path, *, readonly: bool = False) -> Engine:
    """An engine whose every connection carries the notebook pragmas."""
    if readonly:
        url = f"sqlite:///file:{path.resolve().as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.resolve().as_posix()}"
    # A small pool: reopening the file for every edit re-reads its schema and
    # doubled the cost of a note capture. Every pooled connection got the
    # pragmas when it was opened (the "connect" event); with journal_mode=DELETE
    # and synchronous=FULL each commit is complete on disk whatever stays open.
    engine = create_engine(url, poolclass=QueuePool, pool_size=2, max_overflow=6,
                           connect_args={"timeout": BUSY_TIMEOUT_S})
    _configure(engine, readonly=readonly)
    return engine


class Store:
    """An open notebook file. The only place that knows the file format."""

    def __init__(
        self, path: Path, engine: Engine, *, readonly: bool,
        scratch: tempfile.TemporaryDirectory[str] | None = None,
    ) -> None:
        self.path = path
        self.engine = engine
        self.readonly = readonly
        #: The folder of the repaired copy a reader reads instead of ``path``.
        self._scratch = scratch

    # -- opening -----------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, *, title: str = "") -> Store:
        """Create a new, empty notebook; never overwrites an existing file."""
        path = Path(path)
        if path.exists():
            raise StoreError("exists", path=path)
        if not path.parent.is_dir():
            raise StoreError("missing", path=path.parent)
        if is_write_protected(path) == "readonly_folder":
            raise StoreError("readonly_folder", path=path)
        try:
            engine = make_engine(path)
            with engine.begin() as conn:
                metadata().create_all(conn)
                fts.create(conn)
                from .sync.tables import create_tables, install_triggers

                create_tables(conn, replica=new_id())
                install_triggers(conn)
                conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                conn.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
                conn.execute(Programme.__table__.insert().values(
                    id=new_id(), title=title, modified_at=utcnow()
                ))
                tool_kinds.seed(conn)
        except Exception as exc:
            # Never leave a half-made notebook behind (disk full, permissions).
            path.unlink(missing_ok=True)
            raise StoreError("io", path=path, reason=_reason(exc)) from exc
        log.info("created notebook %s", path)
        return cls(path, engine, readonly=False)

    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False, migrate: bool = True) -> Store:
        """Open an existing notebook, upgrading an older schema after a backup.

        Raises :class:`StoreError` with a user-facing reason, having written
        nothing, when the file is not a notebook we can edit.
        """
        path = Path(path)
        header = validate_header(path)
        if not readonly:
            reason = is_write_protected(path)
            if reason:
                raise StoreError(reason, path=path)
        if header.user_version < SCHEMA_VERSION:
            if readonly or not migrate:
                raise StoreError("needs_upgrade", path=path, version=header.user_version)
            from . import migrate as migrations  # deferred: alembic is heavy

            migrations.upgrade(path, header.user_version)
        scratch = None
        if readonly and header.wal:
            scratch = recovered_copy(path)
        try:
            engine, missing = _open_engine(path, scratch, readonly=readonly)
        except StoreError:
            if scratch is not None or not (readonly and has_hot_journal(path)):
                raise
            # A journal left by a crash (a live writer's journal reads fine): SQLite
            # would have to roll it back in place, which a reader must not do.
            scratch = recovered_copy(path)
            engine, missing = _open_engine(path, scratch, readonly=readonly)
        if missing:
            engine.dispose()
            if scratch is not None:
                scratch[0].cleanup()
            raise StoreError("missing_tables", path=path, tables=", ".join(missing))
        return cls(path, engine, readonly=readonly,
                   scratch=scratch[0] if scratch is not None else None)

    def close(self) -> None:
        self.engine.dispose()
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None

    # -- health --------------------------------------------------------------
    def check(self) -> list[str]:
        """Problems found by SQLite's integrity and foreign-key checks."""
        problems: list[str] = []
        with self.engine.connect() as conn:
            for (row,) in conn.exec_driver_sql("PRAGMA integrity_check").fetchall():
                if row != "ok":
                    problems.append(str(row))
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                problems.append(f"foreign key: {tuple(row)}")
        return problems

    # -- copies --------------------------------------------------------------
    def backup_to(self, target: Path | str) -> Path:
        """Write a consistent copy with SQLite's backup API (*Enregistrer une copie*)."""
        return backup_file(self.path, Path(target))


def _open_engine(
    path: Path, scratch: tuple[tempfile.TemporaryDirectory[str], Path] | None, *, readonly: bool,
) -> tuple[Engine, list[str]]:
    """An engine on ``path`` (or its repaired copy) and the tables it lacks."""
    engine = make_engine(scratch[1] if scratch is not None else path, readonly=readonly)
    try:
        with engine.connect() as conn:
            missing = missing_tables(set(conn.exec_driver_sql(TABLES_SQL).scalars()))
    except Exception as exc:
        engine.dispose()
        if scratch is not None:
            scratch[0].cleanup()
        raise StoreError("corrupt", path=path, reason=_reason(exc)) from exc
    return engine, missing


def backup_file(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` page by page through SQLite's backup API.

    The copy is written beside the target and renamed into place, so an
    interrupted copy never leaves a half file under the target's name.
    """
    tmp = target.with_name(f".{target.name}.part")
    tmp.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"file:{source.resolve().as_posix()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError("io", path=target, reason=_reason(exc)) from exc
    return target


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]
