"""``-o`` never destroys the notebook, another notebook, a folder or a device.

Every command with ``-o`` (export json and csv, kit, minutes, map) refuses, with
one line and exit 2, a target that is the notebook itself (even through a
symbolic link), any ``.lieux`` file, a folder where a file is expected and an
existing file that is not a regular one; nothing is written.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from lieuxcommuns_desktop import cli
from lieuxcommuns_desktop.core import csv_safe
from lieuxcommuns_desktop.core.demo import build_demo
from lieuxcommuns_desktop.core.errors import LieuxError, RefusedOutputError
from lieuxcommuns_desktop.core.fileio import check_output, write_atomic

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = {
    "export-json": lambda nb, atelier: ["export", nb, "--format", "json"],
    "export-csv": lambda nb, atelier: ["export", nb, "--format", "csv", "--atelier", atelier],
    "kit": lambda nb, atelier: ["kit", nb, "--atelier", atelier],
    "minutes-md": lambda nb, atelier: ["minutes", nb, "--atelier", atelier, "--format", "md"],
    "minutes-html": lambda nb, atelier: ["minutes", nb, "--atelier", atelier, "--format", "html"],
    "map": lambda nb, atelier: ["map", nb, "--atelier", atelier],
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    from lieuxcommuns_desktop.core import model as m
    from lieuxcommuns_desktop.core.services import records
    from lieuxcommuns_desktop.core.services.notebook import Notebook

    path = build_demo(tmp_path_factory.mktemp("guard") / "nb.lieux")
    nb = Notebook.open(path, readonly=True)
    atelier = records.all_of(nb, m.Atelier, m.Atelier.date)[0].id
    nb.close()
    return path, atelier


def _targets(tmp_path: Path, notebook: Path) -> dict[str, Path]:
    link = tmp_path / "lien.json"
    link.symlink_to(notebook)
    pdf_link = tmp_path / "lien.pdf"
    pdf_link.symlink_to(notebook)
    other = tmp_path / "autre.lieux"
    other.write_bytes(b"another notebook")
    folder = tmp_path / "dossier"
    folder.mkdir()
    fifo = tmp_path / "tube.svg"
    os.mkfifo(fifo)
    return {"notebook": notebook, "link": link, "pdf-link": pdf_link, "other-lieux": other,
            "folder": folder, "fifo": fifo, "device": Path(os.devnull)}


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(argv)
    return code, capsys.readouterr().err


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_refuses_every_dangerous_output(
    command: str, demo: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    notebook, atelier = demo
    before = notebook.read_bytes()
    for name, target in _targets(tmp_path, notebook).items():
        if command == "export-csv" and name == "folder":
            continue  # a folder is what the CSV export wants
        code, err = _run([*COMMANDS[command](str(notebook), atelier), "-o", str(target)],
                         capsys)
        # map refuses a name that is not .svg/.png first (exit 1), the guard then (exit 2)
        expected = 1 if command == "map" and target.suffix not in (".svg", ".png") else 2
        assert code == expected, (command, name, code, err)
        assert len(err.strip().splitlines()) == 1, (command, name, err)
        assert "Traceback" not in err
        assert notebook.read_bytes() == before, (command, name)
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert stat.S_ISFIFO(os.lstat(tmp_path / "tube.svg").st_mode)
    assert (tmp_path / "lien.json").is_symlink()
    assert (tmp_path / "autre.lieux").read_bytes() == b"another notebook"
    assert list((tmp_path / "dossier").iterdir()) == []


def test_map_refuses_the_notebook_behind_an_image_name(
    demo: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    notebook, atelier = demo
    before = notebook.read_bytes()
    link = tmp_path / "carte.svg"
    link.symlink_to(notebook)
    code, err = _run(["map", str(notebook), "--atelier", atelier, "-o", str(link)], capsys)
    assert code == 2 and "carnet ouvert" in err
    assert notebook.read_bytes() == before and link.is_symlink()


def test_csv_export_refuses_a_file_for_its_folder(
    demo: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    notebook, atelier = demo
    plain = tmp_path / "fichier.txt"
    plain.write_text("garde-moi")
    code, err = _run(["export", str(notebook), "--format", "csv", "--atelier", atelier,
                      "-o", str(plain)], capsys)
    assert code == 2 and "n'est pas un dossier" in err
    assert plain.read_text() == "garde-moi"
    # a folder where one of the four files would go is a folder: nothing written at all
    out = tmp_path / "csv"
    (out / "communs.csv").mkdir(parents=True)
    code, err = _run(["export", str(notebook), "--format", "csv", "--atelier", atelier,
                      "-o", str(out)], capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in out.iterdir()) == ["communs.csv"]


def test_refusals_are_translated(tmp_path: Path) -> None:
    # in a child process: installing the English translator here would outlive the test
    notebook = build_demo(tmp_path / "nb.lieux")
    env = {**os.environ, "LIEUXCOMMUNS_LANG": "en", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "lieuxcommuns_desktop", "export",
                           str(notebook), "-o", str(notebook)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "open notebook" in done.stderr and "carnet" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_refused_json_export_leaves_the_notebook_openable(
    demo: tuple[Path, str], capsys: pytest.CaptureFixture[str],
) -> None:
    notebook, _atelier = demo
    code, _err = _run(["export", str(notebook), "-o", str(notebook)], capsys)
    assert code == 2
    assert cli.main(["check", str(notebook)]) == 0


def test_the_atomic_writer_never_turns_a_device_into_a_file(tmp_path: Path) -> None:
    fifo = tmp_path / "tube"
    os.mkfifo(fifo)
    for target in (fifo, Path(os.devnull), tmp_path):
        with pytest.raises(RefusedOutputError):
            write_atomic(target, "x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert not list(tmp_path.glob(".*.part"))
    with pytest.raises(RefusedOutputError):
        csv_safe.write_csv(tmp_path / "x.lieux", [["a"]])


def test_ordinary_outputs_pass(tmp_path: Path) -> None:
    target = tmp_path / "sortie.json"
    assert check_output(target, notebook=tmp_path / "nb.lieux") == target
    target.write_text("old")
    assert check_output(target, notebook=tmp_path / "nb.lieux") == target
    link = tmp_path / "lien.json"
    link.symlink_to(target)
    assert check_output(link, notebook=tmp_path / "nb.lieux") == link
    assert check_output(tmp_path, folder=True) == tmp_path


def test_sidecars_of_the_notebook_are_refused(tmp_path: Path) -> None:
    notebook = tmp_path / "carnet.db"  # a notebook need not be called .lieux
    notebook.write_bytes(b"x")
    for name in ("carnet.db", "carnet.db-journal", "carnet.db-wal", ".carnet.db.lock"):
        with pytest.raises(LieuxError):
            check_output(tmp_path / name, notebook=notebook)
    hard = tmp_path / "dur.json"
    os.link(notebook, hard)
    with pytest.raises(RefusedOutputError):
        check_output(hard, notebook=notebook)
