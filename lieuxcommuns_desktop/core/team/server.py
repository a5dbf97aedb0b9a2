"""One PostgreSQL database holding one programme, as a sync sees it.

:class:`TeamServer` connects (password apart from the URL, TLS as the URL's
``sslmode`` asks), checks that the database is a Lieux Communs team database
this version can use and that the role may use it, creates or upgrades its
tables, and moves sync states in and out:

* :meth:`pull` reads, in one ``REPEATABLE READ`` snapshot, what the caller's
  version vector does not cover, and refuses malformed rows before anything
  reaches the notebook;
* :meth:`push` writes a delta in one transaction, serialised with every other
  push by an advisory lock, and only if the server's vector is still the one
  the caller merged (else :class:`ServerMoved`: pull again).

Every database or network error comes out as a :class:`TeamError` with a
message for the facilitator; no SQL is built from values (bound parameters,
SQLAlchemy Core).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from . import schema
from .address import ServerAddress, parse
from .errors import TeamError

if TYPE_CHECKING:
    from ..sync.state import RowState, SyncState

log = logging.getLogger(__name__)

#: Seconds before an unreachable server is reported (unless the URL sets connect_timeout).
CONNECT_TIMEOUT_S = 10
#: TCP keepalives: a connection lost mid-sync (Wi-Fi gone) fails within ~30 s.
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5,
              "keepalives_count": 3}


class ServerMoved(Exception):  # noqa: N818 - a signal to retry, not an error for the user
    """Another laptop pushed between this sync's pull and its push: pull again."""


