"""Change tracking (user_version 6): dots, tombstones and the version vector.

Adds the bookkeeping tables of ``core/sync/tables.py`` and, on SQLite, the
triggers that keep them up to date. Every existing record gets a creation dot
of one fresh "migration" replica: two copies upgraded apart have different
replicas, so a field they hold with different values is a conflict at their
first merge (the common state is unknown), and equal values are not.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

import uuid

from alembic import op

from lieuxcommuns_desktop.core.sync.tables import (
    create_tables,
    install_triggers,
    stamp_existing_rows,
)

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    replica = str(uuid.uuid4())
    create_tables(conn, replica=replica)
    stamp_existing_rows(conn, replica=replica)
    if conn.dialect.name == "sqlite":
        install_triggers(conn)


def downgrade() -> None:
    raise NotImplementedError("notebooks are never downgraded; restore the .avant-v6 backup")
