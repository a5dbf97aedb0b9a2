"""A facilitator's day through the real window, with no network at all.

New notebook → atelier from the *Gestion de l'eau* template → acteurs typed in →
stakeholder map filled → decision matrix today and target → live mode with notes
and an action → the printed kit → the file reopened in a new window, everything
there. Each stage leaves a screenshot in ``tests/artifacts/e2e/``.

The window is driven as a user would: menu actions triggered, clicks on the
navigation, tabs, list rows, cells and buttons, mouse drags on the map, keys
typed. Dialogs are answered by clicking in them (see ``helpers.answering_modal``);
only the file dialogs' answers (the user's choice of a path) are patched, and
the live timer's clock. Not input events: ``PrintDialog.wait_ready()`` (waiting
for the preview a user watches appear), ``setFocus()`` on the acteurs table
before Ctrl+N/Ins, ``close()`` of the live and main windows (the window
manager's close button), ``open_path`` to reopen (as Fichier › Ouvrir does
after its file dialog) and ``resize`` of the reopened window (the offscreen
screen is small).
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import (
    ActeurCategory,
    MatrixVersion,
    NoteKind,
    RelationKind,
)
from lieuxcommuns_desktop.core.services import records
from tests.e2e import helpers

HERE = Path(__file__).resolve().parent
TEMPLATE_KEY = "gestion-eau"
KEY = Qt.Key


h = helpers

#: (name, first letters typed in the category combo, category expected).
ACTEURS = [
    ("Syndicat de rivière du Lez", "Serv", ActeurCategory.SERVICES_PUBLICS),
    ("Mairie de Saint-Clément", "Coll", ActeurCategory.COLLECTIVITE),
    ("Association des riverains du Lirou", "Hab", ActeurCategory.HABITANTS),
    ("Fédération de pêche de l'Hérault", "Ass", ActeurCategory.ASSOCIATIONS),
    ("Agence de l'eau Rhône-Méditerranée", "Fin", ActeurCategory.FINANCEURS),
]

T0 = dt.datetime(2026, 4, 2, 8, 0)  # naive UTC, as the app stores times


class FakeClock:
    """The live timer's clock: time moves only when the test says so."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += dt.timedelta(minutes=minutes)


@pytest.fixture
def clock(monkeypatch) -> FakeClock:
    """Mode animation (opened from the menu) reads this clock instead of the system's."""
    from lieuxcommuns_desktop.ui.live import timer

    fake = FakeClock()
    monkeypatch.setattr(timer, "utcnow", fake)
    return fake


# -- stages -----------------------------------------------------------------------------
def new_notebook(qtbot, window, path: Path, monkeypatch) -> None:
    """Fichier › Nouveau carnet…, the file dialog answered with ``path``."""
    asked: list[str] = []

    def save_name(_parent, caption, *_args, **_kwargs):
        asked.append(caption)
        return str(path.with_suffix("")), "Carnets Lieux Communs (*.lieux)"

    with monkeypatch.context() as patch:  # undo() would also lift the network guard
        patch.setattr(QFileDialog, "getSaveFileName", save_name)
        window.actions_by_key["new"].trigger()
    assert asked == ["Nouveau carnet"]
    assert path.exists()  # the ".lieux" suffix is added
    assert window.doc is not None and window.doc.notebook.path == path
    assert window.windowTitle().startswith(path.name)


def atelier_from_template(qtbot, window, shots) -> str:
    """Atelier › Nouvel atelier depuis un modèle… → click *Gestion de l'eau*, then OK."""
    chosen = []

    def choose(dialog) -> None:
        row = next(i for i, t in enumerate(dialog.templates) if t.key == TEMPLATE_KEY)
        h.click_list_row(qtbot, dialog.list, row)
        assert dialog.list.currentRow() == row
        assert "séquences" in dialog.objective.text()
        chosen.append(dialog.templates[row])
        shots(dialog, "template-chooser")
        h.click(qtbot, h.ok_button(dialog))

    action = window.actions_by_key["new_from_template"]
    assert action.isEnabled()
    with h.answering_modal(choose):
        action.trigger()
    template = chosen[0]
    atelier_id = window.current_atelier
    assert atelier_id is not None
    atelier = records.get(window.doc.notebook, m.Atelier, atelier_id)
    assert atelier.title == template.title
    assert window.current_page.current_key == "agenda"
    assert records.count(window.doc.notebook, m.Sequence, atelier_id=atelier_id) == len(
        template.steps)
    return atelier_id