class TeamServer:
    """A connection to a team database; use as a context manager or call :meth:`close`."""

    def __init__(self, address: ServerAddress, engine: Engine) -> None:
        self.address = address
        self.engine = engine
        #: The driver's connections checked out now (a step may be using one on a worker).
        self._in_use: set[Any] = set()
        event.listen(engine, "checkout", lambda dbapi, _record, _proxy: self._in_use.add(dbapi))
        event.listen(engine, "checkin", lambda dbapi, _record: self._in_use.discard(dbapi))

    # -- connecting ----------------------------------------------------------
    @classmethod
    def connect(cls, url: str, password: str | None) -> TeamServer:
        """Connect and log in once; ``TeamError`` (unreachable, auth, TLS…) otherwise.

        ``password`` wins over one written in the URL; either may be None
        (a server that trusts the machine, or a ``.pgpass``).
        """
        address = parse(url)
        secret = password if password is not None else address.password
        connect_args: dict[str, object] = {"application_name": "lieuxcommuns-desktop",
                                           **KEEPALIVES}
        if "connect_timeout" not in dict(address.options):
            connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
        # One connection kept for the sync's few transactions (each login costs a
        # SCRAM exchange); a connection the server dropped is replaced, not reused.
        engine = create_engine(address.sqlalchemy_url(secret), poolclass=QueuePool,
                               pool_size=1, max_overflow=2, pool_pre_ping=False,
                               connect_args=connect_args)
        server = cls(address, engine)
        try:
            with server._errors(), engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except BaseException:
            engine.dispose()
            raise
        return server

    def close(self) -> None:
        """Disconnect; a statement still running on another thread is cancelled first.

        The window's worker may be inside a pull or a push when its notebook
        closes: the server cancels that statement, so the push's transaction
        rolls back (all or nothing) instead of completing unheard.
        """
        self.interrupt()
        self.engine.dispose()

    def interrupt(self) -> None:
        """Ask the server to cancel what this connection's other threads are running."""
        for dbapi in list(self._in_use):
            try:
                dbapi.cancel()  # psycopg: safe from another thread
            except Exception:  # already closed or unreachable: nothing to stop
                log.debug("cancel of a running statement failed", exc_info=True)

    def __enter__(self) -> TeamServer:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def url(self) -> str:
        """The server's URL without password: the notebook's name for this peer."""
        return self.address.url

    # -- what the database is ------------------------------------------------
    def info(self) -> schema.ServerInfo:
        with self._errors(), self.engine.connect() as conn:
            return schema.inspect(conn)

    def check(self) -> schema.ServerInfo:
        """Refuse another application's database, a newer schema, missing rights."""
        from ..store import SCHEMA_VERSION

        with self._errors(), self.engine.connect() as conn:
            info = schema.inspect(conn)
            schema.refuse_foreign(info, SCHEMA_VERSION, **self._where())
            lacking = schema.missing_rights(conn, info)
            if not lacking and info.ours and info.version < SCHEMA_VERSION:
                lacking = [] if schema.can_upgrade(conn) else ["ALTER"]
        if lacking:
            raise TeamError("rights", detail=", ".join(lacking[:5]), **self._where())
        return info

    def create_or_upgrade(self) -> None:
        """Create the tables on an empty database, or bring an older one to this schema.

        One transaction, under the same lock as pushes: two laptops sharing at
        once create the tables once.
        """
        from ..store import SCHEMA_VERSION

        with self._errors(), self.engine.begin() as conn:
            self._lock(conn)
            info = schema.inspect(conn)
            schema.refuse_foreign(info, SCHEMA_VERSION, **self._where())
            if info.ours and info.version == SCHEMA_VERSION:
                return
            schema.become_owner(conn)
            schema.upgrade(conn, info, SCHEMA_VERSION)

    def claim(self, programme_id: str, title: str) -> None:
        """Make the server the programme's (first share); refuse another programme."""
        with self._errors(), self.engine.begin() as conn:
            self._lock(conn)
            info = schema.inspect(conn)
            if not info.ours:
                raise TeamError("not_shared", **self._where())
            if info.programme_id is None:
                conn.execute(schema.MARKER.update().values(
                    programme_id=programme_id, programme_title=title))
            elif info.programme_id != programme_id:
                raise TeamError("other_programme", title=info.programme_title,
                                **self._where())

    def programme(self) -> tuple[str | None, str]:
        """The id and title of the programme the server shares (None before the first share)."""
        info = self.info()
        return info.programme_id, info.programme_title

    # -- moving states -------------------------------------------------------
    def vector(self) -> dict[str, int]:
        with self._errors(), self.engine.connect() as conn:
            return _vector(conn)

    def pull(self, since: Mapping[str, int]) -> SyncState:
        """What the server holds that ``since`` does not cover, checked, in one snapshot.

        With the ancestors of those rows (``delta``), which the receiver may have
        deleted while the server kept them.
        """
        from .delta import add_ancestors, read_delta
        from .validate import check_state

        try:
            with self._errors(), self._snapshot() as conn:
                state = read_delta(conn, since)
                add_ancestors(conn, state)  # a row kept against a deletion brings its parents
        except TeamError:
            raise
        except Exception as exc:  # a value the model cannot read (unknown vocabulary…)
            raise TeamError("malformed", reason=_first_line(exc), **self._where()) from exc
        check_state(state, **self._where())
        return state

    def push(self, state: SyncState, expected_vector: Mapping[str, int]) -> None:
        """Write ``state`` (a delta) if the server still has ``expected_vector``.

        One transaction: a push cut anywhere (kill, network loss) leaves the
        server as it was. Raises :class:`ServerMoved` when another push came
        in since the caller's pull.
        """
        from ..sync.state import write_state

        with self._errors(), self.engine.begin() as conn:
            self._lock(conn)
            current = _vector(conn)
            if _covering(current) != _covering(expected_vector):
                raise ServerMoved
            if not current and _empty(conn):
                _bulk_load(conn, state)  # the first push: nothing to update nor delete
            else:
                write_state(conn, state)

    # -- helpers -------------------------------------------------------------
    @contextmanager
    def _snapshot(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="REPEATABLE READ",
                                          postgresql_readonly=True)
            with conn.begin():
                yield conn

    @staticmethod
    def _lock(conn: Connection) -> None:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": schema.LOCK_KEY})

    def _where(self) -> dict[str, object]:
        return {"server": self.address.server, "database": self.address.database,
                "user": self.address.user}

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as exc:
            raise classify(exc, self.address) from exc


