"""Pages and tools from the registry appear when their module exists, built lazily."""

from __future__ import annotations

import importlib.machinery
import sys
import types

import pytest
from PySide6.QtWidgets import QLabel, QWidget


@pytest.fixture
def fake_modules(monkeypatch):
    built: list[tuple[str, tuple]] = []

    def module(name: str, **classes) -> None:  # noqa: ANN003
        mod = types.ModuleType(name)
        mod.__spec__ = importlib.machinery.ModuleSpec(name, None)
        for attr, cls in classes.items():
            setattr(mod, attr, cls)
        monkeypatch.setitem(sys.modules, name, mod)

    class Page(QLabel):
        def __init__(self, doc, parent=None) -> None:  # noqa: ANN001
            super().__init__("page", parent)
            built.append(("page", (doc,)))

    class Tool(QWidget):
        def __init__(self, doc, atelier_id, parent=None) -> None:  # noqa: ANN001
            super().__init__(parent)
            built.append(("tool", (doc, atelier_id)))

    module("lieuxcommuns_desktop.ui.tables.pages", CollectivitesPage=Page,
           RessourcesPage=Page, ActeursPage=Page, ParticipantsPage=Page,
           ExperimentationsPage=Page)
    module("lieuxcommuns_desktop.ui.attendance.widget", AttendanceWidget=Tool)
    return built


def test_pages_and_tools_integrate(fake_modules, window, sample_path):
    window.open_path(sample_path)
    labels = [window.navigation.topLevelItem(i).text(0)
              for i in range(window.navigation.topLevelItemCount())]
    assert labels[1:] == ["Collectivités", "Ressources", "Acteurs", "Participant·es",
                          "Expérimentations"]
    window.navigation.select("page", "acteurs")
    assert fake_modules == [("page", (window.doc,))]
    atelier_id = window.navigation.atelier_ids()[0]
    window.open_atelier(atelier_id, "sheet")
    page = window.current_page
    assert page.keys == ["sheet", "agenda", "attendance"]
    assert len(fake_modules) == 1  # the attendance tool is not built until shown
    page.show_tool("attendance")
    assert fake_modules[-1] == ("tool", (window.doc, atelier_id))
