"""``export`` and ``import`` subcommands, run as a user runs them."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from lieuxcommuns_desktop.core import model
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from tests.cli import run_cli


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, timeout=60)


@pytest.fixture
def notebook(tmp_path: Path) -> Path:
    path = tmp_path / "carnet.lieux"
    nb = Notebook.create(path, title="Parcours")
    at = records.create(nb, model.Atelier, title="Gestion de l'eau")
    acteur = records.create(nb, model.Acteur, name="Syndicat des eaux")
    records.create(nb, model.Acteur, name="Hors atelier")
    records.create(nb, model.MatrixColumn, atelier_id=at.id, matrix="roles", acteur_id=acteur.id)
    records.create(nb, model.Note, atelier_id=at.id, text="Première note ✓")
    nb.close()
    return path


def test_export_to_stdout_then_to_file_then_import(notebook, tmp_path) -> None:
    shown = cli("export", notebook, "--format", "json")
    assert shown.returncode == 0, shown.stderr
    doc = json.loads(shown.stdout)
    assert doc["format"] == "lieuxcommuns-notebook" and len(doc["acteur"]) == 2

    out = tmp_path / "export.json"
    written = cli("export", notebook, "-o", out, "--atelier", "GESTION DE L'EAU")
    assert written.returncode == 0, written.stderr
    assert written.stdout == ""
    atelier_doc = json.loads(out.read_text(encoding="utf-8"))
    assert atelier_doc["scope"] == "atelier"
    assert [a["name"] for a in atelier_doc["acteur"]] == ["Syndicat des eaux"]
    assert not list(tmp_path.glob(".*.part"))

    target = tmp_path / "cible.lieux"
    Notebook.create(target, title="Cible").close()
    first = cli("import", target, out)
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert lines[0].startswith("Ajoutés : 4 ") and "acteur 1" in lines[0]
    assert lines[1] == "Mis à jour : 0" and lines[2] == "Conflits : 0"
    second = cli("import", target, out)
    assert second.stdout.splitlines()[:3] == ["Ajoutés : 0", "Mis à jour : 0", "Conflits : 0"]


def test_import_reports_each_conflict(notebook, tmp_path) -> None:
    out = tmp_path / "export.json"
    assert cli("export", notebook, "-o", out).returncode == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    acteur = next(a for a in doc["acteur"] if a["name"] == "Syndicat des eaux")
    acteur["name"] = "Syndicat intercommunal des eaux"
    acteur["modified_at"] = "2999-01-01T00:00:00.000000Z"
    out.write_text(json.dumps(doc), encoding="utf-8")
    done = cli("import", notebook, out)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[1] == "Mis à jour : 1 (acteur 1)"
    assert lines[2] == "Conflits : 1"
    assert "« Syndicat intercommunal des eaux »" in lines[3]
    assert "version importée retenue" in lines[3]


@pytest.mark.parametrize("content", [b'{"format": ', b'{"format": "lieuxcommuns-notebook"}'])
def test_bad_input_exits_1_with_one_line_and_changes_nothing(notebook, tmp_path,
                                                             content) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    before = hashlib.sha256(notebook.read_bytes()).hexdigest()
    done = cli("import", notebook, bad)
    assert done.returncode == 1
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert "Fichier d'échange invalide" in done.stderr
    assert hashlib.sha256(notebook.read_bytes()).hexdigest() == before


def test_export_errors_and_usage(notebook, tmp_path) -> None:
    unknown = cli("export", notebook, "--atelier", "Inconnu")
    assert unknown.returncode == 1 and len(unknown.stderr.splitlines()) == 1
    assert "introuvable" in unknown.stderr
    missing = cli("export", tmp_path / "absent.lieux")
    assert missing.returncode == 1 and "n'existe pas" in missing.stderr
    usage = cli("export", notebook, "--format", "xml")
    assert usage.returncode == 2
