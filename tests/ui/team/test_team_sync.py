"""Share and sync through the window against a real PostgreSQL server (hteam's cluster).

Laptop A is the window; laptop B is a copy of the notebook synced by the
core functions, as another facilitator's machine would. What B changed comes
into A as one undo step; a conflict goes through the review dialog; an
automatic sync that meets a conflict writes nothing and waits for the user.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.ui.team.conftest import needs_pg

pytestmark = needs_pg
pytest.importorskip("lieuxcommuns_desktop.core.team.sync")

from lieuxcommuns_desktop.core.model import Atelier  # noqa: E402
from lieuxcommuns_desktop.core.services import records  # noqa: E402
from lieuxcommuns_desktop.core.services.notebook import Notebook  # noqa: E402
from lieuxcommuns_desktop.core.store import backup_file  # noqa: E402
from lieuxcommuns_desktop.core.team import sync as team_sync  # noqa: E402
from lieuxcommuns_desktop.ui import settings  # noqa: E402
from lieuxcommuns_desktop.ui.team import link as team_link  # noqa: E402
from lieuxcommuns_desktop.ui.team.review import ConflictReviewDialog  # noqa: E402
from lieuxcommuns_desktop.ui.team.share import ShareDialog  # noqa: E402


def _share(window, team_db, qtbot) -> None:
    """Fichier › Partager… filled and accepted by keys, the password kept in the keyring."""
    refused: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ShareDialog):
            QTimer.singleShot(20, fill)
            return
        qtbot.keyClicks(dialog.url_edit, team_db.url())
        qtbot.keyClicks(dialog.password_edit, team_db.password())
        dialog.remember_box.setChecked(True)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # the default button: share
        QTimer.singleShot(20, lambda: check(dialog))

    def check(dialog) -> None:
        if not shiboken6.isValid(dialog):  # accepted, then deleted by the menu
            return
        if dialog.runner.busy:  # the server is still answering (on the worker)
            QTimer.singleShot(20, lambda: check(dialog))
        elif dialog.isVisible():  # refused: say why instead of hanging
            refused.append(dialog.status.text())
            dialog.reject()

    QTimer.singleShot(0, fill)
    assert window.team.share(), f"the share dialog was not accepted: {refused}"


def _synced(qtbot, control, start):
    """Start a sync (``start()`` must say it started) and wait for its end: the report or None."""
    with qtbot.waitSignal(control.finished, timeout=60_000) as blocker:
        assert start(), "no sync started"
    return blocker.args[0]


def _laptop_b(sample_path, tmp_path, team_db, **changes) -> str:
    """B: a copy of A's shared notebook, edited (first atelier) and synced."""
    copy = backup_file(sample_path, tmp_path / "portable-b.lieux")
    nb = Notebook.open(copy)
    try:
        atelier = sorted(records.all_of(nb, Atelier), key=lambda a: a.id)[0]
        records.update(nb, Atelier, atelier.id, **changes)
        team_sync.sync(nb, team_db.url("anim_b"), team_db.password("anim_b"))
    finally:
        nb.close()
    return atelier.id


def _atelier(window, atelier_id: str) -> Atelier:
    return records.get(window.doc.notebook, Atelier, atelier_id)


def test_share_then_a_colleague_s_change_comes_in_as_one_undo_step(
        window, sample_path, tmp_path, team_db, memory_keyring, qtbot) -> None:
    assert window.open_path(sample_path)
    _share(window, team_db, qtbot)
    found = team_link.load(sample_path)
    assert found is not None and found.user == "anim_a"
    assert list(memory_keyring.passwords.values()) == [team_db.password()]
    settings.settings().sync()
    ini = (settings.config_dir() / settings.INI_NAME).read_text(encoding="utf-8")
    assert team_db.password() not in ini
    assert team_db.password().encode() not in sample_path.read_bytes()
    control = window.team.sync
    assert control.timer.isActive() and not control.label.isHidden()

    window.close_notebook()  # B copies the shared file, as a USB stick would
    atelier_id = _laptop_b(sample_path, tmp_path, team_db, place="Friche, hangar B")
    assert window.open_path(sample_path)
    before = _atelier(window, atelier_id).place
    synced = _synced(qtbot, control, control.sync_now)
    assert synced is not None and not synced.cancelled
    assert _atelier(window, atelier_id).place == "Friche, hangar B"
    assert "synchronisé" in control.label.text()
    assert window.doc.undo_stack.undoText().startswith("Synchronisation avec")
    window.undo_action.trigger()
    assert _atelier(window, atelier_id).place == before
    assert _synced(qtbot, control, control.sync_now) is not None  # syncing again is fine
    assert _atelier(window, atelier_id).place == before  # the undo is a newer local edit


