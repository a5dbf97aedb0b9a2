"""The common state of changed fields (user_version 7): table ``sync_base``.

A conflict can then show the value both sides started from (issue 18). On
SQLite the update triggers are made again so that they fill the table; on a
team's PostgreSQL server the table is created and stays empty (nothing edits
there: laptops push states).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

from alembic import op

from lieuxcommuns_desktop.core.sync.tables import install_triggers, sync_base

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    sync_base.create(conn, checkfirst=True)
    if conn.dialect.name == "sqlite":
        install_triggers(conn)


def downgrade() -> None:
    raise NotImplementedError("notebooks are never downgraded; restore the .avant-v7 backup")
