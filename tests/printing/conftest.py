"""A small but complete atelier to print, with hard strings in it."""

from __future__ import annotations

import datetime as dt

import pytest

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.services import records
from tests.english_catalogue import serve_english_catalogue

HARD = "<b>gras</b> & <font color='red'>rouge</font> <img src=\"file:/etc/passwd\"/>"
TYPO = "œuvre « Élan » ’ 12 € — Łódź Привет Ελλάδα"


@pytest.fixture
def atelier(notebook):
    nb = notebook
    records.update(nb, m.Programme, records.all_of(nb, m.Programme)[0].id,
                   title="Lieux Communs — parcours 2026", licence="CC BY-SA 4.0")
    a = records.create(
        nb, m.Atelier, title=f"Gestion de l'eau {TYPO}", date=dt.date(2026, 3, 12),
        start_time=dt.time(9, 30), place="Salle des fêtes", facilitators="Marie Dupont",
        objective=f"Qui décide quoi ? {HARD}", planned_minutes=150,
    )
    steps = []
    for i, (title, minutes) in enumerate(
        [("Accueil café", 15), ("Tour d'inclusion", 20), ("Carte des acteurs", 45),
         ("Matrice de décision", 40), ("Évaluation", 15)]
    ):
        steps.append(records.create(
            nb, m.Sequence, atelier_id=a.id, position=i, title=title, minutes=minutes,
            method="World café", instructions="Vous formez des groupes de quatre.",
            materials="Post-it, feutres", tool="carte" if i == 2 else "aucun",
            actual_start=dt.datetime(2026, 3, 12, 8, 30 + i) if i == 0 else None,
            actual_end=dt.datetime(2026, 3, 12, 8, 50) if i == 0 else None,
        ))
    acteurs = [records.create(nb, m.Acteur, name=name, category=cat) for name, cat in [
        ("Mairie — service urbanisme", "collectivite"), ("Collectif Friche Verte", "associations"),
        ("Habitants du quartier", "habitants"), ("Agence de l'eau", "financeurs"),
    ]]
    for i in range(12):
        p = records.create(nb, m.Participant, last_name=f"Zola{i:02d}", first_name="Émile",
                           acteur_id=acteurs[i % 4].id, email=f"e{i}@example.org")
        records.create(nb, m.Attendance, atelier_id=a.id, participant_id=p.id,
                       present=i % 3 != 0, walk_in=i == 1)
    for i, acteur in enumerate(acteurs):
        for matrix in ("roles", "decisions"):
            records.create(nb, m.MatrixColumn, atelier_id=a.id, matrix=matrix,
                           acteur_id=acteur.id, position=i)
    resp = records.create(nb, m.Responsibility, atelier_id=a.id, label="Ouvrir le lieu")
    for acteur, value in zip(acteurs, "ARCI", strict=True):
        records.create(nb, m.RoleCell, responsibility_id=resp.id, acteur_id=acteur.id,
                       value=value)
    dec = records.create(nb, m.Decision, atelier_id=a.id, label="Programmation")
    for acteur, level in zip(acteurs, "5110", strict=True):
        records.create(nb, m.DecisionCell, decision_id=dec.id, acteur_id=acteur.id,
                       version="aujourdhui", level=level)
    for acteur, level in zip(acteurs, "4432", strict=True):
        records.create(nb, m.DecisionCell, decision_id=dec.id, acteur_id=acteur.id,
                       version="cible", level=level)
    for principle in range(1, 9):
        records.create(nb, m.CommonsAssessment, atelier_id=a.id, principle=principle,
                       status="en_place" if principle == 1 else "absent", note=f"P{principle}")
    for kind in ("note", "idee", "question", "decision", "action", "vigilance"):
        records.create(nb, m.Note, atelier_id=a.id, sequence_id=steps[2].id, kind=kind,
                       text=f"{kind} {HARD}", owner_text="Marie" if kind == "action" else "",
                       due_date=dt.date(2026, 4, 1) if kind == "action" else None)
    records.create(nb, m.EvaluationQuestion, atelier_id=a.id, position=0,
                   text="Clarté des objectifs", kind="scale5")
    records.create(nb, m.EvaluationQuestion, atelier_id=a.id, position=1,
                   text="Ce que vous retenez", kind="open")
    return a


@pytest.fixture
def mapped_atelier(notebook, atelier):
    """The atelier with an onion map: three placed acteurs and two relations."""
    acteurs = records.all_of(notebook, m.Acteur, m.Acteur.name)
    smap = records.create(notebook, m.StakeholderMap, atelier_id=atelier.id,
                          title="Aujourd'hui", layout="onion")
    for i, acteur in enumerate(acteurs[:3]):
        records.create(notebook, m.MapPlacement, map_id=smap.id, acteur_id=acteur.id,
                       x=-200.0 + 200 * i, y=40.0 * i)
    records.create(notebook, m.Relation, map_id=smap.id, source_id=acteurs[0].id,
                   target_id=acteurs[1].id, kind="financement", label="Subvention <b>")
    records.create(notebook, m.Relation, map_id=smap.id, source_id=acteurs[1].id,
                   target_id=acteurs[2].id, kind="conflit", two_way=True)
    return atelier


@pytest.fixture
def english(qapp, tmp_path_factory, monkeypatch):
    """The English catalogue compiled from the committed .ts and installed like the app does."""
    from lieuxcommuns_desktop import language

    serve_english_catalogue(tmp_path_factory.mktemp("i18n"), monkeypatch)
    assert language.install("en")
    yield

    language.reset()
