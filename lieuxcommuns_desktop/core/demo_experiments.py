"""The demo's experiments (*mise en test*): four collectivités, measured for months.

:mod:`.demo` writes two experiments with a dated log (Montreuil's park
committee, Saint-Denis' shared programming); this module, run after
:mod:`.demo_programme`, gives them what issue 15 follows and adds two more:

* every experiment has its kind of tool, its ressource, origin atelier and
  origin note (text copied), partners, indicators with a baseline, a target
  and monthly measures, milestones and its status transitions;
* Montreuil's park committee and Pantin's basin committee both test
  *implication des habitants*, so the comparison view has two rows to set
  side by side;
* Bobigny prepares a *cadre juridique* (a temporary occupation agreement on
  the Ourcq brownfield); Saint-Denis' programming committee is *appui
  matériel et humain*.

Measures stop at the demo's own "today" (November 2026), never after.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .enums import AtelierLinkRole, ExperimentationStatus, NoteKind, OriginKind
from .model import (
    Atelier,
    Experimentation,
    ExperimentationAtelier,
    ExperimentationLog,
    ExperimentationOrigin,
    ExperimentationPartner,
    Indicator,
    IndicatorValue,
    Milestone,
    Note,
    StatusTransition,
    new_id,
)
from .tool_kinds import seed_id

D = dt.date
S = ExperimentationStatus
Ids = dict[tuple[str, str], str]

#: Extra experiments: (lead, title, tool kind key, tool text, hypothesis, status,
#: start, end, description, log entries).
NEW_EXPERIMENTS = (
    ("pantin", "Comité de bassin des Sept-Arpents",
     "Comité de bassin ouvert aux riverains",
     "Si les riverains suivent avec le service de l'eau l'entretien des noues et du bassin, "
     "les dépôts sauvages baisseront et les alertes arriveront plus tôt.",
     S.EN_COURS, D(2026, 5, 1), D(2027, 4, 30),
     "Un comité trimestriel et une tournée mensuelle d'entretien partagée.",
     ((D(2026, 5, 6), "Lancement avec douze riverains et deux agents du service de l'eau."),
      (D(2026, 9, 14), "Première alerte de crue donnée par un riverain, deux heures avant "
                       "le capteur."))),
    ("bobigny", "Convention d'occupation de la friche de l'Ourcq",
     "Convention d'occupation temporaire de 18 mois",
     "Une convention d'occupation temporaire signée avec un collectif d'habitants permet "
     "d'ouvrir la friche au public sans attendre le projet définitif.",
     S.EN_PREPARATION, D(2026, 10, 1), D(2028, 3, 31),
     "Rédaction de la convention avec le service juridique et le collectif.",
     ((D(2026, 10, 7), "Premier projet de convention envoyé au collectif."),)),
)

#: Per experiment title: tool kind key, origin atelier key, partners, ressource of the
#: origin atelier, indicators (name, unit, baseline, target, monthly values from
#: ``start``), milestones (title, due, done), transitions (date, from, to, reason),
#: lessons.
DETAILS: dict[str, dict[str, Any]] = {
    "Comité d'usagers du parc des Tilleuls": dict(
        kind="implication_habitants", atelier="parc", partners=("bagnolet",),
        indicators=(
            ("Usagers présents aux comités", "personnes", 0, 15, D(2026, 5, 1),
             (14, 12, 11, 13, 15, 14, 16)),
            ("Mètres de haie plantés", "m", 0, 400, D(2026, 5, 1),
             (0, 120, 150, 150, 220, 260, 310)),
            ("Signalements de conflits d'usage", "par mois", 9, 3, D(2026, 5, 1),
             (8, 7, 7, 5, 6, 4, 4)),
        ),
        milestones=(("Règles de fonctionnement adoptées", D(2026, 5, 12), True),
                    ("Médiation sur les chiens en liberté", D(2026, 12, 15), False),
                    ("Bilan à un an avec Bagnolet", D(2027, 4, 15), False)),
        transitions=((D(2026, 3, 20), None, S.ENVISAGEE, "Proposé en atelier."),
                     (D(2026, 4, 1), S.ENVISAGEE, S.EN_PREPARATION,
                      "Le bureau municipal demande un cadre d'un an."),
                     (D(2026, 4, 15), S.EN_PREPARATION, S.EN_COURS,
                      "Lancement validé par le bureau municipal.")),
        lessons="Le tirage au sort parmi les volontaires renouvelle les visages ; prévoir une "
                "médiation dès qu'un désaccord dure plus de deux réunions.",
    ),
    "Programmation partagée de L'Étoile": dict(
        kind="appui_materiel_humain", atelier="cinema", partners=("romainville",),
        indicators=(
            ("Séances programmées par le comité", "séances", 0, 40, D(2026, 9, 1),
             (3, 7, 11)),
            ("Spectateurs venus pour la première fois", "%", 12, 25, D(2026, 9, 1),
             (14, 17, 19)),
        ),
        milestones=(("Charte du comité", D(2026, 8, 31), True),
                    ("Bilan de mi-saison", D(2027, 1, 31), False)),
        transitions=((D(2026, 5, 1), None, S.ENVISAGEE, "Proposé en atelier."),
                     (D(2026, 7, 1), S.ENVISAGEE, S.EN_PREPARATION, "Appel à candidatures."),
                     (D(2026, 9, 1), S.EN_PREPARATION, S.EN_COURS, "Ouverture de la saison.")),
        lessons="",
    ),
    "Comité de bassin des Sept-Arpents": dict(
        kind="implication_habitants", atelier="bassin", partners=("bobigny",),
        indicators=(
            ("Riverains au comité", "personnes", 0, 20, D(2026, 5, 1),
             (12, 10, 9, 11, 13, 12, 14)),
            ("Dépôts sauvages relevés", "par mois", 22, 8, D(2026, 5, 1),
             (21, 19, 18, 15, 14, 12, 11)),
        ),
        milestones=(("Tournée d'entretien partagée", D(2026, 6, 1), True),
                    ("Protocole d'alerte crue", D(2027, 1, 15), False)),
        transitions=((D(2026, 3, 1), None, S.ENVISAGEE, "Proposé en atelier."),
                     (D(2026, 5, 1), S.ENVISAGEE, S.EN_COURS,
                      "Lancé directement : le service de l'eau était prêt.")),
        lessons="Une tournée mensuelle courte mobilise plus qu'un comité trimestriel.",
    ),
    "Convention d'occupation de la friche de l'Ourcq": dict(
        kind="cadre_juridique", atelier="ourcq", partners=("montreuil",),
        indicators=(
            ("Jours d'ouverture au public", "jours par mois", 0, 12, D(2026, 10, 1),
             (0, 0)),
        ),
        milestones=(("Convention signée", D(2026, 12, 15), False),
                    ("Première ouverture", D(2027, 2, 1), False)),
        transitions=((D(2026, 7, 1), None, S.ENVISAGEE, "Proposé en atelier."),
                     (D(2026, 10, 1), S.ENVISAGEE, S.EN_PREPARATION,
                      "Le service juridique rédige la convention.")),
        lessons="",
    ),
}


def add_experiments(session: Session, ids: Ids) -> None:
    """Enrich the demo's experiments and add two more (see the module docstring)."""
    for lead, title, tool, hypothesis, status, start, end, description, log in \
            NEW_EXPERIMENTS:
        exp = Experimentation(id=new_id(), collectivite_id=ids[("collectivite", lead)],
                              title=title, tool_tested=tool, hypothesis=hypothesis,
                              status=status, start_date=start, end_date=end,
                              description=description)
        session.add(exp)
        session.flush()
        session.add_all(ExperimentationLog(experimentation_id=exp.id, date=day, text=text)
                        for day, text in log)
    session.flush()
    for exp in session.scalars(select(Experimentation)):
        details = DETAILS.get(exp.title)
        if details is not None:
            _details(session, ids, exp, details)


