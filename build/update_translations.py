"""Refresh the translation sources from the code, then compile them.

Run from anywhere with the project's Python (the one that has PySide6)::

    python build/update_translations.py            # lupdate + lrelease
    python build/update_translations.py --no-release   # only refresh the .ts

``pyside6-lupdate`` reads every ``.py`` file of ``lieuxcommuns_desktop/`` (the
``tr()``/``translate()`` calls and the ``QT_TRANSLATE_NOOP`` markers) and merges
new strings into each ``resources/i18n/lieuxcommuns_<lang>.ts`` as *unfinished*;
strings that vanished from the code are dropped (``-no-obsolete``).  Then
``pyside6-lrelease`` compiles every ``.ts`` into the ``.qm`` the app loads.
French is the source language; see ``docs/translating.md``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "lieuxcommuns_desktop"
I18N = ROOT / "resources" / "i18n"
SOURCE_LANGUAGE = "fr"
TARGETS = {"en": "en"}  # file suffix -> Qt target language
# Generated migration scripts hold no user-visible text.
EXCLUDED = ("core/migrations/versions/",)


def tool(name: str) -> str:
    """The Qt tool shipped next to this Python (the venv's), else the one on PATH."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this Python's environment")
    return found


def source_files() -> list[str]:
    """Every tracked (or, outside git, present) .py file of the package, repo-relative."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "--", "*.py"],
            cwd=PACKAGE, check=True, capture_output=True, text=True,
        ).stdout.split()
        files = sorted({(PACKAGE / name).resolve() for name in listed})
    except (OSError, subprocess.CalledProcessError):
        files = sorted(PACKAGE.rglob("*.py"))
    return [
        str(path.relative_to(ROOT))
        for path in files
        if path.exists() and not any(part in path.as_posix() for part in EXCLUDED)
    ]


def lupdate_command(ts: Path, lang: str = "en", *, silent: bool = True) -> list[str]:
    """The lupdate call (run from ROOT); the tests reuse it to check the .ts is up to date."""
    return [
        tool("pyside6-lupdate"), *(["-silent"] if silent else []),
        "-no-obsolete", "-locations", "absolute",
        "-source-language", SOURCE_LANGUAGE, "-target-language", TARGETS[lang],
        *source_files(), "-ts", str(ts),
    ]


def update(lang: str) -> Path:
    ts = I18N / f"lieuxcommuns_{lang}.ts"
    subprocess.run(lupdate_command(ts.relative_to(ROOT), lang), cwd=ROOT, check=True)
    return ts


def release(ts_files: list[Path], out_dir: Path | None = None) -> list[Path]:
    """Compile each .ts into a .qm (beside it, or in ``out_dir``)."""
    written = []
    for ts in ts_files:
        qm = (out_dir or ts.parent) / (ts.stem + ".qm")
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
        )
        written.append(qm)
    return written


def unfinished(ts: Path) -> int:
    return sum(
        1
        for translation in ET.parse(ts).iter("translation")
        if translation.get("type") == "unfinished"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-release", action="store_true", help="skip pyside6-lrelease")
    args = parser.parse_args(argv)
    ts_files = [update(lang) for lang in TARGETS]
    for ts in ts_files:
        print(f"{ts.relative_to(ROOT)}: {unfinished(ts)} unfinished")
    if not args.no_release:
        for qm in release(ts_files):
            print(f"wrote {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
