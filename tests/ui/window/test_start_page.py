"""The start page: recent notebooks (missing ones greyed, removable), templates, default."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from lieuxcommuns_desktop.core import templates
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
    page.recentChosen.emit(str(sample_path))
    assert window.doc is not None and window.stack.currentWidget() is window.splitter


def test_templates_listed_with_duration(window):
    window.show_start_page()
    page = window.start_page
    listed = templates.list_templates()
    assert page.templates.count() == len(listed)
    from PySide6.QtCore import Qt

    from lieuxcommuns_desktop.ui.dialogs.templates import duration

    text = page.templates.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert listed[0].title in text and duration(listed[0].total_minutes) in text


@pytest.fixture
def launched(app, qtbot, shown, monkeypatch):
    """Run ``launch.launch`` without showing nor looping; the windows it made."""
    from lieuxcommuns_desktop.ui import launch, main_window

    created = []
    monkeypatch.setattr(main_window.MainWindow, "show", lambda self: created.append(self))
    monkeypatch.setattr(type(app), "exec", lambda *_a: 0)

    def run(file=None):
        assert launch.launch(file) == 0
        win = created[-1]
        # Finishes the deferred quick open now.
        if win.doc is None and win._pending is not None:  # noqa: SLF001
            win._finish_open()  # noqa: SLF001 - quick open: attach the notebook now
        return win

    yield run
    for win in created:
        win.close()


def test_first_launch_opens_the_demo_once(launched):
    win = launched()
    demo = settings.demo_notebook_path()
    assert demo.exists() and not settings.default_notebook_path().exists()
    assert win.doc is not None and win.doc.notebook.path == demo
    # A newcomer sees a worked example, not an empty form: the demo programme's
    # four thematic ateliers and its seven lighter ones.
    from lieuxcommuns_desktop.core import demo_content

    assert len(win.navigation.atelier_ids()) == len(demo_content.load().ateliers) + len(
        demo_content.load_programme().ateliers) == 11
    assert "premier lancement" in win.statusBar().currentMessage()
    stamp = demo.stat().st_mtime_ns
    win.close_notebook()
    # "Ouvrir la démo" opens that same file: no second copy.
    assert win.open_demo() and win.doc.notebook.path == demo
    assert demo.stat().st_mtime_ns == stamp
    assert sorted(p.name for p in demo.parent.glob("*.lieux")) == ["demo.lieux"]
    win.close()
    # The second start reopens it, untouched.
    before = demo.read_bytes()
    second = launched()
    assert second.doc.notebook.path == demo
    second.close()
    assert demo.read_bytes() == before


def test_launch_without_file_reopens_the_last_notebook(launched, sample_path, shown):
    win = launched()  # first start: the demo
    win.close_notebook()
    assert win.open_path(sample_path)
    win.close()
    again = launched()
    assert again.doc.notebook.path.resolve() == sample_path.resolve()
    again.close()
    # Gone (deleted, or on an unplugged key): the default notebook, made on demand.
    sample_path.unlink()
    third = launched()
    assert third.doc.notebook.path == settings.default_notebook_path()
    assert settings.default_notebook_path().exists()
    assert not shown  # no error for the missing last notebook


def test_launch_with_a_file_opens_it(launched, sample_path):
    win = launched(str(sample_path))
    assert win.doc.notebook.path.resolve() == sample_path.resolve()
    assert not settings.demo_notebook_path().exists()


def test_quick_open_paints_outline_then_attaches_notebook(window, qtbot, sample_path):
    window.show()
    assert window.open_path(sample_path, quick=True)
    assert len(window.navigation.atelier_ids()) == 3  # drawn from the sqlite3 outline
    qtbot.waitUntil(lambda: window.doc is not None, timeout=5000)
    assert window.navigation.doc is window.doc
    assert window.navigation.current() == ("programme", "")
    # The programme page replaces the "ouverture…" placeholder: the tree drawn
    # from the outline had its item current already, so a selection that only
    # relied on the tree's signal left the placeholder on screen.
    from lieuxcommuns_desktop.ui.programme.page import ProgrammePage

    assert isinstance(window.current_page, ProgrammePage)
    assert window.current_page.isVisible()


def test_a_start_on_a_notebook_never_builds_the_start_page(window, qtbot, sample_path):
    assert window.open_path(sample_path, quick=True)  # as launch() does: before show
    window.show()
    qtbot.waitUntil(lambda: window.doc is not None, timeout=5000)
    # A start on a notebook never builds the start page's widgets (issue 13, item 9).
    assert window.findChild(QWidget, "startTemplates") is None
    assert window.findChild(QWidget, "start_new") is None
    window.show_start_page()  # built when asked for
    assert window.findChild(QWidget, "startTemplates") is window.start_page.templates
    assert window.start_page.buttons["back"].isVisibleTo(window.start_page)
    window.new_atelier()
    assert len(window.navigation.atelier_ids()) == 4


def test_quick_open_of_a_damaged_file_falls_back_to_an_error(window, shown, tmp_path):
    bad = tmp_path / "abime.lieux"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(4000))
    window.show()
    assert not window.open_path(bad, quick=True)
    assert shown and "abime.lieux" in shown[0]
    assert window.doc is None and window.navigation is None


def test_process_elapsed_is_plausible():
    from lieuxcommuns_desktop.ui.launch import process_elapsed

    assert 0 < process_elapsed() < 3600


def test_process_elapsed_from_the_launchers_clock(monkeypatch):
    """A benchmark hands its monotonic clock reading over: finer than /proc's hundredths."""
    import time

    from lieuxcommuns_desktop.ui.launch import LAUNCHED_AT, process_elapsed

    monkeypatch.setenv(LAUNCHED_AT, repr(time.monotonic() - 1.5))
    assert 1.5 <= process_elapsed() < 1.6
    for wrong in ("demain", "", repr(time.monotonic() + 60)):  # unreadable, or in the future
        monkeypatch.setenv(LAUNCHED_AT, wrong)
        assert 0 < process_elapsed() < 3600
