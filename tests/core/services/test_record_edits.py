"""Reversible, validated edits: field changes, creation, deletion with cascades, merging."""

from __future__ import annotations

import pytest

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import ActeurCategory, MapLayout, NoteKind
from lieuxcommuns_desktop.core.errors import LieuxError
from lieuxcommuns_desktop.core.services import (
    agenda,
    ateliers,
    edits,
    maps,
    programme_sheet,
    record_edits,
    records,
)
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.services.record_edits import RecordError


@pytest.fixture
def atelier(notebook: Notebook) -> str:
    return records.create(notebook, m.Atelier, title="Atelier eau").id


def test_change_validates_then_undoes_and_redoes(notebook: Notebook, atelier: str) -> None:
    edit = record_edits.change(notebook, m.Atelier, atelier, title="  Atelier rivière ",
                               planned_minutes=90)
    assert records.get(notebook, m.Atelier, atelier).title == "Atelier rivière"
    edits.undo(notebook, edit)
    back = records.get(notebook, m.Atelier, atelier)
    assert (back.title, back.planned_minutes) == ("Atelier eau", None)
    edits.redo(notebook, edit)
    assert records.get(notebook, m.Atelier, atelier).planned_minutes == 90


@pytest.mark.parametrize(("values", "code", "words"), [
    ({"title": "   "}, "empty_title", "Le titre ne peut pas être vide."),
    ({"planned_minutes": 24 * 60 + 1}, "range_minutes",
     "La durée doit être comprise entre 0 et 1440 minutes."),
    ({"planned_minutes": "long"}, "type", "« planned_minutes »"),
    ({"id": "other"}, "not_editable", "« id »"),
    ({"no_such_field": 1}, "not_editable", "« no_such_field »"),
])
def test_change_refuses_bad_values_and_writes_nothing(
        notebook: Notebook, atelier: str, values: dict, code: str, words: str) -> None:
    with pytest.raises(RecordError) as caught:
        record_edits.change(notebook, m.Atelier, atelier, **values)
    assert caught.value.code == code
    assert words in caught.value.message
    assert records.get(notebook, m.Atelier, atelier).title == "Atelier eau"


def test_enum_values_are_converted_and_unknown_ones_refused(notebook: Notebook) -> None:
    acteur = records.create(notebook, m.Acteur, name="Régie", category=ActeurCategory.COLLECTIVITE)
    record_edits.change(notebook, m.Acteur, acteur.id, category="associations")
    assert records.get(notebook, m.Acteur, acteur.id).category is ActeurCategory.ASSOCIATIONS
    with pytest.raises(RecordError):
        record_edits.change(notebook, m.Acteur, acteur.id, category="no-such-category")


def test_remove_puts_back_owned_rows_and_unlinked_ones(notebook: Notebook, atelier: str) -> None:
    seq = records.create(notebook, m.Sequence, atelier_id=atelier, title="Accueil")
    note = records.create(notebook, m.Note, atelier_id=atelier, sequence_id=seq.id,
                          kind=NoteKind.NOTE, text="Une idée")
    edit = record_edits.remove(notebook, m.Sequence, [seq.id])
    assert records.find(notebook, m.Sequence, seq.id) is None
    assert records.get(notebook, m.Note, note.id).sequence_id is None  # unlinked, kept
    edits.undo(notebook, edit)
    assert records.get(notebook, m.Note, note.id).sequence_id == seq.id
    edits.redo(notebook, edit)
    assert records.find(notebook, m.Sequence, seq.id) is None

    whole = record_edits.remove(notebook, m.Atelier, atelier)  # owned rows go with it
    assert records.count(notebook, m.Note) == 0
    edits.undo(notebook, whole)
    assert records.get(notebook, m.Note, note.id).text == "Une idée"


def test_create_and_reorder(notebook: Notebook, atelier: str) -> None:
    ids = [m.new_id() for _ in range(3)]
    made = [record_edits.create(notebook, m.Sequence, id=i, atelier_id=atelier, title=t,
                                position=n)
            for n, (i, t) in enumerate(zip(ids, "abc", strict=True))]
    assert made[0].created("sequence") == [ids[0]]
    with pytest.raises(RecordError):
        record_edits.create(notebook, m.Sequence, atelier_id=atelier, title=" ")
    edit = record_edits.reorder(notebook, m.Sequence, list(reversed(ids)))
    order = [s.id for s in records.all_of(notebook, m.Sequence, m.Sequence.position)]
    assert order == list(reversed(ids))
    edits.undo(notebook, edit)
    assert [s.id for s in records.all_of(notebook, m.Sequence, m.Sequence.position)] == ids
    edits.undo(notebook, made[2])
    assert records.find(notebook, m.Sequence, ids[2]) is None


