"""The data behind the About dialog: version from pyproject, every component and its licence."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

import lieuxcommuns_desktop
from lieuxcommuns_desktop import about

ROOT = Path(__file__).resolve().parents[2]

EXPECTED_LICENCES = {
    "Lieux Communs": "GPL-3.0-or-later",
    "Qt": "LGPL-3.0-only",
    "PySide6": "LGPL-3.0-only",
    "SQLAlchemy": "MIT",
    "Alembic": "MIT",
    "reportlab": "BSD-3-Clause",
    "Jinja2": "BSD-3-Clause",
    "pillow-heif": "BSD-3-Clause AND LGPL-3.0-or-later AND GPL-2.0-or-later",
    "DejaVu": "Bitstream-Vera",
}


def _pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def test_app_version_is_the_pyproject_version() -> None:
    assert about.app_version() == _pyproject_version()
    assert lieuxcommuns_desktop.__version__ == _pyproject_version()


def test_every_required_component_is_listed_with_its_licence() -> None:
    by_name = {c.name: c for c in about.components()}
    for name, licence in EXPECTED_LICENCES.items():
        assert by_name[name].licence == licence, name
        assert by_name[name].url.startswith("https://"), name
    assert about.components()[0].name == "Lieux Communs"
    assert by_name["DejaVu"].note and "domaine public" in by_name["DejaVu"].note


def test_versions_are_read_at_run_time() -> None:
    by_name = {c.name: c for c in about.components()}
    assert by_name["SQLAlchemy"].version == metadata.version("SQLAlchemy")
    assert by_name["Alembic"].version == metadata.version("alembic")
    assert by_name["reportlab"].version == metadata.version("reportlab")
    assert by_name["Jinja2"].version == metadata.version("Jinja2")
    assert by_name["PySide6"].version == metadata.version("PySide6-Essentials")
    assert by_name["Qt"].version.split(".")[:2] == by_name["PySide6"].version.split(".")[:2]
    assert by_name["Python"].version.startswith(f"{sys.version_info[0]}.{sys.version_info[1]}.")
    assert f"Lieux Communs {_pyproject_version()} — GPL-3.0-or-later" in about.licence_summary()


def test_qt_version_is_the_running_qt_once_qt_is_loaded() -> None:
    from PySide6.QtCore import qVersion

    assert about.qt_version() == qVersion()


def test_font_version_reads_the_name_table(tmp_path: Path) -> None:
    fonts = sorted((ROOT / "resources" / "fonts").glob("DejaVuSans*.ttf"))
    if fonts:
        assert about.font_version(fonts[0]).count(".") >= 1
        assert {c.name: c for c in about.components()}["DejaVu"].version
    not_a_font = tmp_path / "x.ttf"
    not_a_font.write_bytes(b"\0\1\0\0" + b"\0" * 8)
    assert about.font_version(not_a_font) == ""
    assert about.font_version(tmp_path / "missing.ttf") == ""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_about_data_needs_no_qt(lang: str) -> None:
    code = (
        "import sys; from lieuxcommuns_desktop import about; rows = about.components(); "
        "assert len(rows) >= 7; "
        "assert not [m for m in sys.modules if m.startswith('PySide6.Qt')], 'Qt imported'; "
        "print(about.licence_summary())"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, env={"LIEUXCOMMUNS_LANG": lang, "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert "SQLAlchemy" in result.stdout and "LGPL-3.0-only" in result.stdout
