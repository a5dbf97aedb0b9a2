"""The Linux desktop file, the MIME type and the per-user install script."""

from __future__ import annotations

import configparser
import os
import shutil
import sqlite3
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lieuxcommuns_desktop.core.model import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "build" / "linux"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
MIME = "application/x-lieuxcommuns"

#: Keys of the Desktop Entry Specification 1.5 (localisable ones may carry [xx]).
KNOWN_KEYS = {
    "Type", "Version", "Name", "GenericName", "NoDisplay", "Comment", "Icon", "Hidden",
    "OnlyShowIn", "NotShowIn", "DBusActivatable", "TryExec", "Exec", "Path", "Terminal",
    "Actions", "MimeType", "Categories", "Implements", "Keywords", "StartupNotify",
    "StartupWMClass", "URL", "PrefersNonDefaultGPU", "SingleMainWindow",
}
MAIN_CATEGORIES = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game",
                   "Graphics", "Network", "Office", "Science", "Settings", "System", "Utility"}


@pytest.fixture(scope="module")
def desktop(cfg) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    path = LINUX / f"{cfg.BUNDLE_IDENTIFIER}.desktop"
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_has_valid_keys_and_values(desktop, cfg) -> None:
    for key in desktop:
        assert key.split("[")[0] in KNOWN_KEYS, key
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == cfg.APP_NAME
    assert desktop["Icon"] == cfg.BUNDLE_IDENTIFIER
    program, *field_codes = desktop["Exec"].split()
    assert program == cfg.EXE_NAME and field_codes == ["%f"]
    assert desktop["TryExec"] == cfg.EXE_NAME
    assert desktop["Terminal"] == "false"
    for list_key in ("MimeType", "Categories", "Keywords"):
        assert desktop[list_key].endswith(";"), list_key
    assert MIME in desktop["MimeType"].split(";")
    assert set(desktop["Categories"].rstrip(";").split(";")) & MAIN_CATEGORIES


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils not installed")
def test_desktop_file_passes_desktop_file_validate(cfg) -> None:
    path = LINUX / f"{cfg.BUNDLE_IDENTIFIER}.desktop"
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def mime_type(cfg) -> ET.Element:
    root = ET.parse(LINUX / f"{cfg.BUNDLE_IDENTIFIER}.xml").getroot()
    types = root.findall("m:mime-type", NS)
    assert [t.get("type") for t in types] == [MIME]
    return types[0]


def test_mime_type_glob_and_magic_is_the_application_id(mime_type) -> None:
    assert [g.get("pattern") for g in mime_type.findall("m:glob", NS)] == ["*.lieux"]
    magic = mime_type.find("m:magic", NS)
    assert magic is not None and int(magic.get("priority")) > 50  # above generic SQLite
    outer = magic.find("m:match", NS)
    assert (outer.get("type"), outer.get("offset")) == ("string", "0")
    assert outer.get("value") == "SQLite format 3\\000"
    inner = outer.find("m:match", NS)
    assert (inner.get("type"), inner.get("offset")) == ("big32", "68")
    assert int(inner.get("value"), 16) == APPLICATION_ID == 0x4C434F4D
    assert mime_type.find("m:sub-class-of", NS).get("type") == "application/vnd.sqlite3"
    comments = {c.get("{http://www.w3.org/XML/1998/namespace}lang"): c.text
                for c in mime_type.findall("m:comment", NS)}
    assert comments[None] and comments["fr"]


def _matches(magic: ET.Element, data: bytes) -> bool:
    """Evaluate shared-mime-info <match> trees (the types used here) against file bytes."""

    def match(node: ET.Element) -> bool:
        offset = int(node.get("offset"))
        kind, value = node.get("type"), node.get("value")
        if kind == "string":
            expected = value.encode().decode("unicode_escape").encode("latin-1")
            ok = data[offset:offset + len(expected)] == expected
        elif kind == "big32":
            ok = len(data) >= offset + 4 and struct.unpack_from(">I", data, offset)[0] == int(
                value, 0)
        else:
            raise AssertionError(kind)
        children = node.findall("m:match", NS)
        return ok and (not children or any(match(c) for c in children))

    return any(match(m) for m in magic.findall("m:match", NS))


def test_magic_recognises_a_real_notebook_and_not_another_sqlite_file(
    mime_type, notebook, notebook_path: Path, tmp_path: Path
) -> None:
    magic = mime_type.find("m:magic", NS)
    assert _matches(magic, notebook_path.read_bytes()[:100])
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert not _matches(magic, other.read_bytes()[:100])


@pytest.mark.skipif(os.name != "posix", reason="shell script")
def test_install_user_script_installs_and_uninstalls(cfg, tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    icons = bundle / "_internal" / "resources" / "icons"
    icons.mkdir(parents=True)
    (icons / "lieuxcommuns-48.png").write_bytes(b"png48")
    (icons / "lieuxcommuns-256.png").write_bytes(b"png256")
    (icons / "lieuxcommuns.svg").write_text("<svg/>")
    exe = bundle / cfg.EXE_NAME
    exe.write_text("#!/bin/sh\necho ok\n")
    exe.chmod(0o755)
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    script = LINUX / "install-user.sh"
    subprocess.run(["bash", str(script), str(bundle)], check=True, env=env,
                   capture_output=True, text=True)
    data = home / ".local" / "share"
    prefix = home / ".local" / "lib" / cfg.EXE_NAME
    assert (prefix / cfg.EXE_NAME).exists()
    assert (home / ".local" / "bin" / cfg.EXE_NAME).resolve() == (prefix / cfg.EXE_NAME)
    app_id = cfg.BUNDLE_IDENTIFIER
    assert (data / "icons/hicolor/48x48/apps" / f"{app_id}.png").read_bytes() == b"png48"
    assert (data / "icons/hicolor/256x256/apps" / f"{app_id}.png").exists()
    assert (data / "icons/hicolor/scalable/apps" / f"{app_id}.svg").exists()
    entry = (data / "applications" / f"{app_id}.desktop").read_text()
    assert f'Exec="{prefix / cfg.EXE_NAME}" %f' in entry
    assert (data / "mime/packages" / f"{app_id}.xml").exists()
    defaults = (home / ".config" / "mimeapps.list").read_text() if (
        home / ".config" / "mimeapps.list").exists() else ""
    if shutil.which("xdg-mime") is None:
        assert f"{MIME}={app_id}.desktop" in defaults
    if shutil.which("update-mime-database"):
        assert "*.lieux" in (data / "mime" / "globs2").read_text()
    subprocess.run(["bash", str(script), "--uninstall"], check=True, env=env,
                   capture_output=True, text=True)
    assert not prefix.exists()
    assert not (data / "applications" / f"{app_id}.desktop").exists()
    assert not list((data / "icons").rglob(f"{app_id}.*"))