def test_merge_keeps_the_first_before_and_the_last_after(notebook: Notebook,
                                                        atelier: str) -> None:
    map_id = maps.create_map(notebook, atelier, "Carte", MapLayout.FREE)
    a = records.create(notebook, m.Acteur, name="A", category=ActeurCategory.COLLECTIVITE).id
    b = records.create(notebook, m.Acteur, name="B", category=ActeurCategory.COLLECTIVITE).id
    pa, pb = maps.place_acteurs(notebook, map_id, [(a, 0, 0), (b, 50, 50)])
    first = maps.move_cards(notebook, {pa: (10, 0)})
    second = maps.move_cards(notebook, {pa: (20, 0), pb: (60, 50)})
    merged = edits.merge(first, second)

    def where() -> dict[str, tuple[float, float]]:
        cards = maps.map_content(notebook, map_id).cards
        return {pid: (cards[pid].x, cards[pid].y) for pid in (pa, pb)}

    assert where() == {pa: (20, 0), pb: (60, 50)}
    edits.undo(notebook, merged)
    assert where() == {pa: (0, 0), pb: (50, 50)}
    edits.redo(notebook, merged)
    assert where() == {pa: (20, 0), pb: (60, 50)}


def test_map_edits_undo_exactly(notebook: Notebook, atelier: str) -> None:
    map_id = maps.create_map(notebook, atelier, "Carte", MapLayout.ONION)
    a = records.create(notebook, m.Acteur, name="A", category=ActeurCategory.COLLECTIVITE).id
    b = records.create(notebook, m.Acteur, name="B", category=ActeurCategory.COLLECTIVITE).id
    placed = maps.place_cards(notebook, map_id, [(a, 100, 0), (b, -100, 0)])
    pa, pb = placed.created("map_placement")
    rel = maps.relate(notebook, map_id, a, b, label=" aide ")
    (rid,) = rel.created("relation")
    state = maps.map_content(notebook, map_id)

    for make in (lambda: maps.change_layout(notebook, map_id, MapLayout.POWER_INTEREST),
                 lambda: maps.edit_relation(notebook, rid, two_way=True, label="soutient"),
                 lambda: maps.take_off(notebook, [pa]),
                 lambda: maps.unlink(notebook, [rid])):
        edit = make()
        assert edit and maps.map_content(notebook, map_id) != state
        edits.undo(notebook, edit)
        assert maps.map_content(notebook, map_id) == state
    edits.undo(notebook, placed)
    assert set(maps.map_content(notebook, map_id).cards) - {pa, pb} == set()
    assert not maps.map_content(notebook, map_id).cards
    assert records.count(notebook, m.Relation) == 1  # undoing the placement alone keeps it


def test_intention_named_edits_keep_the_domain_rules(notebook: Notebook, atelier: str) -> None:
    seq = records.create(notebook, m.Sequence, atelier_id=atelier, title="Accueil")
    map_id = maps.create_map(notebook, atelier, "Carte")
    refusals = [
        (lambda: ateliers.edit_details(notebook, atelier, title=""), "Le titre"),
        (lambda: ateliers.edit_details(notebook, atelier, live_state="x"), "live_state"),
        (lambda: agenda.edit_sequence(notebook, seq.id, title=" "), "Le titre"),
        (lambda: agenda.edit_sequence(notebook, seq.id, minutes=-5), "La durée"),
        (lambda: agenda.edit_sequence(notebook, seq.id, tool="no-such-tool"), "no-such-tool"),
        (lambda: agenda.edit_sequence(notebook, seq.id, atelier_id="x"), "atelier_id"),
        (lambda: maps.rename_map(notebook, map_id, "  "), "Le titre"),
    ]
    for call, words in refusals:
        with pytest.raises(LieuxError) as caught:
            call()
        assert words in caught.value.message
    assert records.get(notebook, m.Sequence, seq.id).title == "Accueil"
    edit = agenda.edit_sequence(notebook, seq.id, title=" Accueil café ", minutes=20,
                                tool="carte")
    assert records.get(notebook, m.Sequence, seq.id).title == "Accueil café"
    edits.undo(notebook, edit)
    assert records.get(notebook, m.Sequence, seq.id).minutes == 10


def test_programme_sheet_and_thematiques(notebook: Notebook) -> None:
    programme = records.create(notebook, m.Programme, title="Drôme")
    sheet = programme_sheet.edit_sheet(notebook, programme.id, territory="Val de Drôme")
    edits.undo(notebook, sheet)
    assert records.get(notebook, m.Programme, programme.id).territory == ""
    with pytest.raises(LieuxError):
        programme_sheet.edit_sheet(notebook, programme.id, id="x")

    added = programme_sheet.add_theme(notebook, "  Eau ")
    (theme_id,) = added.created("thematique")
    assert records.get(notebook, m.Thematique, theme_id).name == "Eau"
    with pytest.raises(RecordError) as caught:
        programme_sheet.rename_theme(notebook, theme_id, " ")
    assert caught.value.message == "Le nom ne peut pas être vide."
    with pytest.raises(RecordError):
        programme_sheet.add_theme(notebook, "")
    atelier = records.create(notebook, m.Atelier, title="A", thematique_id=theme_id)
    gone = programme_sheet.remove_theme(notebook, theme_id)
    assert records.get(notebook, m.Atelier, atelier.id).thematique_id is None
    edits.undo(notebook, gone)
    assert records.get(notebook, m.Atelier, atelier.id).thematique_id == theme_id