def _vector(conn: Connection) -> dict[str, int]:
    rows = conn.execute(text("SELECT replica, counter FROM sync_vector")).all()
    return {str(replica): int(counter) for replica, counter in rows}


def _empty(conn: Connection) -> bool:
    """No record and no deletion on the server yet (a database just shared)."""
    from ..sync.tables import sync_row, sync_tombstone

    return all(conn.execute(select(t.c.tbl).limit(1)).first() is None
               for t in (sync_row, sync_tombstone))


def _bulk_load(conn: Connection, state: SyncState) -> None:
    """What ``write_state`` does on an empty database, as one insert per table.

    Parents first; every column of each row, its creation dot, its field dots,
    the tombstones and the vector. Nothing to look up, update or delete first.
    """
    from ..sync.state import entities
    from ..sync.tables import sync_field, sync_row, sync_tombstone, sync_vector

    by_table: dict[str, list[RowState]] = {}
    for (name, _id), row in state.rows.items():
        by_table.setdefault(name, []).append(row)
    for entity in entities():
        table = entity.__table__
        rows = by_table.get(table.name)
        if rows:
            columns = [c.name for c in table.columns]
            conn.execute(table.insert(), [{c: r.values.get(c) for c in columns} for r in rows])
    every = [r for rows in by_table.values() for r in rows]
    if every:
        conn.execute(sync_row.insert(), [
            {"tbl": r.table, "row_id": r.id, "replica": r.created.replica,
             "counter": r.created.counter} for r in every])
    fields = [{"tbl": r.table, "row_id": r.id, "col": col, "replica": d.replica,
               "counter": d.counter}
              for r in every for col, d in r.fields.items() if d != r.created]
    if fields:
        conn.execute(sync_field.insert(), fields)
    if state.tombstones:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        conn.execute(sync_tombstone.insert(), [
            {"tbl": tbl, "row_id": row_id, "replica": d.replica, "counter": d.counter,
             "deleted_at": now} for (tbl, row_id), d in state.tombstones.items()])
    if state.vector:
        conn.execute(sync_vector.insert(), [
            {"replica": replica, "counter": counter}
            for replica, counter in state.vector.items()])


def _covering(vector: Mapping[str, int]) -> dict[str, int]:
    return {replica: int(n) for replica, n in vector.items() if n}


def classify(exc: BaseException, address: ServerAddress) -> TeamError:
    """The facilitator's message for a database or network error."""
    orig = getattr(exc, "orig", None) or exc
    state = getattr(orig, "sqlstate", None) or ""
    reason = _first_line(orig)
    low = str(orig).lower()
    where = {"server": address.server, "database": address.database, "user": address.user}
    if state in ("28P01", "28000") or "password authentication failed" in low \
            or "authentication failed" in low:
        return TeamError("auth", **where)
    if "no password supplied" in low or "password is required" in low:
        return TeamError("no_password", **where)
    if state == "42501" or "permission denied" in low:
        return TeamError("rights", detail=reason, **where)
    if state == "3D000" or ("database" in low and "does not exist" in low):
        return TeamError("no_database", **where)
    if "pg_hba.conf" in low and "no encryption" in low:  # hostssl lines only, or a reject
        return TeamError("tls_required", **where)
    if "ssl" in low or "certificate" in low:
        return TeamError("tls_failed", reason=reason, **where)
    if state.startswith("22") or state.startswith("23"):  # data or integrity: a bad row
        return TeamError("malformed", reason=reason, **where)
    if state.startswith("40") or state in ("57P01", "57P02", "57P03") or state.startswith("08") \
            or "server closed the connection" in low or "terminating connection" in low:
        return TeamError("interrupted", reason=reason, **where)
    return TeamError("unreachable", reason=reason, **where)


def _first_line(exc: BaseException) -> str:
    text_ = str(exc).strip()
    for line in text_.splitlines():
        line = line.strip()
        if line:
            return line[:300]
    return type(exc).__name__