PLACE = "Moulin de Saint-Clément"
FACILITATORS = "Léa Roux, Malik Benarous"


def fill_sheet(qtbot, window, atelier_id: str) -> None:
    """Fiche: click the place, type it, Tab to the facilitators, type them, Tab on."""
    page = window.current_page
    h.click_tab(qtbot, page.tabs, "Fiche")
    form = page.form
    h.click(qtbot, form.place)
    h.type_text(qtbot, form.place, PLACE)
    qtbot.keyClick(form.place, KEY.Key_Tab)  # leaving the field commits it
    assert form.facilitators.hasFocus()
    h.type_text(qtbot, form.facilitators, FACILITATORS)
    qtbot.keyClick(form.facilitators, KEY.Key_Tab)
    atelier = records.get(window.doc.notebook, m.Atelier, atelier_id)
    assert (atelier.place, atelier.facilitators) == (PLACE, FACILITATORS)


def nav_item(window, kind: str, key: str):  # QTreeWidgetItem
    from lieuxcommuns_desktop.ui.roles import Role

    nav = window.navigation
    items = nav.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
    return next(i for i in items if i.data(0, Role.KIND) == kind and i.data(0, Role.KEY) == key)


def add_acteurs(qtbot, window) -> dict[str, str]:
    """Acteurs page: Ctrl+N, type the name, Enter; → to the category, F2, type, Enter."""
    from lieuxcommuns_desktop.ui.tables.pages import ActeursPage

    h.click_tree_item(qtbot, window.navigation, nav_item(window, "page", "acteurs"))
    page = window.current_page
    assert isinstance(page, ActeursPage)
    view = page.view
    category_col = next(i for i, c in enumerate(page.model.columns) if c.attr == "category")
    ids: dict[str, str] = {}
    for n, (name, typed, category) in enumerate(ACTEURS):
        view.setFocus()
        shortcut = (KEY.Key_N, Qt.KeyboardModifier.ControlModifier) if n % 2 == 0 else (
            KEY.Key_Insert, Qt.KeyboardModifier.NoModifier)
        qtbot.keyClick(view, *shortcut)
        record_id = page.current_id()
        editor = view.indexWidget(view.currentIndex())
        assert isinstance(editor, QLineEdit), "the new row's name is not being edited"
        qtbot.keyClick(editor, KEY.Key_A, Qt.KeyboardModifier.ControlModifier)
        h.type_text(qtbot, editor, name)
        qtbot.keyClick(editor, KEY.Key_Return)
        h.wait_not_editing(qtbot, view)
        # the table is sorted by name: the cursor follows the renamed row
        assert page.current_id() == record_id
        while view.currentIndex().column() < category_col:
            qtbot.keyClick(view, KEY.Key_Right)
        qtbot.keyClick(view, KEY.Key_F2)
        combo = view.indexWidget(view.currentIndex())
        assert isinstance(combo, QComboBox), "no category choice opened"
        qtbot.keyClicks(combo, typed)  # type-ahead picks the category by its first letters
        assert combo.currentData() == category, combo.currentText()
        qtbot.keyClick(combo, KEY.Key_Return)
        h.wait_not_editing(qtbot, view)
        acteur = records.get(window.doc.notebook, m.Acteur, record_id)
        assert (acteur.name, acteur.category) == (name, category)
        ids[name] = record_id
    assert page.count_label.text() == f"{len(ACTEURS)} acteurs"
    return ids


