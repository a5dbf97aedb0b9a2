"""The main window keeps its programme page (issue 14): built once, refreshed on return."""

from __future__ import annotations

import datetime as dt

from lieuxcommuns_desktop.core.model import Atelier
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.ui.programme.page import ProgrammePage


def _open(window, qtbot, path) -> ProgrammePage:
    """A shown window with a new notebook: its programme page is on screen, painted."""
    window.show()
    qtbot.waitExposed(window)
    assert window.create_notebook(path, "Parcours")
    page = window.current_page
    assert isinstance(page, ProgrammePage)
    qtbot.waitUntil(lambda: page.timeline.built)
    return page


def _undated(page: ProgrammePage) -> list[str]:
    undated = page.timeline.undated
    return [undated.item(i).text() for i in range(undated.count())]


def _block_titles(page: ProgrammePage) -> set[str]:
    return {item.block.title for item in page.timeline.scene.blocks.values()}


def test_the_page_is_reused_and_shows_edits_made_elsewhere(window, qtbot, tmp_path) -> None:
    page = _open(window, qtbot, tmp_path / "programme.lieux")
    assert window.programme_page is page
    atelier_id = window.new_atelier()
    assert window.current_page is not page and window.programme_page is page
    assert page.suspended and not page.isVisibleTo(window)
    records.update(window.doc.notebook, Atelier, atelier_id, title="Atelier des berges")
    # Suspended: the edit is noted, the hidden timeline not rebuilt yet.
    assert "Atelier des berges" not in _undated(page)

    window.navigation.select("programme", "")
    assert window.current_page is page and not page.suspended
    assert window.editor_stack.currentWidget() is page and page.isVisibleTo(window)
    assert "Atelier des berges" in _undated(page)

    # A dated atelier renamed while away becomes a block under its new title.
    window.open_atelier(atelier_id)
    records.update(window.doc.notebook, Atelier, atelier_id, date=dt.date(2026, 4, 2),
                   title="Atelier de la rivière")
    window.navigation.select("programme", "")
    assert window.current_page is page
    assert "Atelier de la rivière" in _block_titles(page)
    assert "Atelier de la rivière" not in _undated(page)


def test_the_tab_left_open_is_found_again_and_refreshed(window, qtbot, tmp_path) -> None:
    page = _open(window, qtbot, tmp_path / "programme.lieux")
    grid = page.grid  # the Participations tab, built and shown
    atelier_id = window.new_atelier()
    records.update(window.doc.notebook, Atelier, atelier_id, title="Atelier renommé")
    window.navigation.select("programme", "")
    assert window.current_page is page
    assert page.tabs.currentWidget() is grid.parentWidget()
    assert "Atelier renommé" not in _undated(page)  # the hidden tab waits to be shown
    # The timeline, stale while away, refreshes when its tab is shown again.
    page.panel("timeline")
    assert "Atelier renommé" in _undated(page)


def test_closing_the_notebook_drops_the_page(window, qtbot, tmp_path) -> None:
    assert window.create_notebook(tmp_path / "a.lieux", "Premier")
    first = window.programme_page
    assert first is not None
    window.close_notebook()
    assert window.programme_page is None
    assert window.create_notebook(tmp_path / "b.lieux", "Second")
    second = window.current_page
    assert isinstance(second, ProgrammePage) and second is not first
    assert second.doc is window.doc
