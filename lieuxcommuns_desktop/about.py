"""What the About dialog shows: the app's version and the components it ships, with licences.

Qt-free so the CLI and tests can use it; the dialog (``ui/dialogs/about.py``)
renders :func:`components`. Versions are read at run time (installed
distribution metadata, else the module's own version attribute, else the
font's ``name`` table), so a bundle reports what it actually contains. The
version of the app itself has one source of truth: ``pyproject.toml``.
"""

from __future__ import annotations

import logging
import re
import struct
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from .core.i18n import QT_TRANSLATE_NOOP, tr

log = logging.getLogger(__name__)

CTX = "about"
DIST_NAME = "lieuxcommuns-desktop"


@dataclass(frozen=True)
class Component:
    """One line of the About dialog's table."""

    name: str
    version: str  #: "" when it cannot be found
    licence: str  #: SPDX identifier (or expression)
    url: str
    note: str = ""  #: already translated

    @property
    def display_version(self) -> str:
        return self.version or "?"


def _pyproject_version() -> str:
    """``version`` from pyproject.toml when running from a source checkout."""
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        text = pyproject.read_text(encoding="utf-8")
    except OSError:
        return ""
    import tomllib

    try:
        project = tomllib.loads(text)["project"]
    except (tomllib.TOMLDecodeError, KeyError):
        return ""
    return str(project.get("version", "")) if project.get("name") == DIST_NAME else ""


def app_version() -> str:
    """The app's version: pyproject.toml in a checkout, else the installed (or bundled) metadata.

    A checkout wins over metadata because an editable install's metadata is
    written once at install time and goes stale after a version bump.
    """
    found = _pyproject_version()
    if found:
        return found
    try:
        return metadata.version(DIST_NAME)
    except metadata.PackageNotFoundError:
        from . import __version__

        return __version__


def _dist_version(*dists: str) -> str:
    for dist in dists:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return ""


def _module_version(module: str, attribute: str = "__version__") -> str:
    """A version attribute of a module, importing it only if it is cheap to (already loaded)."""
    loaded = sys.modules.get(module)
    if loaded is None:
        try:
            loaded = __import__(module, fromlist=["_"])
        except ImportError:
            return ""
    return str(getattr(loaded, attribute, "") or "")


def qt_version() -> str:
    """The Qt library in use if Qt is loaded, else the Qt that the PySide6 wheels bundle."""
    core = sys.modules.get("PySide6.QtCore")
    if core is not None:
        return str(core.qVersion())
    # PySide6 wheels ship the Qt of the same version; avoid importing Qt here.
    return _dist_version("PySide6-Essentials", "PySide6")


def font_version(path: Path) -> str:
    """``Version 2.37`` -> ``2.37`` from a TrueType font's ``name`` table (name id 5)."""
    try:
        data = path.read_bytes()
        num_tables = struct.unpack_from(">H", data, 4)[0]
        for i in range(num_tables):
            tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
            if tag != b"name":
                continue
            _fmt, count, strings = struct.unpack_from(">HHH", data, offset)
            for j in range(count):
                platform, _enc, _lang, name_id, length, str_offset = struct.unpack_from(
                    ">HHHHHH", data, offset + 6 + 12 * j
                )
                if name_id != 5:
                    continue
                raw = data[offset + strings + str_offset:offset + strings + str_offset + length]
                text = raw.decode("utf-16-be" if platform in (0, 3) else "latin-1", "replace")
                match = re.search(r"\d+(\.\d+)+", text)
                if match:
                    return match.group(0)
    except (OSError, struct.error, IndexError):
        log.debug("no version in %s", path, exc_info=True)
    return ""


def _dejavu_version() -> str:
    try:
        from .resources import resource

        fonts = sorted(resource("fonts").glob("DejaVuSans*.ttf"))
    except FileNotFoundError:
        return ""
    return font_version(fonts[0]) if fonts else ""


def components() -> list[Component]:
    """The app first, then every component shipped with it, with version and licence."""
    return [
        Component(
            "Lieux Communs", app_version(), "GPL-3.0-or-later", "https://www.gnu.org/licenses/gpl-3.0.html",
            tr(CTX, QT_TRANSLATE_NOOP(
                "about", "logiciel libre : vous pouvez le redistribuer et le modifier"
            )),
        ),
        Component(
            "Qt", qt_version(), "LGPL-3.0-only",
            "https://www.qt.io/licensing/open-source-lgpl-obligations",
            tr(CTX, QT_TRANSLATE_NOOP(
                "about", "bibliothèques partagées, remplaçables par une version modifiée"
            )),
        ),
        Component(
            "PySide6", _dist_version("PySide6-Essentials", "PySide6")
            or _module_version("PySide6"),
            "LGPL-3.0-only", "https://doc.qt.io/qtforpython-6/",
        ),
        Component(
            "SQLAlchemy", _dist_version("SQLAlchemy") or _module_version("sqlalchemy"),
            "MIT", "https://www.sqlalchemy.org/",
        ),
        Component(
            "Alembic", _dist_version("alembic") or _module_version("alembic"),
            "MIT", "https://alembic.sqlalchemy.org/",
        ),
        Component(
            "reportlab", _dist_version("reportlab") or _module_version("reportlab", "Version"),
            "BSD-3-Clause", "https://www.reportlab.com/opensource/",
        ),
        Component(
            "Jinja2", _dist_version("Jinja2") or _module_version("jinja2"),
            "BSD-3-Clause", "https://jinja.palletsprojects.com/",
        ),
        Component(
            "Pillow", _dist_version("pillow", "Pillow"), "MIT-CMU", "https://python-pillow.org/",
        ),
        Component(
            # Binary wheels bundle libheif and libde265 (LGPL-3.0-or-later) and the x265
            # encoder (GPL-2.0-or-later), all compatible with the app's GPL-3.0-or-later.
            "pillow-heif", _dist_version("pillow-heif") or _module_version("pillow_heif"),
            "BSD-3-Clause AND LGPL-3.0-or-later AND GPL-2.0-or-later",
            "https://github.com/bigcat88/pillow_heif",
            tr(CTX, QT_TRANSLATE_NOOP(
                "about", "lecture des photos HEIC des téléphones (libheif, libde265, x265)"
            )),
        ),
        Component(
            "icalendar", _dist_version("icalendar") or _module_version("icalendar"),
            "BSD-2-Clause", "https://icalendar.readthedocs.io/",
        ),
        Component(
            "python-dateutil", _dist_version("python-dateutil") or _module_version("dateutil"),
            "BSD-3-Clause", "https://github.com/dateutil/dateutil",
        ),
        Component(
            "tzdata", _dist_version("tzdata"), "Apache-2.0", "https://github.com/python/tzdata",
        ),
        Component(
            "Jinja2", _dist_version("Jinja2") or _module_version("jinja2"), "BSD-3-Clause",
            "https://jinja.palletsprojects.com/",
        ),
        Component(
            "Python", ".".join(map(str, sys.version_info[:3])), "PSF-2.0",
            "https://docs.python.org/3/license.html",
        ),
        Component(
            "DejaVu", _dejavu_version(), "Bitstream-Vera", "https://dejavu-fonts.github.io/",
            tr(CTX, QT_TRANSLATE_NOOP(
                "about", "polices : licence Bitstream Vera, modifications DejaVu dans le "
                "domaine public"
            )),
        ),
    ]


def licence_summary() -> str:
    """One plain-text line per component, for ``--version``-like output and bug reports."""
    return "\n".join(
        f"{c.name} {c.display_version} — {c.licence}" for c in components()
    )
