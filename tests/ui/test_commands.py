"""Undo commands change the domain through services and revert it exactly."""

from __future__ import annotations

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.ui.commands import (
    create_command,
    delete_command,
    reorder_command,
    update_command,
)
from lieuxcommuns_desktop.ui.document import Document


def test_create_update_delete_undo_redo(qtbot, notebook) -> None:
    doc = Document(notebook)
    seen = []
    doc.changed.connect(seen.append)
    atelier_id, seq_id = m.new_id(), m.new_id()
    assert doc.run(create_command(doc, m.Atelier, {"id": atelier_id, "title": "Atelier eau"},
                                  "Créer"))
    doc.run(create_command(doc, m.Sequence, {"id": seq_id, "atelier_id": atelier_id,
                                             "title": "Accueil"}, "Créer"))
    doc.run(update_command(doc, m.Atelier, atelier_id, {"title": "Atelier rivière"}, "Renommer"))
    doc.run(delete_command(doc, m.Atelier, [atelier_id], "Supprimer"))
    assert records.count(notebook, m.Sequence) == 0

    doc.undo_stack.undo()  # the deletion: the séquence comes back with its atelier
    assert records.get(notebook, m.Sequence, seq_id).title == "Accueil"
    doc.undo_stack.undo()
    assert records.get(notebook, m.Atelier, atelier_id).title == "Atelier eau"
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert records.count(notebook, m.Atelier) == 0
    assert len(seen) == 8  # four edits, two undos, two redos


def test_reorder_and_refused_edit(qtbot, notebook) -> None:
    doc = Document(notebook)
    atelier = records.create(notebook, m.Atelier, title="A")
    ids = [records.create(notebook, m.Sequence, atelier_id=atelier.id, title=t, position=i).id
           for i, t in enumerate("abc")]
    doc.run(reorder_command(doc, m.Sequence, list(reversed(ids)), "Réordonner"))
    order = [s.id for s in records.all_of(notebook, m.Sequence, m.Sequence.position)]
    assert order == list(reversed(ids))
    doc.undo_stack.undo()
    assert [s.id for s in records.all_of(notebook, m.Sequence, m.Sequence.position)] == ids

    errors = []
    doc.error.connect(errors.append)
    assert not doc.run(update_command(doc, m.Atelier, "no-such-id", {"title": "x"}, "x"))
    assert errors and "introuvable" in errors[0]
    assert doc.undo_stack.count() == 1


def test_create_many_orders_parents_first(notebook) -> None:
    atelier = m.Atelier(id=m.new_id(), title="A")
    person = m.Participant(id=m.new_id(), last_name="Zola")
    presence = m.Attendance(atelier_id=atelier.id, participant_id=person.id)
    records.create_many(notebook, [presence, person, atelier])
    assert records.count(notebook, m.Attendance) == 1
