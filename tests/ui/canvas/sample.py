"""A realistic stakeholder map of a brownfield site in transitional use (tests, screenshots)."""

from __future__ import annotations

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import ActeurCategory as C
from lieuxcommuns_desktop.core.enums import MapLayout
from lieuxcommuns_desktop.core.enums import RelationKind as K
from lieuxcommuns_desktop.core.services import maps, records
from lieuxcommuns_desktop.core.services.notebook import Notebook

ACTEURS = [
    ("Ville de Montreuil-sur-Loire", C.COLLECTIVITE, (-20, -30)),
    ("Collectif La Friche en commun", C.ASSOCIATIONS, (40, 50)),
    ("Habitants du quartier des Tanneries", C.HABITANTS, (150, -90)),
    ("Régie de quartier", C.ASSOCIATIONS, (-160, 60)),
    ("Métropole — service foncier", C.SERVICES_PUBLICS, (-250, -150)),
    ("Établissement public foncier", C.SERVICES_PUBLICS, (250, 180)),
    ("Fondation de France", C.FINANCEURS, (-300, 200)),
    ("Banque des territoires", C.FINANCEURS, (330, -200)),
    ("Café associatif Le Quai", C.ECONOMIQUES, (180, 120)),
    ("Bailleur social Loire Habitat", C.ECONOMIQUES, (-60, 260)),
    ("Atelier d'architecture Bellastock", C.EXPERTS, (0, -270)),
    ("Université — laboratoire des communs", C.EXPERTS, (-380, -60)),
    ("Jardins partagés des Tanneries", C.HABITANTS, (80, -180)),
    ("Conseil citoyen", C.HABITANTS, (-120, -150)),
    ("Préfecture (DDT)", C.SERVICES_PUBLICS, (390, 40)),
    ("Riverains de la rue Haute", C.HABITANTS, (-340, 330)),
    ("Compagnie de théâtre Les Oiseaux", C.ASSOCIATIONS, (250, 320)),
    ("École élémentaire Jules-Ferry", C.AUTRES, (-230, -330)),
    ("Promoteur immobilier Nexity", C.ECONOMIQUES, (390, -330)),
    ("Département — culture", C.COLLECTIVITE, (30, 380)),
]

RELATIONS = [
    (0, 1, K.CONVENTION, "convention d'occupation", False),
    (0, 4, K.COOPERATION, "", True),
    (1, 2, K.COOPERATION, "", True),
    (1, 3, K.COOPERATION, "chantiers", True),
    (6, 1, K.FINANCEMENT, "appel à projets", False),
    (7, 0, K.FINANCEMENT, "", False),
    (18, 0, K.CONFLIT, "projet de logements", True),
    (15, 1, K.CONFLIT, "bruit", False),
    (0, 2, K.INFORMATION, "réunions publiques", False),
    (10, 1, K.COOPERATION, "", False),
    (11, 1, K.INFORMATION, "", False),
    (5, 0, K.CONVENTION, "", False),
    (8, 1, K.CONVENTION, "bail", False),
    (19, 16, K.FINANCEMENT, "", False),
    (12, 2, K.COOPERATION, "", True),
    (14, 0, K.INFORMATION, "", False),
]


def build(nb: Notebook, layout: MapLayout = MapLayout.ONION) -> tuple[str, str, list[str]]:
    """(atelier id, map id, acteur ids) of a 20-acteur map with 16 relations."""
    atelier = records.create(nb, m.Atelier, title="Friche des Tanneries")
    acteurs = records.create_many(nb, [m.Acteur(name=n, category=c) for n, c, _p in ACTEURS])
    ids = [a.id for a in acteurs]
    map_id = maps.create_map(nb, atelier.id, "Aujourd'hui", layout)
    maps.place_acteurs(nb, map_id, [(i, *p) for i, (_n, _c, p) in zip(ids, ACTEURS, strict=True)])
    for s, t, k, label, two in RELATIONS:
        maps.add_relation(nb, map_id, ids[s], ids[t], k, label, two)
    return atelier.id, map_id, ids
