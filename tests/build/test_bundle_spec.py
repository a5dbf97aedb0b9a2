"""The PyInstaller spec and what it collects, checked without building anything."""

from __future__ import annotations

import ast
import os
import sys
from importlib import metadata
from pathlib import Path

import pytest

from lieuxcommuns_desktop.core.model import APPLICATION_ID  # noqa: F401 - package importable
from tests.build.loaded import excluded_among, modules_loaded

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build" / "lieuxcommuns.spec"


def test_spec_parses_and_takes_everything_from_bundle_config() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    calls = {
        node.func.attr for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name) and node.func.value.id == "cfg"
    }
    assert {"version", "datas", "hidden_imports", "prune", "dist_info", "icon"} <= calls
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"} <= names


def test_version_comes_from_pyproject(cfg) -> None:
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as fh:
        expected = tomllib.load(fh)["project"]["version"]
    assert cfg.version() == expected
    assert cfg.version_tuple("1.2.3") == (1, 2, 3, 0)
    assert cfg.version_tuple("2.0.0-rc.1") == (2, 0, 0, 0)


def test_every_resource_file_is_collected_except_translation_sources(cfg) -> None:
    datas = {(Path(src).resolve(), dest) for src, dest in cfg.datas()}
    shipped = [
        p for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix not in (".ts", ".pyc")
    ]
    assert shipped, "resources/ is empty"
    for path in shipped:
        assert (path.resolve(), path.parent.relative_to(ROOT).as_posix()) in datas
    assert not any(src.suffix == ".ts" for src, _ in datas)
    dests = {dest for _, dest in datas}
    assert "resources/templates" in dests
    # the HTML minutes render through the site's templates
    assert (ROOT / "resources/site/templates/minutes.html", "resources/site/templates") in datas


def _fake_tree(root: Path) -> None:
    pkg = root / "lieuxcommuns_desktop"
    for rel, text in {
        "__init__.py": "",
        "cli.py": "import argparse\n",
        "commands/__init__.py": "",
        "commands/kit.py": "",
        "printing/__init__.py": "",
        "printing/documents/agenda.py": "",
        "core/__init__.py": "",
        "core/migrations/__init__.py": "",
        "core/migrations/env.py": (
            "from alembic import context\nfrom lieuxcommuns_desktop import x\n"
        ),
        "core/migrations/versions/0001_initial.py": (
            "import sqlalchemy as sa\nfrom alembic import op\n"
        ),
        "core/migrations/script.py.mako": "${message}\n",
    }.items():
        path = pkg / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for rel in ("resources/templates/eau.json", "resources/i18n/lieuxcommuns_en.ts",
                "resources/i18n/lieuxcommuns_en.qm", "resources/fonts/DejaVuSans.ttf",
                "resources/icons/lieuxcommuns-48.png", "resources/icons/lieuxcommuns-256.png"):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    (pkg / "core" / "migrations" / "versions" / "__pycache__").mkdir()
    (pkg / "core" / "migrations" / "versions" / "__pycache__" / "0001_initial.pyc").write_bytes(b"")


def test_modules_and_migration_scripts_are_found_by_walking_the_tree(
    cfg, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_tree(tmp_path)
    monkeypatch.setattr(cfg, "ROOT", tmp_path)
    hidden = cfg.hidden_imports()
    # Every module, including ones that did not exist when the spec was written...
    assert {"lieuxcommuns_desktop", "lieuxcommuns_desktop.commands.kit",
            "lieuxcommuns_desktop.printing.documents.agenda"} <= set(hidden)
    # ...but Alembic's scripts are data, and what they import is bundled.
    assert not any("migrations" in name for name in hidden)
    assert {"alembic", "alembic.op", "alembic.context", "sqlalchemy"} <= set(hidden)
    datas = {(Path(src).relative_to(tmp_path).as_posix(), dest) for src, dest in cfg.datas()}
    assert ("lieuxcommuns_desktop/core/migrations/versions/0001_initial.py",
            "lieuxcommuns_desktop/core/migrations/versions") in datas
    assert ("lieuxcommuns_desktop/core/migrations/env.py",
            "lieuxcommuns_desktop/core/migrations") in datas
    assert ("lieuxcommuns_desktop/core/migrations/script.py.mako",
            "lieuxcommuns_desktop/core/migrations") in datas
    assert ("resources/i18n/lieuxcommuns_en.qm", "resources/i18n") in datas
    assert not any(src.endswith((".ts", ".pyc")) for src, _ in datas)
    # Icons: a real .ico/.icns when shipped, else the largest PNG for PyInstaller to convert.
    assert cfg.icon("ico") == str(tmp_path / "resources/icons/lieuxcommuns-256.png")
    (tmp_path / "resources/icons/lieuxcommuns.ico").write_bytes(b"x")
    assert cfg.icon("ico") == str(tmp_path / "resources/icons/lieuxcommuns.ico")
    assert sorted(cfg.icon_pngs()) == [48, 256]


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", False),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", False),
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_fr.qm", False),
        ("PySide6/QtNetwork.abi3.so", False),
        ("PySide6/QtQml.abi3.so", False),
        ("PySide6/QtWidgets.abi3.so", True),
        ("PySide6/QtPdfWidgets.abi3.so", True),
        ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", True),
        ("libcups.so.2", False),
        ("resources/templates/gestion-eau.json", True),
    ],
)
def test_keep_rules(cfg, dest: str, kept: bool) -> None:
    assert cfg.keep(dest) is kept


