"""Ateliers from templates, added steps, duplicates and personal templates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from lieuxcommuns_desktop.core import templates
from lieuxcommuns_desktop.core.demo import populate
from lieuxcommuns_desktop.core.enums import AtelierStatus, PrincipleStatus
from lieuxcommuns_desktop.core.errors import LieuxError
from lieuxcommuns_desktop.core.model import (
    Atelier,
    Attendance,
    CommonsAssessment,
    Decision,
    DecisionCell,
    EvaluationForm,
    EvaluationQuestion,
    MapPlacement,
    MatrixColumn,
    Note,
    Relation,
    Responsibility,
    RoleCell,
    Sequence,
    StakeholderMap,
    Thematique,
)
from lieuxcommuns_desktop.core.services import ateliers, records
from lieuxcommuns_desktop.core.services.notebook import ChangeSet, Notebook
from lieuxcommuns_desktop.core.templates import TemplateError


@pytest.fixture
def nb(tmp_path: Path):
    notebook = Notebook.create(tmp_path / "carnet.lieux")
    yield notebook
    notebook.close()


def _events(nb: Notebook) -> list[ChangeSet]:
    seen: list[ChangeSet] = []
    nb.subscribe(seen.append)
    return seen


def _agenda(nb: Notebook, atelier_id: str) -> list[Sequence]:
    return records.all_of(nb, Sequence, Sequence.position, atelier_id=atelier_id)


@pytest.mark.parametrize("key", sorted(templates.builtin_keys()))
def test_create_from_each_template_writes_expected_rows(nb: Notebook, key: str) -> None:
    t = templates.load(key)
    events = _events(nb)
    atelier = ateliers.create_from_template(
        nb, t, date=dt.date(2026, 3, 1), start_time=dt.time(14, 0), place="Mairie"
    )
    assert len(events) == 1  # one transaction, one undo step
    assert events[0].created["atelier"] == {atelier.id}

    stored = records.get(nb, Atelier, atelier.id)
    assert stored.title == t.title and stored.objective == t.objective
    assert stored.template_key == key and stored.planned_minutes == t.total_minutes
    assert stored.date == dt.date(2026, 3, 1) and stored.place == "Mairie"

    agenda = _agenda(nb, atelier.id)
    assert [(s.title, s.minutes, s.tool, s.instructions) for s in agenda] == [
        (s.title, s.minutes, s.tool, s.instructions) for s in t.steps
    ]
    assert [s.position for s in agenda] == list(range(len(t.steps)))
    rows = records.all_of(nb, Responsibility, Responsibility.position, atelier_id=atelier.id)
    assert [r.label for r in rows] == list(t.responsibilities)
    decisions = records.all_of(nb, Decision, Decision.position, atelier_id=atelier.id)
    assert [d.label for d in decisions] == list(t.decisions)
    grid = records.all_of(nb, CommonsAssessment, CommonsAssessment.principle,
                          atelier_id=atelier.id)
    assert [g.principle for g in grid] == list(range(1, 9))
    assert {g.status for g in grid} == {PrincipleStatus.ABSENT}
    questions = records.all_of(nb, EvaluationQuestion, EvaluationQuestion.position,
                               atelier_id=atelier.id)
    assert [(q.text, q.kind) for q in questions] == [
        (q.text, q.kind) for q in t.evaluation_questions
    ]
    (thematique,) = records.all_of(nb, Thematique)
    assert thematique.name == t.thematique and stored.thematique_id == thematique.id


def test_thematique_is_reused_or_given(nb: Notebook) -> None:
    t = templates.load("gestion-eau")
    first = ateliers.create_from_template(nb, t)
    second = ateliers.create_from_template(nb, t, title="Deuxième séance")
    assert records.count(nb, Thematique) == 1
    assert first.thematique_id == second.thematique_id
    assert second.title == "Deuxième séance"
    other = records.create(nb, Thematique, name="Mon thème", position=5)
    third = ateliers.create_from_template(nb, templates.load("espaces-naturels"),
                                          thematique_id=other.id)
    assert third.thematique_id == other.id
    assert records.count(nb, Thematique) == 2
    fourth = ateliers.create_from_template(nb, templates.load("espaces-naturels"))
    created = records.get(nb, Thematique, fourth.thematique_id)
    assert created.name == "Espaces naturels" and created.position == 6


def test_add_steps_inserts_and_renumbers(nb: Notebook) -> None:
    base = templates.load("atelier-partenariat")
    extra = templates.load("gestion-eau")
    atelier = ateliers.create_from_template(nb, base)
    events = _events(nb)
    added = ateliers.add_steps_from_template(nb, atelier.id, extra, [2, 3], position=1)
    assert len(events) == 1
    titles = [s.title for s in _agenda(nb, atelier.id)]
    assert titles[:4] == [base.steps[0].title, extra.steps[2].title, extra.steps[3].title,
                          base.steps[1].title]
    assert [s.id for s in added] == [s.id for s in _agenda(nb, atelier.id)[1:3]]
    assert [s.position for s in _agenda(nb, atelier.id)] == list(range(len(base.steps) + 2))

    ateliers.add_steps_from_template(nb, atelier.id, extra, [8])
    assert _agenda(nb, atelier.id)[-1].title == extra.steps[8].title
    ateliers.add_steps_from_template(nb, atelier.id, extra, [0], position=999)
    assert _agenda(nb, atelier.id)[-1].title == extra.steps[0].title

    before = len(_agenda(nb, atelier.id))
    with pytest.raises(LieuxError):
        ateliers.add_steps_from_template(nb, atelier.id, extra, [0, 42])
    with pytest.raises(LieuxError):
        ateliers.add_steps_from_template(nb, "absent", extra, [0])
    assert len(_agenda(nb, atelier.id)) == before


def _content(nb: Notebook, atelier_id: str) -> dict[str, object]:
    """What a duplicate must reproduce, independent of row ids."""
    with nb.read() as s:
        def rows(entity, *cols):
            return sorted(
                tuple(getattr(r, c) for c in cols)
                for r in s.scalars(select(entity).where(entity.atelier_id == atelier_id))
            )
        resp = {r.id: r.label for r in s.scalars(
            select(Responsibility).where(Responsibility.atelier_id == atelier_id))}
        dec = {d.id: d.label for d in s.scalars(
            select(Decision).where(Decision.atelier_id == atelier_id))}
        maps = {m.id: m.title for m in s.scalars(
            select(StakeholderMap).where(StakeholderMap.atelier_id == atelier_id))}
        return {
            "sequences": rows(Sequence, "position", "title", "minutes", "method", "tool"),
            "columns": rows(MatrixColumn, "matrix", "acteur_id", "position"),
            "questions": rows(EvaluationQuestion, "position", "text", "kind"),
            "grid": rows(CommonsAssessment, "principle", "status", "note"),
            "maps": rows(StakeholderMap, "title", "layout", "position"),
            "role_cells": sorted(
                (resp[c.responsibility_id], c.acteur_id, c.value)
                for c in s.scalars(select(RoleCell).where(RoleCell.responsibility_id.in_(resp)))
            ),
            "decision_cells": sorted(
                (dec[c.decision_id], c.acteur_id, c.version, c.level)
                for c in s.scalars(select(DecisionCell).where(DecisionCell.decision_id.in_(dec)))
            ),
            "placements": sorted(
                (maps[p.map_id], p.acteur_id, p.x, p.y)
                for p in s.scalars(select(MapPlacement).where(MapPlacement.map_id.in_(maps)))
            ),
            "relations": sorted(
                (maps[r.map_id], r.source_id, r.target_id, r.kind, r.label, r.two_way)
                for r in s.scalars(select(Relation).where(Relation.map_id.in_(maps)))
            ),
        }


def test_duplicate_copies_preparation_not_the_day(nb: Notebook) -> None:
    populate(nb)
    (source,) = records.all_of(nb, Atelier, template_key="urbanisme-transitoire")
    assert records.count(nb, Note, atelier_id=source.id) > 0
    assert records.count(nb, Attendance, atelier_id=source.id) > 0
    assert any(s.actual_start for s in _agenda(nb, source.id))
    before = _content(nb, source.id)
    events = _events(nb)

    copy = ateliers.duplicate_atelier(nb, source.id, "Friche des Maraîchers — saison 2")
    assert len(events) == 1
    stored = records.get(nb, Atelier, copy.id)
    assert stored.title == "Friche des Maraîchers — saison 2"
    assert stored.status is AtelierStatus.BROUILLON
    assert (stored.thematique_id, stored.ressource_id, stored.objective) == (
        source.thematique_id, source.ressource_id, source.objective)
    after = _content(nb, copy.id)
    assert after == before
    assert all(after[k] for k in after), [k for k in after if not after[k]]
    assert all(s.actual_start is None and s.actual_end is None
               for s in _agenda(nb, copy.id))
    for entity in (Note, Attendance, EvaluationForm):
        assert records.count(nb, entity, atelier_id=copy.id) == 0
    assert _content(nb, source.id) == before  # the source is untouched
    assert nb.store.check() == []


def test_save_as_template_round_trip(nb: Notebook, tmp_path: Path) -> None:
    personal = tmp_path / "modeles"
    original = templates.load("equipements-culturels")
    atelier = ateliers.create_from_template(nb, original)
    seq = _agenda(nb, atelier.id)[0]
    records.update(nb, Sequence, seq.id, title="Accueil revisité", minutes=20)

    path = ateliers.save_as_template(nb, atelier.id, "mon-cinema", "Mon cinéma", personal)
    assert path == personal / "mon-cinema.json" and path.is_file()
    loaded = templates.load("mon-cinema", personal)
    assert not loaded.builtin and loaded.title == "Mon cinéma"
    assert loaded.steps[0].title == "Accueil revisité" and loaded.steps[0].minutes == 20
    assert loaded.steps[1:] == original.steps[1:]
    assert loaded.responsibilities == original.responsibilities
    assert loaded.decisions == original.decisions
    assert loaded.evaluation_questions == original.evaluation_questions
    assert loaded.thematique == original.thematique
    assert loaded.resource_kind == original.resource_kind
    assert loaded.stakeholder_categories == original.stakeholder_categories
    assert "mon-cinema" in [t.key for t in templates.list_templates(personal)]

    again = ateliers.create_from_template(nb, loaded)
    assert [(s.title, s.minutes, s.tool) for s in _agenda(nb, again.id)] == [
        (s.title, s.minutes, s.tool) for s in _agenda(nb, atelier.id)
    ]
    assert records.get(nb, Atelier, again.id).template_key == "mon-cinema"
    assert records.count(nb, Thematique) == 1


def test_save_as_template_takes_categories_from_the_acteurs(
    nb: Notebook, tmp_path: Path
) -> None:
    populate(nb)
    (atelier,) = records.all_of(nb, Atelier, template_key="gestion-eau")
    ateliers.save_as_template(nb, atelier.id, "rigoles", "Les Rigoles", tmp_path)
    loaded = templates.load("rigoles", tmp_path)
    assert [c.value for c in loaded.stakeholder_categories] == [
        "collectivite", "services_publics", "habitants", "associations", "economiques",
        "financeurs", "experts", "autres",
    ]
    assert loaded.resource_kind.value == "eau"


def test_save_as_template_refusals(nb: Notebook, tmp_path: Path) -> None:
    atelier = ateliers.create_from_template(nb, templates.load("gestion-eau"))
    tmp_path = tmp_path / "modeles"
    with pytest.raises(TemplateError) as info:
        ateliers.save_as_template(nb, atelier.id, "gestion-eau", "X", tmp_path)
    assert info.value.code == "template_builtin_key"
    assert "gestion-eau" in info.value.message
    with pytest.raises(TemplateError) as info:
        ateliers.save_as_template(nb, atelier.id, "Mon Modèle!", "X", tmp_path)
    assert info.value.code == "template_bad_key"
    assert not tmp_path.exists()

    ateliers.save_as_template(nb, atelier.id, "eau-bis", "Eau bis", tmp_path)
    with pytest.raises(TemplateError) as info:
        ateliers.save_as_template(nb, atelier.id, "eau-bis", "Eau ter", tmp_path)
    assert info.value.code == "template_exists"
    assert templates.load("eau-bis", tmp_path).title == "Eau bis"
    ateliers.save_as_template(nb, atelier.id, "eau-bis", "Eau ter", tmp_path, overwrite=True)
    assert templates.load("eau-bis", tmp_path).title == "Eau ter"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["eau-bis.json"]