def open_atelier_tool(qtbot, window, atelier_id: str, tab_title: str, key: str):
    """Click the atelier in the navigation, then the tool's tab."""
    from lieuxcommuns_desktop.ui.editors.atelier import AtelierPage

    if window.current_atelier != atelier_id:
        h.click_tree_item(qtbot, window.navigation, nav_item(window, "atelier", atelier_id))
    page = window.current_page
    assert isinstance(page, AtelierPage) and page.atelier_id == atelier_id
    h.click_tab(qtbot, page.tabs, tab_title)
    assert page.current_key == key
    tool = page.tools[key]
    qtbot.waitUntil(tool.isVisible)  # a tool added to its tab is shown on the next loop turn
    return tool


MAP_TITLE = "Qui prend soin du Lirou ?"
#: Where the room puts each acteur on the onion (scene point the card is dragged to).
MAP_DRAGS = {
    "Mairie de Saint-Clément": ((0.0, -30.0), "coeur"),
    "Syndicat de rivière du Lez": ((0.0, 30.0), "coeur"),
    "Association des riverains du Lirou": ((-165.0, 40.0), "contributeurs"),
    "Fédération de pêche de l'Hérault": ((0.0, 275.0), "concernes"),
    "Agence de l'eau Rhône-Méditerranée": ((300.0, -240.0), "environnement"),
}
#: The relation drawn in *Relier* mode: (from, to, kind typed in the kind combo).
MAP_RELATION = ("Agence de l'eau Rhône-Méditerranée", "Syndicat de rivière du Lez", "Fin",
                RelationKind.FINANCEMENT)


def fill_map(qtbot, window, atelier_id: str, acteurs: dict[str, str], shots) -> dict:
    """Carte des acteurs: a new map named in its dialog, every acteur placed from the list,
    cards dragged to their ring, a relation drawn with the mouse in *Relier* mode."""
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QPushButton

    from lieuxcommuns_desktop.core import map_layout

    tool = open_atelier_tool(qtbot, window, atelier_id, "Carte", "map")
    if tool.scene is None:  # the empty state: "Créer une carte"
        def name_it(dialog) -> None:
            edit = dialog.findChild(QLineEdit)
            qtbot.keyClick(edit, KEY.Key_A, Qt.KeyboardModifier.ControlModifier)
            h.type_text(qtbot, edit, MAP_TITLE)
            h.click(qtbot, h.ok_button(dialog))

        with h.answering_modal(name_it):
            h.click(qtbot, tool.findChild(QPushButton, "createFirstMap"))
    scene = tool.scene
    assert scene is not None and tool.map_combo.currentText() == MAP_TITLE
    qtbot.waitUntil(tool.view.isVisible)

    # every acteur: click the first in the list, Shift+click the last, "Placer sur la carte"
    names = tool.acteur_list
    h.click_list_row(qtbot, names, 0)
    h.click_list_row(qtbot, names, names.count() - 1, Qt.KeyboardModifier.ShiftModifier)
    assert len(names.selectedItems()) == len(ACTEURS)
    h.click(qtbot, tool.place_button)
    assert set(scene.by_acteur) == set(acteurs.values())
    viewport = tool.view.viewport()

    def on_screen(x: float, y: float):  # QPoint
        return tool.view.mapFromScene(QPointF(x, y))

    for name, ((x, y), ring) in MAP_DRAGS.items():
        card = scene.by_acteur[acteurs[name]]
        h.drag(viewport, on_screen(card.pos().x(), card.pos().y()), on_screen(x, y))
        row = records.get(window.doc.notebook, m.MapPlacement, card.placement_id)
        assert map_layout.zone_of(scene.layout, row.x, row.y) == ring, (name, row.x, row.y)

    source, target, typed, kind = MAP_RELATION
    h.click(qtbot, tool.kind_combo)  # opens its list: type-ahead there, Enter
    qtbot.waitUntil(tool.kind_combo.view().isVisible)
    qtbot.keyClicks(tool.kind_combo.view(), typed)
    qtbot.keyClick(tool.kind_combo.view(), KEY.Key_Return)
    qtbot.waitUntil(lambda: not tool.kind_combo.view().isVisible())
    assert tool.kind_combo.currentData() == kind.value
    h.click(qtbot, tool.view.viewport(), QPoint(5, 5))  # the canvas background takes the keys
    qtbot.keyClick(tool.view, KEY.Key_R)  # Relier
    assert tool.act_link.isChecked()
    a, b = scene.by_acteur[acteurs[source]], scene.by_acteur[acteurs[target]]
    h.drag(viewport, on_screen(a.pos().x(), a.pos().y()), on_screen(b.pos().x(), b.pos().y()))
    qtbot.keyClick(tool.view, KEY.Key_R)
    assert not tool.act_link.isChecked()
    relations = records.all_of(window.doc.notebook, m.Relation, map_id=scene.map_id)
    assert [(r.source_id, r.target_id, r.kind) for r in relations] == [
        (acteurs[source], acteurs[target], kind)]
    shots(window, "map")
    placements = records.all_of(window.doc.notebook, m.MapPlacement, map_id=scene.map_id)
    return {"id": scene.map_id, "layout": scene.layout,
            "positions": {p.acteur_id: (p.x, p.y) for p in placements}}