def test_prune_keeps_what_kept_files_link_to_and_nothing_else(cfg) -> None:
    q = "PySide6/Qt"
    binaries = [
        ("PySide6/QtCore.abi3.so", "/s/QtCore.abi3.so", "EXTENSION"),
        (f"{q}/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
        (f"{q}/lib/libicuuc.so.73", "/s/libicuuc.so.73", "BINARY"),
        (f"{q}/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        (f"{q}/lib/libQt6XcbQpa.so.6", "/s/libQt6XcbQpa.so.6", "BINARY"),
        (f"{q}/plugins/platformthemes/libqgtk3.so", "/s/libqgtk3.so", "BINARY"),
        ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),
        (f"{q}/plugins/printsupport/libcupsprintersupport.so", "/s/libcups_plugin.so", "BINARY"),
        ("libcups.so.2", "/s/libcups.so.2", "BINARY"),
        ("libgnutls.so.30", "/s/libgnutls.so.30", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),
    ]
    links = {
        "/s/QtCore.abi3.so": ["libQt6Core.so.6", "libc.so.6"],
        "/s/libQt6Core.so.6": ["libicuuc.so.73"],
        "/s/libqxcb.so": ["libQt6XcbQpa.so.6", "libQt6Core.so.6"],
        "/s/libqgtk3.so": ["libgtk-3.so.0"],
        "/s/libgtk-3.so.0": ["libcairo.so.2"],
        "/s/libcups_plugin.so": ["libcups.so.2"],
        "/s/libcups.so.2": ["libgnutls.so.30"],
    }
    datas = [
        ("libQt6Core.so.6", f"{q}/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Gtk.so.6", f"{q}/lib/libgtk-3.so.0", "SYMLINK"),
        (f"{q}/translations/qtbase_fr.qm", "/s/qtbase_fr.qm", "DATA"),
        (f"{q}/translations/qtbase_ja.qm", "/s/qtbase_ja.qm", "DATA"),
    ]
    kept_bins, kept_datas, dropped = cfg.prune(binaries, datas, lambda p: links.get(p, []))
    kept = {e[0] for e in kept_bins} | {e[0] for e in kept_datas}
    assert {
        "PySide6/QtCore.abi3.so", f"{q}/lib/libQt6Core.so.6", f"{q}/lib/libicuuc.so.73",
        f"{q}/plugins/platforms/libqxcb.so", f"{q}/lib/libQt6XcbQpa.so.6",
        f"{q}/plugins/printsupport/libcupsprintersupport.so", "libpython3.11.so.1.0",
        "libQt6Core.so.6", f"{q}/translations/qtbase_fr.qm",
    } == kept
    # The gtk theme plugin and what only it needed; libcups (left to the system) and
    # what only libcups needed; a symlink to a dropped file; a foreign translation.
    assert {f"{q}/plugins/platformthemes/libqgtk3.so", "libgtk-3.so.0", "libcairo.so.2",
            "libcups.so.2", "libgnutls.so.30", "libQt6Gtk.so.6",
            f"{q}/translations/qtbase_ja.qm"} == set(dropped)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF only")
def test_elf_needed_reads_direct_links_of_a_real_library(cfg) -> None:
    import PySide6

    core = next(Path(PySide6.__file__).parent.glob("QtCore*.so"))
    needed = cfg.elf_needed(core)
    assert any(name.startswith("libQt6Core.so") for name in needed)
    # Direct links only: libQt6Core's own dependency (ICU) is not listed for the module.
    assert not any(name.startswith("libicu") for name in needed)
    assert cfg.elf_needed(ROOT / "pyproject.toml") == []


def test_dist_info_makes_the_version_readable_by_importlib_metadata(cfg, tmp_path: Path) -> None:
    folder = cfg.dist_info(tmp_path)
    dist = metadata.PathDistribution(folder)
    assert dist.metadata["Name"] == "lieuxcommuns-desktop"
    assert dist.version == cfg.version()


def test_excluded_modules_never_include_what_the_app_uses(cfg) -> None:
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg",
            "PySide6.QtSvgWidgets", "PySide6.QtPrintSupport", "PySide6.QtPdf",
            "PySide6.QtPdfWidgets", "PIL", "PIL.Image", "sqlalchemy", "alembic", "reportlab",
            "icalendar", "dateutil", "tzdata", "zoneinfo", "jinja2", "markupsafe"}
    assert not used & set(cfg.EXCLUDED_MODULES)
    assert "PySide6.QtNetwork" in cfg.EXCLUDED_MODULES


