"""Every command against every kind of damaged or foreign file (issue 12, "Prove it").

For each kind in ``damaged_files``: ``check``, ``export`` (JSON and CSV),
``kit``, ``minutes``, ``search``, ``map`` and ``import`` answer with at most a
couple of lines on stderr and no traceback, exit 1 when they refuse (0 only
where the file is usable, e.g. ``check`` of an older notebook), write no output
when they refuse, and leave the file, its sidecars and its folder as they were.
Commands run in-process through ``cli.main`` (the same code path as the
executable, minus the interpreter start), a few more as real processes.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from lieuxcommuns_desktop import cli
from lieuxcommuns_desktop.core import interchange
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.store import SCHEMA_VERSION
from tests.hostile import damaged_files as damaged

#: The one backup a failed upgrade of the forged older file leaves beside it.
BACKUP = f"ancien.avant-v{SCHEMA_VERSION}.lieux"

ROOT = Path(__file__).resolve().parents[2]
A = damaged.ATELIER
SIDECARS = ("-journal", "-wal", "-shm")

Args = Callable[[Path, Path, Path], list[str]]
#: command name -> argv for (notebook, output folder, JSON to import); import runs last.
COMMANDS: dict[str, Args] = {
    "check": lambda p, out, js: ["check", str(p)],
    "export-json": lambda p, out, js: ["export", str(p), "-o", str(out / "carnet.json")],
    "export-csv": lambda p, out, js: ["export", str(p), "--format", "csv", "--atelier", A,
                                      "-o", str(out / "csv")],
    "kit": lambda p, out, js: ["kit", str(p), "--atelier", A, "--only", "agenda",
                               "-o", str(out / "kit.pdf")],
    "minutes": lambda p, out, js: ["minutes", str(p), "--atelier", A, "-o", str(out / "cr.md")],
    "search": lambda p, out, js: ["search", str(p), "note"],
    "map": lambda p, out, js: ["map", str(p), "--atelier", A, "-o", str(out / "carte.svg")],
    "import": lambda p, out, js: ["import", str(p), str(js)],
}
#: Commands that may succeed on a refused kind: they never read the damaged part.
MAY_SUCCEED: dict[str, set[str]] = {
    "forged_older": {"check"},  # "older format, upgraded when opened": a fair report
    "damaged_page": {"export-csv", "map"},  # the damage is in the notes only
}


@pytest.fixture(scope="module")
def exchange_file(tmp_path_factory) -> Path:
    """A valid interchange file (one atelier of the fixture) for ``import``."""
    folder = tmp_path_factory.mktemp("echange")
    nb = Notebook.open(damaged.real_notebook(folder / "source.lieux", notes=2), readonly=True)
    path = folder / "atelier.json"
    interchange.write_atomic(path, interchange.export_json(nb, atelier_id=A))
    nb.close()
    return path


def fingerprint(path: Path) -> dict[str, str | None]:
    """Hashes of the file and its sidecars, and the folder's listing (never reads a device)."""
    found: dict[str, str | None] = {}
    for candidate in (path, *(Path(f"{path}{s}") for s in SIDECARS)):
        if candidate.is_file():
            found[candidate.name] = hashlib.sha256(candidate.read_bytes()).hexdigest()
    found["listing"] = " ".join(sorted(p.name for p in path.parent.iterdir()))
    return found


def run(argv: list[str], capfd) -> tuple[int, str, str]:
    status = cli.main(argv)
    out, err = capfd.readouterr()
    return status, out, err


def assert_one_clear_line(name: str, command: str, status: int, err: str) -> None:
    where = f"{name} / {command}: exit {status}, stderr {err!r}"
    assert "Traceback" not in err and "Error:" not in err.replace("StoreError", ""), where
    assert len(err.splitlines()) <= 2, where
    assert status in (0, 1), where
    if status:
        assert err.startswith("lieuxcommuns-desktop: "), where


@pytest.mark.slow
@pytest.mark.parametrize("name", list(damaged.REFUSED))
def test_every_command_refuses_a_damaged_file_in_one_line(
        name: str, tmp_path: Path, exchange_file: Path, capfd) -> None:
    folder = tmp_path / "carnets"
    folder.mkdir()
    path = damaged.REFUSED[name](folder)
    before = fingerprint(path)
    for command, argv in COMMANDS.items():
        out = tmp_path / f"sortie-{command}"
        out.mkdir()
        status, _stdout, err = run(argv(path, out, exchange_file), capfd)
        assert_one_clear_line(name, command, status, err)
        if command not in MAY_SUCCEED.get(name, set()):
            assert status == 1, f"{name} / {command} was accepted"
        if status:
            assert list(out.iterdir()) == [], f"{name} / {command} left an output"
        after = fingerprint(path)
        if name == "forged_older" and command == "import":
            # The failed upgrade keeps one backup of the original beside it, no more.
            backups = sorted(p.name for p in folder.glob("ancien.avant-v*"))
            assert backups == [BACKUP]
            after["listing"] = after["listing"].replace(BACKUP + " ", "")
        assert after == before, f"{name} / {command} changed the file or its folder"
    if name == "forged_older":  # item 13: each failed opening used to add another backup
        for _ in range(2):
            status, _stdout, err = run(COMMANDS["import"](path, tmp_path, exchange_file), capfd)
            assert status == 1 and len(err.splitlines()) == 1
        assert [p.name for p in folder.glob("ancien.avant-v*")] == [BACKUP]


