"""The team server's tables: made and upgraded by the notebook's own Alembic revisions.

A server database holds one programme. It is recognised by a marker table,
``lieuxcommuns_server`` (the application's name, the schema version, the
programme shared), which nothing else creates: a database with tables but no
marker belongs to another application and is refused; a marker with a newer
schema version is refused too (update the application), an older one is
upgraded by the same revisions that upgrade a ``.lieux`` (they are
dialect-aware), in one transaction (PostgreSQL's DDL is transactional).

Tables are created as the database's owner (the team's role, ``SET LOCAL
ROLE``) when the facilitator is a member of it, so that no table belongs to
one facilitator: revoking a lost laptop's role then changes nothing else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    table,
    text,
)

from ..model import metadata
from .errors import TeamError

APPLICATION = "lieuxcommuns-desktop"
#: Key of the advisory lock that serialises creation, upgrades and pushes.
LOCK_KEY = 0x4C434F4D

MARKER = Table(
    "lieuxcommuns_server", MetaData(),
    Column("application", Text, nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("programme_id", String(36)),
    Column("programme_title", Text, nullable=False, default=""),
    Column("created_at", DateTime, nullable=False),
)
#: Alembic's table: read by every facilitator, written only when upgrading.
ALEMBIC_TABLE = "alembic_version"


@dataclass
class ServerInfo:
    """What a server database holds, read before anything is written to it."""

    tables: set[str] = field(default_factory=set)
    application: str | None = None
    version: int = 0
    programme_id: str | None = None
    programme_title: str = ""

    @property
    def empty(self) -> bool:
        return not self.tables

    @property
    def ours(self) -> bool:
        return self.application == APPLICATION


def inspect(conn: Connection) -> ServerInfo:
    """The tables of the current schema and the marker's row, if any."""
    info = ServerInfo(set(conn.execute(text(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"
    )).scalars()))
    if MARKER.name in info.tables:
        row = conn.execute(MARKER.select().limit(2)).mappings().all()
        if len(row) == 1:
            info.application = row[0]["application"]
            info.version = int(row[0]["schema_version"])
            info.programme_id = row[0]["programme_id"]
            info.programme_title = row[0]["programme_title"] or ""
    return info


def refuse_foreign(info: ServerInfo, supported: int, **where: object) -> None:
    """Another application's database, or one upgraded by a newer Lieux Communs."""
    if not info.empty and not info.ours:
        raise TeamError("other_app", **where)
    if info.ours and info.version > supported:
        raise TeamError("newer", version=info.version, supported=supported, **where)


def missing_rights(conn: Connection, info: ServerInfo) -> list[str]:
    """What the connected role lacks to sync (or, on an empty database, to create)."""
    if info.empty:
        allowed = conn.execute(text(
            "SELECT has_schema_privilege(current_schema(), 'CREATE')")).scalar()
        return [] if allowed else ["CREATE"]
    lacking = conn.execute(text(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> :alembic "
        "AND NOT (has_table_privilege(c.oid, 'SELECT') AND has_table_privilege(c.oid, 'INSERT') "
        "AND has_table_privilege(c.oid, 'UPDATE') AND has_table_privilege(c.oid, 'DELETE')) "
        "ORDER BY c.relname"
    ), {"alembic": ALEMBIC_TABLE}).scalars().all()
    return list(lacking)


def can_upgrade(conn: Connection) -> bool:
    """True when the role may alter every table (it owns them, or is a member of their owner)."""
    return not conn.execute(text(
        "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind = 'r' "
        "AND NOT pg_has_role(c.relowner, 'USAGE') LIMIT 1"
    )).first()


def become_owner(conn: Connection) -> None:
    """Create as the database's owner (the team's role) when the facilitator belongs to it."""
    owner = conn.execute(text(
        "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
    )).scalar()
    member = conn.execute(text("SELECT pg_has_role(:owner, 'MEMBER')"), {"owner": owner}).scalar()
    if owner and member:
        conn.execute(text("SELECT set_config('role', :owner, true)"), {"owner": owner})


def upgrade(conn: Connection, info: ServerInfo, to_version: int) -> None:
    """Run the notebook's Alembic revisions from the server's version to ``to_version``.

    Inside the caller's transaction. A fresh database gets every revision from
    the first, then loses the rows the revisions seed (tool kinds) and their
    sync metadata: a server starts empty, the first push brings the
    programme's own rows.
    """
    from alembic import command
    from alembic.config import Config

    from ..migrate import SCRIPTS, revision_id

    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    config.attributes["connection"] = conn
    if info.version and ALEMBIC_TABLE not in info.tables:
        command.stamp(config, revision_id(info.version))
    command.upgrade(config, revision_id(to_version))
    if info.empty:
        _empty_all_tables(conn)
    values = {"schema_version": to_version}
    if info.ours:
        conn.execute(MARKER.update().values(**values))
    else:
        MARKER.create(conn)
        conn.execute(MARKER.insert().values(
            application=APPLICATION, programme_title="", created_at=_now(), **values))


def _empty_all_tables(conn: Connection) -> None:
    tables = set(conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())
    tables.discard(ALEMBIC_TABLE)
    ordered = [t.name for t in metadata().sorted_tables if t.name in tables]
    others = sorted(tables - set(ordered))
    for name in [*reversed(ordered), *others]:
        conn.execute(table(name).delete())  # SQLAlchemy quotes the name


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
