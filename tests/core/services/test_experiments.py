"""Experiment services: creation from the room, statuses, indicators, milestones, reads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import update

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import AtelierLinkRole, NoteKind, OriginKind
from lieuxcommuns_desktop.core.enums import ExperimentationStatus as S
from lieuxcommuns_desktop.core.services import experiments as ex
from lieuxcommuns_desktop.core.services import experiments_views as views
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.tool_kinds import seed_id

TODAY = dt.date(2026, 11, 30)
D = dt.date


@pytest.fixture
def nb(tmp_path: Path):
    notebook = Notebook.create(tmp_path / "carnet.lieux", title="Lieux Communs")
    yield notebook
    notebook.close()


@pytest.fixture
def room(nb: Notebook) -> dict[str, str]:
    lead = records.create(nb, m.Collectivite, name="Montreuil")
    other = records.create(nb, m.Collectivite, name="Pantin")
    res = records.create(nb, m.Ressource, name="Parc des Tilleuls")
    atelier = records.create(nb, m.Atelier, title="Le parc, ensemble", collectivite_id=lead.id,
                             ressource_id=res.id, date=D(2026, 3, 20))
    note = records.create(nb, m.Note, atelier_id=atelier.id, kind=NoteKind.DECISION,
                          text="Créer un comité d'usagers\nqui co-décide des règles")
    decision = records.create(nb, m.Decision, atelier_id=atelier.id, label="Règles d'usage")
    return {"lead": lead.id, "other": other.id, "res": res.id, "atelier": atelier.id,
            "note": note.id, "decision": decision.id}


def _created(edit: ex.Edit) -> str:
    return edit.created("experimentation")[0]


def test_from_a_note_copies_text_links_back_and_is_undoable(nb, room) -> None:
    edit = ex.create_from_note(nb, room["note"], today=TODAY)
    page = views.page(nb, _created(edit))
    assert page.title == "Créer un comité d'usagers"
    assert page.hypothesis.startswith("Créer un comité")
    assert (page.lead, page.ressource, page.status) == ("Montreuil", "Parc des Tilleuls",
                                                        S.ENVISAGEE)
    assert [(o.kind, o.atelier_title, o.removed) for o in page.origins] == [
        (OriginKind.NOTE, "Le parc, ensemble", False)]
    assert [(a.title, a.role) for a in page.ateliers] == [("Le parc, ensemble",
                                                           AtelierLinkRole.ORIGINE)]
    assert [(t.to_status, t.date) for t in page.transitions] == [(S.ENVISAGEE, TODAY)]
    assert [e.title for e in views.for_atelier(nb, room["atelier"])] == [page.title]
    ex.undo(nb, edit)
    assert records.count(nb, m.Experimentation) == 0
    assert records.count(nb, m.ExperimentationOrigin) == 0
    ex.redo(nb, edit)
    assert views.page(nb, page.id).origins == page.origins


def test_from_a_decision_copies_its_label(nb, room) -> None:
    page = views.page(nb, _created(ex.create_from_decision(nb, room["decision"], today=TODAY)))
    assert page.title == "Règles d'usage"
    assert page.origins[0].kind is OriginKind.DECISION


def test_deleted_origin_leaves_the_text_and_says_removed(nb, room) -> None:
    exp_id = _created(ex.create_from_note(nb, room["note"], today=TODAY))
    records.delete(nb, m.Note, room["note"])
    origin = views.page(nb, exp_id).origins[0]
    assert origin.removed and origin.text.startswith("Créer un comité")
    snapshot = records.delete(nb, m.Atelier, room["atelier"])
    page = views.page(nb, exp_id)
    assert page.ateliers[0].removed and page.ateliers[0].title == "Le parc, ensemble"
    assert page.origins[0].atelier_title == "Le parc, ensemble"
    records.restore(nb, snapshot)  # undoing the deletion re-links the atelier
    assert not views.page(nb, exp_id).ateliers[0].removed


def test_statuses_follow_the_allowed_transitions_with_dates_and_reasons(nb, room) -> None:
    exp_id = _created(ex.create_from_note(nb, room["note"], today=D(2026, 3, 20)))
    with pytest.raises(ex.ExperimentError) as exc:
        ex.change_status(nb, exp_id, S.ESSAIMEE, today=TODAY)
    assert "n'est pas prévu" in exc.value.message and "En préparation" in exc.value.message
    with pytest.raises(ex.ExperimentError, match="futur"):
        ex.change_status(nb, exp_id, S.EN_COURS, date=D(2026, 12, 1), today=TODAY)
    with pytest.raises(ex.ExperimentError, match="antérieur"):
        ex.change_status(nb, exp_id, S.EN_COURS, date=D(2026, 1, 1), today=TODAY)
    with pytest.raises(ex.ExperimentError, match="pourquoi"):
        ex.change_status(nb, exp_id, S.ABANDONNEE, "  ", today=TODAY)
    ex.change_status(nb, exp_id, S.EN_PREPARATION, "cadrage", date=D(2026, 4, 1), today=TODAY)
    edit = ex.change_status(nb, exp_id, S.EN_COURS, "lancé", date=D(2026, 4, 15), today=TODAY)
    page = views.page(nb, exp_id)
    assert page.status is S.EN_COURS and page.start_date == D(2026, 4, 15)
    assert [(t.from_status, t.to_status, t.reason) for t in page.transitions][1:] == [
        (S.ENVISAGEE, S.EN_PREPARATION, "cadrage"), (S.EN_PREPARATION, S.EN_COURS, "lancé")]
    ex.undo(nb, edit)
    page = views.page(nb, exp_id)
    assert page.status is S.EN_PREPARATION and page.start_date is None
    assert len(page.transitions) == 2
    # Nothing was written by the refused moves.
    assert records.count(nb, m.StatusTransition) == 2


@pytest.mark.parametrize("typed", ["douze", "", "nan", "inf", "-Infinity", "1e400", "2e6",
                                   float("nan"), True, None])
def test_bad_measured_values_are_refused_and_nothing_is_written(nb, room, typed) -> None:
    exp_id = _created(ex.create(nb, "Essai", today=TODAY))
    ind = ex.add_indicator(nb, exp_id, "Habitants", "personnes", 0, 20).created("indicator")[0]
    with pytest.raises(ex.ExperimentError) as exc:
        ex.add_value(nb, ind, D(2026, 5, 1), typed, today=TODAY)
    assert exc.value.message and "\n" not in exc.value.message
    assert records.count(nb, m.IndicatorValue) == 0


def test_values_read_the_french_way_and_future_measures_are_refused(nb, room) -> None:
    exp_id = _created(ex.create(nb, "Essai", today=TODAY))
    ind = ex.add_indicator(nb, exp_id, "Haie", "m", "0", "400").created("indicator")[0]
    ex.add_value(nb, ind, D(2026, 5, 28), "12,5", today=TODAY)
    ex.add_value(nb, ind, D(2026, 6, 28), " 1\u202f200 ", today=TODAY)
    with pytest.raises(ex.ExperimentError, match="futur"):
        ex.add_value(nb, ind, TODAY + dt.timedelta(days=1), 3, today=TODAY)
    indicator = views.page(nb, exp_id).indicators[0]
    assert [v.value for v in indicator.values] == [12.5, 1200.0]
    assert indicator.progress == pytest.approx(3.0)


def test_unit_change_after_values_needs_confirmation(nb, room) -> None:
    exp_id = _created(ex.create(nb, "Essai", today=TODAY))
    ind = ex.add_indicator(nb, exp_id, "Haie", "m").created("indicator")[0]
    ex.edit_indicator(nb, ind, unit="km")  # no values yet: free
    ex.add_value(nb, ind, D(2026, 5, 1), 1, today=TODAY)
    with pytest.raises(ex.ExperimentError) as exc:
        ex.edit_indicator(nb, ind, unit="m")
    assert "ne convertit pas" in exc.value.message and "km" in exc.value.message
    assert views.page(nb, exp_id).indicators[0].unit == "km"
    edit = ex.edit_indicator(nb, ind, unit="m", confirm_unit=True)
    assert views.page(nb, exp_id).indicators[0].unit == "m"
    ex.undo(nb, edit)
    assert views.page(nb, exp_id).indicators[0].unit == "km"


def test_milestones_partners_fields_and_dates(nb, room) -> None:
    exp_id = _created(ex.create(nb, "Essai", collectivite_id=room["lead"], today=TODAY))
    ms = ex.add_milestone(nb, exp_id, "Signature", D(2026, 12, 15)).created("milestone")[0]
    ex.add_milestone(nb, exp_id, "Bilan", D(2027, 4, 1))
    ex.edit_milestone(nb, ms, done=True)
    with pytest.raises(ex.ExperimentError):
        ex.add_partner(nb, exp_id, room["lead"])
    ex.add_partner(nb, exp_id, room["other"])
    with pytest.raises(ex.ExperimentError):
        ex.edit(nb, exp_id, start_date=D(2026, 5, 1), end_date=D(2026, 4, 1))
    with pytest.raises(ex.ExperimentError):
        ex.edit(nb, exp_id, title="   ")
    ex.edit(nb, exp_id, tool_kind_id=seed_id("financement"), lessons=" Ça marche. ")
    page = views.page(nb, exp_id)
    assert page.partners == ("Pantin",) and page.tool_kind == "Financement"
    assert page.lesson == "Ça marche."
    assert [x.title for x in page.next_milestones()] == ["Bilan"]


def test_comparison_of_one_tool_kind(nb, room) -> None:
    kind = seed_id("implication_habitants")
    a = _created(ex.create(nb, "Parc", collectivite_id=room["lead"], tool_kind_id=kind,
                           today=D(2026, 1, 1)))
    b = _created(ex.create(nb, "Bassin", collectivite_id=room["other"], tool_kind_id=kind,
                           today=D(2026, 1, 1)))
    ex.create(nb, "Autre", tool_kind_id=seed_id("financement"), today=TODAY)
    ex.change_status(nb, a, S.EN_COURS, "go", date=D(2026, 5, 1), today=TODAY)
    ex.change_status(nb, b, S.EN_COURS, "", date=D(2026, 3, 1), today=TODAY)
    ex.change_status(nb, b, S.ABANDONNEE, "Pas de riverains", date=D(2026, 6, 1), today=TODAY)
    rows = views.compare(nb, kind, today=TODAY)
    assert [(r.page.lead, r.page.status, r.duration_days, r.lesson) for r in rows] == [
        ("Montreuil", S.EN_COURS, (TODAY - D(2026, 5, 1)).days, "go"),
        ("Pantin", S.ABANDONNEE, 92, "Pas de riverains")]
    counts = {k.name: k.count for k in views.tool_kinds(nb)}
    assert counts["Implication des habitants"] == 2 and counts["Financement"] == 1


def test_letter_since_a_date_lists_only_what_changed(nb, room) -> None:
    old = _created(ex.create(nb, "Ancienne", today=D(2026, 1, 1)))
    new = _created(ex.create(nb, "Récente", today=D(2026, 1, 1)))
    ind = ex.add_indicator(nb, new, "Habitants").created("indicator")[0]
    ex.add_value(nb, ind, D(2026, 10, 15), 4, today=TODAY)
    ex.add_milestone(nb, new, "Plus tard", D(2027, 1, 1))
    with nb.write() as session:  # as if the two were last edited long ago
        session.execute(update(m.Experimentation).values(modified_at=dt.datetime(2026, 1, 1)))
    letter = views.letter(nb, since=D(2026, 10, 1), today=TODAY)
    assert [i.page.title for i in letter.items] == ["Récente"]
    item = letter.items[0]
    assert item.new_measures == 1 and [x.title for x in item.next_milestones] == ["Plus tard"]
    assert {i.page.id for i in views.letter(nb, today=TODAY).items} == {old, new}
