"""A séquence title of 1,000 or 5,000 characters must not widen the Notes window.

It once made the notes tool 7,263 px wide (32,767 at 5,000 characters): the
séquence list sized itself to its longest item. Titles are elided in views and
whole in tooltips.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.services import notes, records
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.live.window import LiveWindow
from lieuxcommuns_desktop.ui.notes.feed import NoteDialog
from lieuxcommuns_desktop.ui.notes.labels import breakable, short_title
from lieuxcommuns_desktop.ui.notes.widget import NotesTool

SCREEN_WIDTH = 1024


def _titles(length: int) -> tuple[str, str]:
    words = ("Tour de parole sur la gouvernance partagée du lieu " * 200)[:length]
    unbroken = ("https://exemple.org/" + "x" * length)[:length]  # a pasted link, no space
    return words, unbroken


@pytest.fixture(params=[1000, 5000])
def atelier(request, notebook):
    words, unbroken = _titles(request.param)
    atelier = records.create(notebook, m.Atelier, title="Atelier")
    first = records.create(notebook, m.Sequence, atelier_id=atelier.id, position=0, title=words)
    records.create(notebook, m.Sequence, atelier_id=atelier.id, position=1, title=unbroken)
    note = notes.capture(notebook, atelier.id, "> Relancer la mairie", sequence_id=first.id)
    return atelier.id, note.id, words, unbroken


def test_notes_tool_and_dialog_stay_narrow(qtbot, notebook, atelier) -> None:
    atelier_id, note_id, words, unbroken = atelier
    doc = Document(notebook)
    tool = NotesTool(doc, atelier_id)
    qtbot.addWidget(tool)
    tool.show()
    qtbot.waitExposed(tool)
    assert tool.minimumSizeHint().width() < SCREEN_WIDTH
    assert tool.sizeHint().width() < SCREEN_WIDTH
    assert tool.width() < SCREEN_WIDTH  # the real widget, shown
    combo = tool.sequence
    assert combo.width() < SCREEN_WIDTH // 2
    assert combo.itemText(1) == short_title(words) and len(combo.itemText(1)) <= 80
    assert combo.itemData(1, Qt.ItemDataRole.ToolTipRole) == words
    assert combo.itemData(2, Qt.ItemDataRole.ToolTipRole) == unbroken
    group = tool.feed.topLevelItem(0)
    assert group.toolTip(0) == words
    assert len(group.text(0)) < 100

    dialog = NoteDialog(doc, records.get(notebook, m.Note, note_id), tool)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() < SCREEN_WIDTH and dialog.minimumSizeHint().width() < SCREEN_WIDTH
    assert dialog.sequence.currentData() is not None
    assert dialog.sequence.itemData(dialog.sequence.currentIndex(),
                                    Qt.ItemDataRole.ToolTipRole) == words
    dialog.reject()


def test_live_window_stays_narrow(qtbot, notebook, atelier) -> None:
    atelier_id, _note_id, words, unbroken = atelier
    window = LiveWindow(Document(notebook), atelier_id)
    qtbot.addWidget(window)
    window.timer.stop()
    window.show()
    qtbot.waitExposed(window)
    window.timer.start()
    for title in (words, unbroken):
        assert window.step_title.toolTip() == title
        assert window.minimumSizeHint().width() < SCREEN_WIDTH, title[:30]
        window.timer.next()


def test_breakable_and_short_title() -> None:
    assert short_title("a  b\nc") == "a b c"
    assert short_title("x" * 100, 10) == "x" * 9 + "…"
    assert breakable("y" * 50).split("\u200b") == ["y" * 24, "y" * 24, "yy"]
    assert breakable("mots courts") == "mots courts"
