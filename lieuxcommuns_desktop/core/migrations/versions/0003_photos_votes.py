"""Photos of the paper boards and dot votes (user_version 3).

Adds ``photo`` (what the gallery and the notes feed list) and ``photo_data``
(the clean JPEG and its thumbnail, read only when a photo is shown, so that
listing 500 photos reads no image bytes); ``vote``, ``vote_option``,
``vote_round`` and ``vote_count`` (dot votes in rounds); and a backdrop photo
on ``stakeholder_map`` (position, scale, opacity, on/off for projection and
print).

``stakeholder_map`` is rebuilt rather than altered so that an upgraded file's
schema is, to the byte, the schema of a new file: the new columns sit before
``id`` as the model declares them. Existing maps get no backdrop.

The SQL is written out literally: frozen like 0001 and 0002, later model
changes go in new revisions. On a team server's PostgreSQL the same tables are
made with PostgreSQL's type names, and ``stakeholder_map`` is altered in place.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NEW_TABLES = (
    'CREATE TABLE photo (\n\tatelier_id VARCHAR(36) NOT NULL, \n\tsequence_id VARCHAR(36), \n\ttaken_at DATETIME NOT NULL, \n\ttime_source VARCHAR(32) NOT NULL, \n\tcaption TEXT NOT NULL, \n\talt_text TEXT NOT NULL, \n\twidth INTEGER NOT NULL, \n\theight INTEGER NOT NULL, \n\tposition INTEGER NOT NULL, \n\toriginal_name TEXT NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_photo PRIMARY KEY (id), \n\tCONSTRAINT fk_photo_atelier_id_atelier FOREIGN KEY(atelier_id) REFERENCES atelier (id) ON DELETE CASCADE, \n\tCONSTRAINT fk_photo_sequence_id_sequence FOREIGN KEY(sequence_id) REFERENCES sequence (id) ON DELETE SET NULL\n)',
    'CREATE INDEX ix_photo_sequence_id ON photo (sequence_id)',
    'CREATE INDEX ix_photo_atelier_id ON photo (atelier_id)',
    'CREATE INDEX ix_photo_taken_at ON photo (taken_at)',
    'CREATE TABLE photo_data (\n\tphoto_id VARCHAR(36) NOT NULL, \n\tdata BLOB NOT NULL, \n\tthumbnail BLOB NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_photo_data PRIMARY KEY (id), \n\tCONSTRAINT uq_photo_data_photo_id UNIQUE (photo_id), \n\tCONSTRAINT fk_photo_data_photo_id_photo FOREIGN KEY(photo_id) REFERENCES photo (id) ON DELETE CASCADE\n)',
    'CREATE INDEX ix_photo_data_photo_id ON photo_data (photo_id)',
    'CREATE TABLE vote (\n\tatelier_id VARCHAR(36) NOT NULL, \n\tsequence_id VARCHAR(36), \n\tquestion TEXT NOT NULL, \n\tposition INTEGER NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_vote PRIMARY KEY (id), \n\tCONSTRAINT fk_vote_atelier_id_atelier FOREIGN KEY(atelier_id) REFERENCES atelier (id) ON DELETE CASCADE, \n\tCONSTRAINT fk_vote_sequence_id_sequence FOREIGN KEY(sequence_id) REFERENCES sequence (id) ON DELETE SET NULL\n)',
    'CREATE INDEX ix_vote_atelier_id ON vote (atelier_id)',
    'CREATE INDEX ix_vote_sequence_id ON vote (sequence_id)',
    'CREATE TABLE vote_option (\n\tvote_id VARCHAR(36) NOT NULL, \n\tlabel TEXT NOT NULL, \n\tsource_kind VARCHAR(32) NOT NULL, \n\tsource_id TEXT, \n\tposition INTEGER NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_vote_option PRIMARY KEY (id), \n\tCONSTRAINT fk_vote_option_vote_id_vote FOREIGN KEY(vote_id) REFERENCES vote (id) ON DELETE CASCADE\n)',
    'CREATE INDEX ix_vote_option_vote_id ON vote_option (vote_id)',
    'CREATE TABLE vote_round (\n\tvote_id VARCHAR(36) NOT NULL, \n\tname TEXT NOT NULL, \n\tposition INTEGER NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_vote_round PRIMARY KEY (id), \n\tCONSTRAINT fk_vote_round_vote_id_vote FOREIGN KEY(vote_id) REFERENCES vote (id) ON DELETE CASCADE\n)',
    'CREATE INDEX ix_vote_round_vote_id ON vote_round (vote_id)',
    'CREATE TABLE vote_count (\n\tround_id VARCHAR(36) NOT NULL, \n\toption_id VARCHAR(36) NOT NULL, \n\tcount INTEGER NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_vote_count PRIMARY KEY (id), \n\tCONSTRAINT uq_vote_count_round_id UNIQUE (round_id, option_id), \n\tCONSTRAINT fk_vote_count_round_id_vote_round FOREIGN KEY(round_id) REFERENCES vote_round (id) ON DELETE CASCADE, \n\tCONSTRAINT fk_vote_count_option_id_vote_option FOREIGN KEY(option_id) REFERENCES vote_option (id) ON DELETE CASCADE\n)',
    'CREATE INDEX ix_vote_count_option_id ON vote_count (option_id)',
    'CREATE INDEX ix_vote_count_round_id ON vote_count (round_id)',
)

MAP_TABLE = 'CREATE TABLE stakeholder_map (\n\tatelier_id VARCHAR(36) NOT NULL, \n\ttitle TEXT NOT NULL, \n\tlayout VARCHAR(32) NOT NULL, \n\tposition INTEGER NOT NULL, \n\tbackdrop_photo_id VARCHAR(36), \n\tbackdrop_x FLOAT NOT NULL, \n\tbackdrop_y FLOAT NOT NULL, \n\tbackdrop_scale FLOAT NOT NULL, \n\tbackdrop_opacity FLOAT NOT NULL, \n\tbackdrop_in_projection BOOLEAN NOT NULL, \n\tbackdrop_in_print BOOLEAN NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_stakeholder_map PRIMARY KEY (id), \n\tCONSTRAINT fk_stakeholder_map_atelier_id_atelier FOREIGN KEY(atelier_id) REFERENCES atelier (id) ON DELETE CASCADE, \n\tCONSTRAINT fk_stakeholder_map_backdrop_photo_id_photo FOREIGN KEY(backdrop_photo_id) REFERENCES photo (id) ON DELETE SET NULL\n)'
MAP_INDEXES = (
    'CREATE INDEX ix_stakeholder_map_backdrop_photo_id ON stakeholder_map (backdrop_photo_id)',
    'CREATE INDEX ix_stakeholder_map_atelier_id ON stakeholder_map (atelier_id)',
)
MAP_COLUMNS = "atelier_id, title, layout, position, id, modified_at"


def postgres(statement: str) -> str:
    """A frozen SQLite statement in PostgreSQL's words (a team server, ``core/team``).

    Only two type names differ: SQLite's ``DATETIME`` and ``BLOB`` are
    PostgreSQL's ``TIMESTAMP WITHOUT TIME ZONE`` and ``BYTEA``, what SQLAlchemy
    makes of the model's ``DateTime`` and ``LargeBinary``.
    """
    return (statement.replace(" DATETIME", " TIMESTAMP WITHOUT TIME ZONE")
            .replace(" BLOB", " BYTEA"))


#: PostgreSQL alters a table in place (its column order does not matter there); the
#: defaults only fill the existing rows and are dropped after.
PG_MAP_COLUMNS = (
    "ALTER TABLE stakeholder_map ADD COLUMN backdrop_photo_id VARCHAR(36), "
    "ADD COLUMN backdrop_x FLOAT NOT NULL DEFAULT 0.0, "
    "ADD COLUMN backdrop_y FLOAT NOT NULL DEFAULT 0.0, "
    "ADD COLUMN backdrop_scale FLOAT NOT NULL DEFAULT 1.0, "
    "ADD COLUMN backdrop_opacity FLOAT NOT NULL DEFAULT 0.5, "
    "ADD COLUMN backdrop_in_projection BOOLEAN NOT NULL DEFAULT true, "
    "ADD COLUMN backdrop_in_print BOOLEAN NOT NULL DEFAULT false, "
    "ADD CONSTRAINT fk_stakeholder_map_backdrop_photo_id_photo FOREIGN KEY(backdrop_photo_id) "
    "REFERENCES photo (id) ON DELETE SET NULL",
    "ALTER TABLE stakeholder_map ALTER COLUMN backdrop_x DROP DEFAULT, "
    "ALTER COLUMN backdrop_y DROP DEFAULT, ALTER COLUMN backdrop_scale DROP DEFAULT, "
    "ALTER COLUMN backdrop_opacity DROP DEFAULT, ALTER COLUMN backdrop_in_projection DROP DEFAULT, "
    "ALTER COLUMN backdrop_in_print DROP DEFAULT",
    MAP_INDEXES[0],
)


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        for statement in (*map(postgres, NEW_TABLES), *PG_MAP_COLUMNS):
            conn.exec_driver_sql(statement)
        return
    for statement in NEW_TABLES:
        conn.exec_driver_sql(statement)
    # Kept aside, dropped, created as a new file has it, filled back (foreign
    # keys are off during a migration; RENAME would quote the table's name).
    conn.exec_driver_sql("CREATE TABLE _old_stakeholder_map AS SELECT * FROM stakeholder_map")
    conn.exec_driver_sql("DROP TABLE stakeholder_map")
    conn.exec_driver_sql(MAP_TABLE)
    conn.exec_driver_sql(
        f"INSERT INTO stakeholder_map ({MAP_COLUMNS}, backdrop_photo_id, backdrop_x, "
        "backdrop_y, backdrop_scale, backdrop_opacity, backdrop_in_projection, "
        f"backdrop_in_print) SELECT {MAP_COLUMNS}, NULL, 0.0, 0.0, 1.0, 0.5, 1, 0 "
        "FROM _old_stakeholder_map"
    )
    conn.exec_driver_sql("DROP TABLE _old_stakeholder_map")
    for statement in MAP_INDEXES:
        conn.exec_driver_sql(statement)


def downgrade() -> None:
    for table in ("vote_count", "vote_round", "vote_option", "vote", "photo_data", "photo"):
        op.drop_table(table)
