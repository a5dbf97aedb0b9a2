"""What goes into the PyInstaller bundle, computed from the source tree at build time.

Kept apart from ``lieuxcommuns.spec`` (and free of PyInstaller imports) so the
fast tests in ``tests/build/`` can check it without building anything. Nothing
here lists today's modules: the package's modules and data files are found by
walking ``lieuxcommuns_desktop/`` and ``resources/`` when the bundle is built.
Only the exclusions are written down, because they are decisions:

* Qt Python modules the app never imports (QtNetwork, QtQml, QtQuick, OpenGL,
  WebEngine, …). ``libQt6Network`` itself stays: ``libQt6Pdf`` links to it.
* Qt plugins: only the platforms (xcb, wayland, offscreen, minimal), input
  contexts for dead keys and compose (French accents), the portal theme, the
  image formats we read (jpeg, svg; png is built in), the svg icon engine and
  the CUPS print plugin are kept.
* Qt translations: only ``qtbase`` in French and English.
* Shared libraries that no kept extension or plugin links to (computed, see
  :func:`prune`): what the dropped plugins pulled in (gtk, Kerberos, OpenSSL…).

The team server's sync (``core/team``) is the one place the app talks to a
network: psycopg with its binary implementation (``psycopg_binary``, which
carries its own libpq, libssl and libcrypto), SQLAlchemy's psycopg dialect
(loaded by name), and ``keyring`` with its backends, which keyring discovers
through its entry points (so its metadata ships too). :func:`team_imports`
names them; Python's ``ssl`` stays in, because ``psycopg_binary.pq`` imports
it when it loads (libpq does the TLS itself, but without ``ssl`` psycopg
finds "no pq wrapper" and every sync fails).
"""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "lieuxcommuns_desktop"
#: Reverse-DNS identifier: macOS bundle id, desktop file / icon name stem on Linux.
BUNDLE_IDENTIFIER = "org.lieuxcommuns.LieuxCommuns"
#: Executable name (same as the pip entry point).
EXE_NAME = "lieuxcommuns-desktop"
#: Display name (window title, macOS .app, Windows file description).
APP_NAME = "Lieux Communs"

#: Inside the package: folders whose ``.py`` files are read from disk at run time
#: (Alembic loads ``env.py`` and ``versions/*.py`` by path), so they ship as data.
SCRIPT_DATA_DIRS = ("core/migrations",)

#: Shipped resource files never needed at run time.
RESOURCE_SKIP_SUFFIXES = (".ts", ".pro", ".pyc", ".xcf", ".kra")

#: Python modules left out of the bundle even if something imports them optionally.
EXCLUDED_MODULES = [
    # Qt modules the app does not use (it uses QtCore, QtGui, QtWidgets, QtSvg,
    # QtSvgWidgets, QtPrintSupport, QtPdf, QtPdfWidgets).
    *(
        f"PySide6.{m}"
        for m in (
            "QtNetwork", "QtNetworkAuth", "QtQml", "QtQuick", "QtQuickControls2",
            "QtQuickWidgets", "QtQuickTest", "QtQuick3D", "QtOpenGL", "QtOpenGLWidgets",
            "QtDBus", "QtSql", "QtTest", "QtUiTools", "QtHelp", "QtDesigner", "QtXml",
            "QtConcurrent", "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick",
            "QtWebChannel", "QtWebSockets", "QtMultimedia", "QtMultimediaWidgets",
            "QtCharts", "QtDataVisualization", "QtGraphs", "QtLabsStyleKit", "QtQmlFeatures",
            "QtBluetooth", "QtPositioning", "QtLocation", "QtSerialPort", "QtSensors",
            "QtStateMachine", "QtTextToSpeech", "QtHttpServer", "QtRemoteObjects",
            "QtScxml", "QtSpatialAudio", "Qt3DCore", "QtAsyncio",
        )
    ),
    # reportlab 5 imports PIL.Image at start-up (bitmaps in PDFs): Pillow stays, but not its
    # optional codecs and toolkit bridges; FreeType stays (the map command's PNG text).
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin",
    "PIL._imagingcms", "PIL.ImageTk", "PIL._imagingtk", "PIL.ImageQt",
    # readline is for interactive shells. (``ssl`` stays: psycopg_binary.pq imports it.)
    "readline",
    # Optional imports of our dependencies, and development tools.
    "numpy", "tkinter", "_tkinter", "IPython", "pytest", "_pytest", "pytestqt",
    "hypothesis", "pypdf", "PyInstaller", "pip", "setuptools", "pkg_resources",
    "sqlalchemy.testing", "alembic.testing",
]

