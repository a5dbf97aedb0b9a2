"""Bundle size and start-up, beside a bare PySide6 window bundled with default hooks.

    python benchmarks/bundle.py [--runs 7] [--no-build] [--keep DIR]

Builds (in this run) the app's bundle with ``build/build_bundle.py`` and a bare
"hello window" PySide6 bundle with PyInstaller's default hooks, then prints:

* sizes: apparent bytes and disk usage of both folders (target: app <= bare);
* ``--smoke`` on the demo notebook (an empty notebook when the demo command
  does not exist yet), runs alternated between the bundle, the source install
  (``python -m lieuxcommuns_desktop``) and the bare window bundle: the wall time
  from start to exit, and the first-paint time each program prints (seconds
  since its process started, same clock), with the medians and the ratios the
  issue asks for (bundle <= 1.1x source, bundle <= 3x bare).

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
import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


def process_elapsed():
    # The same clock as lieuxcommuns_desktop.ui.launch: seconds since the process started.
    with open("/proc/self/stat", encoding="ascii") as fh:
        start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime", encoding="ascii") as fh:
        uptime = float(fh.read().split()[0])
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


class FirstPaint(QObject):
    done = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            elapsed = process_elapsed()
            QTimer.singleShot(0, lambda: (print(f"{elapsed:.3f}", flush=True), app.quit()))
        return False


app = QApplication(sys.argv)
window = QLabel("Bonjour")
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
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


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """(wall seconds, first-paint seconds printed by the program, if any)."""
    start = time.perf_counter()
    result = subprocess.run(command, check=True, env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    wall = time.perf_counter() - start
    printed = None
    for line in reversed(result.stdout.split()):
        try:
            printed = float(line)
            break
        except ValueError:
            continue
    return wall, printed


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
            "bare": [str(bare_dir / "hello")],
        }
        walls: dict[str, list[float]] = {name: [] for name in commands}
        paints: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():  # warm-up: page cache, font cache
            timed(command, env)
        order = list(commands)
        for i in range(args.runs):
            for name in order[i % 3:] + order[:i % 3]:  # rotate who goes first
                wall, paint = timed(commands[name], env)
                walls[name].append(wall)
                if paint is not None:
                    paints[name].append(paint)

        print(f"\n--smoke on the {kind}, {args.runs} alternated runs (median, min-max)")
        print("            wall time (start to exit)      first paint (printed by the program)")
        for name in commands:
            w, p = walls[name], paints[name]
            first = (f"{statistics.median(p):6.3f} s  ({min(p):.3f}-{max(p):.3f})" if p
                     else "     -")
            print(f"  {name:<7} {statistics.median(w):6.3f} s  ({min(w):.3f}-{max(w):.3f})"
                  f"      {first}")
        for label, series in (("wall time", walls), ("first paint", paints)):
            if not all(series.values()):
                continue
            med = {name: statistics.median(values) for name, values in series.items()}
            print(f"  {label:<12} bundle/source {med['bundle'] / med['source']:5.2f} (<= 1.10)"
                  f"   bundle/bare {med['bundle'] / med['bare']:5.2f} (<= 3.00)")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
