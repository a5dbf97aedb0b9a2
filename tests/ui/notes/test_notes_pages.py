"""Notes outside live mode: the notes tool, the actions page, the search page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import NoteKind
from lieuxcommuns_desktop.core.services import notes, records
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.notes.actions import OVERDUE_BG, ActionsPage
from lieuxcommuns_desktop.ui.notes.feed import BY_KIND, NoteDialog
from lieuxcommuns_desktop.ui.notes.search import SearchPage
from lieuxcommuns_desktop.ui.notes.widget import NotesTool
from lieuxcommuns_desktop.ui.roles import Role


def fill(nb):
    lyon = records.create(nb, m.Collectivite, name="Lyon")
    brest = records.create(nb, m.Collectivite, name="Brest")
    a1 = records.create(nb, m.Atelier, title="Atelier équipements", collectivite_id=lyon.id)
    a2 = records.create(nb, m.Atelier, title="Atelier friche", collectivite_id=brest.id)
    s1 = records.create(nb, m.Sequence, atelier_id=a1.id, position=0, title="Accueil")
    s2 = records.create(nb, m.Sequence, atelier_id=a1.id, position=1, title="Carte")
    t = dt.datetime(2026, 3, 1, 9, 0)
    ids = {
        "equip": notes.capture(nb, a1.id, "L'Équipement culturel ouvre le dimanche",
                               sequence_id=s2.id, now=t).id,
        "idea": notes.capture(nb, a1.id, "* Fête de quartier", sequence_id=s1.id,
                              now=t + dt.timedelta(minutes=1)).id,
        "late": notes.capture(nb, a1.id, "> Relancer la mairie @Paul #2026-02-01",
                              sequence_id=s2.id, now=t + dt.timedelta(minutes=2)).id,
        "later": notes.capture(nb, a2.id, "> Louer la salle #2026-09-01",
                               now=t + dt.timedelta(minutes=3)).id,
    }
    return {"a1": a1.id, "a2": a2.id, "lyon": lyon.id, "brest": brest.id, "s1": s1.id,
            "s2": s2.id, **ids}


def test_notes_tool_by_sequence_and_kind(qtbot, notebook) -> None:
    ids = fill(notebook)
    doc = Document(notebook)
    tool = NotesTool(doc, ids["a1"])
    qtbot.addWidget(tool)
    feed = tool.feed
    groups = [feed.topLevelItem(i).text(0) for i in range(feed.topLevelItemCount())]
    assert groups == ["Accueil  (1)", "Carte  (2)"]
    assert [feed.topLevelItem(1).child(i).text(2) for i in range(2)] == [
        "L'Équipement culturel ouvre le dimanche", "Relancer la mairie"]
    tool.grouping.setCurrentIndex(tool.grouping.findData(BY_KIND))
    groups = [feed.topLevelItem(i).text(0) for i in range(feed.topLevelItemCount())]
    assert groups == ["Note  (1)", "Idée  (1)", "Action  (1)"]

    assert tool.select_note(ids["late"])
    assert feed.current_note_id() == ids["late"]
    assert tool.sequence.currentData() == ids["s2"]  # new notes go where we are reading
    tool.capture.entry.setText("? Qui a les clés")
    new_id = tool.capture.submit()
    note = records.get(notebook, m.Note, new_id)
    assert (note.kind, note.sequence_id) == (NoteKind.QUESTION, ids["s2"])
    assert feed.current_note_id() == new_id

    dialog = NoteDialog(doc, records.get(notebook, m.Note, ids["idea"]), tool)
    dialog.text.setText("Fête des voisins")
    dialog.kind.setCurrentIndex(notes.KIND_ORDER.index(NoteKind.DECISION))
    assert dialog.apply()
    assert records.get(notebook, m.Note, ids["idea"]).kind is NoteKind.DECISION
    doc.undo_stack.undo()
    assert records.get(notebook, m.Note, ids["idea"]).text == "Fête de quartier"


def test_actions_page(qtbot, notebook) -> None:
    ids = fill(notebook)
    doc = Document(notebook)
    page = ActionsPage(doc, today=dt.date(2026, 3, 1))
    qtbot.addWidget(page)
    rows = page.rows()
    assert [r.text for r in rows] == ["Relancer la mairie", "Louer la salle"]
    table = page.table
    assert table.item(0, 2).text() == "Paul"
    assert "en retard" in table.item(0, 3).text()
    assert table.item(0, 1).background().color() == OVERDUE_BG
    assert table.item(1, 1).background().color() != OVERDUE_BG
    assert page.summary.text() == "2 à faire, dont 1 en retard"

    page.set_collectivite(ids["brest"])
    assert [r.text for r in page.rows()] == ["Louer la salle"]
    assert table.item(0, 5).text() == "Brest"
    page.set_collectivite(None)

    page.table.setFocus()
    page.select(ids["late"])
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert records.get(notebook, m.Note, ids["late"]).done
    assert page.rows()[-1].note_id == ids["late"]  # done actions go last
    page.hide_done.setChecked(True)
    assert [r.note_id for r in page.rows()] == [ids["later"]]
    doc.undo_stack.undo()
    assert not records.get(notebook, m.Note, ids["late"]).done
    assert len(page.rows()) == 2

    opened = []
    page.noteRequested.connect(lambda a, n: opened.append((a, n)))
    page.select(ids["later"])
    page.open_button.click()
    assert opened == [(ids["a2"], ids["later"])]


def test_search_page_accents_and_open(qtbot, notebook) -> None:
    ids = fill(notebook)
    doc = Document(notebook)
    page = SearchPage(doc)
    qtbot.addWidget(page)
    for query in ("equipement", "Équipement", "EQUIP"):
        page.query.setText(query)
        hits = page.search_now()
        assert [h.note_id for h in hits] == [ids["equip"]], query
    item = page.results.topLevelItem(0)
    assert [item.text(c) for c in range(3)] == ["Atelier équipements", "Carte", "Note"]
    assert "<b style='background:#fff59d'>Équipement</b>" in item.data(3, Role.HTML)
    assert page.status.text() == "1 note trouvée"
    page.query.setText("<script> inconnu")
    assert page.search_now() == []
    assert "Aucune note" in page.status.text()

    page.query.setText("equipement")
    qtbot.waitUntil(lambda: page.results.topLevelItemCount() == 1)  # as you type
    opened = []
    page.noteRequested.connect(lambda a, n: opened.append((a, n)))
    page.results.itemActivated.emit(page.results.topLevelItem(0), 0)
    assert opened == [(ids["a1"], ids["equip"])]
    tool = NotesTool(doc, opened[0][0])
    qtbot.addWidget(tool)
    assert tool.select_note(opened[0][1])
    assert tool.feed.currentItem().text(2) == "L'Équipement culturel ouvre le dimanche"

    notes.capture(notebook, ids["a2"], "Un autre équipement sportif")
    qtbot.waitUntil(lambda: page.results.topLevelItemCount() == 2)  # follows new notes
