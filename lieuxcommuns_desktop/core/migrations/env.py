"""Alembic environment for notebook files.

At run time :func:`lieuxcommuns_desktop.core.migrate.upgrade` passes an open
connection (inside its transaction) in ``config.attributes["connection"]``.
A developer writing a new revision can instead point ``sqlalchemy.url`` at a
scratch copy of a notebook and use ``alembic revision --autogenerate`` with
``-x`` nothing else: the target metadata is the domain model.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from lieuxcommuns_desktop.core.model import metadata
from lieuxcommuns_desktop.core.sync.tables import SYNC_METADATA

config = context.config
target_metadata = [metadata(), SYNC_METADATA]


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: ops are rendered (and run) as
        # "move and copy" batches.
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("set sqlalchemy.url to a scratch copy of a notebook")
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)
