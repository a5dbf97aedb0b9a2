"""The bookkeeping tables of change tracking (schema 6), and their SQLite triggers.

Every write to a record gets a *dot* ``(replica, counter)``; see
``docs/architecture.md`` and ``core/sync/state.py``. The tables are SQLAlchemy
Core ``Table`` objects of their own :data:`SYNC_METADATA` (not the domain's
``Base.metadata``: they are not records and never exported), so that the same
definitions create them in a notebook file and on a team's PostgreSQL server.

The triggers are SQLite only: on the server nothing edits, laptops push states
written by :func:`state.write_state`. :func:`install_triggers` reads the real
columns of each domain table, so a later migration that adds a column calls
it again and the new column is tracked.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    select,
)

from ..model import ENTITIES, NAMING

SYNC_METADATA = MetaData(naming_convention=NAMING)

#: One row (id 1): the replica of the session writing now, the file's counter
#: (it only grows), and ``applying`` = 1 while a merge writes remote rows.
sync_clock = Table(
    "sync_clock", SYNC_METADATA,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("replica", String(64), nullable=False),
    Column("counter", BigInteger, nullable=False),
    Column("applying", Integer, nullable=False),
)

#: The creation dot of every live record.
sync_row = Table(
    "sync_row", SYNC_METADATA,
    Column("tbl", String(64), primary_key=True),
    Column("row_id", String(36), primary_key=True),
    Column("replica", String(64), nullable=False),
    Column("counter", BigInteger, nullable=False),
)

#: A dot per field changed after its record's creation.
sync_field = Table(
    "sync_field", SYNC_METADATA,
    Column("tbl", String(64), primary_key=True),
    Column("row_id", String(36), primary_key=True),
    Column("col", String(64), primary_key=True),
    Column("replica", String(64), nullable=False),
    Column("counter", BigInteger, nullable=False),
)

#: What was deleted, by which write, and when (for purging once every peer saw it).
sync_tombstone = Table(
    "sync_tombstone", SYNC_METADATA,
    Column("tbl", String(64), primary_key=True),
    Column("row_id", String(36), primary_key=True),
    Column("replica", String(64), nullable=False),
    Column("counter", BigInteger, nullable=False),
    Column("deleted_at", DateTime, nullable=True),
)

#: The version vector: the highest counter seen of each replica.
sync_vector = Table(
    "sync_vector", SYNC_METADATA,
    Column("replica", String(64), primary_key=True),
    Column("counter", BigInteger, nullable=False),
)

#: What each peer (a server URL without password, a merged file's label) acknowledged.
sync_peer = Table(
    "sync_peer", SYNC_METADATA,
    Column("peer", Text, primary_key=True),
    Column("vector", Text, nullable=False),
    Column("synced_at", DateTime, nullable=True),
)

#: The common state (schema 7): a changed field's value as it was before its first
#: change since the last merge, stored raw in a column without type affinity (``BLOB``
#: on SQLite: an integer, a real, a text or NULL is kept exactly as the row held it;
#: see ``core/sync/base.py``), with the dot that value had. Kept by the update
#: triggers, pruned by merges and pushes; empty on a team server.
sync_base = Table(
    "sync_base", SYNC_METADATA,
    Column("tbl", String(64), primary_key=True),
    Column("row_id", String(36), primary_key=True),
    Column("col", String(64), primary_key=True),
    Column("value", LargeBinary, nullable=True),
    Column("replica", String(64), nullable=False),
    Column("counter", BigInteger, nullable=False),
)

SYNC_TABLES: tuple[Table, ...] = (
    sync_clock, sync_row, sync_field, sync_tombstone, sync_vector, sync_peer, sync_base,
)
SYNC_TABLE_NAMES = frozenset(t.name for t in SYNC_TABLES)

#: Columns whose changes are not tracked: the record's identity and its edit time.
UNTRACKED_COLUMNS = frozenset({"id", "modified_at"})
#: Prefix of the trigger names (``sync_ins_note``...), so that they can be found and replaced.
TRIGGER_PREFIX = "sync_"


def tracked_tables() -> tuple[str, ...]:
    """The domain tables that carry dots, parents first."""
    return tuple(e.__tablename__ for e in ENTITIES)


def create_tables(connection: Connection, *, replica: str) -> None:
    """Create the sync tables (any dialect) and the clock row of ``replica``."""
    SYNC_METADATA.create_all(connection)
    if connection.execute(sync_clock.select()).first() is None:
        connection.execute(sync_clock.insert().values(
            id=1, replica=replica, counter=0, applying=0))


def install_triggers(connection: Connection) -> None:
    """(Re)create the SQLite triggers of every domain table from its real columns."""
    for table in tracked_tables():
        info = [(row[1], str(row[2]).upper())
                for row in connection.exec_driver_sql(f'PRAGMA table_info("{table}")')]
        columns = sorted(name for name, _type in info)
        binary = {name for name, kind in info if "BLOB" in kind}
        for kind in ("ins", "upd", "del"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TRIGGER_PREFIX}{kind}_{table}")
        for statement in trigger_sql(table, columns, binary=binary):
            connection.exec_driver_sql(statement)


#: The statements every trigger ends with: one new dot taken from the clock.
_BUMP = "UPDATE sync_clock SET counter = counter + 1 WHERE id = 1;"
# Upserts, not INSERT OR REPLACE: inside a foreign key's cascade, the outer
# statement's conflict policy (ABORT) would override the trigger's REPLACE.
_VECTOR = ("INSERT INTO sync_vector (replica, counter) "
           "SELECT replica, counter FROM sync_clock WHERE id = 1 "
           "ON CONFLICT (replica) DO UPDATE SET counter = excluded.counter;")
_IDLE = "(SELECT applying FROM sync_clock WHERE id = 1) = 0"


def base_sql(table: str, tracked: list[str]) -> str:
    """The statement keeping the common state: each changed field's old value and old dot.

    ``DO NOTHING``: an entry already there holds the value before the first
    change since the last merge, which is the one a peer may know. The value
    goes in raw (no ``json_quote``: SQLite refuses it in a trigger under
    ``trusted_schema=OFF``, it writes reals with 15 digits, and it would
    lengthen every connection's parsing of the schema).
    """
    # ``+OLD.c`` (a no-op on any value): a bare column would name the third
    # column of a one-row VALUES after itself instead of ``column3``.
    values = ",".join(f"('{c}',OLD.\"{c}\" IS NOT NEW.\"{c}\",+OLD.\"{c}\")" for c in tracked)
    return (
        f"INSERT INTO sync_base (tbl, row_id, col, value, replica, counter) "
        f"SELECT '{table}', OLD.id, v.column1, v.column3, "
        f"COALESCE(f.replica, r.replica), COALESCE(f.counter, r.counter) "
        f"FROM (VALUES {values}) AS v "
        f"LEFT JOIN sync_field AS f ON f.tbl = '{table}' AND f.row_id = OLD.id "
        f"AND f.col = v.column1 "
        f"LEFT JOIN sync_row AS r ON r.tbl = '{table}' AND r.row_id = OLD.id "
        f"WHERE v.column2 AND COALESCE(f.replica, r.replica) IS NOT NULL "
        f"ON CONFLICT (tbl, row_id, col) DO NOTHING;"
    )


def trigger_sql(table: str, columns: list[str], *,
                binary: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """The three triggers of ``table``; ``table`` and ``columns`` come from the schema itself.

    Kept short: SQLite parses every trigger each time a connection reads the
    schema, so the update trigger lists its columns once, in a ``VALUES``
    table, rather than as one statement per column (which cost 30 ms per
    connection opened).
    """
    tracked = [c for c in columns if c not in UNTRACKED_COLUMNS]
    # Photos' bytes are not kept as a common state (a conflict on them shows no text).
    based = [c for c in tracked if c not in binary]
    bases = base_sql(table, based) if based else ""
    changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in tracked) or "0"
    values = ",".join(f"('{c}',OLD.\"{c}\" IS NOT NEW.\"{c}\")" for c in tracked)
    fields = (
        f"INSERT INTO sync_field (tbl, row_id, col, replica, counter) "
        f"SELECT '{table}', NEW.id, v.column1, k.replica, k.counter "
        f"FROM sync_clock AS k, (VALUES {values}) AS v WHERE k.id = 1 AND v.column2 "
        f"ON CONFLICT (tbl, row_id, col) DO UPDATE SET replica = excluded.replica, "
        f"counter = excluded.counter;"
    ) if tracked else ""
    return [
        f"CREATE TRIGGER {TRIGGER_PREFIX}ins_{table} AFTER INSERT ON \"{table}\" "
        f"WHEN {_IDLE} BEGIN\n{_BUMP}\n"
        f"INSERT INTO sync_row (tbl, row_id, replica, counter) "
        f"SELECT '{table}', NEW.id, replica, counter FROM sync_clock WHERE id = 1 "
        f"ON CONFLICT (tbl, row_id) DO UPDATE SET replica = excluded.replica, "
        f"counter = excluded.counter;\n"
        f"DELETE FROM sync_field WHERE tbl = '{table}' AND row_id = NEW.id;\n"
        f"DELETE FROM sync_tombstone WHERE tbl = '{table}' AND row_id = NEW.id;\n"
        f"{_VECTOR}\nEND",
        f"CREATE TRIGGER {TRIGGER_PREFIX}upd_{table} AFTER UPDATE ON \"{table}\" "
        f"WHEN {_IDLE} AND ({changed}) BEGIN\n{_BUMP}\n{bases}\n{fields}\n{_VECTOR}\nEND",
        # A deleted row's dots go even while a merge applies (cascades it did not list).
        f"CREATE TRIGGER {TRIGGER_PREFIX}del_{table} AFTER DELETE ON \"{table}\" BEGIN\n"
        f"DELETE FROM sync_row WHERE tbl = '{table}' AND row_id = OLD.id;\n"
        f"DELETE FROM sync_field WHERE tbl = '{table}' AND row_id = OLD.id;\n"
        f"DELETE FROM sync_base WHERE tbl = '{table}' AND row_id = OLD.id;\n"
        f"UPDATE sync_clock SET counter = counter + 1 WHERE id = 1 AND applying = 0;\n"
        f"INSERT INTO sync_tombstone (tbl, row_id, replica, counter, deleted_at) "
        f"SELECT '{table}', OLD.id, replica, counter, strftime('%Y-%m-%d %H:%M:%S', 'now') "
        f"FROM sync_clock WHERE id = 1 AND applying = 0 "
        f"ON CONFLICT (tbl, row_id) DO UPDATE SET replica = excluded.replica, "
        f"counter = excluded.counter, deleted_at = excluded.deleted_at;\n"
        f"INSERT INTO sync_vector (replica, counter) "
        f"SELECT replica, counter FROM sync_clock WHERE id = 1 AND applying = 0 "
        f"ON CONFLICT (replica) DO UPDATE SET counter = excluded.counter;\n"
        "END",
    ]


def stamp_existing_rows(connection: Connection, *, replica: str) -> int:
    """Give every row without a creation dot one of ``replica`` (a migration); returns the count.

    Runs before the triggers exist or with them idle; the counters continue the clock's.
    """
    counter = int(connection.execute(
        sync_clock.select().with_only_columns(sync_clock.c.counter)).scalar_one())
    start = counter
    for entity in ENTITIES:
        table = entity.__tablename__
        known = select(sync_row.c.row_id).where(sync_row.c.tbl == table)
        ids = connection.execute(
            select(entity.__table__.c.id).where(entity.__table__.c.id.not_in(known))
            .order_by(entity.__table__.c.id)
        ).scalars().all()
        if not ids:
            continue
        rows = [{"tbl": table, "row_id": i, "replica": replica, "counter": counter + n + 1}
                for n, i in enumerate(ids)]
        connection.execute(sync_row.insert(), rows)
        counter += len(ids)
    if counter > start:
        connection.execute(sync_clock.update().where(sync_clock.c.id == 1).values(counter=counter))
        existing = connection.execute(
            sync_vector.select().where(sync_vector.c.replica == replica)).first()
        if existing is None:
            connection.execute(sync_vector.insert().values(replica=replica, counter=counter))
        else:
            connection.execute(sync_vector.update().where(sync_vector.c.replica == replica)
                               .values(counter=counter))
    return counter - start
