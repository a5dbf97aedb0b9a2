"""The kinds of tool an experiment can test, as seeded in every new notebook.

The list is editable (a ``tool_kind`` table); these rows are only its start.
Their ids are fixed (UUID v5 of the key), so two notebooks created apart, or a
notebook and its upgraded copy, hold the same rows and merge without duplicates.
Migration 0003 keeps its own frozen copy of this list.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Connection

#: Namespace of the seeded ids (shared with migration 0005).
NAMESPACE = uuid.UUID("2b0e7f1c-3c1f-4d8e-9a51-746f6f6c6b69")

#: (key, name, description) in the order shown.
SEED: tuple[tuple[str, str, str], ...] = (
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


#: The seeded rows' ``modified_at``: fixed, so that seeded rows are identical in
#: every notebook and any edit of them (later) wins a merge.
SEED_TIME = dt.datetime(2026, 1, 1)


def seed_id(key: str) -> str:
    return str(uuid.uuid5(NAMESPACE, key))


def seed(conn: Connection, modified_at: dt.datetime = SEED_TIME) -> None:
    """Insert the seeded kinds (a new notebook)."""
    from .model import ToolKind

    conn.execute(ToolKind.__table__.insert(), [
        {"id": seed_id(key), "name": name, "description": description, "position": n,
         "modified_at": modified_at}
        for n, (key, name, description) in enumerate(SEED)
    ])