@pytest.mark.slow
@pytest.mark.parametrize("name", list(damaged.READABLE))
def test_a_readable_file_is_read_without_being_touched(
        name: str, tmp_path: Path, exchange_file: Path, capfd) -> None:
    """After a crash (hot journal), with a WAL, read-only: readers read, write nothing."""
    folder = tmp_path / "carnets"
    folder.mkdir()
    path = damaged.READABLE[name](folder)
    before = fingerprint(path)
    for command, argv in COMMANDS.items():
        if command == "import":
            continue
        out = tmp_path / f"sortie-{command}"
        out.mkdir()
        status, stdout, err = run(argv(path, out, exchange_file), capfd)
        assert_one_clear_line(name, command, status, err)
        assert (status, err) == (0, ""), f"{name} / {command}: {err}"
        assert fingerprint(path) == before, f"{name} / {command} touched the file"
        if command == "check" and name == "hot_journal":
            assert "modification interrompue" in stdout

    programme = json.loads((tmp_path / "sortie-export-json" / "carnet.json").read_text())
    title = programme["programme"][0]["title"]
    if name == "wal_mode":
        assert title == "dans le wal"  # the commits waiting in the -wal are read
    if name == "hot_journal":  # the interrupted transaction is not: it is rolled back
        assert not programme["programme"][0]["description"].startswith("xxxx")

    status, _stdout, err = run(COMMANDS["import"](path, tmp_path, exchange_file), capfd)
    assert_one_clear_line(name, "import", status, err)
    if name == "read_only":
        assert status == 1 and "lecture seule" in err
        assert fingerprint(path) == before
    else:  # a writer repairs the file: journal rolled back, WAL folded in, no sidecar
        assert status == 0, err
        assert [p.name for p in folder.iterdir()] == [path.name]
        status, stdout, err = run(["check", str(path)], capfd)
        assert status == 0 and "carnet en bon état" in stdout


def _process(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LIEUXCOMMUNS_LANG": "fr", "PYTHONPATH": str(ROOT),
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "lieuxcommuns_desktop", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120, **kwargs)


@pytest.mark.slow
def test_real_processes_print_one_line(tmp_path: Path, exchange_file: Path) -> None:
    """What a user's terminal shows, interpreter and logging included."""
    cases = [
        (damaged.damaged_page, ["export"], "est endommagé"),
        (damaged.damaged_page, ["search", "note"], "est endommagé"),
        (damaged.our_id_no_tables, ["minutes", "--atelier", A, "-o", str(tmp_path / "m.md")],
         "des tables manquent"),
        (damaged.forged_older, ["import", "IMPORT"], "a échoué"),
        (damaged.hot_journal, ["export", "--atelier", A], None),
    ]
    for i, (make, args, words) in enumerate(cases):
        folder = tmp_path / f"cas{i}"
        folder.mkdir()
        path = make(folder)
        argv = [args[0], str(path), *(str(exchange_file) if a == "IMPORT" else a
                                      for a in args[1:])]
        result = _process(*argv)
        if words is None:
            assert result.returncode == 0 and result.stderr == "", result.stderr
            assert json.loads(result.stdout)["scope_id"] == A
            continue
        assert result.returncode == 1, (argv, result.stderr)
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and words in lines[0], (argv, result.stderr)


def test_import_into_a_closed_pipe_ends_quietly(tmp_path: Path, exchange_file: Path) -> None:
    """``import … | head -0``: the report meets a closed pipe; no BrokenPipeError trace."""
    path = damaged.real_notebook(tmp_path / "carnet.lieux", notes=0)
    env = {**os.environ, "LIEUXCOMMUNS_LANG": "fr", "PYTHONPATH": str(ROOT)}
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line
    try:
        result = subprocess.run(
            [sys.executable, "-m", "lieuxcommuns_desktop", "import", str(path),
             str(exchange_file)], cwd=ROOT, env=env, stdout=write, stderr=subprocess.PIPE,
            text=True, timeout=120)
    finally:
        os.close(write)
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
    assert result.stderr == ""
    assert result.returncode == 141
    nb = Notebook.open(path, readonly=True)  # the import itself was done and committed
    try:
        from lieuxcommuns_desktop.core.model import Note
        from lieuxcommuns_desktop.core.services import records

        incoming = json.loads(exchange_file.read_text(encoding="utf-8"))["note"]
        assert records.count(nb, Note) == len(incoming) == 3  # the fixture's note and 2 new
    finally:
        nb.close()
