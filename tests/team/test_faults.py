"""A sync cut anywhere leaves both sides valid, and the next one completes; two at once converge.

Cuts: an exception between the merge and the push (the laptop closed), the
server connection killed in the middle of the push's transaction (network
loss), the ``sync`` command killed while starting and inside a large first
push's transaction (held there by a table lock, so the moment is certain).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest

from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.team import sync as team
from lieuxcommuns_desktop.core.team.errors import TeamError
from lieuxcommuns_desktop.core.team.server import TeamServer

from .teamkit import add_note, differences, edit, ids, make_notebook, problems, value

ROOT = Path(__file__).resolve().parents[2]


class CutError(Exception):
    """The laptop closed between the merge and the push."""


def _server_state(db) -> tuple[dict[str, int], int, int]:
    """The server's vector and its counts of notes and creation dots (for 'unchanged')."""
    with TeamServer.connect(db.url(), db.password()) as server:
        vector = server.vector()
    with db.admin() as conn:
        notes = conn.execute("SELECT count(*) FROM note").fetchone()[0]
        dots = conn.execute("SELECT count(*) FROM sync_row").fetchone()[0]
    return vector, notes, dots


def _server_consistent(db) -> None:
    """Every row has its creation dot and every dot its row: a push is all or nothing."""
    with db.admin() as conn:
        if conn.execute("SELECT to_regclass('sync_row')").fetchone()[0] is None:
            return  # killed before the tables were made: nothing at all
        orphans = conn.execute(
            "SELECT count(*) FROM sync_row r WHERE r.tbl = 'note' "
            "AND NOT EXISTS (SELECT 1 FROM note n WHERE n.id = r.row_id)").fetchone()[0]
        undotted = conn.execute(
            "SELECT count(*) FROM note n WHERE NOT EXISTS "
            "(SELECT 1 FROM sync_row r WHERE r.tbl = 'note' AND r.row_id = n.id)").fetchone()[0]
    assert (orphans, undotted) == (0, 0)


def test_a_sync_cut_between_merge_and_push_is_completed_by_the_next(pair) -> None:
    a, b, db = pair
    edit(a, "acteur", ids(a, "acteur")[0], name="Poussé par Camille")
    team.sync(a, db.url("anim_a"), db.password("anim_a"))
    note = add_note(b, "Écrite hors ligne")
    before = _server_state(db)

    def cut(phase: str) -> None:
        if phase == "merged":
            raise CutError

    with pytest.raises(CutError):
        team.sync(b, db.url("anim_b"), db.password("anim_b"), on_phase=cut)
    assert value(b, "acteur", ids(b, "acteur")[0], "name") == "Poussé par Camille"  # merged
    assert _server_state(db) == before  # nothing pushed
    assert problems(b) == []
    report = team.sync(b, db.url("anim_b"), db.password("anim_b"))
    assert report.received == 0 and report.pushed == 1
    team.sync(a, db.url("anim_a"), db.password("anim_a"))
    assert value(a, "note", note, "text") == "Écrite hors ligne"
    assert differences(a, b) == []


def test_the_connection_lost_inside_the_push_leaves_the_server_as_it_was(pair) -> None:
    a, b, db = pair
    for n in range(20):
        add_note(b, f"Note hors ligne {n}")
    before = _server_state(db)
    admin = psycopg.connect(host="127.0.0.1", port=db.cluster.port, user="postgres",
                            dbname=db.name)
    killed: list[int] = []

    def network_loss() -> None:
        """Wait until the push waits on the table, then kill its connection."""
        with db.admin() as watcher:
            for _ in range(200):
                rows = watcher.execute(
                    "SELECT pid FROM pg_stat_activity WHERE usename = 'anim_b' "
                    "AND wait_event_type = 'Lock'").fetchall()
                if rows:
                    watcher.execute("SELECT pg_terminate_backend(%s)", (rows[0][0],))
                    killed.append(rows[0][0])
                    break
                time.sleep(0.05)
        admin.rollback()

    watchers: list[threading.Thread] = []

    def hold_the_table(phase: str) -> None:
        if phase == "merged":
            admin.execute("LOCK TABLE sync_vector IN ACCESS EXCLUSIVE MODE")
            watchers.append(threading.Thread(target=network_loss, daemon=True))
            watchers[0].start()

    try:
        with pytest.raises(TeamError) as caught:
            team.sync(b, db.url("anim_b"), db.password("anim_b"), on_phase=hold_the_table)
    finally:
        for watcher in watchers:
            watcher.join(30)
        admin.close()
    assert killed, "the push never reached the server"
    assert caught.value.code in ("interrupted", "unreachable")
    assert "prochaine synchronisation" in caught.value.message \
        or "injoignable" in caught.value.message
    assert _server_state(db) == before
    _server_consistent(db)
    assert team.sync(b, db.url("anim_b"), db.password("anim_b")).pushed == 20
    team.sync(a, db.url("anim_a"), db.password("anim_a"))
    assert differences(a, b) == []


