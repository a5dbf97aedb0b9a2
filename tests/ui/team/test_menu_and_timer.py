"""The Fichier menu's team entries and the automatic sync's gates, on the real window."""

from __future__ import annotations

import socket

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from lieuxcommuns_desktop.ui import registry
from lieuxcommuns_desktop.ui.team import link as team_link
from lieuxcommuns_desktop.ui.team import secrets
from lieuxcommuns_desktop.ui.team.menu import SYNC_SHORTCUT
from lieuxcommuns_desktop.ui.team.sync_control import reachable
from tests.ui.team.conftest import needs_pg


def _file_menu(window) -> QMenu:
    menu = window.menuBar().findChild(QMenu, "menu_file")
    menu.aboutToShow.emit()
    return menu


def test_entries_sit_in_the_file_menu_and_follow_the_notebook(window, sample_path) -> None:
    texts = [a.text() for a in _file_menu(window).actions()]
    assert texts.index("&Fusionner un carnet…") == texts.index("&Importer (JSON)…") + 1
    assert texts.index("&Synchroniser") == texts.index("Par&tager sur un serveur d'équipe…") + 1
    ak = window.actions_by_key
    assert not ak["merge"].isEnabled() and not ak["sync"].isEnabled()  # no notebook yet
    assert window.open_path(sample_path)
    assert ak["merge"].isEnabled() and ak["share"].isEnabled() and ak["sync"].isEnabled()
    window.close_notebook()
    window.open_path(sample_path, readonly=True)
    _file_menu(window)
    assert not ak["merge"].isEnabled() and not ak["share"].isEnabled()


def test_the_sync_shortcut_is_nobody_else_s(window) -> None:
    mine = QKeySequence(SYNC_SHORTCUT)
    assert window.actions_by_key["sync"].shortcut() == mine
    others = [key for key, action in window.actions_by_key.items()
              if key != "sync" and action.shortcut() == mine]
    others += [key for key, action in window.actions_by_key.items()
               if mine in action.shortcuts() and key != "sync"]
    assert others == []


def test_sync_without_a_server_says_how_to_share(window, sample_path) -> None:
    assert window.open_path(sample_path)
    window.team.sync.sync_now()
    assert "Partager sur un serveur" in window.statusBar().currentMessage()
    assert not window.team.sync.timer.isActive()


def test_the_timer_runs_only_for_a_shared_writable_notebook_and_waits_for_the_user(
        window, sample_path, qtbot) -> None:
    found, _ = team_link.parse("postgresql://127.0.0.1:9/lieux", "marie")
    team_link.save(sample_path, found)
    assert window.open_path(sample_path)
    control = window.team.sync
    assert control.timer.isActive()
    assert not control.label.isHidden() and "127.0.0.1:9/lieux" in control.label.text()
    assert control.may_run_now()
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not control.may_run_now()  # never while a dialog is open
    dialog.close()
    assert control.may_run_now()
    window.open_atelier(window.navigation.atelier_ids()[0])
    window.open_live()
    live = window.findChildren(registry.LIVE_WINDOW.load())
    assert live and live[0].isVisible()
    assert not control.may_run_now()  # nor in live mode
    live[0].close()
    window.close_notebook()
    qtbot.waitUntil(lambda: not control.timer.isActive())
    assert control.label.isHidden() and not window.actions_by_key["merge"].isEnabled()


def test_an_automatic_tick_without_a_known_password_does_nothing(window, sample_path,
                                                                 qtbot) -> None:
    found, _ = team_link.parse("postgresql://127.0.0.1:9/lieux", "marie")
    team_link.save(sample_path, found)
    assert window.open_path(sample_path)
    control = window.team.sync
    token = control._token  # noqa: SLF001 - the probe counter: nothing else shows no probe ran
    control.tick()
    assert control._token == token  # noqa: SLF001 - nothing probed: it never asks on its own


def test_an_unreachable_server_is_one_status_line(window, sample_path, qtbot) -> None:
    found, _ = team_link.parse("postgresql://127.0.0.1:9/lieux", "marie")
    team_link.save(sample_path, found)
    secrets.remember(found, "x", keyring=False)
    assert window.open_path(sample_path)
    control = window.team.sync
    with qtbot.waitSignal(control.probed, timeout=5000):
        control.tick()
    assert "injoignable" in control.label.text()


@needs_pg
def test_reachable_follows_the_server_port(team_db) -> None:
    assert reachable(team_db.url())
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert not reachable(f"postgresql://x@127.0.0.1:{port}/lieux")
