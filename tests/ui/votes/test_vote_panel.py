"""Dot votes in live mode: counts by keyboard, refused input, ranking, projector, promotion."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from lieuxcommuns_desktop.core.enums import NoteKind
from lieuxcommuns_desktop.core.model import Atelier, Note, Sequence
from lieuxcommuns_desktop.core.services import records, votes
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.live.window import LiveWindow
from lieuxcommuns_desktop.ui.votes.panel import VotePanel


@pytest.fixture
def setup(qtbot, tmp_path: Path):
    nb = Notebook.create(tmp_path / "carnet.lieux")
    atelier = records.create(nb, Atelier, title="La Halle")
    seq = records.create(nb, Sequence, atelier_id=atelier.id, title="Idées")
    for text in ("Charte", "Jardin", "Café"):
        records.create(nb, Note, atelier_id=atelier.id, sequence_id=seq.id, kind=NoteKind.IDEE,
                       text=text)
    doc = Document(nb)
    panel = VotePanel(doc, atelier.id, lambda: seq.id)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    yield panel, doc, atelier.id, seq.id
    nb.close()


def _type(qtbot, panel: VotePanel, text: str) -> None:
    """Type a count on the current option and press Enter, as in the room."""
    qtbot.keyClicks(panel.table, text)
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(10)  # the delegate commits the editor's text on its queued call


def test_new_vote_from_ideas_then_count_by_keyboard(setup, qtbot) -> None:
    panel, doc, _atelier, _seq = setup
    dialog = panel.new_vote()
    assert dialog.options.toPlainText() == "Charte\nJardin\nCafé"
    dialog.question.setText("Par quoi commencer ?")
    dialog.rounds.setText("Importance, Faisabilité")
    dialog.accept()
    assert panel.vote_box.currentText() == "Par quoi commencer ?"
    assert panel.round_box.count() == 2 and panel.table.rowCount() == 3
    panel.table.setFocus()
    panel.table.setCurrentCell(0, 1)
    _type(qtbot, panel, "5")
    assert panel.table.currentRow() == 1
    _type(qtbot, panel, "5")
    _type(qtbot, panel, "2")
    qtbot.keyClick(panel.table, Qt.Key.Key_Plus)  # +1 on Café
    ranked = panel.chart.ranked
    assert [(r.label, r.count, r.rank, r.tied) for r in ranked] == [
        ("Charte", 5, 1, True), ("Jardin", 5, 1, True), ("Café", 3, 3, False)]
    assert "1 = Charte : 5" in panel.chart.accessibleDescription()
    doc.undo_stack.undo()
    assert panel.chart.ranked[2].count == 2


def test_negative_or_text_count_is_refused_in_one_line(setup, qtbot) -> None:
    panel, doc, atelier, seq = setup
    votes.create_vote(doc.notebook, atelier, seq, "Q", votes.typed_options("A\nB"))
    panel.refresh()
    panel.table.setFocus()
    panel.table.setCurrentCell(0, 1)
    for bad in ("-3", "abc"):
        panel.table.item(0, 1).setText(bad)
        assert panel.status.text() and "\n" not in panel.status.text()
        assert panel.table.item(0, 1).text() == "0"
    assert doc.undo_stack.count() == 0


def test_top_options_become_decisions_in_one_click(setup) -> None:
    panel, doc, atelier, seq = setup
    edit = votes.create_vote(doc.notebook, atelier, seq, "Q", votes.typed_options("A\nB\nC"))
    view = votes.get_vote(doc.notebook, edit.created("vote")[0])
    for (option_id, _), count in zip(view.options, (4, 4, 1), strict=True):
        votes.set_count(doc.notebook, view.rounds[0].round_id, option_id, count)
    panel.refresh()
    panel.decide_button.click()
    with doc.notebook.read() as session:
        texts = sorted(n.text for n in session.scalars(
            select(Note).where(Note.kind == NoteKind.DECISION)))
    assert texts == ["A", "B"]
    doc.undo_stack.undo()
    with doc.notebook.read() as session:
        assert not session.scalars(select(Note).where(Note.kind == NoteKind.DECISION)).all()


def test_live_mode_projects_the_bar_chart(qtbot, tmp_path) -> None:
    nb = Notebook.create(tmp_path / "carnet.lieux")
    try:
        atelier = records.create(nb, Atelier, title="La Halle", date=dt.date(2026, 3, 12),
                                 start_time=dt.time(9, 0))
        seq = records.create(nb, Sequence, atelier_id=atelier.id, title="Idées",
                             instructions="SECRET")
        edit = votes.create_vote(nb, atelier.id, seq.id, "Priorité ?",
                                 votes.typed_options("A\nB"))
        view = votes.get_vote(nb, edit.created("vote")[0])
        votes.set_count(nb, view.rounds[0].round_id, view.options[1][0], 3)
        window = LiveWindow(Document(nb), atelier.id)
        qtbot.addWidget(window)
        window.timer.stop()
        window.votes.refresh()
        window.votes.project_button.click()
        projector = window.projector
        assert projector is not None and projector.chart.isVisibleTo(projector)
        assert [(r.label, r.count) for r in projector.chart.ranked] == [("B", 3), ("A", 0)]
        assert projector.title.text() == "Priorité ?"
        assert not any("SECRET" in t for t in projector.texts())
        # Rows are at least a twelfth of the projected height: readable from 5 m.
        projector.resize(1920, 1080)
        assert projector.chart.row_height() >= projector.chart.height() / 12
        window.close()
    finally:
        nb.close()