#: Decision matrix *aujourd'hui*: row → level typed for each acteur, by acteur name.
TODAY = {
    0: {"Mairie de Saint-Clément": "5", "Syndicat de rivière du Lez": "2",
        "Association des riverains du Lirou": "1", "Fédération de pêche de l'Hérault": "1",
        "Agence de l'eau Rhône-Méditerranée": "0"},
    1: {"Mairie de Saint-Clément": "5", "Syndicat de rivière du Lez": "3",
        "Association des riverains du Lirou": "1", "Fédération de pêche de l'Hérault": "2",
        "Agence de l'eau Rhône-Méditerranée": "0"},
    2: {"Mairie de Saint-Clément": "3", "Syndicat de rivière du Lez": "5",
        "Association des riverains du Lirou": "0", "Fédération de pêche de l'Hérault": "1",
        "Agence de l'eau Rhône-Méditerranée": "2"},
}
#: The one cell the room changes in the *cible*: the riverains co-decide the rules.
TARGET_CHANGE = (0, "Association des riverains du Lirou", "4")


def fill_decisions(qtbot, window, atelier_id: str, shots) -> dict:
    """Acteurs… → tick every acteur; keys 0–5 in *aujourd'hui*; copy to *cible*; change one."""
    tool = open_atelier_tool(qtbot, window, atelier_id, "Décisions", "decisions")

    def tick_all(dialog) -> None:
        for row in range(dialog.list.count()):
            h.click_list_row(qtbot, dialog.list, row)
            qtbot.keyClick(dialog.list, KEY.Key_Space)  # ticks the acteur
        assert len(dialog.chosen()) == len(ACTEURS)
        shots(dialog, "decisions-columns")
        h.click(qtbot, h.ok_button(dialog))

    with h.answering_modal(tick_all):
        h.click(qtbot, tool.bar.buttons["columns"])
    today = tool.page(MatrixVersion.AUJOURDHUI)
    model, view = today.model, today.view
    names = [c.name for c in model.matrix_data.columns]
    assert sorted(names) == sorted(a[0] for a in ACTEURS)
    rows = model.matrix_data.rows
    assert len(rows) >= 3
    for row, levels in TODAY.items():
        h.click_index(qtbot, view, model.index(row, 0))
        for col, name in enumerate(names):
            assert view.currentIndex().column() == col
            qtbot.keyClick(view, levels[name])
            qtbot.keyClick(view, KEY.Key_Right)
    data = model.matrix_data
    for row, levels in TODAY.items():
        for col in data.columns:
            assert data.cells.get((rows[row].id, col.acteur_id), "0") == levels[col.name]
    # the rule checks: the rows left empty are pointed out, the filled ones are not
    messages = " ".join(today.page.issues.messages())
    for i, row in enumerate(rows):
        assert (f"« {row.label} »" in messages) == (i not in TODAY), (row.label, messages)
    shots(window, "decisions-today")

    h.click(qtbot, tool.copy_button)
    assert tool.tabs.currentIndex() == 1  # *cible* shown
    target = tool.page(MatrixVersion.CIBLE)
    row, name, level = TARGET_CHANGE
    h.click_index(qtbot, target.view, target.model.index(row, names.index(name)))
    qtbot.keyClick(target.view, level)
    shots(window, "decisions-target")

    h.click_tab(qtbot, tool.tabs, "Comparaison")
    compare = tool.compare
    qtbot.waitUntil(lambda: compare.list.count() == 1)
    sentence = compare.list.item(0).text()
    assert name in sentence and rows[row].label in sentence, sentence
    assert "co-décide" in sentence
    shots(window, "decisions-compare")
    return {"names": names, "rows": [r.label for r in rows]}


