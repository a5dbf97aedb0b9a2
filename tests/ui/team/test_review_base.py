"""The review dialog shows the common state of a real merge's conflict (schema 7)."""

from __future__ import annotations

import pytest

from lieuxcommuns_desktop import language
from lieuxcommuns_desktop.core.model import Note
from lieuxcommuns_desktop.core.sync.merge import plan_merge
from lieuxcommuns_desktop.core.sync.sources import state_of_file
from lieuxcommuns_desktop.ui.team.review import ConflictReviewDialog
from tests.core.sync.helpers import edit, merge, pair  # noqa: F401 - a fixture


@pytest.fixture(autouse=True)
def _french(qapp):
    language.install("fr")


def _text(note_id: str, text: str):
    return lambda session: setattr(session.get(Note, note_id), "text", text)


def test_the_third_pane_shows_what_both_started_from(qtbot, pair) -> None:  # noqa: F811
    mine, theirs, base = pair
    edit(mine, _text(base.notes[0], "convenu ensemble"))
    merge(theirs, mine)
    merge(mine, theirs)
    edit(mine, _text(base.notes[0], "ma version"))
    edit(theirs, _text(base.notes[0], "leur version"))
    conflicts = plan_merge(state_of_file(mine), state_of_file(theirs)).conflicts
    dialog = ConflictReviewDialog(conflicts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.base_text.isHidden()
    assert (dialog.mine_text.toPlainText(), dialog.theirs_text.toPlainText(),
            dialog.base_text.toPlainText()) == ("ma version", "leur version", "convenu ensemble")
