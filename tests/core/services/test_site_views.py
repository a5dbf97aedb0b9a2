"""The site's read model: plain values, no contact field, notes in the order taken."""

from __future__ import annotations

import dataclasses
import datetime as dt

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import ActeurCategory
from lieuxcommuns_desktop.core.services import records, site_views


def test_people_carry_no_contact_and_take_their_acteur(notebook) -> None:
    mairie = records.create(notebook, m.Acteur, name="Mairie",
                            category=ActeurCategory.COLLECTIVITE)
    records.create(notebook, m.Participant, first_name="Lina", last_name="Haddad",
                   email="lina@example.org", phone="06 12 34 56 78", acteur_id=mairie.id,
                   consent=True)
    [person] = site_views.people(notebook)
    assert (person.full_name, person.consent, person.structure) == ("Lina Haddad", True, "Mairie")
    assert person.category == ActeurCategory.COLLECTIVITE.value
    fields = {f.name for f in dataclasses.fields(site_views.PersonInfo)}
    assert not fields & {"email", "phone", "contact"}


def test_notes_in_the_order_taken_with_their_owner_and_step(notebook) -> None:
    one = records.create(notebook, m.Atelier, title="Un")
    two = records.create(notebook, m.Atelier, title="Deux")
    step = records.create(notebook, m.Sequence, atelier_id=one.id, title="Accueil")
    acteur = records.create(notebook, m.Acteur, name="")  # named "", still the owner
    t0 = dt.datetime(2026, 3, 1, 9, 0)
    records.create(notebook, m.Note, atelier_id=two.id, text="second", created_at=t0,
                   sequence_id=step.id, owner_text="Quelqu'un")  # another atelier's step
    records.create(notebook, m.Note, atelier_id=one.id, text="first",
                   created_at=t0 - dt.timedelta(minutes=5), sequence_id=step.id,
                   owner_acteur_id=acteur.id)
    notes = site_views.site_view(notebook).notes
    assert [n.text for n in notes] == ["first", "second"]
    first, second = notes
    assert (first.step_id, first.step_title, first.owner_acteur) == (step.id, "Accueil", "")
    assert (second.step_id, second.step_title, second.owner_acteur) == ("", "", None)
    assert second.owner_text == "Quelqu'un"


def test_the_programme_and_the_expeditions_in_their_order(notebook) -> None:
    header = site_views.programme(notebook)
    assert header is not None and header.title == "Carnet de test"
    for position, name in ((1, "Eau"), (0, "Friches")):
        records.create(notebook, m.Thematique, name=name, position=position)
    view = site_views.site_view(notebook)
    assert view.programme == header
    assert [e.name for e in view.expeditions] == ["Friches", "Eau"]