NOTES = [  # (minutes into the step, line typed, kind)
    (3, "Tour de table : 14 personnes, dont 3 pêcheurs", NoteKind.NOTE),
    (0, "next", None),
    (4, "? Qui entretient les berges en aval du moulin ?", NoteKind.QUESTION),
    (2, "* Un sentier pédagogique le long du Lirou", NoteKind.IDEE),
    (0, "next", None),
    (5, "! Les riverains co-décident des règles d'usage des berges", NoteKind.DECISION),
    (1, "/!\\ Crue possible en mars : prévoir une date de repli", NoteKind.VIGILANCE),
    (2, "> Rédiger la charte des berges @Syndicat de rivière du Lez #15/05/2026",
     NoteKind.ACTION),
]
ACTION_TEXT = "Rédiger la charte des berges"


def run_live(qtbot, window, atelier_id: str, clock: FakeClock, shots) -> None:
    """Atelier › Mode animation; F5 starts; notes typed + Enter; Page Down moves on."""
    from lieuxcommuns_desktop.ui.live.window import LiveWindow

    window.actions_by_key["live"].trigger()
    live = window.findChild(LiveWindow)
    assert live is not None and live.isVisible()
    qtbot.waitExposed(live)
    h.activate(live)
    entry = live.capture.entry
    assert entry.hasFocus()
    assert live.step_title.text() == "Prêt à commencer"
    shots(live, "live-ready")

    qtbot.keyClick(entry, KEY.Key_F5)
    steps = records.all_of(window.doc.notebook, m.Sequence, m.Sequence.position,
                           atelier_id=atelier_id)
    assert live.step_title.text() == steps[0].title
    assert live.clock_label.text() == f"{steps[0].minutes:02d}:00"
    step = 0
    for minutes, line, _kind in NOTES:
        clock.advance(minutes)
        if line == "next":
            qtbot.keyClick(entry, KEY.Key_PageDown)
            step += 1
            assert live.step_title.text() == steps[step].title
            continue
        h.type_text(qtbot, entry, line)
        qtbot.keyClick(entry, KEY.Key_Return)
        assert entry.text() == "", f"note not saved: {line!r}"
    live.timer.tick()
    assert live.timer.clock is clock
    last_next = max(i for i, note in enumerate(NOTES) if note[1] == "next")
    elapsed = sum(n for n, _line, _k in NOTES[last_next + 1:])
    assert live.clock_label.text().startswith(f"{steps[2].minutes - elapsed:02d}:")
    assert len(live.feed.note_ids()) == len([n for n in NOTES if n[2] is not None])
    shots(live, "live-notes")
    live.close()
    qtbot.waitUntil(lambda: window.findChild(LiveWindow) is None)
    h.activate(window)


def print_kit(qtbot, window, tmp_path: Path, monkeypatch, shots) -> Path:
    """Fichier › Imprimer… → wait for the preview → Enregistrer en PDF… → Fermer."""
    from PySide6.QtWidgets import QPushButton

    from lieuxcommuns_desktop.ui.printing.dialog import PrintDialog

    target = tmp_path / "kit-riviere.pdf"
    saved: list[Path | None] = []

    def save(dialog) -> None:
        assert dialog.objectName() == "printDialog"
        assert dialog.wait_ready(), dialog.status.text()
        assert dialog.save_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.pdf.pageCount() > 0)
        shots(dialog, "print-preview")
        with monkeypatch.context() as patch:
            patch.setattr(QFileDialog, "getSaveFileName",
                          lambda *_a, **_k: (str(target), "Documents PDF (*.pdf)"))
            h.click(qtbot, dialog.save_button)
        saved.append(target if target.exists() else None)
        assert "PDF enregistré" in dialog.status.text()
        h.click(qtbot, dialog.findChild(QPushButton, "close"))

    action = window.actions_by_key["print"]
    assert action.isEnabled()
    with h.answering_modal(save):
        action.trigger()
    assert saved == [target]
    qtbot.waitUntil(lambda: not window.findChildren(PrintDialog))  # closed and deleted
    return target


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(text.replace("\u2019", "'").split())


