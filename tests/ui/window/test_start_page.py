"""The start page: recent notebooks (missing ones greyed, removable), templates, default."""

from __future__ import annotations

from lieuxcommuns_desktop.ui import settings


def test_recent_notebooks_missing_greyed_and_removable(window, sample_path, tmp_path):
    gone = tmp_path / "parti.lieux"
    settings.add_recent(gone)
    window.open_path(sample_path)
    window.show_start_page()
    page = window.start_page
    assert page.recent.count() == 2
    assert not page.missing(0) and page.missing(1)
    assert page.buttons["back"].isVisibleTo(page)
    page.recent.setCurrentRow(1)
    page.remove_selected_recent()
    assert settings.recent_files() == [str(sample_path.resolve())]
    window.close_notebook()
    page.open_path.emit(str(sample_path))
    assert window.doc is not None and window.stack.currentWidget() is window.splitter


def test_templates_listed_with_duration(window):
    import pytest

    templates = pytest.importorskip("lieuxcommuns_desktop.core.templates")
    page = window.start_page
    listed = templates.list_templates()
    assert page.templates.count() == len(listed)
    from PySide6.QtCore import Qt

    from lieuxcommuns_desktop.ui.dialogs.templates import duration

    text = page.templates.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert listed[0].title in text and duration(listed[0].total_minutes) in text


def test_first_launch_creates_default_notebook(app, qtbot, shown, monkeypatch):
    from lieuxcommuns_desktop.ui import launch, main_window

    created = []
    monkeypatch.setattr(main_window.MainWindow, "show", lambda self: created.append(self))
    monkeypatch.setattr(type(app), "exec", lambda *_a: 0)
    assert launch.launch(None) == 0
    assert settings.default_notebook_path().exists()
    win = created[0]
    assert win.doc is not None and win.doc.notebook.path == settings.default_notebook_path()
    win.close()


def test_process_elapsed_is_plausible():
    from lieuxcommuns_desktop.ui.launch import process_elapsed

    assert 0 < process_elapsed() < 3600
