"""Note capture: markers, kinds, owners and due dates; the actions across the notebook."""

from __future__ import annotations

import datetime as dt

import pytest

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import NoteKind
from lieuxcommuns_desktop.core.errors import LieuxError
from lieuxcommuns_desktop.core.services import edits, notes, records


@pytest.mark.parametrize(("line", "kind", "text"), [
    ("! On garde le jardin ouvert", NoteKind.DECISION, "On garde le jardin ouvert"),
    ("? Qui a les clés", NoteKind.QUESTION, "Qui a les clés"),
    ("> Appeler la mairie", NoteKind.ACTION, "Appeler la mairie"),
    ("* Une fête de quartier", NoteKind.IDEE, "Une fête de quartier"),
    ("/!\\ Assurance du bâtiment", NoteKind.VIGILANCE, "Assurance du bâtiment"),
    ("⚠ Assurance", NoteKind.VIGILANCE, "Assurance"),
    ("Simple remarque @ la mairie #2026-01-01", None,
     "Simple remarque @ la mairie #2026-01-01"),
])
def test_parse_markers(line, kind, text) -> None:
    parsed = notes.parse(line)
    assert (parsed.kind, parsed.text) == (kind, text)


def test_parse_action_owner_and_due() -> None:
    parsed = notes.parse("> Envoyer le CR @Marie Dupont #2026-12-15")
    assert parsed == notes.Parsed(NoteKind.ACTION, "Envoyer le CR", "Marie Dupont",
                                  dt.date(2026, 12, 15))
    parsed = notes.parse("Relancer #15/01/27 @Asso", kind=NoteKind.ACTION)
    assert (parsed.text, parsed.owner, parsed.due) == ("Relancer", "Asso", dt.date(2027, 1, 15))
    assert notes.parse_date("15/01", today=dt.date(2026, 6, 1)) == dt.date(2027, 1, 15)
    assert notes.parse_date("31/02/2026") is None


def test_capture_resolves_owners(notebook) -> None:
    atelier = records.create(notebook, m.Atelier, title="A")
    marie = records.create(notebook, m.Participant, first_name="Marie", last_name="Dupont")
    asso = records.create(notebook, m.Acteur, name="Les Jardins Partagés")
    n1 = notes.capture(notebook, atelier.id, "> Envoyer le CR @marie dupont #2026-12-15")
    n2 = notes.capture(notebook, atelier.id, "Arroser", kind="action",
                       owner="les jardins partages")
    n3 = notes.capture(notebook, atelier.id, "> Louer la salle @Le voisin")
    n4 = notes.capture(notebook, atelier.id, "Rien de spécial", kind=NoteKind.QUESTION)
    got = {n.id: n for n in notes.notes_of(notebook, atelier.id)}
    assert got[n1.id].owner_participant_id == marie.id
    assert got[n1.id].due_date == dt.date(2026, 12, 15)
    assert got[n2.id].owner_acteur_id == asso.id and got[n2.id].owner_text == ""
    assert got[n3.id].owner_text == "Le voisin" and got[n3.id].owner_participant_id is None
    assert got[n4.id].kind is NoteKind.QUESTION
    with pytest.raises(LieuxError):
        notes.capture(notebook, atelier.id, "  !  ")
    labels = [o.label for o in notes.owners(notebook, atelier.id)]
    assert labels == ["Marie Dupont", "Les Jardins Partagés"]


def test_actions_across_notebook(notebook) -> None:
    lyon = records.create(notebook, m.Collectivite, name="Lyon")
    brest = records.create(notebook, m.Collectivite, name="Brest")
    a1 = records.create(notebook, m.Atelier, title="Eau", collectivite_id=lyon.id)
    a2 = records.create(notebook, m.Atelier, title="Friche", collectivite_id=brest.id)
    today = dt.date(2026, 6, 1)
    notes.capture(notebook, a1.id, "> Ancienne @Paul #2026-05-01")
    notes.capture(notebook, a1.id, "> Plus tard #2026-07-01")
    done = notes.capture(notebook, a2.id, "> Faite #2026-01-01")
    notes.capture(notebook, a2.id, "Pas une action")
    records.update(notebook, m.Note, done.id, done=True)
    rows = notes.actions(notebook, today=today)
    assert [r.text for r in rows] == ["Ancienne", "Plus tard", "Faite"]
    assert [r.overdue for r in rows] == [True, False, False]
    assert rows[0].owner == "Paul" and rows[0].collectivite_name == "Lyon"
    assert [r.text for r in notes.actions(notebook, collectivite_id=brest.id)] == ["Faite"]
    assert notes.actions(notebook, collectivite_id=brest.id, include_done=False) == []


def test_take_note_is_an_edit_undone_and_redone_with_the_same_note(notebook) -> None:
    atelier = records.create(notebook, m.Atelier, title="Atelier").id
    edit = notes.take_note(notebook, atelier, "> Appeler la mairie @Claire", note_id="n-1")
    assert edit.created("note") == ["n-1"]
    assert records.get(notebook, m.Note, "n-1").kind is NoteKind.ACTION
    edits.undo(notebook, edit)
    assert records.find(notebook, m.Note, "n-1") is None
    edits.redo(notebook, edit)
    assert records.get(notebook, m.Note, "n-1").text == "Appeler la mairie"
    with pytest.raises(LieuxError):
        notes.take_note(notebook, atelier, "   ")


def test_revise_mark_done_and_delete_refuse_what_a_note_cannot_be(notebook) -> None:
    atelier = records.create(notebook, m.Atelier, title="Atelier").id
    note = notes.capture(notebook, atelier, "> Relancer le bailleur")
    done = notes.mark_done(notebook, note.id)
    assert records.get(notebook, m.Note, note.id).done
    edits.undo(notebook, done)
    assert not records.get(notebook, m.Note, note.id).done
    with pytest.raises(LieuxError) as caught:
        notes.revise(notebook, note.id, text="  ")
    assert "ne peut pas être vide" in caught.value.message
    with pytest.raises(LieuxError):
        notes.revise(notebook, note.id, atelier_id="elsewhere")
    gone = notes.delete_notes(notebook, [note.id])
    assert records.find(notebook, m.Note, note.id) is None
    edits.undo(notebook, gone)
    assert records.get(notebook, m.Note, note.id).text == "Relancer le bailleur"
