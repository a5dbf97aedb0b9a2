"""Realistic matrices for tests and screenshots: 8 acteurs, 8 rows, some rules broken."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import ActeurCategory as Cat
from lieuxcommuns_desktop.core.enums import MatrixVersion
from lieuxcommuns_desktop.core.matrix_labels import DECISIONS, ROLES
from lieuxcommuns_desktop.core.services import commons, records
from lieuxcommuns_desktop.core.services import matrices as svc
from lieuxcommuns_desktop.core.services.notebook import Notebook

ACTEURS = [
    ("Ville de Lyon — Direction du patrimoine", Cat.COLLECTIVITE),
    ("Métropole de Lyon", Cat.SERVICES_PUBLICS),
    ("Habitants du quartier Mermoz", Cat.HABITANTS),
    ("Collectif La Friche Lamartine", Cat.ASSOCIATIONS),
    ("Centre social Laënnec", Cat.ASSOCIATIONS),
    ("Artisans du marché", Cat.ECONOMIQUES),
    ("Fondation de France", Cat.FINANCEURS),
    ("Bureau d'études Terres communes", Cat.EXPERTS),
]
RESPONSIBILITIES = [
    "Ouvrir et fermer le lieu", "Tenir le planning des salles", "Entretenir le bâtiment",
    "Accueillir les nouveaux membres", "Tenir les comptes", "Rendre compte à la collectivité",
    "Animer la gouvernance", "Communiquer sur les activités",
]
DECISIONS_LABELS = [
    "Règles d'usage", "Programmation", "Budget annuel", "Travaux", "Entretien courant",
    "Accueil de nouveaux membres", "Résolution des conflits", "Choix des partenaires",
]
# rows of 8 cells; "" = empty
ROLE_CELLS = [
    "RA  C I ", "IRCA    ", "A R   C ", "  RIA   ", "CA AR I ", "AI C    ", "  RRC   ", "I RR  CI",
]
TODAY = [
    "5011 101", "51  2  0", "5 1 1 21", "5 3 4  2", "4 4  1 0", "5  2    ", "3 2 2   ", "5 1 3 1 ",
]
TARGET = [
    "44441 01", "3 444  0", "5 33 221", "4 3 4  3", "4 4 4 0 ", "3 4 4   ", "3 4 4 2 ", "4 4 4 1 ",
]


@dataclass
class Sample:
    atelier_id: str
    acteurs: list[str]
    responsibilities: list[str]
    decisions: list[str]
    ressource_id: str


def _cells(rows: list[str], row_ids: list[str], acteurs: list[str]) -> dict:
    return {(row_ids[i], acteurs[j]): ch for i, line in enumerate(rows)
            for j, ch in enumerate(line) if ch.strip()}


def build(nb: Notebook) -> Sample:
    ressource = records.create(nb, m.Ressource, name="Friche Lamartine")
    atelier = records.create(nb, m.Atelier, title="Qui décide à la Friche ?",
                             ressource_id=ressource.id, date=dt.date(2026, 4, 14))
    earlier = records.create(nb, m.Atelier, title="Découverte de la friche",
                             ressource_id=ressource.id, date=dt.date(2026, 2, 3))
    acteurs = [records.create(nb, m.Acteur, name=n, category=c).id for n, c in ACTEURS]
    svc.set_columns(nb, atelier.id, ROLES, acteurs)
    svc.set_columns(nb, atelier.id, DECISIONS, acteurs)
    resp = svc.add_rows(nb, atelier.id, ROLES, RESPONSIBILITIES)
    dec = svc.add_rows(nb, atelier.id, DECISIONS, DECISIONS_LABELS)
    svc.set_cells(nb, ROLES, _cells(ROLE_CELLS, resp, acteurs))
    svc.set_cells(nb, DECISIONS, _cells(TODAY, dec, acteurs), MatrixVersion.AUJOURDHUI)
    svc.set_cells(nb, DECISIONS, _cells(TARGET, dec, acteurs), MatrixVersion.CIBLE)
    for n, status, note in ((1, "en_place", "Périmètre : bâtiment A et la cour."),
                            (2, "en_discussion", "Charte d'usage en cours d'écriture."),
                            (3, "en_discussion", "AG mensuelle ouverte à tous les usagers."),
                            (4, "absent", ""), (6, "en_discussion", "Médiation par le centre "
                                                                    "social, à formaliser."),
                            (7, "en_place", "Convention d'occupation signée avec la Ville.")):
        commons.set_principle(nb, atelier.id, n, status=status, note=note)
    for n, status in ((1, "en_discussion"), (2, "absent"), (3, "absent"), (7, "en_discussion")):
        commons.set_principle(nb, earlier.id, n, status=status)
    return Sample(atelier.id, acteurs, resp, dec, ressource.id)
