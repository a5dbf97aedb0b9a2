"""A realistic notebook built with the services, for tests, screenshots and the benchmark.

(The ``demo`` command is written elsewhere; this stands in until it lands.)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import ActeurCategory, AtelierStatus, ResourceKind, Tool
from lieuxcommuns_desktop.core.services import agenda, records
from lieuxcommuns_desktop.core.services.notebook import Notebook

STEPS = [
    ("Accueil et émargement", 15, "Accueil convivial", Tool.AUCUN,
     "Vous accueillez les participant·es, faites signer la feuille d'émargement et "
     "rappelez l'objectif de la séance.", "Feuille d'émargement, badges, café"),
    ("Tour d'inclusion", 20, "Tour de parole", Tool.NOTES,
     "Chacun·e donne son prénom, sa structure et un souvenir du lieu.", "Bâton de parole"),
    ("La ressource et ses usages", 30, "Lecture de paysage", Tool.NOTES,
     "Visite commentée du site en trois arrêts.", "Plan du site, appareil photo"),
    ("Carte des acteurs", 35, "Cartographie en oignon", Tool.CARTE,
     "Placez les acteurs du cœur vers l'environnement, puis tracez les relations.",
     "Carte A0, post-it de couleurs"),
    ("Qui fait quoi ?", 25, "Matrice RACI", Tool.ROLES,
     "Pour chaque responsabilité : qui réalise, qui arbitre, qui est consulté, informé.",
     "Matrice des rôles projetée"),
    ("Qui décide ?", 30, "Décision par consentement", Tool.DECISIONS,
     "Remplissez la matrice d'aujourd'hui puis la matrice cible.", "Cartons de consentement"),
    ("Prochaines étapes", 15, "Tour de table", Tool.NOTES,
     "Chaque acteur nomme une action, un·e responsable et une échéance.", ""),
    ("Évaluation", 10, "Questionnaire", Tool.EVALUATION,
     "Distribuez le questionnaire d'évaluation.", "Questionnaires imprimés"),
]


def build(path: Path, *, ateliers: int = 6) -> Path:
    nb = Notebook.create(path, title="Lieux Communs — Vallée de la Drôme")
    try:
        prog = records.all_of(nb, m.Programme)[0]
        records.update(nb, m.Programme, prog.id, territory="Drôme et Ardèche",
                       description="Parcours d'apprentissage de neuf mois pour quatre "
                                   "collectivités, puis mise en test.")
        colls = [records.create(nb, m.Collectivite, name=n, territory=t) for n, t in (
            ("Ville de Crest", "Drôme"), ("Communauté de communes du Diois", "Drôme"),
            ("Ville de Privas", "Ardèche"), ("Saillans", "Drôme"))]
        themes = [records.create(nb, m.Thematique, name=n, position=i) for i, n in enumerate(
            ("Urbanisme transitoire", "Équipements culturels", "Gestion de l'eau",
             "Espaces naturels"))]
        res = [records.create(nb, m.Ressource, name=n, kind=k, collectivite_id=c.id,
                              place=p) for n, k, c, p in (
            ("Friche de l'ancienne gare", ResourceKind.FONCIER_BATIMENT, colls[0], "Crest"),
            ("La Drôme et ses berges", ResourceKind.EAU, colls[1], "Die"),
            ("Théâtre municipal", ResourceKind.EQUIPEMENT, colls[2], "Privas"),
            ("Forêt communale de Saoû", ResourceKind.ESPACE_NATUREL, colls[3], "Saoû"))]
        acteurs = [records.create(nb, m.Acteur, name=n, category=c) for n, c in (
            ("Mairie de Crest", ActeurCategory.COLLECTIVITE),
            ("Syndicat mixte de la rivière Drôme", ActeurCategory.SERVICES_PUBLICS),
            ("Collectif des habitant·es de la gare", ActeurCategory.HABITANTS),
            ("Association La Bobine", ActeurCategory.ASSOCIATIONS),
            ("Coopérative Les Compagnons", ActeurCategory.ECONOMIQUES),
            ("Région Auvergne-Rhône-Alpes", ActeurCategory.FINANCEURS))]
        people = [("Martin", "Claire"), ("Benali", "Yacine"), ("Roux", "Élise"),
                  ("Nguyen", "Thi"), ("Faure", "Jean"), ("Diallo", "Aïssata")]
        participants = [records.create(nb, m.Participant, last_name=ln, first_name=fn,
                                       acteur_id=acteurs[i % len(acteurs)].id)
                        for i, (ln, fn) in enumerate(people)]
        titles = ("Friche de la gare : qui fait vivre le lieu ?",
                  "La Drôme, rivière commune", "Le théâtre comme bien commun",
                  "Forêt de Saoû : usages partagés", "Friche de la gare : la mise en test",
                  "Bilan du parcours")
        for i in range(ateliers):
            theme = themes[i % len(themes)]
            atelier = records.create(
                nb, m.Atelier, title=titles[i % len(titles)] + ("" if i < len(titles)
                                                                 else f" ({i})"),
                thematique_id=theme.id, ressource_id=res[i % len(res)].id,
                collectivite_id=colls[i % len(colls)].id,
                date=dt.date(2025, 3, 14) + dt.timedelta(days=28 * i),
                start_time=dt.time(9, 30), place=res[i % len(res)].place,
                facilitators="Camille Durand, Sami Haddad",
                objective="Partager une lecture commune de la ressource, de ses usages et de "
                          "ceux qui en prennent soin ; clarifier qui décide de quoi.",
                status=AtelierStatus.PRET if i else AtelierStatus.TERMINE,
                planned_minutes=180, template_key="atelier-partenariat")
            agenda.insert_sequences(nb, atelier.id, [
                {"title": t, "minutes": mn, "method": me, "tool": tool, "instructions": ins,
                 "materials": mat} for t, mn, me, tool, ins, mat in STEPS])
            records.create_many(nb, [m.Attendance(atelier_id=atelier.id, participant_id=p.id,
                                                  present=bool(i % 2)) for p in participants])
    finally:
        nb.close()
    return path


if __name__ == "__main__":
    import sys

    print(build(Path(sys.argv[1])))
