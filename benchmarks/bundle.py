"""Bundle size and start-up, beside a bare PySide6 window bundled with default hooks.

    python benchmarks/bundle.py [--runs 7] [--no-build] [--keep DIR]

Builds (in this run) the app's bundle with ``build/build_bundle.py`` and a bare
"hello window" PySide6 bundle with PyInstaller's default hooks, then prints:

* sizes: apparent bytes and disk usage of both folders (target: app <= bare);
* ``--smoke`` wall times on the demo notebook (an empty notebook when the demo
  command does not exist yet), runs alternated between the bundle, the source
  install (``python -m lieuxcommuns_desktop``) and the bare window bundle, with
  the medians and the ratios the issue asks for (bundle <= 1.1x source,
  bundle <= 3x bare).

Figures only: nothing here fails on a slow machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build"))

import bundle_config as cfg  # noqa: E402

HELLO = '''\
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
window = QLabel("Bonjour")
window.show()
if "--smoke" in sys.argv:
    QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
'''


def sizes(folder: Path) -> tuple[int, int]:
    """(apparent bytes, disk bytes) of every file and symlink under ``folder``."""
    apparent = disk = 0
    for path in folder.rglob("*"):
        if path.is_file() or path.is_symlink():
            st = path.lstat()
            apparent += st.st_size
            disk += st.st_blocks * 512
    return apparent, disk


def build_bare(work: Path) -> Path:
    script = work / "hello.py"
    script.write_text(HELLO, encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "work"),
         "--specpath", str(work), str(script)],
        check=True, cwd=work,
    )
    return work / "dist" / "hello"


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"), XDG_CACHE_HOME=str(home / ".cache"),
        LIEUXCOMMUNS_LANG="fr",
    )
    return env


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def make_notebook(app: Path, path: Path, env: dict[str, str]) -> str:
    help_text = subprocess.run([str(app), "--help"], capture_output=True, text=True, env=env).stdout
    if any(line.startswith("  demo ") for line in help_text.splitlines()):
        subprocess.run([str(app), "demo", str(path)], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        return "demo notebook"
    subprocess.run([str(app), "--smoke", str(path)], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return "empty notebook (no demo command yet)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed rounds (after one warm-up)")
    parser.add_argument("--no-build", action="store_true",
                        help="reuse build/dist/lieuxcommuns-desktop (the bare one is always built)")
    parser.add_argument("--keep", type=Path, help="build the bare bundle here and keep it")
    args = parser.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="lieuxcommuns-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        started = time.perf_counter()
        if not args.no_build:
            subprocess.run([sys.executable, str(ROOT / "build" / "build_bundle.py")], check=True)
        app_dir = ROOT / "build" / "dist" / cfg.EXE_NAME
        app = app_dir / cfg.EXE_NAME
        bare_dir = build_bare(work)
        print(f"builds: {time.perf_counter() - started:.0f} s")

        app_size, bare_size = sizes(app_dir), sizes(bare_dir)
        print("\nsize                       apparent      on disk")
        print(f"  app bundle          {app_size[0] / 1e6:9.1f} MB {app_size[1] / 2**20:8.1f} MiB")
        print(f"  bare PySide6 window {bare_size[0] / 1e6:9.1f} MB {bare_size[1] / 2**20:8.1f} MiB"
              "   (baseline, default hooks)")
        print(f"  ratio app/bare      {app_size[0] / bare_size[0]:9.2f}"
              f"    {app_size[1] / bare_size[1]:8.2f}      (target <= 1.00)")

        home = work / "home"
        home.mkdir(exist_ok=True)
        env = environment(home)
        notebook = work / "demo.lieux"
        notebook.unlink(missing_ok=True)
        kind = make_notebook(app, notebook, env)
        commands = {
            "bundle": [str(app), "--smoke", str(notebook)],
            "source": [sys.executable, "-m", "lieuxcommuns_desktop", "--smoke", str(notebook)],
            "bare": [str(bare_dir / "hello"), "--smoke"],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():  # warm-up: page cache, font cache
            timed(command, env)
        order = list(commands)
        for i in range(args.runs):
            for name in order[i % 3:] + order[:i % 3]:  # rotate who goes first
                times[name].append(timed(commands[name], env))

        median = {name: statistics.median(values) for name, values in times.items()}
        print(f"\n--smoke wall time on the {kind}, {args.runs} alternated runs")
        for name, values in times.items():
            print(f"  {name:<7} median {median[name]:6.3f} s   min {min(values):6.3f}"
                  f"   max {max(values):6.3f}")
        print(f"  bundle / source  {median['bundle'] / median['source']:5.2f}   (target <= 1.10)")
        print(f"  bundle / bare    {median['bundle'] / median['bare']:5.2f}   (target <= 3.00)")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
