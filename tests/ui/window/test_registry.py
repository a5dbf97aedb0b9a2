"""Pages and tools from the registry appear when their module exists, built lazily."""

from __future__ import annotations

from lieuxcommuns_desktop.ui import registry
from lieuxcommuns_desktop.ui.navigation import page_available


def test_pages_and_tools_integrate(window, sample_path):
    window.open_path(sample_path)
    labels = [window.navigation.topLevelItem(i).text(0)
              for i in range(window.navigation.topLevelItemCount())]
    expected = [e.label for e in registry.NOTEBOOK_PAGES if page_available(e)]
    assert labels[1:] == expected
    for entry in registry.NOTEBOOK_PAGES:
        if page_available(entry):
            window.navigation.select("page", entry.key)
            assert type(window.current_page) is entry.load(), entry.key
    atelier_id = window.navigation.atelier_ids()[0]
    window.open_atelier(atelier_id, "sheet")
    page = window.current_page
    available = [e.key for e in registry.ATELIER_TOOLS if page_available(e)]
    assert page.keys == ["sheet", *available]
    assert page.tools == {}  # nothing built until shown
    for key in available:
        page.show_tool(key)
        assert type(page.tools[key]).__name__ == registry.ATELIER_TOOLS[
            [e.key for e in registry.ATELIER_TOOLS].index(key)].target.rpartition(":")[2]
    assert set(page.tools) == set(available)


def test_a_missing_tool_is_simply_absent(window, sample_path, monkeypatch):
    broken = registry.ToolEntry("nowhere", "Nulle part", "lieuxcommuns_desktop.ui.nowhere:X")
    monkeypatch.setattr(registry, "ATELIER_TOOLS", (*registry.ATELIER_TOOLS, broken))
    window.open_path(sample_path)
    window.open_atelier(window.navigation.atelier_ids()[0], "sheet")
    assert "nowhere" not in window.current_page.keys
