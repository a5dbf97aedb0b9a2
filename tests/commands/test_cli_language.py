"""The command line's own words follow the user's language, argparse's included."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, lang: str) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "LIEUXCOMMUNS_LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "lieuxcommuns_desktop", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, env=env)


def test_help_and_usage_errors_in_french() -> None:
    helped = cli("--help", lang="fr")
    assert helped.returncode == 0
    assert "utilisation :" in helped.stdout and "afficher cette aide et quitter" in helped.stdout
    assert "afficher la version et quitter" in helped.stdout
    assert "show this help" not in helped.stdout and "usage:" not in helped.stdout
    wrong = cli("kit", "x.lieux", "--atelier", "a", "-o", "b.pdf", "--paper", "a5", lang="fr")
    assert wrong.returncode == 2
    assert "choix invalide : 'a5'" in wrong.stderr
    missing = cli("kit", lang="fr")
    assert missing.returncode == 2 and "arguments obligatoires manquants" in missing.stderr


def test_usage_errors_in_english() -> None:
    missing = cli("kit", lang="en")
    assert missing.returncode == 2
    assert "the following arguments are required" in missing.stderr.lower() or \
        "missing" in missing.stderr.lower()
    assert "manquants" not in missing.stderr