def check_map(qtbot, again, nb, atelier_id: str, acteurs: dict[str, str],
              stakeholder_map: dict, shots) -> None:
    """The map, its placements where they were dropped, the relation; drawn again."""
    from lieuxcommuns_desktop.core import map_layout
    from lieuxcommuns_desktop.ui.canvas.painting import MAP_RECT

    by_id = {a_id: name for name, a_id in acteurs.items()}
    (saved_map,) = records.all_of(nb, m.StakeholderMap, atelier_id=atelier_id)
    assert (saved_map.id, saved_map.title, saved_map.layout) == (
        stakeholder_map["id"], MAP_TITLE, stakeholder_map["layout"])
    placements = records.all_of(nb, m.MapPlacement, map_id=saved_map.id)
    assert {p.acteur_id: (p.x, p.y) for p in placements} == stakeholder_map["positions"]
    for name, ((_x, _y), ring) in MAP_DRAGS.items():
        x, y = stakeholder_map["positions"][acteurs[name]]
        assert map_layout.zone_of(saved_map.layout, x, y) == ring
    source, target, _typed, kind = MAP_RELATION
    relations = records.all_of(nb, m.Relation, map_id=saved_map.id)
    assert [(by_id[r.source_id], by_id[r.target_id], r.kind) for r in relations] == [
        (source, target, kind)]
    map_tool = open_atelier_tool(qtbot, again, atelier_id, "Carte", "map")
    assert set(map_tool.scene.by_acteur) == set(acteurs.values())
    view = map_tool.view

    def whole_map_in_view() -> bool:
        shown = view.mapFromScene(MAP_RECT).boundingRect()
        return view.viewport().rect().adjusted(-2, -2, 2, 2).contains(shown)

    # the whole map is in view when the tab opens (it used to be framed for a tiny view),
    # and it follows the window when it grows, until the user zooms
    assert whole_map_in_view()
    scale = view.current_scale()
    again.resize(1280, 760)  # the offscreen screen is small: back to the first window's size
    qtbot.waitUntil(lambda: view.current_scale() > scale)
    assert whole_map_in_view()
    assert len(map_tool.scene.arrows) == 1
    shots(again, "reopened-map")


def check_everything_there(qtbot, path: Path, atelier_id: str, acteurs: dict[str, str],
                           template_steps: int, stakeholder_map: dict, decisions: dict,
                           shots) -> None:
    """A new window opens the file: the day's work is all in it."""
    from lieuxcommuns_desktop.ui.main_window import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.open_path(path)
    nb = again.doc.notebook
    assert again.navigation.atelier_ids() == [atelier_id]

    atelier = records.get(nb, m.Atelier, atelier_id)
    assert atelier.title.startswith("Gestion de l'eau")
    assert (atelier.place, atelier.facilitators) == (PLACE, FACILITATORS)
    assert records.count(nb, m.Sequence, atelier_id=atelier_id) == template_steps
    got = {a.name: (a.id, a.category) for a in records.all_of(nb, m.Acteur)}
    assert got == {name: (acteurs[name], cat) for name, _typed, cat in ACTEURS}

    by_id = {a_id: name for name, a_id in acteurs.items()}
    check_map(qtbot, again, nb, atelier_id, acteurs, stakeholder_map, shots)
    labels = {d.id: d.label for d in records.all_of(nb, m.Decision, atelier_id=atelier_id)}
    cells = {(labels[c.decision_id], by_id[c.acteur_id], c.version): c.level.value
             for c in records.all_of(nb, m.DecisionCell) if c.decision_id in labels}
    row_labels = decisions["rows"]
    for row, levels in TODAY.items():
        for name, level in levels.items():
            assert cells.get((row_labels[row], name, MatrixVersion.AUJOURDHUI), "0") == level
            expected = TARGET_CHANGE[2] if (row, name) == TARGET_CHANGE[:2] else level
            assert cells.get((row_labels[row], name, MatrixVersion.CIBLE), "0") == expected
    columns = [c.acteur_id for c in records.all_of(nb, m.MatrixColumn, m.MatrixColumn.position,
                                                   atelier_id=atelier_id, matrix="decisions")]
    assert [by_id[i] for i in columns] == decisions["names"]

    notes = records.all_of(nb, m.Note, m.Note.created_at, atelier_id=atelier_id)
    typed = [(k, line) for _n, line, k in NOTES if k is not None]
    assert [n.kind for n in notes] == [k for k, _line in typed]
    assert all(n.sequence_id for n in notes)
    assert notes[0].created_at == T0 + dt.timedelta(minutes=3)
    action = next(n for n in notes if n.kind is NoteKind.ACTION)
    assert action.text == ACTION_TEXT
    assert action.owner_acteur_id == acteurs["Syndicat de rivière du Lez"]
    assert action.due_date == dt.date(2026, 5, 15)
    assert not action.done
    started = [s for s in records.all_of(nb, m.Sequence, atelier_id=atelier_id) if s.actual_start]
    assert len(started) == 3

    # what the facilitator sees: the notes listed
    notes_tool = open_atelier_tool(qtbot, again, atelier_id, "Notes", "notes")
    assert notes_tool.feed.note_ids() == [n.id for n in notes]
    shots(again, "reopened-notes")
    again.close()


