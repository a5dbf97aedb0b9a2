"""``.ci/run``: the README's test command first and verbatim, then lint and the type check."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _commands(script: str) -> list[str]:
    return [line for line in script.splitlines()
            if line.strip() and not line.lstrip().startswith("#")
            and not line.startswith(("set ", "cd "))]


def test_ci_runs_the_readme_test_command_first_then_ruff_and_mypy():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)\n```", readme, re.DOTALL)
    test_command = next(b for b in blocks if "pytest" in b)
    commands = _commands((ROOT / ".ci" / "run").read_text(encoding="utf-8"))
    assert commands[0] == test_command
    ruff = next(i for i, c in enumerate(commands) if "ruff check" in c)
    mypy = next(i for i, c in enumerate(commands) if "-m mypy" in c)
    assert 0 < ruff and 0 < mypy


def test_mypy_checks_the_qt_free_layers_strictly_and_is_installed_by_the_test_extra():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mypy = config["tool"]["mypy"]
    files = set(mypy["files"])
    assert {"lieuxcommuns_desktop/core", "lieuxcommuns_desktop/printing"} <= files
    assert not any(f.startswith("lieuxcommuns_desktop/ui") for f in files)
    assert mypy["strict"] is True
    test_extra = config["project"]["optional-dependencies"]["test"]
    assert any(dep.startswith("mypy") for dep in test_extra)


def test_ruff_checks_annotations_private_access_and_unused_noqa():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    lint = config["tool"]["ruff"]["lint"]
    assert {"ANN", "SLF", "RUF"} <= set(lint["select"])
    assert "RUF100" not in lint.get("ignore", [])
    # Only the tests skip annotations, and no folder of the application does.
    ignored = {path: rules for path, rules in lint["per-file-ignores"].items() if "ANN" in rules}
    assert set(ignored) == {"tests/**"}


def test_postgresql_is_installed_before_the_bundle_check_syncs_with_it():
    """``bundle_check.sh`` runs the bundle's ``sync`` on a throwaway PostgreSQL only where
    the binaries are there: ``.ci/run`` must install them first."""
    commands = _commands((ROOT / ".ci" / "run").read_text(encoding="utf-8"))
    install = next(i for i, c in enumerate(commands) if "install_postgres.sh" in c)
    bundle = next(i for i, c in enumerate(commands) if "bundle_check.sh" in c)
    assert install < bundle
    check = (ROOT / "build" / "bundle_check.sh").read_text(encoding="utf-8")
    assert "tests.team.bundle_sync" in check