def test_a_conflict_waits_for_the_user_then_goes_through_the_review(
        window, sample_path, tmp_path, team_db, memory_keyring, qtbot) -> None:
    assert window.open_path(sample_path)
    _share(window, team_db, qtbot)
    window.close_notebook()
    atelier_id = _laptop_b(sample_path, tmp_path, team_db, title="Balade (version de B)")
    assert window.open_path(sample_path)
    records.update(window.doc.notebook, Atelier, atelier_id, title="Balade (version de A)")
    control = window.team.sync
    found = team_link.load(sample_path)
    steps = window.doc.undo_stack.count()

    assert _synced(qtbot, control,
                   lambda: control.run(found, team_db.password(), interactive=False)) is None
    assert _atelier(window, atelier_id).title == "Balade (version de A)"  # nothing written
    assert window.doc.undo_stack.count() == steps
    assert "conflits attendent" in control.label.text()

    def escape() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictReviewDialog):
            QTimer.singleShot(20, escape)
            return
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)

    QTimer.singleShot(0, escape)
    # Esc in the review: nothing written, nothing sent
    assert _synced(qtbot, control, control.sync_now) is None
    assert "annulée" in control.label.text()
    assert _atelier(window, atelier_id).title == "Balade (version de A)"

    def take_theirs() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictReviewDialog):
            QTimer.singleShot(20, take_theirs)
            return
        qtbot.keyClick(dialog.table, Qt.Key.Key_T)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    QTimer.singleShot(0, take_theirs)
    synced = _synced(qtbot, control, control.sync_now)
    assert synced is not None and len(synced.conflicts) >= 1
    assert _atelier(window, atelier_id).title == "Balade (version de B)"
    assert window.doc.undo_stack.count() == steps + 1


def test_an_automatic_failure_is_a_status_line_and_a_refused_password_is_forgotten(
        window, sample_path, team_db, memory_keyring, shown, qtbot) -> None:
    from lieuxcommuns_desktop.ui.team import secrets

    assert window.open_path(sample_path)
    control = window.team.sync
    missing, _ = team_link.parse(team_db.url().rsplit("/", 1)[0] + "/pas_de_base", "")
    assert _synced(qtbot, control,
                   lambda: control.run(missing, team_db.password(), interactive=False)) is None
    assert "échec" in control.label.text()
    assert "n'existe pas" in window.statusBar().currentMessage()
    refused, _ = team_link.parse(team_db.url(), "")
    secrets.remember(refused, "pas-le-bon", keyring=True)
    assert _synced(qtbot, control,
                   lambda: control.run(refused, "pas-le-bon", interactive=False)) is None
    assert "refusé" in window.statusBar().currentMessage()
    assert secrets.get(refused) is None and memory_keyring.passwords == {}
    assert shown == []  # no dialog from an automatic sync


def test_joining_a_shared_server_settles_conflicts_in_the_review(
        window, sample_path, tmp_path, team_db, memory_keyring, qtbot) -> None:
    assert window.open_path(sample_path)
    _share(window, team_db, qtbot)
    window.close_notebook()
    copy = backup_file(sample_path, tmp_path / "portable-b.lieux")  # B's copy, not linked
    nb = Notebook.open(sample_path)  # A goes on working and syncs
    try:
        atelier_id = sorted(records.all_of(nb, Atelier), key=lambda a: a.id)[0].id
        records.update(nb, Atelier, atelier_id, title="Balade (version de A)")
        team_sync.sync(nb, team_db.url(), team_db.password())
    finally:
        nb.close()
    assert window.open_path(copy)
    records.update(window.doc.notebook, Atelier, atelier_id, title="Balade (version de B)")
    seen: list[str] = []

    def fill_then_take_theirs() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ShareDialog) and not seen:
            seen.append("share")
            qtbot.keyClicks(dialog.url_edit, team_db.url("anim_b"))
            qtbot.keyClicks(dialog.password_edit, team_db.password("anim_b"))
            QTimer.singleShot(0, fill_then_take_theirs)
            qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
            return
        if isinstance(dialog, ConflictReviewDialog):
            seen.append("review")
            qtbot.keyClick(dialog.table, Qt.Key.Key_T)
            qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
            return
        QTimer.singleShot(20, fill_then_take_theirs)

    QTimer.singleShot(0, fill_then_take_theirs)
    assert window.team.share()
    assert seen == ["share", "review"]
    assert _atelier(window, atelier_id).title == "Balade (version de A)"
    assert team_link.load(copy).user == "anim_b"
    assert window.doc.undo_stack.undoText().startswith("Synchronisation avec")