# -- the day ------------------------------------------------------------------------------
def test_a_facilitators_day_offline(app, qtbot, boxes, shots, clock, no_network, tmp_path,
                                    monkeypatch, caplog):
    from lieuxcommuns_desktop.core.templates import list_templates
    from lieuxcommuns_desktop.ui.main_window import MainWindow

    threads_before = set(threading.enumerate())
    template = next(t for t in list_templates() if t.key == TEMPLATE_KEY)
    path = tmp_path / "riviere.lieux"
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    h.activate(window)
    shots(window, "start-page")

    # 1. a new notebook
    new_notebook(qtbot, window, path, monkeypatch)
    shots(window, "new-notebook")

    # 2. an atelier from the water template
    atelier_id = atelier_from_template(qtbot, window, shots)
    shots(window, "atelier-from-template")
    fill_sheet(qtbot, window, atelier_id)
    shots(window, "atelier-sheet")

    # 3. the acteurs of the river
    acteurs = add_acteurs(qtbot, window)
    shots(window, "acteurs")

    # 4. the stakeholder map
    stakeholder_map = fill_map(qtbot, window, atelier_id, acteurs, shots)

    # 5. the decision matrix, today and target
    decisions = fill_decisions(qtbot, window, atelier_id, shots)

    # 6. live mode: notes and an action
    run_live(qtbot, window, atelier_id, clock, shots)

    # 7. the printed kit
    kit = print_kit(qtbot, window, tmp_path, monkeypatch, shots)
    text = pdf_text(kit)
    for expected in (template.title, PLACE, "Syndicat de rivière du Lez", ACTION_TEXT, MAP_TITLE,
                     "Tour de table : 14 personnes", "Feuille d'émargement"):
        assert expected in text, f"{expected!r} not in the kit"

    # 8. close, reopen, everything there
    window.close()
    assert not window.isVisible() and window.doc is None
    check_everything_there(qtbot, path, atelier_id, acteurs, len(template.steps),
                           stakeholder_map, decisions, shots)

    assert boxes == [], boxes
    assert not [r for r in caplog.records if r.levelno >= 40], "errors were logged"
    assert not [r for r in caplog.records if "error shown" in r.getMessage()]
    assert no_network == []
    assert "PySide6.QtNetwork" not in sys.modules
    QApplication.processEvents()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    # no Python thread left behind (foreign threads that ran Python show as dummies forever)
    qtbot.waitUntil(lambda: {t for t in threading.enumerate()
                             # Threading's marker of foreign threads.
                             if not isinstance(t, threading._DummyThread)} <= threads_before,  # noqa: SLF001
                    timeout=10000)
