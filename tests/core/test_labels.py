"""One participant label and one accent-stripping step, used by every layer."""

from __future__ import annotations

import pytest

from lieuxcommuns_desktop.core import labels, search, templates
from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.interchange.columns import label_of
from lieuxcommuns_desktop.core.services import atelier_views, notes, people, records
from lieuxcommuns_desktop.core.services.site_views import PersonInfo
from lieuxcommuns_desktop.publishing.slugs import slugify


def test_strip_accents_keeps_case_and_letters_without_marks() -> None:
    assert labels.strip_accents("Équipement à l'Été, ÇA") == "Equipement a l'Ete, CA"
    assert labels.strip_accents("cœur ﬁ") == "cœur fi"  # NFKD: ligature ﬁ split, œ kept
    assert labels.strip_accents("") == "" and labels.strip_accents(None) == ""  # type: ignore[arg-type]  # None is accepted too


def test_fold_and_every_key_built_on_strip_accents() -> None:
    assert labels.fold("  Équipement ") == labels.fold("equipement") == "equipement"
    assert labels.fold("CŒUR") == "coeur"
    assert search.fold("Élan") == "elan"
    assert templates.sort_key("Équipements") == "equipements"
    assert notes.fold("  Jean   PIERRE é ") == "jean pierre e"
    assert slugify("Été à l'Œil !", "x") == "ete-a-l-il"  # œ has no ASCII form: dropped


@pytest.mark.parametrize(("first", "last", "expected"), [
    ("Jeanne", "Martin", "Jeanne Martin"), ("", "Martin", "Martin"),
    ("Jeanne", "", "Jeanne"), ("", "", ""), (None, "Martin", "Martin"),
])
def test_person_name(first: str | None, last: str | None, expected: str) -> None:
    assert labels.person_name(first, last) == expected


def test_every_layer_names_a_participant_the_same_way() -> None:
    p = m.Participant(first_name="Jeanne", last_name="Martin", structure="Mairie")
    nameless = m.Participant(first_name="", last_name="", structure="Mairie")
    info = PersonInfo("id", "Jeanne", "Martin", consent=True)
    row = {"id": "x", "first_name": "Jeanne", "last_name": "Martin"}
    assert {labels.participant_label(p), people.display_name(p), notes.participant_label(p),
            info.full_name, label_of("participant", row)} == {"Jeanne Martin"}
    assert people.display_name(nameless) == ""
    assert notes.participant_label(nameless) == "Mairie"  # an owner named by the structure
    assert labels.participant_label(nameless, structure=True) == "Mairie"


def test_printed_action_owner_is_the_participant_label(notebook) -> None:
    atelier = records.create(notebook, m.Atelier, title="Atelier")
    person = records.create(notebook, m.Participant, first_name="", last_name="Martin")
    records.create(notebook, m.Note, atelier_id=atelier.id, text="Appeler",
                   kind="action", owner_participant_id=person.id)
    data = atelier_views.load(notebook, atelier.id)
    assert [n.owner for n in data.actions] == ["Martin"]
