"""A small programme with known figures, shared by the programme tests.

Today is 2025-06-15. Four collectivités (Arcueil, Bréval, Cergy, Dammarie in the
second circle), three expeditions (Urbanisme with four ateliers, Eau with three,
Nature with none), a *parcours apprenant* from January to June 2025 and a
*mise en test* from September 2025 to June 2026; atelier ``e2`` (15 July 2025)
falls between them and ``e3`` has no date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from lieuxcommuns_desktop.core import enums, model
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook

TODAY = dt.date(2025, 6, 15)
D = dt.date


@dataclass
class Sample:
    nb: Notebook
    ids: dict[str, str] = field(default_factory=dict)

    def __getitem__(self, key: str) -> str:
        return self.ids[key]


def build(path: Path) -> Sample:
    nb = Notebook.create(path, title="Lieux Communs — essai")
    s = Sample(nb)
    objs: list[model.Record] = []

    def add(key: str, obj: model.Record) -> model.Record:
        obj.id = model.new_id()
        s.ids[key] = obj.id
        objs.append(obj)
        return obj

    add("A", model.Collectivite(name="Arcueil"))
    add("B", model.Collectivite(name="Bréval"))
    add("C", model.Collectivite(name="Cergy"))
    add("D", model.Collectivite(name="Dammarie", circle=enums.Circle.SECOND_CERCLE))
    add("U", model.Thematique(name="Urbanisme transitoire", position=0))
    add("E", model.Thematique(name="Gestion de l'eau", position=1))
    add("N", model.Thematique(name="Espaces naturels", position=2))
    add("parcours", model.Phase(kind=enums.PhaseKind.PARCOURS_APPRENANT,
                                start_date=D(2025, 1, 1), end_date=D(2025, 6, 30)))
    add("test", model.Phase(kind=enums.PhaseKind.MISE_EN_TEST,
                            start_date=D(2025, 9, 1), end_date=D(2026, 6, 30)))
    role = enums.ExpeditionRole
    for key, c, t, r, joined in (
        ("mAU", "A", "U", role.PILOTE, D(2025, 1, 1)),
        ("mBU", "B", "U", role.PARTICIPANTE, D(2025, 1, 1)),
        ("mAE", "A", "E", role.PARTICIPANTE, D(2025, 2, 1)),
        ("mCE", "C", "E", role.PILOTE, D(2025, 1, 15)),
        ("mDE", "D", "E", role.SECOND_CERCLE, D(2025, 3, 1)),
    ):
        add(key, model.Membership(collectivite_id=s[c], thematique_id=s[t], role=r,
                                  joined_on=joined))
    status = enums.AtelierStatus
    for key, t, host, others, date, st in (
        ("u1", "U", "A", "B", D(2025, 1, 15), status.TERMINE),
        ("u2", "U", "B", "A", D(2025, 3, 10), status.TERMINE),
        ("u3", "U", "A", "B", D(2025, 5, 20), status.PRET),
        ("u4", "U", "B", "A", D(2025, 10, 1), status.BROUILLON),
        ("e1", "E", "C", "A", D(2025, 2, 1), status.TERMINE),
        ("e2", "E", "C", "", D(2025, 7, 15), status.PRET),
        ("e3", "E", "C", "", None, status.BROUILLON),
    ):
        add(key, model.Atelier(title=f"Atelier {key}", thematique_id=s[t],
                               collectivite_id=s[host], date=date, status=st,
                               start_time=dt.time(9, 30), place=f"Salle {key}",
                               objective=f"Objectif de {key}"))
        for c in (host, *others):
            add(f"{key}{c}", model.AtelierCollectivite(atelier_id=s[key], collectivite_id=s[c]))
    # Agenda of u4: 150 minutes.
    add("u4s1", model.Sequence(atelier_id=s["u4"], position=0, title="Accueil", minutes=30))
    add("u4s2", model.Sequence(atelier_id=s["u4"], position=1, title="Carte", minutes=120))
    # People: one per way of counting for a collectivité, and one for none.
    add("mairieA", model.Acteur(name="Mairie d'Arcueil", collectivite_id=s["A"],
                                category=enums.ActeurCategory.COLLECTIVITE))
    add("breval", model.Acteur(name="BREVAL", category=enums.ActeurCategory.COLLECTIVITE))
    add("asso", model.Acteur(name="Les Voisins", category=enums.ActeurCategory.ASSOCIATIONS))
    add("pa", model.Participant(first_name="Ana", acteur_id=s["mairieA"]))
    add("pb", model.Participant(first_name="Bo", acteur_id=s["breval"]))
    add("pc", model.Participant(first_name="Cy", structure="cergy"))
    add("px", model.Participant(first_name="Xé", acteur_id=s["asso"]))
    for atelier, person, present in (
        ("u1", "pa", True), ("u1", "pb", True), ("u1", "px", True),
        ("u2", "pa", True), ("u2", "pb", False),
        ("u3", "pa", True),
        ("e1", "pc", True), ("e1", "pa", True),
    ):
        add(f"att{atelier}{person}", model.Attendance(
            atelier_id=s[atelier], participant_id=s[person], present=present))
    action = enums.NoteKind.ACTION
    add("n1", model.Note(atelier_id=s["u1"], kind=action, text="Convention",
                         owner_acteur_id=s["mairieA"], due_date=D(2025, 2, 1)))
    add("n2", model.Note(atelier_id=s["e1"], kind=action, text="Relevés",
                         due_date=D(2025, 7, 1)))
    add("n3", model.Note(atelier_id=s["u2"], kind=action, text="Clés",
                         owner_participant_id=s["pb"]))
    add("n4", model.Note(atelier_id=s["u3"], kind=action, text="Fait", done=True,
                         due_date=D(2025, 1, 1)))
    add("n5", model.Note(atelier_id=s["u3"], kind=enums.NoteKind.IDEE, text="Une idée"))
    add("x1", model.Experimentation(collectivite_id=s["A"], title="Régie",
                                    status=enums.ExperimentationStatus.EN_COURS))
    add("x2", model.Experimentation(collectivite_id=s["C"], title="Charte"))
    for atelier, values in (("u1", (4, 5)), ("e1", (3,))):
        q = add(f"q{atelier}", model.EvaluationQuestion(atelier_id=s[atelier], text="Utile ?"))
        o = add(f"o{atelier}", model.EvaluationQuestion(
            atelier_id=s[atelier], text="Remarques", kind=enums.QuestionKind.OPEN, position=1))
        for n, value in enumerate(values):
            form = add(f"f{atelier}{n}", model.EvaluationForm(atelier_id=s[atelier], number=n))
            add(f"a{atelier}{n}", model.EvaluationAnswer(form_id=form.id, question_id=q.id,
                                                         value=value))
            add(f"t{atelier}{n}", model.EvaluationAnswer(form_id=form.id, question_id=o.id,
                                                         text="bien"))
    records.create_many(nb, objs)
    return s
