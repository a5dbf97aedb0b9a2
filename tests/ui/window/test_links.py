"""The window follows links between tools: a search result opens its note,
live mode's tool button opens that tool of the atelier."""

from __future__ import annotations

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.demo import build_demo
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.ui.editors.atelier import AtelierPage
from lieuxcommuns_desktop.ui.live.window import LiveWindow
from lieuxcommuns_desktop.ui.notes.search import SearchPage


def test_search_result_opens_its_note(window, qtbot, tmp_path) -> None:
    assert window.open_path(build_demo(tmp_path / "demo.lieux"))
    window.show_search()
    page = window.current_page
    assert isinstance(page, SearchPage)
    page.query.setText("friche")
    hits = page.search_now()
    assert hits
    # Activates a result as a click does.
    page._activate(page.results.topLevelItem(0))  # noqa: SLF001
    assert isinstance(window.current_page, AtelierPage)
    assert window.current_page.atelier_id == hits[0].atelier_id
    assert window.current_page.current_key == "notes"
    notes_tool = window.current_page.tools["notes"]
    assert notes_tool.feed.current_note_id() == hits[0].note_id


def test_live_mode_tool_button_switches_the_atelier_tab(window, qtbot, tmp_path) -> None:
    assert window.open_path(build_demo(tmp_path / "demo.lieux"))
    atelier = records.all_of(window.doc.notebook, m.Atelier, m.Atelier.date.is_(None),
                              m.Atelier.date)[0]  # the oldest dated one
    window.open_atelier(atelier.id)
    window.open_live()
    live = next(w for w in window.findChildren(LiveWindow))
    live.toolRequested.emit(atelier.id, "roles")
    assert window.current_page.current_key == "roles"
    live.close()