#: Qt plugins kept, by ``<type>/<file stem>``; every other plugin is dropped.
KEPT_QT_PLUGINS = {
    "platforms": {"libqxcb", "libqwayland", "libqoffscreen", "libqminimal",
                  "qwindows", "qcocoa", "qoffscreen", "qminimal"},
    "platforminputcontexts": {"libcomposeplatforminputcontextplugin",
                              "libibusplatforminputcontextplugin"},
    "platformthemes": {"libqxdgdesktopportal"},
    "imageformats": {"libqjpeg", "libqsvg", "qjpeg", "qsvg", "libqico", "qico"},
    "iconengines": {"libqsvgicon", "qsvgicon"},
    "printsupport": {"libcupsprintersupport"},
    "wayland-shell-integration": {"libxdg-shell"},
    "wayland-decoration-client": {"libbradient", "libadwaita"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle", "libqmacstyle"},
}

#: Libraries left to the system: only useful where the system provides them anyway.
#: (libcups talks to the local CUPS daemon; where CUPS is installed, so is libcups.
#: Where it is not, the print plugin fails to load and printing goes to PDF, as it
#: would with no printer.) Bundling it would pull in gnutls, Kerberos, avahi… (~10 MB).
SYSTEM_LIBS = re.compile(r"^libcups\.so")

#: Qt translations kept (file stems); all other ``*.qm`` of Qt are dropped.
KEPT_QT_TRANSLATIONS = {"qtbase_fr", "qtbase_en"}

def project() -> dict:
    """``[project]`` of pyproject.toml: the single source of truth for name and version."""
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]


def version() -> str:
    return str(project()["version"])


def version_tuple(text: str | None = None) -> tuple[int, int, int, int]:
    """``1.2.3`` -> ``(1, 2, 3, 0)`` for Windows version resources (pre-release tags dropped)."""
    numbers = [int(n) for n in re.findall(r"\d+", (text or version()).split("-")[0].split("+")[0])]
    major, minor, patch, build = [*numbers, 0, 0, 0, 0][:4]
    return major, minor, patch, build


def package_dir() -> Path:
    return ROOT / PACKAGE


def _is_script_data(rel: PurePosixPath) -> bool:
    return any(rel.as_posix().startswith(prefix + "/") for prefix in SCRIPT_DATA_DIRS)


