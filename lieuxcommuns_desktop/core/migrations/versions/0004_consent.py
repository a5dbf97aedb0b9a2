"""Consent (user_version 4): a participant may agree to be named when publishing.

Adds ``participant.consent``, false for everyone already in the notebook: no
one is named in a published site before they said yes.

The table is rebuilt by hand rather than with Alembic's batch mode, whose
final ``RENAME`` leaves the table's name quoted in ``sqlite_master``: an
upgraded file must have exactly the schema of a fresh one. With
``legacy_alter_table`` on (and foreign keys off during migrations), renaming
the old table aside leaves the references of ``attendance`` and ``note``
pointing at ``participant``, which the new table then satisfies.

On a team server's PostgreSQL the column is added in place (no rebuild, no
pragma). Frozen like 0001: later model changes go in new revisions.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_COLUMNS = "last_name, first_name, acteur_id, structure, email, phone, role, id, modified_at"


def _create(with_consent: bool) -> None:
    columns = [
        sa.Column("last_name", sa.Text(), nullable=False),
        sa.Column("first_name", sa.Text(), nullable=False),
        sa.Column("acteur_id", sa.String(length=36), nullable=True),
        sa.Column("structure", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
    ]
    if with_consent:
        columns.append(sa.Column("consent", sa.Boolean(), nullable=False))
    op.create_table(
        "participant",
        *columns,
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
        sa.ForeignKeyConstraint(
            ["acteur_id"], ["acteur.id"], name=op.f("fk_participant_acteur_id_acteur"),
            ondelete="SET NULL",
        ),
    )


def _rebuild(with_consent: bool) -> None:
    conn = op.get_bind()
    conn.exec_driver_sql("PRAGMA legacy_alter_table=ON")
    try:
        conn.exec_driver_sql("ALTER TABLE participant RENAME TO _participant_v_old")
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_participant_acteur_id")
        _create(with_consent)
        if with_consent:
            conn.exec_driver_sql(
                f"INSERT INTO participant ({_COLUMNS}, consent) "
                f"SELECT {_COLUMNS}, 0 FROM _participant_v_old"
            )
        else:
            conn.exec_driver_sql(
                f"INSERT INTO participant ({_COLUMNS}) SELECT {_COLUMNS} FROM _participant_v_old"
            )
        conn.exec_driver_sql("DROP TABLE _participant_v_old")
        op.create_index(op.f("ix_participant_acteur_id"), "participant", ["acteur_id"])
    finally:
        conn.exec_driver_sql("PRAGMA legacy_alter_table=OFF")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":  # a team server: PostgreSQL alters in place
        op.get_bind().exec_driver_sql(
            "ALTER TABLE participant ADD COLUMN consent BOOLEAN NOT NULL DEFAULT false")
        op.get_bind().exec_driver_sql("ALTER TABLE participant ALTER COLUMN consent DROP DEFAULT")
        return
    _rebuild(with_consent=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.get_bind().exec_driver_sql("ALTER TABLE participant DROP COLUMN consent")
        return
    _rebuild(with_consent=False)
