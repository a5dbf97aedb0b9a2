"""The demo's programme: six collectivités on four expeditions over two phases.

:mod:`.demo` builds four richly documented thematic ateliers; this module adds
what makes them a *programme* (PRODUCT.md, issue 14):

* two more collectivités (Bobigny, Romainville) with their people;
* memberships: Montreuil pilots two expeditions, Saint-Denis, Pantin and
  Bobigny are on two each, Romainville on one, Bagnolet only follows the
  natural spaces expedition in the second circle;
* the collectivités taking part in each atelier, hosts included;
* seven lighter ateliers hosted in turn by different collectivités, with an
  agenda from the generic template, from April 2026 to January 2027 — four
  held (with attendance and evaluation forms whose means rise over the
  months), two to come, one not dated yet;
* the two phases: *parcours apprenant* (January–July 2026) and *mise en
  test* (September 2026–August 2027).

Saint-Denis sent nobody to the last two held ateliers of the urbanisme
expedition, so the membership grid flags it.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .enums import (
    ActeurCategory,
    AtelierStatus,
    Circle,
    ExpeditionRole,
    PhaseKind,
    QuestionKind,
)
from .model import (
    Acteur,
    Atelier,
    AtelierCollectivite,
    Attendance,
    Collectivite,
    EvaluationAnswer,
    EvaluationForm,
    EvaluationQuestion,
    Membership,
    Participant,
    Phase,
    Sequence,
    Thematique,
    new_id,
)
from .templates import Template
from .templates import load as load_template

D = dt.date
Ids = dict[tuple[str, str], str]

#: Expedition keys -> the built-in template whose thématique it is.
EXPEDITIONS = {
    "urbanisme": "urbanisme-transitoire",
    "nature": "espaces-naturels",
    "culture": "equipements-culturels",
    "eau": "gestion-eau",
}

# key: (name, circle, territory, contact, description)
COLLECTIVITES = {
    "bobigny": (
        "Ville de Bobigny", Circle.PARTICIPANTE, "Seine-Saint-Denis — Est Ensemble",
        "Valérie Leroy, directrice de l'aménagement",
        "Rejoint le parcours avec une friche le long du canal de l'Ourcq et un projet "
        "de noues plantées dans un quartier en renouvellement.",
    ),
    "romainville": (
        "Ville de Romainville", Circle.PARTICIPANTE, "Seine-Saint-Denis — Est Ensemble",
        "Antoine Garcia, directeur des affaires culturelles",
        "Veut confier une partie de la gestion de sa Maison des arts aux associations.",
    ),
}

# key: (name, category, collectivité, description)
ACTEURS = {
    "bob-amenagement": ("Ville de Bobigny — direction de l'aménagement",
                        ActeurCategory.COLLECTIVITE, "bobigny",
                        "Porte la friche de l'Ourcq et les noues du quartier Karl-Marx."),
    "rom-culture": ("Ville de Romainville — direction des affaires culturelles",
                    ActeurCategory.COLLECTIVITE, "romainville",
                    "Gère la Maison des arts en régie."),
}

# key: (first name, last name, acteur, role)
PARTICIPANTS = {
    "vleroy": ("Valérie", "Leroy", "bob-amenagement", "Directrice de l'aménagement"),
    "kbrahimi": ("Kenza", "Brahimi", "bob-amenagement", "Chargée d'opérations"),
    "agarcia": ("Antoine", "Garcia", "rom-culture", "Directeur des affaires culturelles"),
    "pdurand": ("Paul", "Durand", "rom-culture", "Médiateur culturel"),
}

#: (collectivité, expedition, role, joined on)
MEMBERSHIPS = (
    ("montreuil", "urbanisme", ExpeditionRole.PILOTE, D(2026, 1, 15)),
    ("montreuil", "nature", ExpeditionRole.PILOTE, D(2026, 1, 15)),
    ("saint-denis", "culture", ExpeditionRole.PILOTE, D(2026, 1, 15)),
    ("saint-denis", "urbanisme", ExpeditionRole.PARTICIPANTE, D(2026, 2, 1)),
    ("pantin", "eau", ExpeditionRole.PILOTE, D(2026, 1, 15)),
    ("pantin", "nature", ExpeditionRole.PARTICIPANTE, D(2026, 3, 1)),
    ("bobigny", "urbanisme", ExpeditionRole.PARTICIPANTE, D(2026, 1, 15)),
    ("bobigny", "eau", ExpeditionRole.PARTICIPANTE, D(2026, 4, 1)),
    ("romainville", "culture", ExpeditionRole.PARTICIPANTE, D(2026, 2, 1)),
    ("bagnolet", "nature", ExpeditionRole.SECOND_CERCLE, D(2026, 3, 1)),
)

#: The four thematic ateliers of :mod:`.demo`: who else takes part.
GUESTS = {
    "friche": ("saint-denis", "bobigny"),
    "parc": ("pantin", "bagnolet"),
    "cinema": ("romainville",),
    "bassin": ("bobigny",),
}

#: (key, expedition, title, host, guests, date, start, status, place, attendance)
ATELIERS: tuple[tuple[Any, ...], ...] = (
    ("ourcq", "urbanisme", "Friche de l'Ourcq : visite et occupation transitoire", "bobigny",
     ("montreuil", "saint-denis"), D(2026, 4, 16), dt.time(14, 0), AtelierStatus.TERMINE,
     "Friche de l'Ourcq, quai de l'Aqueduc, Bobigny",
     ("vleroy", "kbrahimi", "cmoreau", "hmartin", "lpetit", "cbertrand", "yhaddad",
      "arousseau", "scohen")),
    ("maison-arts", "culture", "Maison des arts : qui programme la saison ?", "romainville",
     ("saint-denis",), D(2026, 6, 25), dt.time(18, 0), AtelierStatus.TERMINE,
     "Maison des arts, Romainville",
     ("agarcia", "pdurand", "nbenali", "imercier", "zlemoine", "cbertrand", "yhaddad",
      "gnguyen")),
    ("noues", "eau", "Les noues du quartier Karl-Marx : entretenir ensemble", "bobigny",
     ("pantin",), D(2026, 7, 9), dt.time(9, 30), AtelierStatus.TERMINE,
     "Maison de quartier Karl-Marx, Bobigny",
     ("vleroy", "kbrahimi", "jroux", "adiallo", "plambert", "ksaidi", "cbertrand",
      "rfaure")),
    ("bilan-urba", "urbanisme", "Urbanisme transitoire : bilan du parcours", "montreuil",
     ("bobigny", "saint-denis"), D(2026, 9, 24), dt.time(14, 0), AtelierStatus.TERMINE,
     "Friche des Maraîchers, Montreuil",
     ("cmoreau", "fcamara", "hmartin", "vleroy", "kbrahimi", "mdubois", "cbertrand",
      "yhaddad")),
    ("comite-6-mois", "nature", "Comité d'usagers du parc : six mois après", "montreuil",
     ("pantin", "bagnolet"), D(2026, 12, 10), dt.time(18, 30), AtelierStatus.PRET,
     "Maison du parc des Tilleuls, Montreuil", ()),
    ("programmation", "culture", "Programmation partagée : premier bilan de saison",
     "saint-denis", ("romainville",), D(2027, 1, 21), dt.time(18, 0), AtelierStatus.BROUILLON,
     "Ciné-tiers-lieu L'Étoile, Saint-Denis", ()),
    ("berges", "eau", "Chantier participatif des berges du ru", "pantin", ("bobigny",),
     None, None, AtelierStatus.BROUILLON, "Ru de la Mare, Pantin", ()),
)

#: (kind, title, start, end)
PHASES = (
    (PhaseKind.PARCOURS_APPRENANT, "Parcours apprenant 2026", D(2026, 1, 15), D(2026, 7, 31)),
    (PhaseKind.MISE_EN_TEST, "Mise en test 2026-2027", D(2026, 9, 1), D(2027, 8, 31)),
)

GENERIC_TEMPLATE = "atelier-partenariat"
FACILITATORS = "Camille Bertrand, Youssef Haddad (La 27e Région)"


def add_people(session: Session, ids: Ids, email: Callable[[str, str], str]) -> None:
    """The two new collectivités, their acteurs and participants (before the ateliers)."""
    for key, (name, circle, territory, contact, description) in COLLECTIVITES.items():
        ids[("collectivite", key)] = new_id()
        session.add(Collectivite(id=ids[("collectivite", key)], name=name, circle=circle,
                                 territory=territory, contact=contact,
                                 description=description))
    session.flush()
    for key, (name, category, coll, description) in ACTEURS.items():
        ids[("acteur", key)] = new_id()
        session.add(Acteur(id=ids[("acteur", key)], name=name, category=category,
                           description=description,
                           collectivite_id=ids[("collectivite", coll)]))
    session.flush()
    for n, (key, (first, last, acteur, role)) in enumerate(PARTICIPANTS.items()):
        ids[("participant", key)] = new_id()
        session.add(Participant(
            id=ids[("participant", key)], first_name=first, last_name=last,
            acteur_id=ids[("acteur", acteur)], structure=ACTEURS[acteur][0],
            email=email(first, last), role=role,
            phone=f"07 {40 + n:02d} {(29 * n) % 100:02d} {(41 * n + 7) % 100:02d} 00",
        ))


def add_programme(session: Session, ids: Ids) -> None:
    """Memberships, participating collectivités, the lighter ateliers and the phases."""
    thematiques = {t.name: t.id for t in session.scalars(select(Thematique))}
    expedition = {key: thematiques[load_template(template).thematique]
                  for key, template in EXPEDITIONS.items()}
    existing = {(r.collectivite_id, r.thematique_id): r
                for r in session.scalars(select(Membership))}  # the hosts' (see ateliers.py)
    for coll, exp, role, joined in MEMBERSHIPS:
        key = (ids[("collectivite", coll)], expedition[exp])
        row = existing.get(key) or Membership(collectivite_id=key[0], thematique_id=key[1])
        row.role, row.joined_on = role, joined
        session.add(row)
    for kind, title, start, end in PHASES:
        session.add(Phase(kind=kind, title=title, start_date=start, end_date=end))

    hosts = dict(session.execute(select(Atelier.id, Atelier.collectivite_id)).all())
    for atelier_key, guests in GUESTS.items():
        atelier_id = ids[("atelier", atelier_key)]
        host = hosts[atelier_id]
        _take_part(session, atelier_id, [*([host] if host else []),
                                         *(ids[("collectivite", g)] for g in guests)])

    template = load_template(GENERIC_TEMPLATE)
    held = 0
    for (key, exp, title, host, guests, date, start, status, place,
         present) in ATELIERS:
        atelier_id = ids[("atelier", key)] = new_id()
        session.add(Atelier(
            id=atelier_id, title=title, thematique_id=expedition[exp],
            collectivite_id=ids[("collectivite", host)], date=date, start_time=start,
            place=place, facilitators=FACILITATORS, objective=template.objective,
            status=status, planned_minutes=template.total_minutes,
            template_key=GENERIC_TEMPLATE,
        ))
        session.flush()
        session.add_all(
            Sequence(atelier_id=atelier_id, position=i, title=step.title, minutes=step.minutes,
                     method=step.method, instructions=step.instructions,
                     participant_instructions=step.participant_instructions,
                     materials=step.materials, tool=step.tool)
            for i, step in enumerate(template.steps))
        _take_part(session, atelier_id, [ids[("collectivite", c)] for c in (host, *guests)])
        session.add_all(
            Attendance(atelier_id=atelier_id, participant_id=ids[("participant", p)],
                       present=True)
            for p in present)
        if status == AtelierStatus.TERMINE:
            _evaluation(session, atelier_id, template, key, len(present) - 2, held)
            held += 1


#: Answer weights for 2..5 on a scale question; later ateliers are rated higher.
WEIGHTS = ((3, 8, 10, 4), (2, 6, 12, 7), (1, 4, 12, 10), (1, 3, 10, 14))


def _evaluation(session: Session, atelier_id: str, template: Template, key: str,
                forms: int, held_index: int) -> None:
    """Questions of the generic template and ``forms`` paper forms, seeded per atelier."""
    rng = random.Random(f"demo-{key}")
    weights = WEIGHTS[min(held_index, len(WEIGHTS) - 1)]
    questions = [EvaluationQuestion(id=new_id(), atelier_id=atelier_id, position=i,
                                    text=q.text, kind=q.kind)
                 for i, q in enumerate(template.evaluation_questions)]
    sheets = [EvaluationForm(id=new_id(), atelier_id=atelier_id, number=n + 1)
              for n in range(forms)]
    session.add_all([*questions, *sheets])
    session.flush()
    for sheet in sheets:
        for question in questions:
            if question.kind is QuestionKind.SCALE5:
                session.add(EvaluationAnswer(form_id=sheet.id, question_id=question.id,
                                             value=rng.choices((2, 3, 4, 5), weights)[0]))


def _take_part(session: Session, atelier_id: str, collectivite_ids: list[str]) -> None:
    """Add the participations the atelier does not have yet (its host may be there)."""
    there = set(session.scalars(select(AtelierCollectivite.collectivite_id).where(
        AtelierCollectivite.atelier_id == atelier_id)))
    for collectivite_id in dict.fromkeys(collectivite_ids):
        if collectivite_id not in there:
            session.add(AtelierCollectivite(atelier_id=atelier_id,
                                            collectivite_id=collectivite_id))