def package_modules() -> list[str]:
    """Every importable module of the package (hidden imports: commands are discovered)."""
    modules: list[str] = []
    base = package_dir()
    for path in sorted(base.rglob("*.py")):
        rel = PurePosixPath(path.relative_to(base).as_posix())
        if "__pycache__" in rel.parts or _is_script_data(rel):
            continue
        parts = [PACKAGE, *rel.with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        if all(p.isidentifier() for p in parts):
            modules.append(".".join(parts))
    return modules


def script_data_files() -> list[Path]:
    """The ``.py`` files (and any ``.mako``/``.ini``) Alembic reads from disk."""
    base = package_dir()
    found: list[Path] = []
    for prefix in SCRIPT_DATA_DIRS:
        folder = base / prefix
        if folder.is_dir():
            found += [
                p for p in sorted(folder.rglob("*"))
                if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
            ]
    return found


def script_imports() -> list[str]:
    """Modules imported by the on-disk scripts, so PyInstaller bundles them."""
    names: set[str] = set()
    for path in script_data_files():
        if path.suffix != ".py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
                # ``from x import y`` names a submodule only sometimes (a function otherwise).
                names.update(f"{node.module}.{alias.name}" for alias in node.names
                             if _is_module(f"{node.module}.{alias.name}"))
    return sorted(n for n in names if n.split(".")[0] not in {"__future__", PACKAGE})


def _is_module(name: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def resource_files() -> list[Path]:
    """Everything under ``resources/`` that the app may read at run time."""
    base = ROOT / "resources"
    return [
        p for p in sorted(base.rglob("*"))
        if p.is_file() and p.suffix not in RESOURCE_SKIP_SUFFIXES and "__pycache__" not in p.parts
    ]


def datas() -> list[tuple[str, str]]:
    """PyInstaller ``datas``: (source file, destination folder inside the bundle)."""
    out: list[tuple[str, str]] = []
    for path in resource_files():
        out.append((str(path), path.parent.relative_to(ROOT).as_posix()))
    for path in script_data_files():
        out.append((str(path), path.parent.relative_to(ROOT).as_posix()))
    return out


#: What the team sync loads by name at run time, which PyInstaller cannot see.
TEAM_IMPORTS = (
    "psycopg", "psycopg_binary", "psycopg_binary.pq", "psycopg_binary._psycopg",
    "sqlalchemy.dialects.postgresql.psycopg", "keyring", "keyring.backends",
    # SecretService (GNOME Keyring, KeePassXC…) talks D-Bus through these.
    "secretstorage", "jeepney", "jeepney.io.blocking",
)


def keyring_backends() -> list[str]:
    """The modules keyring's entry points name (``keyring.backends`` group), as installed."""
    from importlib import metadata

    found = metadata.entry_points(group="keyring.backends")
    return sorted({ep.value.split(":")[0] for ep in found})


def team_imports() -> list[str]:
    """The team sync's run-time imports that are installed here (each is optional)."""
    return sorted(name for name in {*TEAM_IMPORTS, *keyring_backends()}
                  if _is_module(name.split(".")[0]))


def hidden_imports() -> list[str]:
    return sorted({*package_modules(), *script_imports(), *team_imports()})


def icon(kind: str) -> str | None:
    """The app icon for a platform build: ``ico`` (Windows) or ``icns`` (macOS).

    Falls back to the largest PNG, which PyInstaller converts with Pillow; None
    when ``resources/icons/`` holds no icon yet.
    """
    folder = ROOT / "resources" / "icons"
    exact = folder / f"lieuxcommuns.{kind}"
    if exact.is_file():
        return str(exact)
    pngs = icon_pngs()
    return str(pngs[max(pngs)]) if pngs else None


def icon_pngs() -> dict[int, Path]:
    """``resources/icons/lieuxcommuns-<size>.png`` by size (for hicolor themes)."""
    folder = ROOT / "resources" / "icons"
    found: dict[int, Path] = {}
    for png in folder.glob("lieuxcommuns-*.png") if folder.is_dir() else ():
        size = png.stem.rsplit("-", 1)[-1]
        if size.isdigit():
            found[int(size)] = png
    return found


#: Distributions whose metadata ships in the bundle, so the About data can read
#: their versions and licence files with importlib.metadata.
METADATA_DISTS = ("PySide6-Essentials", "PySide6-Pdf", "shiboken6", "SQLAlchemy", "alembic",
                  "reportlab", "Jinja2", "Mako", "MarkupSafe", "pillow", "pillow-heif",
                  "icalendar", "python-dateutil", "tzdata",
                  # keyring finds its backends through its entry points (its metadata).
                  "keyring", "psycopg", "psycopg-binary", "SecretStorage", "jeepney")


def _qt_parts(dest: str) -> tuple[str, ...] | None:
    """The path parts after ``PySide6/Qt/`` (or None when not a Qt file)."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    for i in range(len(parts) - 1):
        if parts[i] == "PySide6" and parts[i + 1] == "Qt":
            return parts[i + 2:]
    return None


def keep(dest: str) -> bool:
    """Whether a file at ``dest`` inside the bundle is kept (binaries and datas alike)."""
    posix = dest.replace("\\", "/")
    parts = PurePosixPath(posix).parts
    name = parts[-1] if parts else posix
    qt = _qt_parts(posix)
    if qt is not None and qt:
        if qt[0] == "plugins" and len(qt) >= 3:
            plugin_type, stem = qt[1], qt[-1].split(".")[0]
            return stem in KEPT_QT_PLUGINS.get(plugin_type, set())
        if qt[0] == "translations":
            return name.endswith(".qm") and name[:-3] in KEPT_QT_TRANSLATIONS
        if qt[0] == "qml":
            return False
    if SYSTEM_LIBS.match(name):
        return False
    if parts and parts[0] == "PySide6" and len(parts) == 2:
        module = name.split(".")[0]
        if f"PySide6.{module}" in EXCLUDED_MODULES:
            return False
        if module.startswith("libpyside6qml"):
            return False
    return True


def _is_root(entry: tuple) -> bool:
    """Binaries kept for their own sake: Python extensions, Qt plugins, libpython."""
    dest, _src, typecode = entry
    qt = _qt_parts(dest)
    name = PurePosixPath(dest.replace("\\", "/")).name
    return (
        typecode != "BINARY"
        or (qt is not None and bool(qt) and qt[0] == "plugins")
        or name.startswith(("libpython", "python"))
    )


def prune(
    binaries: list[tuple], datas: list[tuple], needed: Callable[[str], Iterable[str]]
) -> tuple[list[tuple], list[tuple], list[str]]:
    """Filter PyInstaller's TOCs: (binaries, datas, dropped destinations).

    Explicit rules (:func:`keep`) drop plugins, translations and Qt modules;
    then a shared library stays only if a kept extension, plugin or library
    links to it (``needed(source path)`` gives the library names it links to),
    so the libraries that only dropped plugins pulled in (gtk, cups' Kerberos,
    OpenSSL, EGL device integrations…) go too, and nothing a kept file links to
    can be dropped by mistake. Symlinks to dropped files are dropped.
    """
    explicit = [e for e in binaries if keep(e[0])]
    libs = {PurePosixPath(e[0].replace("\\", "/")).name: e for e in explicit if not _is_root(e)}
    kept: dict[str, tuple] = {e[0]: e for e in explicit if _is_root(e)}
    queue = list(kept.values())
    while queue:
        entry = queue.pop()
        for name in needed(entry[1]):
            lib = libs.pop(PurePosixPath(name).name, None)
            if lib is not None:
                kept[lib[0]] = lib
                queue.append(lib)
    new_binaries = [e for e in binaries if e[0] in kept]
    kept_paths = {PurePosixPath(e[0].replace("\\", "/")) for e in new_binaries}
    new_datas = []
    for entry in datas:
        if not keep(entry[0]):
            continue
        if entry[2] == "SYMLINK":
            target = PurePosixPath(entry[0].replace("\\", "/")).parent / entry[1]
            if PurePosixPath(*_normalise(target.parts)) not in kept_paths:
                continue
        new_datas.append(entry)
    kept_dest = {e[0] for e in new_binaries} | {e[0] for e in new_datas}
    dropped = sorted({e[0] for e in [*binaries, *datas]} - kept_dest)
    return new_binaries, new_datas, dropped


def _normalise(parts: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for part in parts:
        if part == "..":
            if out:
                out.pop()
        elif part not in (".", ""):
            out.append(part)
    return out


def elf_needed(path: str | Path) -> list[str]:
    """``DT_NEEDED`` entries of an ELF file: the libraries it links to *directly*.

    (PyInstaller's ``get_imports`` runs ``ldd``, which lists the whole closure as
    resolved on the build machine, including what a dropped library would need.)
    Returns [] for anything that is not a readable ELF file.
    """
    import struct

    try:
        data = Path(path).read_bytes()
    except OSError:
        return []
    if data[:4] != b"\x7fELF":
        return []
    is64, endian = data[4] == 2, "<" if data[5] == 1 else ">"
    if is64:
        shoff, = struct.unpack_from(endian + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(endian + "HH", data, 0x3A)
        sh_fmt, dyn_fmt = endian + "IIQQQQIIQQ", endian + "qQ"
    else:
        shoff, = struct.unpack_from(endian + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(endian + "HH", data, 0x2E)
        sh_fmt, dyn_fmt = endian + "IIIIIIIIII", endian + "iI"
    sections = [struct.unpack_from(sh_fmt, data, shoff + i * shentsize) for i in range(shnum)]
    needed: list[str] = []
    for section in sections:
        if section[1] != 6:  # SHT_DYNAMIC
            continue
        offset, size, link = section[4], section[5], section[6]
        strtab_offset = sections[link][4]
        step = struct.calcsize(dyn_fmt)
        for pos in range(offset, offset + size, step):
            tag, value = struct.unpack_from(dyn_fmt, data, pos)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strtab_offset + value)
                needed.append(data[strtab_offset + value:end].decode())
    return needed


def dist_info(target: Path) -> Path:
    """Write a minimal ``*.dist-info`` so ``importlib.metadata.version()`` works frozen."""
    meta = project()
    folder = target / f"{PACKAGE}-{meta['version']}.dist-info"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "METADATA").write_text(
        "Metadata-Version: 2.1\n"
        f"Name: {meta['name']}\n"
        f"Version: {meta['version']}\n"
        f"Summary: {meta.get('description', '')}\n"
        f"License-Expression: {meta.get('license', '')}\n",
        encoding="utf-8",
    )
    (folder / "INSTALLER").write_text("pyinstaller\n", encoding="utf-8")
    return folder
