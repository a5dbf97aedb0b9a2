"""Build the one-folder bundle: ``python build/build_bundle.py``.

Run it with the project's virtualenv Python (the one that has PySide6 and the
other dependencies). It installs PyInstaller into that environment if missing,
compiles the translations (``pyside6-lrelease``), then runs PyInstaller on
``build/lieuxcommuns.spec`` with its work folder in ``build/work`` and the
bundle in ``build/dist/lieuxcommuns-desktop/`` (both ignored by git).

Options: ``--distpath``/``--workpath`` to build elsewhere, ``--no-clean`` to
reuse PyInstaller's cache, ``--archive`` to also write
``lieuxcommuns-desktop-<version>-linux-x86_64.tar.gz`` beside the bundle.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bundle_config as cfg  # noqa: E402

log = logging.getLogger("build_bundle")

PYINSTALLER_REQUIREMENT = "pyinstaller>=6.5"


def ensure_pyinstaller() -> None:
    """Install PyInstaller into the running interpreter's environment if it is missing."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    log.info("PyInstaller missing: pip install %s", PYINSTALLER_REQUIREMENT)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", PYINSTALLER_REQUIREMENT], check=True
    )


def lrelease() -> str:
    """The ``pyside6-lrelease`` next to this interpreter, else on PATH."""
    candidates = [Path(sys.executable).with_name("pyside6-lrelease"),
                  Path(sys.executable).with_name("pyside6-lrelease.exe")]
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6 in this environment")
    return found


def compile_translations() -> list[Path]:
    sources = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
    if sources:
        subprocess.run([lrelease(), "-silent", *map(str, sources)], check=True)
    compiled = [ts.with_suffix(".qm") for ts in sources]
    missing = [qm for qm in compiled if not qm.exists()]
    if missing:
        raise SystemExit(f"lrelease did not write {missing}")
    return compiled


def run_pyinstaller(distpath: Path, workpath: Path, clean: bool) -> Path:
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(distpath), "--workpath", str(workpath),
        str(HERE / "lieuxcommuns.spec"),
    ]
    if clean:
        command.insert(4, "--clean")
    subprocess.run(command, check=True, cwd=ROOT)
    bundle = distpath / cfg.EXE_NAME
    if not (bundle / cfg.EXE_NAME).exists() and not (bundle / f"{cfg.EXE_NAME}.exe").exists():
        raise SystemExit(f"no executable in {bundle}")
    return bundle


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def archive(bundle: Path) -> Path:
    machine = platform.machine().lower() or "unknown"
    name = f"{cfg.EXE_NAME}-{cfg.version()}-{sys.platform.replace('32', '')}-{machine}"
    target = bundle.parent / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(bundle, arcname=name)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--distpath", type=Path, default=HERE / "dist")
    parser.add_argument("--workpath", type=Path, default=HERE / "work")
    parser.add_argument("--no-clean", action="store_true", help="reuse PyInstaller's cache")
    parser.add_argument("--archive", action="store_true", help="also write a .tar.gz")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")

    start = time.perf_counter()
    ensure_pyinstaller()
    qms = compile_translations()
    log.info("translations: %s", ", ".join(q.name for q in qms) or "none")
    bundle = run_pyinstaller(args.distpath.resolve(), args.workpath.resolve(), not args.no_clean)
    log.info(
        "bundle %s (version %s): %.1f MB in %.0f s",
        bundle, cfg.version(), folder_size(bundle) / 1e6, time.perf_counter() - start,
    )
    if args.archive:
        log.info("archive %s", archive(bundle))
    print(bundle)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
