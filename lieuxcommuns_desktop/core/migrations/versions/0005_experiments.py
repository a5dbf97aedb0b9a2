"""Experiments (user_version 5): origins, partners, tool kinds, indicators, milestones.

Schema 2 knew an experiment as a row with a dated log, tied to one collectivité.
This revision adds:

* ``tool_kind`` — the editable list of kinds of tool, seeded with six kinds
  (fixed ids, as in ``core/tool_kinds.py``);
* on ``experimentation``: the ressource concerned, the kind of tool, lessons
  (the table is rebuilt so that its SQL is exactly a new file's; its rows, and
  the log that points at them, keep their ids);
* ``experimentation_partner``, ``experimentation_atelier``,
  ``experimentation_origin`` — partners, ateliers of origin or review, notes
  and decisions of origin (their text copied);
* ``indicator``, ``indicator_value``, ``milestone``, ``status_transition``.

Statuses: schema 2's *suspendue* becomes *en cours* and *terminée* becomes
*évaluée*; each mapped experiment gets a transition dated from its row saying
so. Ids of derived rows are UUID v5 of what they derive from, so two
colleagues upgrading copies get the same rows.

On a team server's PostgreSQL the tables are made with PostgreSQL's type names
and ``experimentation`` is altered in place; statements with values use named
bound parameters, which both dialects take. Frozen: later model changes go in
new revisions.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: Namespace of the seeded tool kinds (``core/tool_kinds.py``).
TOOL_NAMESPACE = uuid.UUID("2b0e7f1c-3c1f-4d8e-9a51-746f6f6c6b69")
#: Namespace of the derived transitions.
DERIVED_NAMESPACE = uuid.UUID("7d1c5b0e-4f1a-4c55-9a57-6c6965757833")

TOOL_KINDS = (
    ("implication_habitants", "Implication des habitants",
     "Associer les habitants et usagers à la gestion de la ressource."),
    ("cadre_juridique", "Cadre juridique",
     "Convention d'occupation temporaire, bail, AOT, charte, statut associatif ou SCIC."),
    ("appui_materiel_humain", "Appui matériel et humain",
     "Locaux, matériel, temps d'agents mis à disposition d'initiatives citoyennes."),
    ("financement", "Financement", "Subvention, budget participatif, fonds partagé."),
    ("organisation_interne", "Organisation interne",
     "Référent·e, circuit de décision, coopération entre services."),
    ("autre", "Autre", ""),
)

#: schema 2 status -> (schema 3 status, reason written in the transition)
MAPPED_STATUSES = {
    "suspendue": ("en_cours", "Statut « suspendue » de la version précédente : "
                              "l'expérimentation reste en cours."),
    "terminee": ("evaluee", "Statut « terminée » de la version précédente : "
                            "l'expérimentation est considérée comme évaluée."),
}

NEW_TABLES = (
    'CREATE TABLE tool_kind (\n\tname TEXT NOT NULL, \n\tdescription TEXT NOT NULL, \n\tposition INTEGER NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_tool_kind PRIMARY KEY (id)\n)',
    'CREATE TABLE experimentation_partner (\n\texperimentation_id VARCHAR(36) NOT NULL, \n\tcollectivite_id VARCHAR(36) NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_experimentation_partner PRIMARY KEY (id), \n\tCONSTRAINT uq_experimentation_partner_experimentation_id UNIQUE (experimentation_id, collectivite_id), \n\tCONSTRAINT fk_experimentation_partner_experimentation_id_experimentation FOREIGN KEY(experimentation_id) REFERENCES experimentation (id) ON DELETE CASCADE, \n\tCONSTRAINT fk_experimentation_partner_collectivite_id_collectivite FOREIGN KEY(collectivite_id) REFERENCES collectivite (id) ON DELETE CASCADE\n)',
    'CREATE INDEX ix_experimentation_partner_collectivite_id ON experimentation_partner (collectivite_id)',
    'CREATE INDEX ix_experimentation_partner_experimentation_id ON experimentation_partner (experimentation_id)',
    'CREATE TABLE experimentation_atelier (\n\texperimentation_id VARCHAR(36) NOT NULL, \n\tatelier_id VARCHAR(36), \n\trole VARCHAR(32) NOT NULL, \n\tatelier_title TEXT NOT NULL, \n\tatelier_date DATE, \n\tid VARCHAR(36) NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_experimentation_atelier PRIMARY KEY (id), \n\tCONSTRAINT fk_experimentation_atelier_experimentation_id_experimentation FOREIGN KEY(experimentation_id) REFERENCES experimentation (id) ON DELETE CASCADE, \n\tCONSTRAINT fk_experimentation_atelier_atelier_id_atelier FOREIGN KEY(atelier_id) REFERENCES atelier (id) ON DELETE SET NULL\n)',
    'CREATE INDEX ix_experimentation_atelier_atelier_id ON experimentation_atelier (atelier_id)',
    'CREATE INDEX ix_experimentation_atelier_experimentation_id ON experimentation_atelier (experimentation_id)',
    'CREATE TABLE experimentation_origin (\n\texperimentation_id VARCHAR(36) NOT NULL, \n\tkind VARCHAR(32) NOT NULL, \n\tnote_id VARCHAR(36), \n\tdecision_id VARCHAR(36), \n\tatelier_id VARCHAR(36), \n\ttext TEXT NOT NULL, \n\tatelier_title TEXT NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_experimentation_origin PRIMARY KEY (id), \n\tCONSTRAINT fk_experimentation_origin_experimentation_id_experimentation FOREIGN KEY(experimentation_id) REFERENCES experimentation (id) ON DELETE CASCADE, \n\tCONSTRAINT fk_experimentation_origin_note_id_note FOREIGN KEY(note_id) REFERENCES note (id) ON DELETE SET NULL, \n\tCONSTRAINT fk_experimentation_origin_decision_id_decision FOREIGN KEY(decision_id) REFERENCES decision (id) ON DELETE SET NULL, \n\tCONSTRAINT fk_experimentation_origin_atelier_id_atelier FOREIGN KEY(atelier_id) REFERENCES atelier (id) ON DELETE SET NULL\n)',
    'CREATE INDEX ix_experimentation_origin_atelier_id ON experimentation_origin (atelier_id)',
    'CREATE INDEX ix_experimentation_origin_decision_id ON experimentation_origin (decision_id)',
    'CREATE INDEX ix_experimentation_origin_experimentation_id ON experimentation_origin (experimentation_id)',
    'CREATE INDEX ix_experimentation_origin_note_id ON experimentation_origin (note_id)',
    'CREATE TABLE indicator (\n\texperimentation_id VARCHAR(36) NOT NULL, \n\tname TEXT NOT NULL, \n\tunit TEXT NOT NULL, \n\tbaseline FLOAT, \n\ttarget FLOAT, \n\tposition INTEGER NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_indicator PRIMARY KEY (id), \n\tCONSTRAINT fk_indicator_experimentation_id_experimentation FOREIGN KEY(experimentation_id) REFERENCES experimentation (id) ON DELETE CASCADE\n)',
    'CREATE INDEX ix_indicator_experimentation_id ON indicator (experimentation_id)',
    'CREATE TABLE indicator_value (\n\tindicator_id VARCHAR(36) NOT NULL, \n\tdate DATE NOT NULL, \n\tvalue FLOAT NOT NULL, \n\tcomment TEXT NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_indicator_value PRIMARY KEY (id), \n\tCONSTRAINT fk_indicator_value_indicator_id_indicator FOREIGN KEY(indicator_id) REFERENCES indicator (id) ON DELETE CASCADE\n)',
    'CREATE INDEX ix_indicator_value_indicator_id ON indicator_value (indicator_id)',
    'CREATE TABLE milestone (\n\texperimentation_id VARCHAR(36) NOT NULL, \n\ttitle TEXT NOT NULL, \n\tdue_date DATE, \n\tdone BOOLEAN NOT NULL, \n\tposition INTEGER NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_milestone PRIMARY KEY (id), \n\tCONSTRAINT fk_milestone_experimentation_id_experimentation FOREIGN KEY(experimentation_id) REFERENCES experimentation (id) ON DELETE CASCADE\n)',
    'CREATE INDEX ix_milestone_experimentation_id ON milestone (experimentation_id)',
    'CREATE TABLE status_transition (\n\texperimentation_id VARCHAR(36) NOT NULL, \n\tdate DATE NOT NULL, \n\tfrom_status VARCHAR(32), \n\tto_status VARCHAR(32) NOT NULL, \n\treason TEXT NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_status_transition PRIMARY KEY (id), \n\tCONSTRAINT fk_status_transition_experimentation_id_experimentation FOREIGN KEY(experimentation_id) REFERENCES experimentation (id) ON DELETE CASCADE\n)',
    'CREATE INDEX ix_status_transition_experimentation_id ON status_transition (experimentation_id)',
)

EXPERIMENTATION = (
    'CREATE TABLE experimentation (\n\tcollectivite_id VARCHAR(36), \n\ttitle TEXT NOT NULL, \n\ttool_tested TEXT NOT NULL, \n\thypothesis TEXT NOT NULL, \n\tstatus VARCHAR(32) NOT NULL, \n\tstart_date DATE, \n\tend_date DATE, \n\tdescription TEXT NOT NULL, \n\tressource_id VARCHAR(36), \n\ttool_kind_id VARCHAR(36), \n\tlessons TEXT NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_experimentation PRIMARY KEY (id), \n\tCONSTRAINT fk_experimentation_collectivite_id_collectivite FOREIGN KEY(collectivite_id) REFERENCES collectivite (id) ON DELETE SET NULL, \n\tCONSTRAINT fk_experimentation_ressource_id_ressource FOREIGN KEY(ressource_id) REFERENCES ressource (id) ON DELETE SET NULL, \n\tCONSTRAINT fk_experimentation_tool_kind_id_tool_kind FOREIGN KEY(tool_kind_id) REFERENCES tool_kind (id) ON DELETE SET NULL\n)',
    'CREATE INDEX ix_experimentation_collectivite_id ON experimentation (collectivite_id)',
    'CREATE INDEX ix_experimentation_ressource_id ON experimentation (ressource_id)',
    'CREATE INDEX ix_experimentation_tool_kind_id ON experimentation (tool_kind_id)',
)

OLD_COLUMNS = ("collectivite_id, title, tool_tested, hypothesis, status, start_date, end_date, "
               "description, id, modified_at")


#: On a team server's PostgreSQL ``experimentation`` is altered in place; the
#: default only fills existing rows and is dropped after.
PG_EXPERIMENTATION = (
    "ALTER TABLE experimentation ADD COLUMN ressource_id VARCHAR(36), "
    "ADD COLUMN tool_kind_id VARCHAR(36), ADD COLUMN lessons TEXT NOT NULL DEFAULT '', "
    "ADD CONSTRAINT fk_experimentation_ressource_id_ressource FOREIGN KEY(ressource_id) "
    "REFERENCES ressource (id) ON DELETE SET NULL, "
    "ADD CONSTRAINT fk_experimentation_tool_kind_id_tool_kind FOREIGN KEY(tool_kind_id) "
    "REFERENCES tool_kind (id) ON DELETE SET NULL",
    "ALTER TABLE experimentation ALTER COLUMN lessons DROP DEFAULT",
    EXPERIMENTATION[2],
    EXPERIMENTATION[3],
)


def postgres(statement: str) -> str:
    """A frozen SQLite statement in PostgreSQL's words (``DATETIME`` is SQLite's name)."""
    return statement.replace(" DATETIME", " TIMESTAMP WITHOUT TIME ZONE")


def upgrade() -> None:
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    for sql in NEW_TABLES[:1]:  # tool_kind first: experimentation refers to it
        conn.exec_driver_sql(sql if sqlite else postgres(sql))
    if sqlite:
        _rebuild_experimentation(conn)
    else:
        for sql in PG_EXPERIMENTATION:
            conn.exec_driver_sql(sql)
    for sql in NEW_TABLES[1:]:
        conn.exec_driver_sql(sql if sqlite else postgres(sql))
    seeded_at = dt.datetime(2026, 1, 1)  # tool_kinds.SEED_TIME
    conn.execute(
        sa.text("INSERT INTO tool_kind (name, description, position, id, modified_at) "
                "VALUES (:name, :description, :position, :id, :modified_at)"),
        [{"name": name, "description": description, "position": n,
          "id": str(uuid.uuid5(TOOL_NAMESPACE, key)), "modified_at": seeded_at}
         for n, (key, name, description) in enumerate(TOOL_KINDS)],
    )
    _map_statuses(conn)


def _rebuild_experimentation(conn: sa.Connection) -> None:
    """Rebuild the table under its own name, so that its SQL is a new file's.

    Foreign keys are off during migrations and ``legacy_alter_table`` keeps the
    log's reference pointing at the name ``experimentation``.
    """
    conn.exec_driver_sql("PRAGMA legacy_alter_table=ON")
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_experimentation_collectivite_id")
    conn.exec_driver_sql("ALTER TABLE experimentation RENAME TO _experimentation_v2")
    for sql in EXPERIMENTATION:
        conn.exec_driver_sql(sql)
    conn.exec_driver_sql(
        f"INSERT INTO experimentation ({OLD_COLUMNS}, ressource_id, tool_kind_id, lessons) "
        f"SELECT {OLD_COLUMNS}, NULL, NULL, '' FROM _experimentation_v2"
    )
    conn.exec_driver_sql("DROP TABLE _experimentation_v2")
    conn.exec_driver_sql("PRAGMA legacy_alter_table=OFF")


def _map_statuses(conn: sa.Connection) -> None:
    rows = conn.execute(
        sa.text("SELECT id, status, modified_at FROM experimentation "
                "WHERE status IN (:a, :b)"),
        dict(zip(("a", "b"), MAPPED_STATUSES, strict=True)),
    ).fetchall()
    for exp_id, old, modified_at in rows:
        new, reason = MAPPED_STATUSES[old]
        day = str(modified_at)[:10]
        conn.execute(sa.text("UPDATE experimentation SET status = :s WHERE id = :id"),
                     {"s": new, "id": exp_id})
        conn.execute(
            sa.text("INSERT INTO status_transition (experimentation_id, date, from_status, "
                    "to_status, reason, id, modified_at) "
                    "VALUES (:e, :d, :f, :t, :r, :id, :m)"),
            {"e": exp_id, "d": day, "f": old, "t": new, "r": reason,
             "id": str(uuid.uuid5(DERIVED_NAMESPACE, f"status_transition/{exp_id}")),
             "m": modified_at},
        )


def downgrade() -> None:
    raise NotImplementedError("notebooks are never downgraded; restore the .avant-v3 backup")
