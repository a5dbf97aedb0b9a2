"""A right-to-left override typed in a name stays inside that name (Unicode bidi isolates).

Checked on what the eye sees: the visual position of each character, laid out
by Qt's own text engine, of the UI text that follows a user's name.
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QMessageBox

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.bidi import FSI, PDI, isolate, needs_isolation, strip_isolates
from lieuxcommuns_desktop.core.services import maps, matrices, records
from lieuxcommuns_desktop.ui.document import Document

SPOOF = "photo \u202egnp.exe"  # reads « photo exe.png »
ARABIC = "جمعية الحي"


def _xs(text: str, start: int, count: int) -> list[float]:
    """Visual x of the cursor before each of ``count`` characters from ``start``."""
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    out = []
    for i in range(start, start + count):
        x = line.cursorToX(i)
        out.append(x[0] if isinstance(x, tuple) else x)
    return out


def _reads_left_to_right(text: str, after: str) -> bool:
    start = text.index(after)
    xs = _xs(text, start, len(after))
    return all(b > a for a, b in itertools.pairwise(xs))


# -- the helper ----------------------------------------------------------------------------
def test_latin_text_is_left_as_is() -> None:
    for text in ("", "Atelier rivière", "Fête 🎉", "l'eau & « le feu »"):
        assert isolate(text) == text and not needs_isolation(text)


@pytest.mark.parametrize("text", [SPOOF, ARABIC, "a\u202bb", "x\u200fy"])
def test_bidi_text_is_wrapped_once(text: str) -> None:
    wrapped = isolate(text)
    assert wrapped == FSI + text + PDI
    assert strip_isolates(wrapped) == text


def test_stray_and_unclosed_isolates_are_balanced() -> None:
    assert isolate("a\u2069b\u202e") == FSI + "ab\u202e" + PDI  # stray PDI dropped
    assert isolate("a\u2067b") == FSI + "a\u2067b" + PDI + PDI  # open RLI closed first


def test_what_follows_an_isolated_name_keeps_its_order(qapp) -> None:
    after = " » ? Les acteurs restent"
    assert not _reads_left_to_right(f"Supprimer « {SPOOF}{after}", after)  # the bug
    assert _reads_left_to_right(f"Supprimer « {isolate(SPOOF)}{after}", after)


# -- the window ----------------------------------------------------------------------------
def test_navigation_tree_isolates_every_user_title(qtbot, notebook) -> None:
    from lieuxcommuns_desktop.ui.navigation import NavigationTree

    programme = records.all_of(notebook, m.Programme)[0]
    records.update(notebook, m.Programme, programme.id, title=SPOOF)
    theme = records.create(notebook, m.Thematique, name=ARABIC)
    records.create(notebook, m.Atelier, title=SPOOF, thematique_id=theme.id, place=ARABIC)
    tree = NavigationTree(Document(notebook))
    qtbot.addWidget(tree)
    root = tree.topLevelItem(0)
    assert root.text(0) == "Programme — " + isolate(SPOOF)
    theme_item = root.child(0)
    assert theme_item.text(0) == isolate(ARABIC)
    atelier_item = theme_item.child(0)
    assert atelier_item.text(0) == isolate(SPOOF)
    first, second = atelier_item.toolTip(0).split("\n")
    assert first == isolate(SPOOF)
    assert second.endswith(isolate(ARABIC))
    # any UI text laid out after a tree title keeps its order
    assert _reads_left_to_right(atelier_item.text(0) + " (3 notes)", " (3 notes)")


def test_matrix_cell_tooltip_keeps_its_words_in_order(qtbot, notebook) -> None:
    from PySide6.QtCore import Qt

    from lieuxcommuns_desktop.ui.matrices.roles import RoleMatrixTool

    atelier = records.create(notebook, m.Atelier, title="Atelier")
    acteur = records.create(notebook, m.Acteur, name=SPOOF)
    matrices.set_columns(notebook, atelier.id, "roles", [acteur.id])
    matrices.add_row(notebook, atelier.id, "roles", "Animer " + SPOOF)
    tool = RoleMatrixTool(Document(notebook), atelier.id)
    qtbot.addWidget(tool)
    model = tool.model
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(isolate(SPOOF) + " — ")
    assert _reads_left_to_right(tip, " : vide")


def test_delete_map_question_keeps_its_sentence_in_order(qtbot, notebook, monkeypatch) -> None:
    from lieuxcommuns_desktop.ui.canvas.tool import MapTool

    atelier = records.create(notebook, m.Atelier, title="Atelier")
    maps.create_map(notebook, atelier.id, SPOOF)
    tool = MapTool(Document(notebook), atelier.id)
    qtbot.addWidget(tool)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.No)
    tool.delete_map()
    assert isolate(SPOOF) in asked[0]
    assert _reads_left_to_right(asked[0], " » ? Les acteurs")
