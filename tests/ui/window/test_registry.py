"""Every registry entry is a real tool, built lazily; a broken entry fails at start."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from lieuxcommuns_desktop.ui import registry


def test_every_entry_loads_a_widget_class():
    for entry in registry.entries():
        cls = entry.load()
        assert issubclass(cls, QWidget), entry.key
        assert cls.__name__ == entry.target.rpartition(":")[2]
    registry.check()


def test_pages_and_tools_integrate(window, sample_path):
    window.open_path(sample_path)
    labels = [window.navigation.topLevelItem(i).text(0)
              for i in range(window.navigation.topLevelItemCount())]
    assert labels[1:] == [e.label for e in registry.NOTEBOOK_PAGES]
    for entry in registry.NOTEBOOK_PAGES:
        window.navigation.select("page", entry.key)
        assert type(window.current_page) is entry.load(), entry.key
    atelier_id = window.navigation.atelier_ids()[0]
    window.open_atelier(atelier_id, "sheet")
    page = window.current_page
    assert page.keys == ["sheet", *(e.key for e in registry.ATELIER_TOOLS)]
    assert page.tools == {}  # nothing built until shown
    for entry in registry.ATELIER_TOOLS:
        page.show_tool(entry.key)
        assert type(page.tools[entry.key]) is entry.load(), entry.key


@pytest.mark.parametrize("target", ["lieuxcommuns_desktop.ui.nowhere:X",
                                    "lieuxcommuns_desktop.nowhere.at_all:X"])
def test_an_entry_without_its_module_fails_loudly_at_start(app, monkeypatch, target):
    from lieuxcommuns_desktop.ui.main_window import MainWindow

    broken = registry.ToolEntry("nowhere", "Nulle part", target)
    monkeypatch.setattr(registry, "ATELIER_TOOLS", (*registry.ATELIER_TOOLS, broken))
    with pytest.raises(registry.RegistryError, match=r"'nowhere'.*no module"):
        MainWindow()


def test_an_entry_naming_no_class_fails_when_loaded():
    broken = registry.ToolEntry("nowhere", "Nulle part",
                                "lieuxcommuns_desktop.ui.registry:NoSuchTool")
    with pytest.raises(registry.RegistryError, match="names no class"):
        broken.load()
