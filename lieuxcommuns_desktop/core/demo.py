"""The demo notebook: a plausible programme to explore every screen with.

Six collectivités of the inner east of Paris follow a *Lieux Communs*
learning path (the programme itself — expeditions, members, phases and the
lighter ateliers hosted in turn — is in :mod:`.demo_programme`): four
thematic ateliers built from the built-in templates,
with their stakeholders, participants and attendance, maps, matrices, commons
grids, notes and actions, evaluation forms and a local experiment followed
over months. Everything is fixed (a seeded random generator only jitters
coordinates and answers), so two demo files hold the same content.

The file is built beside its target and moved into place at the end: an
interrupted build never leaves a half notebook under the target's name, and
an existing file is never replaced.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import os
import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import demo_boards, demo_experiments, demo_programme
from .enums import (
    ActeurCategory,
    AtelierStatus,
    Circle,
    ExperimentationStatus,
    MapLayout,
    MatrixVersion,
    NoteKind,
    ParticipationLevel,
    PrincipleStatus,
    QuestionKind,
    Raci,
    RelationKind,
    ResourceKind,
)
from .errors import LieuxError, StoreError
from .model import (
    Acteur,
    Attendance,
    Collectivite,
    CommonsAssessment,
    Decision,
    DecisionCell,
    EvaluationAnswer,
    EvaluationForm,
    EvaluationQuestion,
    Experimentation,
    ExperimentationLog,
    MapPlacement,
    MatrixColumn,
    Note,
    Participant,
    Programme,
    Record,
    Relation,
    Responsibility,
    Ressource,
    RoleCell,
    Sequence,
    StakeholderMap,
    new_id,
)
from .services import ateliers as atelier_service
from .services.notebook import Notebook
from .templates import load as load_template

log = logging.getLogger(__name__)

SEED = 2026

PROGRAMME = {
    "title": "Lieux Communs — parcours 2026",
    "territory": "Île-de-France (Seine-Saint-Denis)",
    "licence": "CC BY-SA 4.0",
    "description": (
        "Un parcours apprenant de sept mois pour six collectivités de l'est parisien : "
        "quatre expéditions thématiques (urbanisme transitoire, espaces naturels, "
        "équipements culturels, gestion de l'eau) pour apprendre à partager la gestion "
        "d'une ressource avec les habitants, les associations et les acteurs locaux, "
        "puis une mise en test locale. Les productions sont documentées et publiées "
        "sous licence Creative Commons, avec une évaluation participative."
    ),
}

# key: (name, circle, territory, contact, description)
COLLECTIVITES = {
    "montreuil": (
        "Ville de Montreuil", Circle.PARTICIPANTE, "Seine-Saint-Denis — Est Ensemble",
        "Claire Moreau, cheffe de projet urbanisme transitoire",
        "Engagée dans le parcours avec une friche en attente de projet et un parc "
        "dont les usagers demandent à être associés.",
    ),
    "saint-denis": (
        "Ville de Saint-Denis", Circle.PARTICIPANTE, "Seine-Saint-Denis — Plaine Commune",
        "Nadia Benali, directrice des affaires culturelles",
        "Souhaite ouvrir la programmation de son cinéma municipal aux associations "
        "et aux habitants.",
    ),
    "pantin": (
        "Ville de Pantin", Circle.PARTICIPANTE, "Seine-Saint-Denis — Est Ensemble",
        "Julien Roux, chargé de mission eau et biodiversité",
        "Travaille avec le syndicat de bassin sur la renaturation d'un ru et d'un "
        "bassin de rétention.",
    ),
    "bagnolet": (
        "Ville de Bagnolet", Circle.SECOND_CERCLE, "Seine-Saint-Denis — Est Ensemble",
        "Sophie Garnier, chargée de mission transition",
        "Membre du second cercle : suit les expérimentations, en particulier le "
        "comité d'usagers du parc, pour s'en inspirer.",
    ),
}

# key: (name, kind, place, description, collectivité)
RESSOURCES = {
    "friche": (
        "Friche des Maraîchers", ResourceKind.FONCIER_BATIMENT, "Rue des Maraîchers, Montreuil",
        "Ancienne usine de pièces détachées de 4 000 m², propriété de l'établissement "
        "public foncier depuis 2023, en attente d'un projet de logements et d'équipement "
        "prévu pour 2030. Occupée à titre transitoire par un collectif depuis l'automne.",
        "montreuil",
    ),
    "parc": (
        "Parc des Tilleuls", ResourceKind.ESPACE_NATUREL, "Quartier des Ruffins, Montreuil",
        "Parc de sept hectares avec une prairie de fauche, une aire de jeux et un "
        "jardin partagé de quarante parcelles.",
        "montreuil",
    ),
    "cinema": (
        "Ciné-tiers-lieu L'Étoile", ResourceKind.EQUIPEMENT, "Centre-ville, Saint-Denis",
        "Cinéma municipal de 1936 (deux salles, 320 places) doublé d'un café associatif "
        "et d'une salle de répétition.",
        "saint-denis",
    ),
    "bassin": (
        "Bassin des Rigoles et ru de la Mare", ResourceKind.EAU,
        "Quartier des Courtillières, Pantin",
        "Bassin de rétention des eaux pluviales de deux hectares et ru en partie "
        "canalisé, fréquentés par les pêcheurs et les promeneurs ; qualité de l'eau "
        "médiocre en été.",
        "pantin",
    ),
}

C = ActeurCategory
# key: (name, category, collectivité, description)
ACTEURS = {
    "mtr-urba": ("Ville de Montreuil — direction de l'urbanisme", C.COLLECTIVITE, "montreuil",
                 "Pilote l'occupation transitoire de la friche."),
    "mtr-parcs": ("Ville de Montreuil — service des parcs et jardins", C.COLLECTIVITE,
                  "montreuil", "Gère et entretient le parc des Tilleuls."),
    "sd-culture": ("Ville de Saint-Denis — direction de la culture", C.COLLECTIVITE,
                   "saint-denis", "Gère le cinéma L'Étoile en régie directe."),
    "pantin-env": ("Ville de Pantin — service environnement", C.COLLECTIVITE, "pantin",
                   "Porte le projet de renaturation du ru."),
    "bagnolet": ("Ville de Bagnolet — mission transition écologique", C.COLLECTIVITE,
                 "bagnolet", "Second cercle du programme."),
    "epf": ("Établissement public foncier d'Île-de-France", C.SERVICES_PUBLICS, None,
            "Propriétaire de la friche des Maraîchers."),
    "ee-eau": ("Est Ensemble — direction du cycle de l'eau", C.SERVICES_PUBLICS, None,
               "Compétente pour l'assainissement et les eaux pluviales."),
    "syndicat": ("Syndicat intercommunal du bassin des Rigoles", C.SERVICES_PUBLICS, None,
                 "Entretient le ru et surveille la qualité de l'eau."),
    "bailleur": ("Bailleur social Habitat Est — agence de Pantin", C.SERVICES_PUBLICS,
                 "pantin", "Gère les résidences riveraines du bassin."),
    "lycee": ("Lycée Paul-Éluard — option cinéma", C.SERVICES_PUBLICS, "saint-denis",
              "Utilise les salles pour ses projections pédagogiques."),
    "cq-maraichers": ("Conseil de quartier des Maraîchers", C.HABITANTS, "montreuil",
                      "Relaie la parole des voisins de la friche."),
    "usagers-parc": ("Usagers du parc des Tilleuls", C.HABITANTS, "montreuil",
                     "Familles, promeneurs, sportifs et propriétaires de chiens."),
    "spectateurs": ("Spectateurs et habitants du centre-ville", C.HABITANTS, "saint-denis",
                    "Le public, fidèle ou occasionnel, du cinéma."),
    "riverains": ("Riverains du bassin des Rigoles", C.HABITANTS, "pantin",
                  "Habitants des résidences qui bordent le bassin."),
    "friche-verte": ("Collectif Friche Verte", C.ASSOCIATIONS, "montreuil",
                     "Collectif d'habitants et d'artisans qui anime l'occupation transitoire."),
    "amis-etoile": ("Les Amis de L'Étoile", C.ASSOCIATIONS, "saint-denis",
                    "Association qui tient le café et organise des ciné-débats."),
    "cie-ombres": ("Compagnie Les Ombres", C.ASSOCIATIONS, "saint-denis",
                   "Compagnie de théâtre en résidence dans la salle de répétition."),
    "regie": ("Régie de quartier Est Ensemble", C.ASSOCIATIONS, None,
              "Chantiers d'insertion : entretien des espaces extérieurs et des berges."),
    "gaule": ("La Gaule pantinoise (association de pêche)", C.ASSOCIATIONS, "pantin",
              "Pêcheurs du bassin, vigilants sur la qualité de l'eau."),
    "pousses": ("Jardin partagé Les Pousses", C.ASSOCIATIONS, "montreuil",
                "Association qui anime le jardin partagé du parc."),
    "fabrique-velos": ("Coopérative La Fabrique à vélos", C.ECONOMIQUES, "montreuil",
                       "Atelier de réparation de vélos installé dans la friche."),
    "brasserie": ("Brasserie du Canal", C.ECONOMIQUES, "pantin",
                  "Brasserie artisanale dont les rejets inquiètent les pêcheurs."),
    "agence-eau": ("Agence de l'eau Seine-Normandie", C.FINANCEURS, None,
                   "Finance les travaux de restauration des milieux aquatiques."),
    "region": ("Région Île-de-France", C.FINANCEURS, None,
               "Finance l'urbanisme transitoire et les lieux culturels de proximité."),
    "fondation": ("Fondation Territoires solidaires", C.FINANCEURS, None,
                  "Soutient les jardins partagés et les initiatives d'habitants."),
    "27e": ("La 27e Région — équipe Lieux Communs", C.EXPERTS, None,
            "Conçoit et anime le parcours."),
    "hydro": ("Hydro-Conseil (bureau d'études)", C.EXPERTS, None,
              "Étude hydraulique du ru pour le syndicat."),
    "juris": ("Juris'Communs (coopérative de juristes)", C.EXPERTS, None,
              "Conseille sur les conventions d'occupation et les cadres juridiques des communs."),
    "canard": ("Le Canard des Rigoles (journal de quartier)", C.AUTRES, "pantin",
               "Journal bénévole distribué dans les boîtes aux lettres du quartier."),
}

# key: (first name, last name, acteur, role)
PARTICIPANTS = {
    "cmoreau": ("Claire", "Moreau", "mtr-urba", "Cheffe de projet urbanisme transitoire"),
    "tlefebvre": ("Thomas", "Lefebvre", "mtr-parcs", "Responsable du secteur est"),
    "nbenali": ("Nadia", "Benali", "sd-culture", "Directrice des affaires culturelles"),
    "jroux": ("Julien", "Roux", "pantin-env", "Chargé de mission eau et biodiversité"),
    "sgarnier": ("Sophie", "Garnier", "bagnolet", "Chargée de mission transition"),
    "mdubois": ("Marc", "Dubois", "epf", "Chargé d'opérations foncières"),
    "adiallo": ("Aïcha", "Diallo", "ee-eau", "Ingénieure assainissement"),
    "plambert": ("Pierre", "Lambert", "syndicat", "Technicien de rivière"),
    "fcamara": ("Fatou", "Camara", "cq-maraichers", "Membre du bureau du conseil de quartier"),
    "jmperrin": ("Jean-Michel", "Perrin", "riverains", "Riverain, président d'amicale"),
    "lfontaine": ("Léa", "Fontaine", "usagers-parc", "Habitante, mère de famille"),
    "hmartin": ("Hugo", "Martin", "friche-verte", "Coordinateur"),
    "imercier": ("Inès", "Mercier", "amis-etoile", "Présidente"),
    "ksaidi": ("Karim", "Saïdi", "regie", "Encadrant technique"),
    "bchevalier": ("Bernard", "Chevalier", "gaule", "Président"),
    "mrenaud": ("Mathilde", "Renaud", "pousses", "Animatrice"),
    "lpetit": ("Lucas", "Petit", "fabrique-velos", "Cogérant"),
    "egirard": ("Émilie", "Girard", "brasserie", "Fondatrice"),
    "oblanc": ("Olivier", "Blanc", "agence-eau", "Chargé d'interventions"),
    "scohen": ("Sarah", "Cohen", "region", "Chargée de mission urbanisme transitoire"),
    "cbertrand": ("Camille", "Bertrand", "27e", "Facilitatrice"),
    "yhaddad": ("Youssef", "Haddad", "27e", "Facilitateur"),
    "arousseau": ("Anne", "Rousseau", "juris", "Juriste"),
    "rfaure": ("Rémi", "Faure", "hydro", "Hydrologue"),
    "zlemoine": ("Zoé", "Lemoine", "cie-ombres", "Comédienne et médiatrice"),
    "gnguyen": ("Gabriel", "Nguyen", "lycee", "Professeur de cinéma"),
    "cmorel": ("Chantal", "Morel", "usagers-parc", "Membre du club de marche"),
    "mkeita": ("Mamadou", "Keita", "riverains", "Habitant des Courtillières"),
}


@dataclass(frozen=True)
class AtelierPlan:
    """Everything the demo puts in one atelier (keys refer to the tables above)."""

    key: str
    template: str
    title: str
    ressource: str
    collectivite: str
    date: dt.date
    start: dt.time
    place: str
    facilitators: str
    layout: MapLayout
    #: (acteur, ring 1..4) for an onion map, (acteur, x, y) for power/interest.
    placements: tuple[tuple, ...]
    #: (source, target, kind, label, two_way)
    relations: tuple[tuple[str, str, RelationKind, str, bool], ...]
    columns: tuple[str, ...]
    #: one string per responsibility, one letter (R, A, C, I or .) per column
    roles: tuple[str, ...]
    #: one (today, target) pair per decision, one level digit per column
    decisions: tuple[tuple[str, str], ...]
    commons: tuple[tuple[PrincipleStatus, str], ...]
    #: (séquence index, kind, text, owner, due date, done); owner "p:key" or "a:key"
    notes: tuple[tuple, ...]
    #: (participant, present, walk_in, arrived_at)
    attendance: tuple[tuple[str, bool, bool, dt.time | None], ...]


K = RelationKind
S = PrincipleStatus
N = NoteKind
D = dt.date

ATELIERS: tuple[AtelierPlan, ...] = (
    AtelierPlan(
        key="friche",
        template="urbanisme-transitoire",
        title="Friche des Maraîchers : qui fera vivre le lieu ?",
        ressource="friche", collectivite="montreuil",
        date=D(2026, 1, 29), start=dt.time(14, 0),
        place="Friche des Maraîchers, ancienne loge du gardien",
        facilitators="Camille Bertrand, Youssef Haddad (La 27e Région)",
        layout=MapLayout.ONION,
        placements=(
            ("friche-verte", 1), ("fabrique-velos", 1),
            ("mtr-urba", 2), ("epf", 2), ("cq-maraichers", 2), ("region", 2),
            ("regie", 3), ("27e", 3), ("bagnolet", 3),
            ("juris", 4), ("fondation", 4),
        ),
        relations=(
            ("epf", "friche-verte", K.CONVENTION, "Convention d'occupation temporaire", False),
            ("region", "friche-verte", K.FINANCEMENT, "Appel à projets urbanisme transitoire",
             False),
            ("friche-verte", "fabrique-velos", K.COOPERATION, "Atelier partagé", True),
            ("cq-maraichers", "friche-verte", K.CONFLIT, "Bruit en soirée", True),
            ("mtr-urba", "cq-maraichers", K.INFORMATION, "Lettre d'information", False),
            ("mtr-urba", "epf", K.CONVENTION, "Convention d'intervention foncière", True),
        ),
        columns=("mtr-urba", "epf", "friche-verte", "fabrique-velos", "cq-maraichers",
                 "region"),
        roles=(
            "I.AR..",
            "I.ARC.",
            "CARI..",
            ".CAR..",
            "AAR...",  # deliberately two A: shows the one-A rule in the matrix
            "C.ARC.",
            "R.A.C.",
            "A.R.CI",
        ),
        decisions=(
            ("531210", "344430"),
            ("551100", "434320"),
            ("512210", "214432"),
            ("531002", "434313"),
            ("351000", "443310"),
            ("501100", "204430"),
            ("510020", "314440"),
            ("451000", "444330"),
        ),
        commons=(
            (S.EN_PLACE, "Périmètre de l'occupation fixé par la convention avec l'EPF : "
                         "bâtiment A et cour."),
            (S.EN_DISCUSSION, "Charte d'usage en cours de rédaction avec les occupants ; "
                              "horaires à caler avec les voisins."),
            (S.EN_DISCUSSION, "Assemblée mensuelle des occupants, mais la Ville et l'EPF "
                              "n'y siègent pas encore."),
            (S.ABSENT, "Personne n'est chargé de suivre le respect de la charte."),
            (S.ABSENT, "Aucune règle graduée : seule la résiliation de la convention est "
                       "prévue."),
            (S.EN_DISCUSSION, "Médiation par la régie de quartier proposée, à tester."),
            (S.EN_PLACE, "La convention reconnaît le collectif comme gestionnaire des usages."),
            (S.ABSENT, "Pas encore de lien avec la gouvernance du futur projet urbain."),
        ),
        notes=(
            (1, N.NOTE, "Beaucoup de souvenirs liés à l'usine : plusieurs habitants y ont "
                        "travaillé ou y ont des parents.", None, None, False),
            (1, N.QUESTION, "Les futurs habitants du quartier (logements prévus en 2030) "
                            "seront-ils associés ?", None, None, False),
            (2, N.IDEE, "Ouvrir la cour le samedi comme une place de quartier : bancs, ombre, "
                        "point d'eau.", None, None, False),
            (2, N.VIGILANCE, "Toiture du bâtiment B fragile : zone interdite au public tant "
                             "que le diagnostic n'est pas fait.", None, None, False),
            (3, N.NOTE, "Les voisins immédiats sont absents de la salle ; le conseil de "
                        "quartier propose de relayer.", None, None, False),
            (3, N.VIGILANCE, "Tension sur le bruit en soirée entre le collectif et les "
                             "riverains de la rue des Maraîchers.", None, None, False),
            (5, N.DECISION, "Le collectif Friche Verte tient le planning des usages ; la Ville "
                            "en est informée chaque mois.", None, None, False),
            (5, N.QUESTION, "Qui paie l'assurance : l'EPF propriétaire ou la Ville ? Deux "
                            "réponses contradictoires dans la salle.", None, None, False),
            (6, N.DECISION, "Choix des occupants par un comité mixte (Ville, EPF, collectif, "
                            "conseil de quartier), à tester six mois.", None, None, False),
            (7, N.IDEE, "Une caisse commune alimentée par les occupants pour les petits "
                        "travaux.", None, None, False),
            (8, N.ACTION, "Rédiger la charte d'usage de la friche", "p:hmartin",
             D(2026, 3, 15), True),
            (8, N.ACTION, "Commander le diagnostic de la toiture du bâtiment B", "a:epf",
             D(2026, 4, 30), True),
            (8, N.ACTION, "Organiser une rencontre avec les voisins de la rue des Maraîchers",
             "p:fcamara", D(2026, 9, 30), False),
            (9, N.NOTE, "Ambiance jugée très bonne ; la marche exploratoire est le moment le "
                        "plus cité.", None, None, False),
        ),
        attendance=(
            ("cmoreau", True, False, None), ("mdubois", True, False, dt.time(14, 35)),
            ("fcamara", True, False, None), ("hmartin", True, False, None),
            ("lpetit", True, False, None), ("scohen", False, False, None),
            ("cbertrand", True, False, None), ("yhaddad", True, False, None),
            ("arousseau", True, False, None), ("sgarnier", True, False, None),
            ("tlefebvre", False, False, None), ("lfontaine", True, False, None),
        ),
    ),
    AtelierPlan(
        key="parc",
        template="espaces-naturels",
        title="Parc des Tilleuls : vers un comité d'usagers",
        ressource="parc", collectivite="montreuil",
        date=D(2026, 3, 19), start=dt.time(14, 0),
        place="Maison du parc des Tilleuls, Montreuil",
        facilitators="Camille Bertrand (La 27e Région), Thomas Lefebvre (Ville de Montreuil)",
        layout=MapLayout.ONION,
        placements=(
            ("mtr-parcs", 1), ("pousses", 1),
            ("usagers-parc", 2), ("regie", 2), ("fondation", 2),
            ("cq-maraichers", 3), ("bagnolet", 3), ("friche-verte", 3),
            ("27e", 4), ("region", 4),
        ),
        relations=(
            ("mtr-parcs", "pousses", K.CONVENTION, "Convention d'occupation du jardin", False),
            ("pousses", "usagers-parc", K.COOPERATION, "Chantiers de plantation", True),
            ("usagers-parc", "mtr-parcs", K.CONFLIT, "Horaires de fermeture", True),
            ("fondation", "pousses", K.FINANCEMENT, "Subvention outils et semences", False),
            ("mtr-parcs", "cq-maraichers", K.INFORMATION, "Calendrier des travaux", False),
            ("regie", "mtr-parcs", K.CONVENTION, "Marché d'insertion pour l'entretien", False),
        ),
        columns=("mtr-parcs", "pousses", "usagers-parc", "regie", "cq-maraichers",
                 "fondation"),
        roles=(
            "A.IR..",
            "AC.R..",
            "CAR..I",
            "A.RRI.",
            "CARIC.",
            "ARC...",
            "ARRRR.",
            "ARC..I",
        ),
        decisions=(
            ("521010", "434230"),
            ("520100", "443200"),
            ("531001", "344321"),
            ("510002", "433123"),
            ("512010", "434231"),
            ("350000", "243010"),
            ("500000", "344030"),
            ("510020", "444240"),
        ),
        commons=(
            (S.EN_PLACE, "Limites du parc claires ; celles du jardin matérialisées par une "
                         "clôture basse."),
            (S.EN_DISCUSSION, "Règlement de 2009 jamais révisé ; la question des chiens "
                              "revient sans cesse."),
            (S.ABSENT, "Les usagers ne participent à aucune décision : le comité est à "
                       "créer."),
            (S.EN_DISCUSSION, "Les jardiniers signalent les dégradations de façon "
                              "informelle ; un cahier de veille est proposé."),
            (S.ABSENT, "Seules les amendes de la police municipale existent."),
            (S.EN_DISCUSSION, "Médiations ponctuelles de l'association du jardin, à "
                              "formaliser."),
            (S.EN_DISCUSSION, "Le service des parcs est prêt à reconnaître un comité "
                              "d'usagers expérimental."),
            (S.EN_PLACE, "Le jardin est membre du réseau des jardins partagés d'Est Ensemble."),
        ),
        notes=(
            (1, N.NOTE, "Objets choisis : beaucoup de feuilles de tilleul, une capsule de "
                        "bouteille, un caillou de l'aire de jeux.", None, None, False),
            (2, N.VIGILANCE, "La prairie de fauche est piétinée près de l'aire de jeux : "
                             "signalétique à prévoir.", None, None, False),
            (2, N.IDEE, "Un panneau d'affichage tenu par les usagers à l'entrée principale.",
             None, None, False),
            (3, N.QUESTION, "Comment associer les promeneurs de chiens, les plus présents le "
                            "matin ?", None, None, False),
            (4, N.NOTE, "Des habitants ramassent déjà les déchets chaque premier dimanche du "
                        "mois, sans que le service le sache.", None, None, False),
            (5, N.DECISION, "Principe d'un comité d'usagers expérimental, co-animé par le "
                            "service des parcs et le jardin partagé.", None, None, False),
            (5, N.VIGILANCE, "Le comité ne doit pas être une chambre d'enregistrement : des "
                             "décisions réelles dès le départ.", None, None, False),
            (6, N.IDEE, "Un cahier de veille au local du jardin pour signaler les "
                        "dégradations.", None, None, False),
            (7, N.ACTION, "Rédiger la proposition de comité d'usagers pour le bureau "
                          "municipal", "p:tlefebvre", D(2026, 4, 10), True),
            (7, N.ACTION, "Organiser le premier chantier de plantation de haies", "a:pousses",
             D(2026, 4, 25), True),
            (7, N.ACTION, "Installer le panneau d'affichage des usagers", "a:regie",
             D(2027, 2, 28), False),
            (8, N.QUESTION, "Deux personnes demandent que le prochain atelier ait lieu un "
                            "samedi matin.", None, None, False),
        ),
        attendance=(
            ("tlefebvre", True, False, None), ("lfontaine", True, False, None),
            ("mrenaud", True, False, None), ("cmorel", True, False, None),
            ("hmartin", True, False, None), ("ksaidi", True, False, None),
            ("cbertrand", True, False, None), ("yhaddad", True, False, None),
            ("cmoreau", True, False, None), ("sgarnier", False, False, None),
            ("fcamara", True, False, None), ("lpetit", False, False, None),
        ),
    ),
    AtelierPlan(
        key="cinema",
        template="equipements-culturels",
        title="L'Étoile : vers une programmation partagée ?",
        ressource="cinema", collectivite="saint-denis",
        date=D(2026, 5, 28), start=dt.time(18, 0),
        place="Ciné-tiers-lieu L'Étoile, salle 2",
        facilitators="Youssef Haddad (La 27e Région)",
        layout=MapLayout.POWER_INTEREST,
        placements=(
            ("sd-culture", 320, -380), ("region", -260, -320), ("fondation", -120, -170),
            ("amis-etoile", 380, 140), ("cie-ombres", 250, 280), ("lycee", 120, 220),
            ("spectateurs", 300, 400), ("brasserie", -170, 300), ("juris", -330, 360),
            ("27e", 180, 60),
        ),
        relations=(
            ("sd-culture", "amis-etoile", K.CONVENTION, "Mise à disposition du café", False),
            ("region", "sd-culture", K.FINANCEMENT, "Aide aux lieux culturels de proximité",
             False),
            ("amis-etoile", "cie-ombres", K.COOPERATION, "Ciné-spectacles", True),
            ("sd-culture", "amis-etoile", K.CONFLIT, "Programmation du vendredi soir", True),
            ("lycee", "amis-etoile", K.INFORMATION, "Planning des projections scolaires",
             False),
        ),
        columns=("sd-culture", "amis-etoile", "cie-ombres", "lycee", "spectateurs", "region"),
        roles=(
            "AR....",
            "ARCI..",
            "ARCCCI",
            "ARR...",
            "AIR...",
            "AR...I",
            "ARCCI.",
            "AR...I",
            "ARICCI",
        ),
        decisions=(
            ("521010", "443120"),
            ("521110", "344230"),
            ("510020", "442030"),
            ("510020", "432130"),
            ("510003", "432013"),
            ("500003", "420024"),
            ("510000", "443020"),
            ("510010", "444030"),
        ),
        commons=(
            (S.EN_PLACE, "L'équipement et ses salles sont bien identifiés ; le café "
                         "associatif a un périmètre défini."),
            (S.EN_DISCUSSION, "Règles de prêt des salles pensées pour les services "
                              "municipaux, peu adaptées aux associations."),
            (S.ABSENT, "La programmation est arrêtée par la direction, sans instance "
                       "ouverte."),
            (S.EN_DISCUSSION, "Fréquentation suivie par la billetterie ; aucun retour "
                              "qualitatif des publics."),
            (S.ABSENT, "Rien n'est prévu en cas de non-respect des créneaux réservés."),
            (S.ABSENT, "Les conflits remontent directement à l'élu à la culture."),
            (S.EN_PLACE, "Les Amis de L'Étoile sont reconnus par une convention de "
                         "partenariat."),
            (S.EN_DISCUSSION, "Lien possible avec le réseau régional des cinémas de "
                              "proximité."),
        ),
        notes=(
            (1, N.NOTE, "Photos les plus choisies : une salle comble, une table de café, une "
                        "scène vide.", None, None, False),
            (2, N.IDEE, "La salle 2 est vide le mardi et le mercredi soir : la proposer en "
                        "carte blanche aux associations.", None, None, False),
            (2, N.NOTE, "La cabine numérique permet des projections associatives sans "
                        "projectionniste.", None, None, False),
            (3, N.VIGILANCE, "Les spectateurs ont beaucoup d'intérêt et aucun pouvoir : "
                             "risque de démobilisation si rien ne change.", None, None, False),
            (4, N.QUESTION, "Qui arbitre les conflits de créneaux entre la compagnie et le "
                            "lycée ?", None, None, False),
            (5, N.DECISION, "Un tiers de la saison programmé par un comité ouvert (Ville, "
                            "associations, spectateurs).", None, None, False),
            (5, N.VIGILANCE, "Les tarifs relèvent d'une délibération du conseil municipal : le "
                             "comité propose, il ne décide pas.", None, None, False),
            (6, N.NOTE, "Débat mouvant animé sur le principe 3 : la moitié de la salle pense "
                        "que rien n'existe.", None, None, False),
            (7, N.ACTION, "Constituer le comité de programmation ouvert", "p:nbenali",
             D(2026, 7, 15), True),
            (7, N.ACTION, "Lancer l'appel à cartes blanches pour la salle 2", "a:amis-etoile",
             D(2026, 9, 1), True),
            (7, N.ACTION, "Présenter le bilan de la programmation partagée au conseil "
                          "municipal", "p:nbenali", D(2027, 1, 20), False),
            (8, N.IDEE, "Confier aux lycéens de l'option cinéma la programmation d'un "
                        "mercredi par mois.", None, None, False),
        ),
        attendance=(
            ("nbenali", True, False, None), ("imercier", True, False, None),
            ("zlemoine", True, False, None), ("gnguyen", True, False, None),
            ("egirard", True, False, None), ("yhaddad", True, False, None),
            ("cbertrand", True, False, None), ("arousseau", True, False, None),
            ("cmoreau", True, False, None), ("scohen", False, False, None),
            ("fcamara", True, False, None),
        ),
    ),
    AtelierPlan(
        key="bassin",
        template="gestion-eau",
        title="Bassin des Rigoles : prendre soin de l'eau ensemble",
        ressource="bassin", collectivite="pantin",
        date=D(2026, 10, 1), start=dt.time(9, 30),
        place="Maison de quartier des Courtillières, Pantin",
        facilitators="Camille Bertrand, Youssef Haddad (La 27e Région)",
        layout=MapLayout.ONION,
        placements=(
            ("syndicat", 1), ("ee-eau", 1),
            ("pantin-env", 2), ("regie", 2), ("gaule", 2), ("riverains", 2),
            ("bailleur", 3), ("brasserie", 3),
            ("agence-eau", 4), ("hydro", 4), ("canard", 4),
        ),
        relations=(
            ("agence-eau", "syndicat", K.FINANCEMENT, "Aide à la restauration du ru", False),
            ("syndicat", "ee-eau", K.CONVENTION, "Convention de gestion des eaux pluviales",
             True),
            ("gaule", "riverains", K.COOPERATION, "Nettoyage des berges", True),
            ("brasserie", "syndicat", K.CONFLIT, "Rejets d'eaux de process", True),
            ("canard", "riverains", K.INFORMATION, "Chronique mensuelle du ru", False),
            ("pantin-env", "regie", K.CONVENTION, "Chantier d'insertion sur les berges", False),
        ),
        columns=("pantin-env", "ee-eau", "syndicat", "gaule", "riverains", "agence-eau",
                 "regie"),
        roles=(
            "CIA..IR",
            "IRACCI.",
            "ARCRR.I",
            "ACCIR.I",
            "A.CRC..",
            "CCR..A.",
            "AIRCC.R",
            "ICARCI.",
        ),
        decisions=(
            ("5310100", "4432300"),
            ("5231000", "4343400"),
            ("2351001", "3442302"),
            ("2251030", "3341241"),
            ("3351030", "3442341"),
            ("1350020", "2442400"),
            ("5001000", "3004402"),
            ("5220100", "4333400"),
        ),
        commons=(
            (S.EN_DISCUSSION, "Le bassin versant dépasse la commune : quel périmètre pour le "
                              "groupe de veille ?"),
            (S.EN_DISCUSSION, "Pêche réglée par arrêté préfectoral ; les usages de promenade "
                              "restent à définir."),
            (S.ABSENT, "Les riverains ne siègent dans aucune instance ; la commission locale "
                       "de l'eau est lointaine."),
            (S.EN_PLACE, "Le syndicat publie des analyses trimestrielles."),
            (S.EN_DISCUSSION, "Les rejets non conformes donnent lieu à une mise en demeure ; "
                              "une étape de dialogue est souhaitée."),
            (S.ABSENT, "Pas d'instance locale pour arbitrer entre pêcheurs, promeneurs et "
                       "riverains."),
            (S.EN_PLACE, "Les associations de pêche et de riverains sont reconnues et "
                         "consultées."),
            (S.EN_PLACE, "Le syndicat siège à la commission locale de l'eau (SAGE)."),
        ),
        notes=(
            (1, N.NOTE, "Usages très divers : pêche, course à pied, potagers en bord de ru, "
                        "souvenirs de baignade des années 1970.", None, None, False),
            (2, N.VIGILANCE, "Odeur et mousse au point de rejet n° 2 : signalement au syndicat "
                             "dès aujourd'hui.", None, None, False),
            (2, N.IDEE, "Baliser un sentier de découverte du ru avec les écoles du quartier.",
             None, None, False),
            (3, N.QUESTION, "Quel rôle pour la commission locale de l'eau, absente "
                            "aujourd'hui ?", None, None, False),
            (4, N.NOTE, "Personne n'a clairement la charge de l'alerte pollution : les "
                        "pêcheurs appellent la mairie, qui appelle le syndicat.",
             None, None, False),
            (5, N.DECISION, "Création d'un groupe de veille citoyenne co-animé par le "
                            "syndicat et l'association de pêche.", None, None, False),
            (5, N.VIGILANCE, "La baignade relève de l'arrêté du maire et des normes "
                             "sanitaires : pas de co-décision possible à court terme.",
             None, None, False),
            (6, N.NOTE, "Principe 8 jugé en place : le syndicat siège à la commission locale "
                        "de l'eau.", None, None, False),
            (7, N.ACTION, "Rédiger le protocole de veille citoyenne (points, fréquence, fiche "
                          "de relevé)", "p:plambert", D(2026, 11, 15), True),
            (7, N.ACTION, "Former dix riverains volontaires aux relevés", "a:gaule",
             D(2027, 3, 31), False),
            (7, N.ACTION, "Déposer un dossier d'aide à l'Agence de l'eau pour la "
                          "renaturation du ru", "p:jroux", D(2027, 2, 15), False),
            (8, N.IDEE, "Refaire la marche au printemps, quand le ru est plus haut.",
             None, None, False),
        ),
        attendance=(
            ("jroux", True, False, None), ("adiallo", True, False, None),
            ("plambert", True, False, None), ("jmperrin", True, False, None),
            ("bchevalier", True, False, None), ("oblanc", True, False, None),
            ("rfaure", True, False, None), ("ksaidi", True, False, None),
            ("cbertrand", True, False, None), ("yhaddad", True, False, None),
            ("sgarnier", False, False, None), ("egirard", False, False, None),
            ("mkeita", True, True, dt.time(9, 50)),
        ),
    ),
)

#: Minutes each séquence of the first atelier really took, beside the plan:
#: a late start and the exploratory walk overrunning by twelve minutes.
FRICHE_LATE_START = 7
FRICHE_ACTUAL_MINUTES = (12, 15, 42, 28, 12, 25, 30, 22, 15, 8)

#: The atelier whose paper evaluation forms were re-entered.
EVALUATED = "cinema"
OPEN_ANSWERS = (
    (
        "Le photolangage : on s'est tous présentés autrement.",
        "Découvrir que la salle 2 est vide deux soirs par semaine.",
        "La matrice de décision : on voit tout de suite qui décide.",
        "Le débat mouvant, très vivant.",
        "",
    ),
    (
        "Proposer des films et animer un ciné-débat.",
        "Participer au comité de programmation.",
        "Tenir le café un soir par mois.",
        "Accompagner les lycéens.",
        "",
    ),
    (
        "Commencer plus tôt, 18 h c'est tard pour les familles.",
        "Plus de temps pour la grille des communs.",
        "Rien, c'était très bien.",
        "Inviter davantage de spectateurs qui ne sont dans aucune association.",
        "",
    ),
)

EXPERIMENTATIONS = (
    (
        "montreuil",
        "Comité d'usagers du parc des Tilleuls",
        "Comité d'usagers avec décision par consentement",
        "Si les usagers du parc disposent d'une instance où ils co-décident des règles "
        "d'usage et des animations avec le service des parcs, les conflits d'usage "
        "diminueront et l'entretien citoyen se développera.",
        ExperimentationStatus.EN_COURS,
        D(2026, 4, 15), D(2027, 4, 15),
        "Expérimentation d'un an issue de l'atelier « espaces naturels » : un comité de "
        "douze à quinze usagers tirés au sort parmi les volontaires, deux agents du service "
        "des parcs et l'association du jardin partagé.",
        (
            (D(2026, 4, 15), "Le bureau municipal valide le lancement du comité d'usagers pour "
                             "un an, à titre expérimental."),
            (D(2026, 5, 12), "Première réunion : quatorze usagers et deux agents. Règles de "
                             "fonctionnement adoptées par consentement."),
            (D(2026, 6, 20), "Premier chantier collectif : 120 mètres de haie plantés, "
                             "trente-cinq participants."),
            (D(2026, 9, 8), "Le comité adopte les horaires d'été ; désaccord persistant sur "
                            "les chiens en liberté, confié à une médiation."),
            (D(2026, 11, 3), "Point d'étape avec Bagnolet (second cercle), intéressée pour "
                             "reproduire le dispositif dans un de ses parcs."),
        ),
    ),
    (
        "saint-denis",
        "Programmation partagée de L'Étoile",
        "Comité de programmation ouvert",
        "Confier un tiers de la programmation à un comité ouvert aux associations et aux "
        "spectateurs élargira les publics sans fragiliser l'équipement.",
        ExperimentationStatus.EN_COURS,
        D(2026, 9, 1), D(2027, 6, 30),
        "Saison 2026-2027 : un tiers des séances programmées par le comité ouvert.",
        (
            (D(2026, 7, 10), "Appel à candidatures pour le comité : vingt-deux réponses."),
            (D(2026, 9, 1), "Ouverture de la saison avec la première carte blanche "
                            "associative."),
        ),
    ),
)


# -- building --------------------------------------------------------------------
def build_demo(path: Path | str) -> Path:
    """Write the demo notebook at ``path``; never replaces an existing file."""
    path = Path(path)
    if path.exists():
        raise LieuxError("exists", path=path)
    tmp = path.with_name(f".{path.name}.part")
    try:
        tmp.unlink(missing_ok=True)
        nb = Notebook.create(tmp, title=str(PROGRAMME["title"]))
    except StoreError as exc:
        # Name the file the user asked for, not the working copy.
        params = dict(exc.params)
        if Path(str(params.get("path", ""))) == tmp:
            params["path"] = path
        raise StoreError(exc.code, **params) from exc
    except OSError as exc:
        raise LieuxError("io", path=path, reason=exc.strerror or exc) from exc
    try:
        try:
            populate(nb)
        finally:
            nb.close()
        _move_into_place(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)
        raise
    log.info("demo notebook written to %s", path)
    return path


def populate(nb: Notebook) -> None:
    """Fill an empty notebook with the demo programme (a few transactions)."""
    rng = random.Random(SEED)
    ids = _reference_data(nb)
    with nb.write() as session:
        demo_programme.add_people(
            session, ids, lambda first, last: f"{_ascii(first)}.{_ascii(last)}@example.org")
    for plan in ATELIERS:
        atelier = atelier_service.create_from_template(
            nb,
            load_template(plan.template),
            title=plan.title,
            date=plan.date,
            start_time=plan.start,
            ressource_id=ids[("ressource", plan.ressource)],
            collectivite_id=ids[("collectivite", plan.collectivite)],
            place=plan.place,
            facilitators=plan.facilitators,
            status=AtelierStatus.TERMINE,
        )
        ids[("atelier", plan.key)] = atelier.id
    with nb.write() as session:
        for plan in ATELIERS:
            _fill_atelier(session, plan, ids, rng)
        _experimentations(session, ids)
        session.flush()
        demo_programme.add_programme(session, ids)
        demo_boards.add_votes(session, ids[("atelier", ATELIERS[0].key)])
        demo_boards.add_photo(session, ids[("atelier", ATELIERS[0].key)])
        session.flush()
        demo_experiments.add_experiments(session, ids)


def _reference_data(nb: Notebook) -> dict[tuple[str, str], str]:
    ids: dict[tuple[str, str], str] = {}
    with nb.write() as session:
        programme = session.scalars(select(Programme)).first()
        if programme is None:
            programme = Programme(id=new_id())
            session.add(programme)
        for name, value in PROGRAMME.items():
            setattr(programme, name, value)

        def add(kind: str, key: str, obj: Record) -> None:
            ids[(kind, key)] = obj.id
            session.add(obj)

        for key, (name, circle, territory, contact, description) in COLLECTIVITES.items():
            add("collectivite", key, Collectivite(
                id=new_id(), name=name, circle=circle, territory=territory,
                contact=contact, description=description,
            ))
        session.flush()  # no ORM relationships: parents reach the table first
        for key, (name, kind, place, description, coll) in RESSOURCES.items():
            add("ressource", key, Ressource(
                id=new_id(), name=name, kind=kind, place=place, description=description,
                collectivite_id=ids[("collectivite", coll)],
            ))
        for key, (name, category, coll, description) in ACTEURS.items():
            add("acteur", key, Acteur(
                id=new_id(), name=name, category=category, description=description,
                collectivite_id=ids[("collectivite", coll)] if coll else None,
            ))
        session.flush()
        for n, (key, (first, last, acteur, role)) in enumerate(PARTICIPANTS.items()):
            add("participant", key, Participant(
                id=new_id(), first_name=first, last_name=last,
                acteur_id=ids[("acteur", acteur)], structure=ACTEURS[acteur][0],
                email=f"{_ascii(first)}.{_ascii(last)}@example.org", role=role,
                phone=f"06 {12 + n:02d} {(37 * n) % 100:02d} {(53 * n + 11) % 100:02d} 00",
            ))
    return ids


def _fill_atelier(
    session: Session, plan: AtelierPlan, ids: dict[tuple[str, str], str], rng: random.Random
) -> None:
    atelier_id = ids[("atelier", plan.key)]
    acteur = {key: ids[("acteur", key)] for key in ACTEURS}
    sequences = list(session.scalars(
        select(Sequence).where(Sequence.atelier_id == atelier_id).order_by(Sequence.position)
    ))

    # Map: placements that fit the layout, relations of every kind.
    smap = StakeholderMap(
        id=new_id(), atelier_id=atelier_id, layout=plan.layout,
        title="Carte des acteurs" if plan.layout is MapLayout.ONION
        else "Pouvoir et intérêt des acteurs",
    )
    session.add(smap)
    session.flush()
    for x, y, key in _coordinates(plan, rng):
        session.add(MapPlacement(map_id=smap.id, acteur_id=acteur[key], x=x, y=y))
    for source, target, kind, label, two_way in plan.relations:
        session.add(Relation(
            map_id=smap.id, source_id=acteur[source], target_id=acteur[target],
            kind=kind, label=label, two_way=two_way,
        ))

    # Matrices: same columns for roles and decisions.
    for matrix in ("roles", "decisions"):
        for position, key in enumerate(plan.columns):
            session.add(MatrixColumn(
                atelier_id=atelier_id, matrix=matrix, acteur_id=acteur[key], position=position,
            ))
    responsibilities = list(session.scalars(
        select(Responsibility).where(Responsibility.atelier_id == atelier_id)
        .order_by(Responsibility.position)
    ))
    for row, letters in zip(responsibilities, plan.roles, strict=True):
        for key, letter in zip(plan.columns, letters, strict=True):
            if letter != ".":
                session.add(RoleCell(
                    responsibility_id=row.id, acteur_id=acteur[key], value=Raci(letter),
                ))
    decisions = list(session.scalars(
        select(Decision).where(Decision.atelier_id == atelier_id).order_by(Decision.position)
    ))
    for row, versions in zip(decisions, plan.decisions, strict=True):
        for version, digits in zip(MatrixVersion, versions, strict=True):
            for key, digit in zip(plan.columns, digits, strict=True):
                session.add(DecisionCell(
                    decision_id=row.id, acteur_id=acteur[key], version=version,
                    level=ParticipationLevel(digit),
                ))

    # Commons grid: the eight rows exist already (made from the template).
    grid = session.scalars(
        select(CommonsAssessment).where(CommonsAssessment.atelier_id == atelier_id)
        .order_by(CommonsAssessment.principle)
    )
    for assessment, (status, note) in zip(grid, plan.commons, strict=True):
        assessment.status = status
        assessment.note = note

    # Attendance.
    for key, present, walk_in, arrived_at in plan.attendance:
        session.add(Attendance(
            atelier_id=atelier_id, participant_id=ids[("participant", key)],
            present=present, walk_in=walk_in, arrived_at=arrived_at,
        ))

    # Actual times (first atelier only) and notes during the séquences.
    starts = _planned_starts(plan, sequences)
    if plan is ATELIERS[0]:
        moment = _utc(plan.date, plan.start) + dt.timedelta(minutes=FRICHE_LATE_START)
        for seq, minutes in zip(sequences, FRICHE_ACTUAL_MINUTES, strict=True):
            seq.actual_start = moment
            moment += dt.timedelta(minutes=minutes)
            seq.actual_end = moment
            starts[seq.id] = seq.actual_start
    for n, (index, kind, text, owner, due, done) in enumerate(plan.notes):
        seq = sequences[index]
        created = starts[seq.id] + dt.timedelta(minutes=2 + 3 * (n % 4), seconds=17 * n % 60)
        note = Note(
            atelier_id=atelier_id, sequence_id=seq.id, kind=kind, text=text,
            created_at=created, due_date=due, done=done,
        )
        if owner:
            kind_of_owner, key = owner.split(":")
            if kind_of_owner == "p":
                note.owner_participant_id = ids[("participant", key)]
            else:
                note.owner_acteur_id = acteur[key]
        session.add(note)

    if plan.key == EVALUATED:
        _evaluation_forms(session, plan, atelier_id, rng)


def _evaluation_forms(
    session: Session, plan: AtelierPlan, atelier_id: str, rng: random.Random
) -> None:
    questions = list(session.scalars(
        select(EvaluationQuestion).where(EvaluationQuestion.atelier_id == atelier_id)
        .order_by(EvaluationQuestion.position)
    ))
    present = sum(1 for _key, here, _w, _t in plan.attendance if here)
    forms = [EvaluationForm(id=new_id(), atelier_id=atelier_id, number=n + 1)
             for n in range(present)]
    session.add_all(forms)
    session.flush()
    for form in forms:
        open_index = 0
        for question in questions:
            if question.kind is QuestionKind.SCALE5:
                value = rng.choices((None, 2, 3, 4, 5), weights=(1, 2, 6, 18, 14))[0]
                session.add(EvaluationAnswer(form_id=form.id, question_id=question.id,
                                             value=value))
            else:
                pool = OPEN_ANSWERS[min(open_index, len(OPEN_ANSWERS) - 1)]
                open_index += 1
                text = rng.choice(pool)
                if text:
                    session.add(EvaluationAnswer(form_id=form.id, question_id=question.id,
                                                 text=text))


def _experimentations(session: Session, ids: dict[tuple[str, str], str]) -> None:
    for coll, title, tool, hypothesis, status, start, end, description, log_entries in \
            EXPERIMENTATIONS:
        experimentation = Experimentation(
            id=new_id(), collectivite_id=ids[("collectivite", coll)], title=title,
            tool_tested=tool, hypothesis=hypothesis, status=status,
            start_date=start, end_date=end, description=description,
        )
        session.add(experimentation)
        session.flush()
        session.add_all(
            ExperimentationLog(experimentation_id=experimentation.id, date=day, text=text)
            for day, text in log_entries
        )


# -- helpers -------------------------------------------------------------------
def _coordinates(plan: AtelierPlan, rng: random.Random) -> list[tuple[float, float, str]]:
    """Scene coordinates (±450) that fit the layout.

    Onion: ring *n* is the band between radii 110·(n−1) and 110·n around the
    centre, the core of the commons in the middle. Power/interest: x is the
    interest (right = high), y the power (up = high, so negative).
    """
    if plan.layout is not MapLayout.ONION:
        return [(float(x), float(y), key) for key, x, y in plan.placements]
    result = []
    by_ring: dict[int, list[str]] = {}
    for key, ring in plan.placements:
        by_ring.setdefault(ring, []).append(key)
    for ring, keys in sorted(by_ring.items()):
        offset = rng.uniform(0, 2 * math.pi)
        for i, key in enumerate(keys):
            angle = offset + 2 * math.pi * i / len(keys) + rng.uniform(-0.2, 0.2)
            radius = 110 * (ring - 1) + 55 + rng.uniform(-25, 25)
            if ring == 1:
                radius = rng.uniform(35, 80)
            result.append((round(radius * math.cos(angle), 1),
                           round(radius * math.sin(angle), 1), key))
    return result


def _planned_starts(plan: AtelierPlan, sequences: list[Sequence]) -> dict[str, dt.datetime]:
    moment = _utc(plan.date, plan.start)
    starts = {}
    for seq in sequences:
        starts[seq.id] = moment
        moment += dt.timedelta(minutes=seq.minutes)
    return starts


def _utc(day: dt.date, time: dt.time) -> dt.datetime:
    """Paris wall-clock time as the naive UTC the model stores."""
    local = dt.datetime.combine(day, time)
    try:
        from zoneinfo import ZoneInfo

        aware = local.replace(tzinfo=ZoneInfo("Europe/Paris"))
        return aware.astimezone(dt.UTC).replace(tzinfo=None)
    except Exception:  # no tz database: summer time from April to October
        return local - dt.timedelta(hours=2 if 4 <= day.month <= 10 else 1)


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c == "-"))


def _move_into_place(tmp: Path, path: Path) -> None:
    """Rename without ever replacing a file that appeared meanwhile."""
    try:
        os.link(tmp, path)
    except FileExistsError as exc:
        raise LieuxError("exists", path=path) from exc
    except OSError:
        # File systems without hard links (FAT USB sticks): check, then rename.
        if path.exists():
            raise LieuxError("exists", path=path) from None
        os.replace(tmp, path)
        return
    tmp.unlink()
