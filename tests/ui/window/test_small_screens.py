"""The atelier's tabs, the template list's durations and descriptions on small screens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from lieuxcommuns_desktop.ui import registry


@pytest.mark.parametrize("width", [1024, 1366])
def test_every_atelier_tab_shows_without_scroll_arrows(window, sample_path, width):
    window.show()
    window.resize(width, 768)  # after show: the test screen is smaller, and fitting is on show
    window.open_path(sample_path)
    window.open_atelier(window.navigation.atelier_ids()[0], "sheet")
    page = window.current_page
    bar = page.tabs.tabBar()
    assert bar.count() == len(page.keys) >= 9
    assert bar.sizeHint().width() <= bar.width(), (bar.sizeHint().width(), bar.width())
    last = bar.tabRect(bar.count() - 1)
    assert last.right() <= bar.width()
    # The short text is on the tab; the full title is its tooltip and accessible name.
    entries = {e.key: e for e in registry.ATELIER_TOOLS}
    for index, key in enumerate(page.keys[1:], start=1):
        assert bar.tabToolTip(index) == entries[key].label
        assert bar.accessibleTabName(index) == entries[key].label
    assert bar.tabText(page.keys.index("map")) == "Carte"


def test_durations_never_wrap():
    from lieuxcommuns_desktop.ui.dialogs.templates import duration

    assert duration(200) == "3\u00a0h\u00a020" and duration(45) == "45\u00a0min"
    assert " " not in duration(200)


def test_start_page_keeps_each_duration_on_one_line(window):
    from lieuxcommuns_desktop.ui.dialogs.templates import duration

    window.show_start_page()
    page = window.start_page
    item = page.templates.item(0)
    label = page.templates.itemWidget(item)
    # The template the page shows first.
    total = duration(page._template_objects[0].total_minutes)  # noqa: SLF001
    doc = QTextDocument()
    doc.setHtml(label.text())
    for width in range(60, 420, 3):  # narrow enough for the title to wrap
        doc.setTextWidth(width)
        doc.documentLayout().documentSize()  # lay out now
        layout = doc.firstBlock().layout()
        text = doc.firstBlock().text()
        at = text.index(total)
        lines = {layout.lineForTextPosition(at + i).lineNumber() for i in range(len(total))}
        assert len(lines) == 1, (width, text)
    assert item.data(Qt.ItemDataRole.AccessibleTextRole).count(total) == 1


def test_shortened_descriptions_end_with_one_ellipsis(window):
    from lieuxcommuns_desktop.ui.start_page import shorten

    assert shorten("Une phrase courte.") == "Une phrase courte."
    cut_after_a_full_stop = "Une ressource gérée en commun. " + "x" * 200
    assert shorten(cut_after_a_full_stop) == "Une ressource gérée en commun…"
    assert shorten("mot " * 60, 20) == "mot mot mot mot…"
    window.show_start_page()
    page = window.start_page
    for row in range(page.templates.count()):
        detail = page.templates.item(row).data(Qt.ItemDataRole.AccessibleTextRole)
        assert "." + "…" not in detail and "…." not in detail, detail
