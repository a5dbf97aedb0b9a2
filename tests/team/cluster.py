"""A throwaway PostgreSQL cluster for the team-server tests.

``initdb`` in a temporary folder, ``pg_ctl start`` on 127.0.0.1 with a free
port and its socket in that folder, ``pg_ctl stop`` at the end: nothing of the
machine's own PostgreSQL (if any) is used or touched. The binaries come from
PATH or ``/usr/lib/postgresql/*/bin`` (``build/install_postgres.sh``).

PostgreSQL refuses to run as root, so under root the commands run as the
``postgres`` system user (``runuser``) and the folder is given to that user.

Authentication is that of a real server: the superuser ``postgres`` is trusted
(fixtures only), every other role logs in over TCP with a SCRAM password.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
#: The team's role: owns each test database and every table in it.
OWNER = "lieux_equipe"
#: Two facilitators, members of OWNER, and a role that may only connect.
FACILITATORS = ("anim_a", "anim_b")
NOBODY = "sans_droits"
PASSWORDS = {"anim_a": "mot-de-passe-a", "anim_b": "mot-de-passe-b", NOBODY: "mot-de-passe-n"}

#: The database a collectivité serves only over TLS (with a self-signed certificate).
TLS_DATABASE = "equipe_tls"

HBA = f"""\
local      all             all                      trust
host       all             postgres   127.0.0.1/32  trust
hostnossl  {TLS_DATABASE}  all        127.0.0.1/32  reject
hostssl    {TLS_DATABASE}  all        127.0.0.1/32  scram-sha-256
host       all             all        127.0.0.1/32  scram-sha-256
"""

SETTINGS = """
listen_addresses = '127.0.0.1'
port = {port}
unix_socket_directories = '{socket_dir}'
password_encryption = 'scram-sha-256'
max_connections = 60
shared_buffers = 32MB
# A throwaway cluster: durability is not what is being tested.
fsync = off
synchronous_commit = off
full_page_writes = off
"""

SSL_SETTINGS = """
ssl = on
ssl_cert_file = '{folder}/server.crt'
ssl_key_file = '{folder}/server.key'
"""


def find_bindir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, or None when PostgreSQL is not installed."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(os.path.realpath(on_path)).parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def missing_reason() -> str | None:
    """Why the team tests cannot run here, or None."""
    if find_bindir() is None:
        return "PostgreSQL's initdb/pg_ctl are not installed (build/install_postgres.sh)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root without a 'postgres' system user to run the server"
        if shutil.which("runuser") is None:
            return "running as root without runuser to start the server as 'postgres'"
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Cluster:
    bindir: Path
    folder: Path
    port: int = 0

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    @property
    def certificate(self) -> Path | None:
        """The server's self-signed certificate (the client's root), None without openssl."""
        crt = self.folder / "server.crt"
        return crt if crt.exists() else None

    def _make_certificate(self) -> bool:
        if shutil.which("openssl") is None:
            return False
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
             "-keyout", str(self.folder / "server.key"), "-out", str(self.folder / "server.crt")],
            check=True, capture_output=True, timeout=60)
        os.chmod(self.folder / "server.key", 0o600)
        os.chmod(self.folder / "server.crt", 0o644)
        if os.geteuid() == 0:
            for name in ("server.key", "server.crt"):
                shutil.chown(self.folder / name, "postgres", "postgres")
        return True

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=True, capture_output=True, text=True, timeout=120,
                              env={**os.environ, "LC_ALL": "C"})

    def start(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", SUPERUSER,
                  "-E", "UTF8", "--locale=C", "--no-sync")
        (self.data / "pg_hba.conf").write_text(HBA)
        ssl = self._make_certificate()
        for attempt in range(5):
            self.port = free_port()
            with (self.data / "postgresql.auto.conf").open("w") as fh:
                fh.write(SETTINGS.format(port=self.port, socket_dir=self.folder))
                if ssl:
                    fh.write(SSL_SETTINGS.format(folder=self.folder))
            try:
                self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w",
                          "-t", "60", "start")
                return
            except subprocess.CalledProcessError as exc:
                if attempt == 4:
                    raise RuntimeError(f"PostgreSQL did not start: {self.log.read_text()}") from exc
                time.sleep(0.2)  # the free port was taken in between: another one

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def url(self, user: str = SUPERUSER, database: str = "postgres") -> str:
        """A ``postgresql://`` URL without password (the password goes separately)."""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def admin(self, database: str = "postgres"):  # a psycopg Connection
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                               dbname=database, autocommit=True)

    def create_roles(self) -> None:
        from psycopg import sql

        with self.admin() as conn:
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(OWNER)))
            for role in FACILITATORS:
                conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                    sql.Identifier(role), sql.Literal(PASSWORDS[role]), sql.Identifier(OWNER)))
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(NOBODY), sql.Literal(PASSWORDS[NOBODY])))

    def create_database(self, name: str, owner: str = OWNER) -> None:
        from psycopg import sql

        with self.admin() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} OWNER {} TEMPLATE template0 "
                                 "STRATEGY file_copy").format(
                sql.Identifier(name), sql.Identifier(owner)))


def start_cluster() -> Cluster:
    """A started cluster with the test roles; the caller stops it and removes its folder."""
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError(missing_reason())
    # Not under pytest's tmp folder: that one is private to root, the server runs as postgres.
    folder = Path(tempfile.mkdtemp(prefix="lieux-pg-"))
    cluster = Cluster(bindir, folder)
    try:
        cluster.start()
        cluster.create_roles()
    except BaseException:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return cluster
