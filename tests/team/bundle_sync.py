"""The packaged app syncs with a real PostgreSQL: ``build/bundle_check.sh``'s team step.

``python -m tests.team.bundle_sync APP NOTEBOOK WORK`` starts a throwaway
cluster (:mod:`tests.team.cluster`, the team tests' own), then runs the
*bundle* ``APP``:

1. ``sync COPY URL --share`` over TLS when the cluster has a certificate
   (libpq's own OpenSSL inside ``psycopg_binary``), else without;
2. ``sync NEW URL`` on a file that does not exist: a laptop joining, which
   pulls the whole programme; it must hold the same ateliers as COPY;
3. ``sync COPY URL`` again: nothing new, exit 0;
4. ``sync`` without ``LIEUX_PASSWORD`` and no terminal: keyring is asked (the
   bundle must import it and its backends), then one line, exit 1 or 2 —
   never 70, the exit of an unexpected error such as a missing module.

Prints ``SKIP: <reason>`` and exits 0 when PostgreSQL cannot be started here;
exits 1 with ``FAIL: ...`` lines otherwise.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from . import cluster as pg

USER = pg.FACILITATORS[0]
DATABASE = "bundle_sync"


def _titles(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT title FROM atelier ORDER BY id")]


def check(app: str, notebook: Path, work: Path, cluster: pg.Cluster) -> list[str]:
    """The failures (empty when the bundle synced as it should)."""
    failures: list[str] = []
    cluster.create_database(DATABASE)
    url = cluster.url(USER, DATABASE)
    if cluster.certificate is not None:
        url += f"?sslmode=verify-full&sslrootcert={cluster.certificate}"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LIEUX_PASSWORD": pg.PASSWORDS[USER]}
    mine, joined = work / "equipe-a.lieux", work / "equipe-b.lieux"
    shutil.copyfile(notebook, mine)

    def run(*args: str, environ: dict[str, str] = env) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([app, *args], env=environ, capture_output=True, text=True,
                              timeout=300, stdin=subprocess.DEVNULL)
        print(f"$ {Path(app).name} {' '.join(args)}  -> exit {done.returncode}")
        print(done.stdout.rstrip() or "(no output)")
        if done.stderr.strip():
            print(done.stderr.rstrip())
        return done

    print(f"server: {url.split('?')[0]} ({'TLS' if '?' in url else 'no TLS'})")
    if run("sync", str(mine), url, "--share").returncode != 0:
        failures.append("sync --share failed")
        return failures
    if run("sync", str(joined), url).returncode != 0 or not joined.exists():
        failures.append("sync into a new file (joining) failed")
    elif _titles(joined) != _titles(mine):
        failures.append("the joined notebook does not hold the shared notebook's ateliers")
    again = run("sync", str(mine), url)
    if again.returncode != 0:
        failures.append("a second sync failed")
    secret = pg.PASSWORDS[USER].encode()
    if any(secret in path.read_bytes() for path in (mine, joined) if path.exists()):
        failures.append("the password was written into a notebook")
    bare = {k: v for k, v in env.items() if k != "LIEUX_PASSWORD"}
    asked = run("sync", str(mine), url, environ=bare)
    if asked.returncode not in (1, 2) or len(asked.stderr.strip().splitlines()) != 1:
        failures.append(f"sync without a password exited {asked.returncode} "
                        "(expected one line and exit 1 or 2: keyring missing from the bundle?)")
    return failures


def main(argv: list[str]) -> int:
    app, notebook, work = argv[0], Path(argv[1]), Path(argv[2])
    reason = pg.missing_reason()
    if reason is not None:
        print(f"SKIP: {reason}")
        return 0
    try:
        cluster = pg.start_cluster()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        print(f"SKIP: PostgreSQL did not start here: {str(exc).splitlines()[0]}")
        return 0
    try:
        failures = check(app, notebook, work, cluster)
    finally:
        cluster.stop()
        shutil.rmtree(cluster.folder, ignore_errors=True)
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