def test_two_laptops_syncing_at_the_same_moment_converge(pair) -> None:
    a, b, db = pair
    edit(a, "acteur", ids(a, "acteur")[0], name="Camille en même temps")
    edit(b, "acteur", ids(b, "acteur")[1], name="Samir en même temps")
    both_merged = threading.Barrier(2, timeout=30)
    reports: dict[str, object] = {}
    errors: list[BaseException] = []

    met: set[int] = set()

    def meet(phase: str) -> None:
        if phase == "merged" and threading.get_ident() not in met:
            met.add(threading.get_ident())  # only the first attempt waits for the other
            try:
                both_merged.wait()  # both pulled and merged before either pushes
            except threading.BrokenBarrierError:
                pass

    def run(name: str, nb: Notebook, user: str) -> None:
        try:
            reports[name] = team.sync(nb, db.url(user), db.password(user), on_phase=meet)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=("a", a, "anim_a")),
               threading.Thread(target=run, args=("b", b, "anim_b"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors, errors
    attempts = sorted(r.attempts for r in reports.values())  # type: ignore[attr-defined]  # SyncReport values
    assert attempts == [1, 2]  # the second push saw the server move, pulled again
    for nb, user in ((a, "anim_a"), (b, "anim_b")):
        team.sync(nb, db.url(user), db.password(user))
    assert differences(a, b) == []
    assert value(a, "acteur", ids(a, "acteur")[1], "name") == "Samir en même temps"
    assert value(b, "acteur", ids(b, "acteur")[0], "name") == "Camille en même temps"


def _cli(path: Path, url: str, password: str, *extra: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "LIEUX_PASSWORD": password, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "lieuxcommuns_desktop", "sync", str(path), url, *extra],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_blocked(db, user: str) -> bool:
    """True once a backend of ``user`` waits on a table lock (inside the push's transaction)."""
    with db.admin() as watcher:
        for _ in range(1200):
            if watcher.execute("SELECT 1 FROM pg_stat_activity WHERE usename = %s "
                               "AND wait_event_type = 'Lock'", (user,)).fetchone():
                return True
            time.sleep(0.05)
    return False


def test_the_sync_command_killed_at_several_moments(tmp_path, team_db) -> None:
    """Killed while starting, then inside the first push's transaction at two places."""
    nb = make_notebook(tmp_path / "gros.lieux", acteurs=200, notes=3000)
    nb.close()
    path = tmp_path / "gros.lieux"
    url, password = team_db.url("anim_a"), team_db.password("anim_a")

    def killed_and_checked(process: subprocess.Popen[bytes]) -> None:
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        _server_consistent(team_db)
        reopened = Notebook.open(path)
        try:
            assert problems(reopened) == []
        finally:
            reopened.close()

    killed_and_checked(_wait(_cli(path, url, password, "--share"), 0.5))
    with TeamServer.connect(url, password) as server:
        server.create_or_upgrade()  # as a share cut after making the tables would leave it
    for table in ("note", "sync_row"):  # blocked before its rows, the push is killed there
        admin = psycopg.connect(host="127.0.0.1", port=team_db.cluster.port, user="postgres",
                                dbname=team_db.name)
        try:
            admin.execute(f"LOCK TABLE {table} IN SHARE MODE")
            process = _cli(path, url, password, "--share")
            assert _wait_blocked(team_db, "anim_a"), "the push never reached the table"
            killed_and_checked(process)
        finally:
            admin.rollback()
            admin.close()
        with team_db.admin() as conn:  # nothing of the cut push stayed
            assert conn.execute("SELECT count(*) FROM note").fetchone()[0] == 0
            assert conn.execute("SELECT count(*) FROM sync_row").fetchone()[0] == 0
    done = _cli(path, url, password, "--share")
    out, err = done.communicate(timeout=180)
    assert done.returncode == 0, err.decode()
    second = _cli(path, url, password)
    out, err = second.communicate(timeout=180)
    assert second.returncode == 0, err.decode()
    assert "Envoyé au serveur : 0 enregistrement" in out.decode()
    with team_db.admin() as conn:
        assert conn.execute("SELECT count(*) FROM note").fetchone()[0] == 3000
    _server_consistent(team_db)


def _wait(process: subprocess.Popen[bytes], seconds: float) -> subprocess.Popen[bytes]:
    time.sleep(seconds)
    return process
