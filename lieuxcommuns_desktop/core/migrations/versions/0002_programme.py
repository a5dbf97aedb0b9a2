"""Programme (user_version 2): expeditions' members, ateliers' participants, phases.

Schema v1 tied an atelier to one collectivité and a collectivité to nothing
else. This revision adds:

* ``membership`` — a collectivité on an expedition (thématique) with its role
  and join date;
* ``atelier_collectivite`` — the collectivités taking part in an atelier (the
  host, still ``atelier.collectivite_id``, among them);
* ``phase`` — periods of the programme (*parcours apprenant*, *mise en test*).

and derives from the existing ateliers:

* each atelier's collectivité becomes a participant of it (it stays the host);
* each (collectivité, thématique) pair of an atelier becomes a membership with
  role *participante*, joined on the date of its first dated atelier (unknown
  when all of them are undated).

Derived rows get ids computed from what they link (UUID v5) and the
``modified_at`` of the atelier they come from: two colleagues upgrading copies
of the same notebook get the same rows, so merging their copies later adds no
duplicates and overrides nothing either edited since. Importing an interchange
document of format 1 derives the same rows (``core/interchange/upgrade.py``).

Frozen like 0001: later model changes go in new revisions.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

#: Namespace of the ids of derived rows (shared with interchange/upgrade.py).
DERIVED_NAMESPACE = uuid.UUID("7d1c5b0e-4f1a-4c55-9a57-6c6965757832")


def derived_id(table: str, *keys: str) -> str:
    return str(uuid.uuid5(DERIVED_NAMESPACE, "/".join((table, *keys))))


def upgrade() -> None:
    op.create_table('phase',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phase'))
    )
    op.create_table('membership',
    sa.Column('collectivite_id', sa.String(length=36), nullable=False),
    sa.Column('thematique_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership')),
    sa.UniqueConstraint('collectivite_id', 'thematique_id', name=op.f('uq_membership_collectivite_id')),
    sa.ForeignKeyConstraint(['collectivite_id'], ['collectivite.id'], name=op.f('fk_membership_collectivite_id_collectivite'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['thematique_id'], ['thematique.id'], name=op.f('fk_membership_thematique_id_thematique'), ondelete='CASCADE')
    )
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_collectivite_id'), ['collectivite_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_membership_thematique_id'), ['thematique_id'], unique=False)

    op.create_table('atelier_collectivite',
    sa.Column('atelier_id', sa.String(length=36), nullable=False),
    sa.Column('collectivite_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_atelier_collectivite')),
    sa.UniqueConstraint('atelier_id', 'collectivite_id', name=op.f('uq_atelier_collectivite_atelier_id')),
    sa.ForeignKeyConstraint(['atelier_id'], ['atelier.id'], name=op.f('fk_atelier_collectivite_atelier_id_atelier'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['collectivite_id'], ['collectivite.id'], name=op.f('fk_atelier_collectivite_collectivite_id_collectivite'), ondelete='CASCADE')
    )
    with op.batch_alter_table('atelier_collectivite', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_atelier_collectivite_atelier_id'), ['atelier_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_atelier_collectivite_collectivite_id'), ['collectivite_id'], unique=False)

    _derive(op.get_bind())


def _derive(conn: sa.engine.Connection) -> None:
    """Hosts become participants; (collectivité, thématique) pairs become memberships.

    Bound parameters by name (``sa.text``): the same statements run on SQLite
    and on a team server's PostgreSQL.
    """
    hosts = conn.execute(sa.text(
        "SELECT id, collectivite_id, modified_at FROM atelier WHERE collectivite_id IS NOT NULL"
    )).fetchall()
    if hosts:
        conn.execute(
            sa.text("INSERT INTO atelier_collectivite (id, atelier_id, collectivite_id, "
                    "modified_at) VALUES (:id, :a, :c, :m)"),
            [{"id": derived_id("atelier_collectivite", a, c), "a": a, "c": c, "m": m}
             for a, c, m in hosts],
        )
    pairs = conn.execute(sa.text(
        "SELECT collectivite_id, thematique_id, MIN(date), MIN(modified_at) FROM atelier "
        "WHERE collectivite_id IS NOT NULL AND thematique_id IS NOT NULL "
        "GROUP BY collectivite_id, thematique_id"
    )).fetchall()
    if pairs:
        conn.execute(
            sa.text("INSERT INTO membership (id, collectivite_id, thematique_id, role, joined_on, "
                    "modified_at) VALUES (:id, :c, :t, 'participante', :d, :m)"),
            [{"id": derived_id("membership", c, t), "c": c, "t": t, "d": d, "m": m}
             for c, t, d, m in pairs],
        )


def downgrade() -> None:
    op.drop_table('atelier_collectivite')
    op.drop_table('membership')
    op.drop_table('phase')
