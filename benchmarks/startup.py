"""Start-up: a bare PySide6 QMainWindow vs ``lieuxcommuns-desktop --smoke`` on the demo.

Both run in alternation, as separate processes, timed the same way: seconds
from their launch (this script's ``time.monotonic()`` reading, handed over in
``LIEUXCOMMUNS_LAUNCHED_AT``; ``/proc``'s process start counts in hundredths,
a tenth of a bare window) to the first paint of the central widget, and the
peak resident memory of each child (``wait4``'s ru_maxrss).
For the app, ``--smoke`` also prints when it is *ready*: the notebook attached
and the page it shows painted — the moment a facilitator can work. Targets
(issue 13): ready within 4x the bare window's paint, peak memory within 2x.

Wall times on a shared machine move by a fifth from one run to the next, and
the load drifts within a run: besides the ratio of the medians, each app run is
divided by the bare run just before it, and the median of those paired ratios
is printed too. ``--instructions`` adds a figure that does not: both runs once more under
valgrind's callgrind, which counts the instructions each process executes
(start to exit, the app quitting as soon as it is ready). It needs valgrind,
and takes a few minutes.

    python benchmarks/startup.py [--rounds 5] [--instructions]
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]

BARE = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

def elapsed():  # as the app's process_elapsed(): from the launcher's clock reading
    return time.monotonic() - float(os.environ["LIEUXCOMMUNS_LAUNCHED_AT"])

app = QApplication(sys.argv)
window = QMainWindow()
label = QLabel("Bonjour")
window.setCentralWidget(label)

class First(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, lambda: (print(f"{elapsed():.3f}", flush=True), app.exit(0)))
        return False

watcher = First()
label.installEventFilter(watcher)
window.resize(1280, 760)
window.show()
sys.exit(app.exec())
"""


class Run(NamedTuple):
    times: list[float]  #: what the child printed, one number a line (first paint, ready)
    rss_kib: int  #: its peak resident memory
    cpu: float  #: its user + system CPU seconds, start to exit (steadier than wall time)


def run(cmd: list[str], env: dict[str, str]) -> Run:
    # Both children time themselves from this reading of the system-wide monotonic
    # clock: /proc's process start counts in hundredths, a tenth of a bare window.
    env = {**env, "LIEUXCOMMUNS_LAUNCHED_AT": repr(time.monotonic())}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{cmd} exited {proc.returncode}")
    return Run([float(line) for line in out.split()], usage.ru_maxrss,
               usage.ru_utime + usage.ru_stime)


def instructions(cmd: list[str], env: dict[str, str]) -> int:
    """Instructions executed by ``cmd`` and its threads, counted by callgrind."""
    env = {**env, "LIEUXCOMMUNS_LAUNCHED_AT": repr(time.monotonic())}  # the bare window reads it
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                           *cmd], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True, timeout=1800)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"no instruction count from valgrind for {cmd}")
    return int(found.group(1))


def demo_notebook(folder: Path) -> Path:
    path = folder / "demo.lieux"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "lieuxcommuns_desktop", "demo", str(path)],
                   cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--instructions", action="store_true",
                        help="also count instructions with valgrind (deterministic)")
    args = parser.parse_args()
    if args.instructions and shutil.which("valgrind") is None:
        raise SystemExit("--instructions needs valgrind")
    # As installed (pip compiles the bytecode): without it, a PYTHONDONTWRITEBYTECODE
    # environment would compile every module of the app at each start, not the bare window's.
    compileall.compile_dir(ROOT / "lieuxcommuns_desktop", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        notebook = demo_notebook(folder)
        env = {**os.environ, "PYTHONPATH": str(ROOT),
               "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "XDG_CONFIG_HOME": str(folder / "config"), "XDG_DATA_HOME": str(folder / "data"),
               "LIEUXCOMMUNS_LANG": "fr"}
        bare_cmd = [sys.executable, "-c", BARE]
        app_cmd = [sys.executable, "-m", "lieuxcommuns_desktop", "--smoke", str(notebook)]
        run(bare_cmd, env)  # warm the disk cache for both
        run(app_cmd, env)
        bare: list[Run] = []
        app: list[Run] = []
        for _ in range(args.rounds):
            bare.append(run(bare_cmd, env))
            app.append(run(app_cmd, env))
        counts = ((instructions(bare_cmd, env), instructions(app_cmd, env))
                  if args.instructions else None)
    bare_paint = [r.times[0] for r in bare]
    app_paint = [r.times[0] for r in app]
    app_ready = [r.times[-1] for r in app]
    b = statistics.median(bare_paint)
    b_mem = statistics.median(r.rss_kib for r in bare) / 1024
    a_mem = statistics.median(r.rss_kib for r in app) / 1024
    b_cpu = statistics.median(r.cpu for r in bare)
    a_cpu = statistics.median(r.cpu for r in app)

    def line(label: str, values: list[float]) -> str:
        med = statistics.median(values)
        return (f"{label:<24} median {med:.3f} s  {med / b:5.2f}x   "
                f"runs {' '.join(f'{t:.3f}' for t in values)}")

    print(f"rounds                   {args.rounds} (alternating)")
    print(line("bare QMainWindow paint", bare_paint))
    print(line("app first paint", app_paint))
    print(line("app ready (page shown)", app_ready) + "   (target <= 4x)")
    paired = [a.times[-1] / r.times[0] for a, r in zip(app, bare, strict=True)]
    print(f"ready / bare, paired     median {statistics.median(paired):.2f}x   "
          f"runs {' '.join(f'{x:.2f}' for x in paired)}   (each over the bare run before it)")
    print(f"peak memory (median)     bare {b_mem:.0f} MiB   app {a_mem:.0f} MiB   "
          f"{a_mem / b_mem:.2f}x   (target <= 2x)")
    print(f"CPU start to exit        bare {b_cpu:.2f} s   app {a_cpu:.2f} s   "
          f"{a_cpu / b_cpu:.2f}x   (less sensitive to a busy machine)")
    if counts is not None:
        bare_g, app_g = (n / 1e9 for n in counts)
        print(f"instructions (callgrind)  bare {bare_g:.2f} G   app {app_g:.2f} G   "
              f"{app_g / bare_g:.2f}x   (the same on every run)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