def _details(session: Session, ids: Ids, exp: Experimentation, d: dict[str, Any]) -> None:
    exp.tool_kind_id = seed_id(d["kind"])
    exp.lessons = d["lessons"]
    atelier = session.get(Atelier, ids[("atelier", d["atelier"])])
    assert atelier is not None
    exp.ressource_id = atelier.ressource_id
    session.add(ExperimentationAtelier(
        experimentation_id=exp.id, atelier_id=atelier.id, role=AtelierLinkRole.ORIGINE,
        atelier_title=atelier.title, atelier_date=atelier.date))
    note = session.scalars(select(Note).where(Note.atelier_id == atelier.id).order_by(
        (Note.kind != NoteKind.DECISION), Note.created_at)).first()
    if note is not None:
        session.add(ExperimentationOrigin(
            experimentation_id=exp.id, kind=OriginKind.NOTE, note_id=note.id,
            atelier_id=atelier.id, text=note.text, atelier_title=atelier.title))
    for partner in d["partners"]:
        session.add(ExperimentationPartner(experimentation_id=exp.id,
                                           collectivite_id=ids[("collectivite", partner)]))
    for position, (name, unit, baseline, target, first, values) in \
            enumerate(d["indicators"]):
        indicator = Indicator(id=new_id(), experimentation_id=exp.id, name=name, unit=unit,
                              baseline=float(baseline), target=float(target),
                              position=position)
        session.add(indicator)
        session.add_all(
            IndicatorValue(indicator_id=indicator.id, date=_month(first, n), value=float(v))
            for n, v in enumerate(values))
    session.add_all(Milestone(experimentation_id=exp.id, title=title, due_date=due, done=done,
                              position=n)
                    for n, (title, due, done) in enumerate(d["milestones"]))
    session.add_all(StatusTransition(experimentation_id=exp.id, date=day, from_status=old,
                                     to_status=new, reason=reason)
                    for day, old, new, reason in d["transitions"])


def _month(first: dt.date, n: int) -> dt.date:
    """The ``n``-th month after ``first``, on its 28th (a measure at the end of the month)."""
    month = first.month - 1 + n
    return dt.date(first.year + month // 12, month % 12 + 1, 28)
