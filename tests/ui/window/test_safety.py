"""File safety: the lock, store errors as dialogs, the exception dialog, --smoke."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog

from lieuxcommuns_desktop.ui.dialogs.lock import LockDialog
from lieuxcommuns_desktop.ui.lock import lock_path

ROOT = Path(__file__).resolve().parents[3]


def test_second_window_is_told_and_opens_read_only(window, qtbot, sample_path, monkeypatch):
    from lieuxcommuns_desktop.ui.main_window import MainWindow

    assert window.open_path(sample_path)
    lock_file = lock_path(sample_path)
    assert lock_file.name == ".drome.lieux.lock" and lock_file.exists()
    seen: list[str] = []

    def click_readonly(self) -> int:
        seen.append(self.text())
        self.readonly_button.click()
        return 0

    monkeypatch.setattr(LockDialog, "exec", click_readonly)
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.open_path(sample_path)
    assert seen and "drome.lieux" in seen[0] and "déjà ouvert" in seen[0]
    assert second.doc.readonly
    assert "[lecture seule]" in second.windowTitle()
    assert not second.actions_by_key["new_atelier"].isEnabled()
    second.close()
    assert lock_file.exists()  # the first window still holds it
    window.close()
    assert not lock_file.exists()


def test_lock_copy_choice_opens_a_copy(window, qtbot, sample_path, monkeypatch):
    from lieuxcommuns_desktop.ui.main_window import MainWindow

    window.open_path(sample_path)
    monkeypatch.setattr(LockDialog, "exec", lambda self: self.copy_button.click() or 0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (a[2], ""))  # accept the proposed name
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.open_path(sample_path)
    assert second.doc.notebook.path.name == "drome (copie).lieux"
    assert not second.doc.readonly
    assert second.navigation.atelier_ids() == window.navigation.atelier_ids()
    second.close()


def test_lock_cancel_opens_nothing(window, qtbot, sample_path, monkeypatch):
    from lieuxcommuns_desktop.ui.main_window import MainWindow

    window.open_path(sample_path)
    monkeypatch.setattr(LockDialog, "exec", lambda self: self.cancel_button.click() or 0)
    second = MainWindow()
    qtbot.addWidget(second)
    assert not second.open_path(sample_path)
    assert second.doc is None and second.stack.currentWidget() is second.start_page


def test_stale_lock_from_a_crash_is_taken_over(window, sample_path, monkeypatch):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    lock_path(sample_path).write_text(f"{int(dead.stdout)}\npython3\n{socket.gethostname()}\n")
    monkeypatch.setattr(LockDialog, "exec", lambda self: pytest.fail("dialog for a stale lock"))
    assert window.open_path(sample_path)
    assert not window.doc.readonly and window.lock.locked


def test_corrupt_file_in_open_dialog_gives_a_dialog(window, shown, sample_path, tmp_path,
                                                    monkeypatch):

    bad = tmp_path / "abime.lieux"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(3000))
    other = tmp_path / "notes.txt"
    other.write_text("pas un carnet")
    for target in (bad, other):
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            lambda *a, t=target, **k: (str(t), ""))
        assert not window.open_dialog()
    assert len(shown) == 2
    assert "abime.lieux" in shown[0] and "notes.txt" in shown[1]
    assert window.doc is None and window.stack.currentWidget() is window.start_page
    assert not (tmp_path / ".abime.lieux.lock").exists()
    assert bad.read_bytes().startswith(b"SQLite format 3")  # left untouched
    # still usable
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(sample_path), ""))
    assert window.open_dialog()
    assert len(window.navigation.atelier_ids()) == 3


def test_store_error_from_an_edit_is_a_dialog(window, shown, sample_path, monkeypatch):
    from lieuxcommuns_desktop.ui.main_window import MainWindow

    window.open_path(sample_path)
    monkeypatch.setattr(LockDialog, "exec", lambda self: self.readonly_button.click() or 0)
    reader = MainWindow()
    assert reader.open_path(sample_path) and reader.doc.readonly
    atelier_id = reader.navigation.atelier_ids()[0]
    reader.open_atelier(atelier_id, "agenda")
    from lieuxcommuns_desktop.ui.editors.ateliers import new_atelier

    assert new_atelier(reader.doc) is None
    assert shown and "lecture seule" in shown[-1]
    assert reader.doc.undo_stack.count() == 0
    reader.close()


class _Emitter(QObject):
    fire = Signal()


@pytest.mark.qt_no_exception_capture
def test_unexpected_exception_is_logged_and_shown(window, shown, sample_path, qtbot):
    from lieuxcommuns_desktop.ui import errors

    window.open_path(sample_path)
    log = errors.setup_logging()
    previous = sys.excepthook
    errors.install_excepthook()
    try:
        emitter = _Emitter()

        def broken_slot() -> None:
            raise RuntimeError("boum dans un slot")

        emitter.fire.connect(broken_slot)
        emitter.fire.emit()
        QTimer.singleShot(0, lambda: None)
        qtbot.wait(10)
    finally:
        sys.excepthook = previous
    assert shown, "no dialog"
    assert str(log) in shown[-1] and "boum dans un slot" in shown[-1]
    for handler in errors.logging.getLogger("lieuxcommuns_desktop").handlers:
        handler.flush()
    assert "boum dans un slot" in log.read_text(encoding="utf-8")
    # the app keeps working
    assert window.new_atelier()
    assert len(window.navigation.atelier_ids()) == 4


def test_smoke_prints_seconds_and_exits_zero(sample_path, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "lieuxcommuns_desktop", "--smoke", str(sample_path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seconds = float(result.stdout.strip().splitlines()[-1])
    assert 0 < seconds < 120
    assert not lock_path(sample_path).exists()


def test_smoke_on_a_damaged_file_exits_one_without_a_dialog(tmp_path):
    bad = tmp_path / "abime.lieux"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(4000))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "lieuxcommuns_desktop", "--smoke", str(bad)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "abime.lieux" in result.stderr


def test_a_notebook_without_tables_is_one_clear_dialog(window, shown, tmp_path):
    """Our application id but no tables: the window used to show "OperationalError … SELECT
    programme"; now the store refuses the file at opening, in the user's words."""
    import sqlite3

    from lieuxcommuns_desktop.core.model import APPLICATION_ID
    from lieuxcommuns_desktop.core.store import SCHEMA_VERSION

    shell = tmp_path / "coquille.lieux"
    conn = sqlite3.connect(shell)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    conn.commit()
    conn.close()
    before = shell.read_bytes()

    assert not window.open_path(shell)
    assert len(shown) == 1
    assert "coquille.lieux" in shown[0] and "des tables manquent" in shown[0]
    assert "Error" not in shown[0] and "SELECT" not in shown[0]
    assert window.doc is None
    assert shell.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["coquille.lieux"]
