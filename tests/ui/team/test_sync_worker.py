"""The window keeps working while a sync waits on the server (a real PostgreSQL, held by a lock).

The server is made to hold the sync: a superuser's transaction takes an
exclusive lock on ``sync_vector``, which every pull reads, so the sync's
network step waits inside the server for as long as the test wants (no
sleep, no timing). Meanwhile a QTimer must go on ticking on the GUI thread,
the status line must name the phase, and every access to the notebook's
database must have come from the GUI thread.
"""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import event

from tests.ui.team.conftest import needs_pg

psycopg = pytest.importorskip("psycopg")

from lieuxcommuns_desktop.core.model import Atelier  # noqa: E402
from lieuxcommuns_desktop.core.services import records  # noqa: E402
from lieuxcommuns_desktop.core.team import sync as team_sync  # noqa: E402
from lieuxcommuns_desktop.ui.team import link as team_link  # noqa: E402
from lieuxcommuns_desktop.ui.team import secrets  # noqa: E402


def _shared(window, sample_path, team_db):
    """The window's notebook shared on ``team_db`` (by the core), its password known."""
    assert window.open_path(sample_path)
    team_sync.share(window.doc.notebook, team_db.url(), team_db.password())
    found, _ = team_link.parse(team_db.url(), "")
    team_link.save(sample_path, found)
    secrets.remember(found, team_db.password(), keyring=False)
    window.team.sync.refresh()
    return window.team.sync


def _held(team_db):
    """A superuser transaction holding every pull and push of the server (until rollback)."""
    admin = psycopg.connect(host="127.0.0.1", port=team_db.cluster.port, user="postgres",
                            dbname=team_db.name)
    admin.execute("LOCK TABLE sync_vector IN ACCESS EXCLUSIVE MODE")
    return admin


def _waiting_on_the_lock(team_db) -> bool:
    with team_db.admin() as watcher:
        return bool(watcher.execute(
            "SELECT 1 FROM pg_stat_activity WHERE usename = 'anim_a' "
            "AND wait_event_type = 'Lock'").fetchall())


@needs_pg
def test_the_gui_thread_keeps_processing_events_during_a_sync(
        window, sample_path, team_db, memory_keyring, qtbot) -> None:
    control = _shared(window, sample_path, team_db)
    nb = window.doc.notebook
    atelier = sorted(records.all_of(nb, Atelier), key=lambda a: a.id)[0]
    records.update(nb, Atelier, atelier.id, title="Changé pendant que le serveur attend")
    threads: set[int] = set()
    event.listen(nb.store.engine, "checkout", lambda *_: threads.add(threading.get_ident()))
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    admin = _held(team_db)
    try:
        assert control.sync_now()
        qtbot.waitUntil(lambda: _waiting_on_the_lock(team_db), timeout=30_000)
        seen = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) >= seen + 5, timeout=30_000)  # the GUI goes on
        assert _waiting_on_the_lock(team_db)  # ... while the sync is still held
        assert control.running and control.runner.in_step
        assert "Équipe :" in control.label.text() and "…" in control.label.text()
        assert not control.sync_now()  # one sync at a time
        with qtbot.waitSignal(control.finished, timeout=60_000) as blocker:
            admin.rollback()  # the server lets it go
    finally:
        admin.close()
        timer.stop()
    synced = blocker.args[0]
    assert synced is not None and synced.pushed == 1
    assert "synchronisé" in control.label.text()
    assert threads == {threading.get_ident()}  # the notebook was only touched from here
    with team_db.admin() as conn:
        title = conn.execute("SELECT title FROM atelier WHERE id = %s",
                             (atelier.id,)).fetchone()[0]
    assert title == "Changé pendant que le serveur attend"


@needs_pg
def test_closing_the_notebook_during_a_held_sync_stops_it_without_touching_the_file(
        window, sample_path, team_db, memory_keyring, qtbot) -> None:
    control = _shared(window, sample_path, team_db)
    records.update(window.doc.notebook, Atelier,
                   sorted(records.all_of(window.doc.notebook, Atelier), key=lambda a: a.id)[0].id,
                   place="Salle des fêtes")
    admin = _held(team_db)
    try:
        assert control.sync_now()
        qtbot.waitUntil(lambda: _waiting_on_the_lock(team_db), timeout=30_000)
        before = _peers(sample_path)
        with qtbot.waitSignal(control.finished, timeout=30_000) as blocker:
            window.close_notebook()
        assert blocker.args[0] is None and not control.running
        # The server cancelled the held statement while the lock is still held: the
        # worker does not wait on, nor complete, a sync whose notebook is gone.
        qtbot.waitUntil(lambda: not _waiting_on_the_lock(team_db), timeout=30_000)
    finally:
        admin.rollback()
        admin.close()
    qtbot.wait(200)  # the cancelled step's answer arrives and is ignored
    assert _peers(sample_path) == before  # no acknowledgement recorded after the close
    with team_db.admin() as conn:  # and nothing pushed: the steps stopped before the push
        assert conn.execute("SELECT count(*) FROM atelier WHERE place = %s",
                            ("Salle des fêtes",)).fetchone()[0] == 0
    assert "synchronisé" not in control.label.text()


def _peers(path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT peer, vector FROM sync_peer ORDER BY peer").fetchall()


def test_the_runner_runs_steps_on_the_pool_and_the_rest_on_the_gui_thread(qapp, qtbot) -> None:
    """No server: each yielded step runs off the GUI thread; a failing one is thrown back."""
    from lieuxcommuns_desktop.ui.team.worker import StepRunner

    gui = threading.get_ident()
    where: dict[str, int] = {}

    def fails() -> None:
        where["failing step"] = threading.get_ident()
        raise ValueError("le serveur a répondu n'importe quoi")

    def steps():
        where["start"] = threading.get_ident()
        answer = yield lambda: where.setdefault("step", threading.get_ident()) and 41
        where["between"] = threading.get_ident()
        try:
            yield fails
        except ValueError as exc:
            where["caught"] = threading.get_ident()
            return answer + 1, str(exc)

    runner = StepRunner()
    ended: list[tuple[bool, object]] = []
    runner.start(steps(), lambda ok, value: ended.append((ok, value)))
    assert runner.busy
    qtbot.waitUntil(lambda: bool(ended), timeout=10_000)
    assert not runner.busy
    assert ended == [(True, (42, "le serveur a répondu n'importe quoi"))]
    assert where["start"] == where["between"] == where["caught"] == gui
    assert where["step"] != gui and where["failing step"] != gui
