"""``export --format csv`` writes one spreadsheet file per matrix of an atelier."""

from __future__ import annotations

import csv
from pathlib import Path

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.demo import build_demo
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from tests.cli import run_cli


def test_csv_export_of_the_matrices(tmp_path: Path) -> None:
    path = build_demo(tmp_path / "demo.lieux")
    nb = Notebook.open(path, readonly=True)
    # The oldest dated atelier (SQLite sorts undated ones first).
    atelier = records.all_of(nb, m.Atelier, m.Atelier.date.is_(None), m.Atelier.date)[0]
    columns = records.count(nb, m.MatrixColumn, atelier_id=atelier.id, matrix="decisions")
    nb.close()
    out = tmp_path / "csv"
    done = run_cli("export", path, "--format", "csv", "--atelier", atelier.title, "-o", out)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "communs.csv", "decisions-aujourdhui.csv", "decisions-cible.csv", "roles.csv"]
    raw = (out / "decisions-cible.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert columns and len(rows[0]) == columns + 1


def test_csv_export_needs_an_atelier_and_a_folder(tmp_path: Path) -> None:
    path = build_demo(tmp_path / "demo.lieux")
    done = run_cli("export", str(path), "--format", "csv")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
