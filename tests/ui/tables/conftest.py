"""A document over a fresh notebook holding a small, realistic programme."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import (
    ActeurCategory,
    Circle,
    ExperimentationStatus,
    MapLayout,
    ResourceKind,
)
from lieuxcommuns_desktop.core.services import records


def fill_sample(nb) -> SimpleNamespace:
    """Collectivités, ressources, acteurs, participants, an atelier and an experiment."""
    c = records.create
    sete = c(nb, m.Collectivite, name="Ville de Sète", circle=Circle.PARTICIPANTE,
             territory="Hérault", contact="Claire Martin, DGA", description="Friche du port")
    c(nb, m.Collectivite, name="Communauté de communes du Briançonnais",
      circle=Circle.SECOND_CERCLE, territory="Hautes-Alpes", contact="Service transition")
    lyon = c(nb, m.Collectivite, name="Métropole de Lyon", circle=Circle.PARTICIPANTE,
             territory="Rhône", contact="Mission participation")
    c(nb, m.Ressource, name="Halle Dugommier", kind=ResourceKind.FONCIER_BATIMENT,
      place="Quai d'Alger, Sète", collectivite_id=sete.id,
      description="Ancienne halle à marée, occupation transitoire depuis 2024")
    c(nb, m.Ressource, name="Étang de Thau (rive nord)", kind=ResourceKind.EAU,
      place="Balaruc", collectivite_id=sete.id)
    c(nb, m.Ressource, name="Parc de la Feyssine", kind=ResourceKind.ESPACE_NATUREL,
      place="Villeurbanne", collectivite_id=lyon.id, description="Prairie inondable")
    acteurs = {}
    for name, cat, desc in [
        ("Mairie de Sète", ActeurCategory.COLLECTIVITE, "Service urbanisme et patrimoine"),
        ("Les Jardins du Môle", ActeurCategory.ASSOCIATIONS, "Jardin partagé, 40 adhérents"),
        ("Conseil de quartier Île Singulière", ActeurCategory.HABITANTS, ""),
        ("Banque des Territoires", ActeurCategory.FINANCEURS, "Appel à projets tiers-lieux"),
        ("Café du Port", ActeurCategory.ECONOMIQUES, "Commerce voisin de la halle"),
        ("CAUE de l'Hérault", ActeurCategory.EXPERTS, "Conseil en architecture"),
        ("Port de Sète – Région Occitanie", ActeurCategory.SERVICES_PUBLICS, ""),
        ("Collectif Halle Ouverte", ActeurCategory.ASSOCIATIONS, "Occupants temporaires"),
        ("Pêcheurs de l'étang", ActeurCategory.AUTRES, "Prud'homie"),
    ]:
        acteurs[name] = c(nb, m.Acteur, name=name, category=cat, description=desc,
                          collectivite_id=sete.id)
    persons = []
    for last, first, acteur, structure, email, phone, role in [
        ("Martin", "Claire", "Mairie de Sète", "", "claire.martin@sete.fr", "04 67 46 00 00",
         "Directrice générale adjointe"),
        ("Nguyen", "Lan", "Les Jardins du Môle", "", "lan@jardinsdumole.org", "", "Présidente"),
        ("Lefèvre", "Zoé", "Conseil de quartier Île Singulière", "", "zoe.lefevre@mail.fr",
         "06 12 34 56 78", "Habitante"),
        ("Benali", "Karim", "Café du Port", "", "karim@cafeduport.fr", "", "Gérant"),
        ("Durand", "Élodie", None, "Université Paul-Valéry", "e.durand@univ-montp3.fr", "",
         "Chercheuse"),
        ("Roux", "Théo", "Collectif Halle Ouverte", "", "theo@halleouverte.org", "",
         "Coordinateur"),
        ("Garcia", "Inès", "Banque des Territoires", "", "ines.garcia@caissedesdepots.fr", "",
         "Chargée d'investissement"),
        ("Petit", "Jules", None, "", "", "06 98 76 54 32", "Habitant"),
    ]:
        persons.append(c(nb, m.Participant, last_name=last, first_name=first,
                         acteur_id=acteurs[acteur].id if acteur else None,
                         structure=structure, email=email, phone=phone, role=role))
    atelier = c(nb, m.Atelier, title="Halle Dugommier : qui décide de quoi ?",
                collectivite_id=sete.id, date=dt.date(2026, 3, 12),
                start_time=dt.time(9, 30), place="Salle Brassens")
    for i, p in enumerate(persons[:6]):
        c(nb, m.Attendance, atelier_id=atelier.id, participant_id=p.id, present=i < 3,
          arrived_at=dt.time(9, 25 + i * 4) if i < 3 else None)
    stakeholder_map = c(nb, m.StakeholderMap, atelier_id=atelier.id, title="Aujourd'hui",
                        layout=MapLayout.ONION)
    other_map = c(nb, m.StakeholderMap, atelier_id=atelier.id, title="Demain",
                  layout=MapLayout.ONION)
    for mp in (stakeholder_map, other_map):
        c(nb, m.MapPlacement, map_id=mp.id, acteur_id=acteurs["Mairie de Sète"].id)
    exp = c(nb, m.Experimentation, title="Convention d'occupation partagée de la halle",
            collectivite_id=sete.id, tool_tested="Matrice de décision",
            hypothesis="Une convention tripartite clarifie qui arbitre les usages",
            status=ExperimentationStatus.EN_COURS, start_date=dt.date(2026, 4, 1))
    c(nb, m.Experimentation, title="Budget participatif du parc", collectivite_id=lyon.id,
      tool_tested="Grille des communs", status=ExperimentationStatus.ENVISAGEE,
      hypothesis="Les usagers s'approprient l'entretien s'ils votent les règles")
    for d, text in [(dt.date(2026, 4, 3), "Réunion de lancement avec le collectif"),
                    (dt.date(2026, 5, 20), "Premier comité d'usagers : 14 présent·es"),
                    (dt.date(2026, 6, 11), "Projet de convention relu par le service juridique")]:
        c(nb, m.ExperimentationLog, experimentation_id=exp.id, date=d, text=text)
    return SimpleNamespace(sete=sete, lyon=lyon, acteurs=acteurs, persons=persons,
                           atelier=atelier, experimentation=exp)


@pytest.fixture
def doc(qtbot, notebook):
    from lieuxcommuns_desktop.ui.document import Document

    document = Document(notebook)
    yield document
    document.undo_stack.clear()


@pytest.fixture
def sample(notebook) -> SimpleNamespace:
    return fill_sample(notebook)