def test_the_calendar_library_is_reached_by_the_bundle_analysis(cfg) -> None:
    """``core.ical`` imports icalendar lazily; being a hidden import, PyInstaller scans it."""
    assert "lieuxcommuns_desktop.core.ical" in cfg.hidden_imports()
    assert "lieuxcommuns_desktop.commands.calendar" in cfg.hidden_imports()
    assert {"icalendar", "python-dateutil", "tzdata"} <= set(cfg.METADATA_DISTS)


def test_the_calendar_export_needs_no_excluded_module(cfg, tmp_path: Path) -> None:
    """Writing a real .ics loads nothing the spec leaves out (beyond what the notebook did)."""
    code = (
        "import sys\n"
        "from lieuxcommuns_desktop.core.ical import write_calendar\n"
        "from lieuxcommuns_desktop.core.services.notebook import Notebook\n"
        f"nb = Notebook.create({str(tmp_path / 'c.lieux')!r})\n"
        "before = set(sys.modules)\n"
        f"write_calendar(nb, {str(tmp_path / 'c.ics')!r})\n"
        "nb.close()\n"
        "print('\\n'.join(set(sys.modules) - before))\n"
    )
    loaded = modules_loaded(code)
    assert "icalendar" in loaded
    assert excluded_among(loaded, cfg.EXCLUDED_MODULES) == []


def test_the_team_sync_needs_no_excluded_module(cfg) -> None:
    """psycopg's binary libpq wrapper, the SQLAlchemy dialect and keyring's backends load
    nothing the spec leaves out (``psycopg_binary.pq`` imports ``ssl``: it must stay in)."""
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "import psycopg\n"
        "from psycopg import pq\n"
        "assert pq.__impl__ == 'binary', pq.__impl__\n"
        "from sqlalchemy import create_engine\n"
        "create_engine('postgresql+psycopg://u@127.0.0.1:9/db')\n"
        "from keyring import backend\n"
        "list(backend.get_all_keyring())\n"
        "print('\\n'.join(set(sys.modules) - before))\n"
    )
    loaded = modules_loaded(code, env={**os.environ, "PSYCOPG_IMPL": "binary"})
    assert {"psycopg_binary.pq", "sqlalchemy.dialects.postgresql.psycopg"} <= loaded
    assert excluded_among(loaded, cfg.EXCLUDED_MODULES) == []


def test_the_team_sync_s_run_time_imports_are_hidden_imports(cfg) -> None:
    """What is loaded by name (keyring's entry points, the dialect, the binary libpq) is listed."""
    hidden = set(cfg.hidden_imports())
    backends = set(cfg.keyring_backends())
    assert "keyring.backends.SecretService" in backends
    assert backends | {"psycopg_binary.pq", "sqlalchemy.dialects.postgresql.psycopg",
                       "secretstorage"} <= hidden
    assert {"keyring", "psycopg-binary"} <= set(cfg.METADATA_DISTS)  # entry points, licences
