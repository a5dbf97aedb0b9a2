"""The ``map`` command (Qt-free renderer) beside the Qt export it replaced, in one run.

Run: ``python -m benchmarks.map_command [runs]`` from the repository root (3 runs by
default; medians printed). Each measure is a fresh process, as a user's command is:
wall time from the interpreter's start to the file written, and the process's peak
memory. The baseline is what the command did before (a ``QApplication``, the map's
``MapScene`` and ``ui/canvas/export.export``), on the same 20-acteur map, same
width (2000 px), same process start-up (``cli.main``'s preload and language).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from lieuxcommuns_desktop.core.services.notebook import Notebook
from tests.ui.canvas import sample

ROOT = Path(__file__).resolve().parents[1]

COMMAND = """
import json, resource, sys, time
start = time.perf_counter()
from lieuxcommuns_desktop import cli
status = cli.main(["map", sys.argv[1], "--atelier", "friche des tanneries", "-o", sys.argv[2]])
print(json.dumps({"s": time.perf_counter() - start, "status": status,
                  "kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""

QT_BASELINE = """
import json, resource, sys, time
start = time.perf_counter()
from lieuxcommuns_desktop import language, preload
preload.import_core()
language.install("fr")
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
language.install("fr")
from lieuxcommuns_desktop.commands._common import atelier_in
from lieuxcommuns_desktop.commands.map import _resolve_map
from lieuxcommuns_desktop.ui.canvas.export import export
from lieuxcommuns_desktop.ui.canvas.scene import MapScene
with atelier_in(sys.argv[1], "friche des tanneries") as (nb, atelier):
    scene = MapScene(nb, _resolve_map(nb, atelier.id, None).id)
    export(scene, sys.argv[2], 2000)
print(json.dumps({"s": time.perf_counter() - start, "status": 0,
                  "kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def _measure(code: str, notebook: Path, out: Path) -> tuple[float, float]:
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "LIEUXCOMMUNS_LANG": "fr",
           "PYTHONPATH": str(ROOT), "HOME": str(out.parent)}
    done = subprocess.run([sys.executable, "-c", code, str(notebook), str(out)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["status"] == 0 and out.stat().st_size > 0
    return result["s"], result["kib"] / 1024


def main(runs: int = 3) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        notebook = folder / "carte.lieux"
        nb = Notebook.create(notebook)
        sample.build(nb)
        nb.close()
        print(f"map command, 20 acteurs, 16 relations, 2000 px; median of {runs} runs")
        print(f"{'':<26}{'seconds':>9}{'peak MiB':>10}")
        for suffix in ("png", "svg"):
            for name, code in (("Qt export (baseline)", QT_BASELINE),
                               ("Qt-free command", COMMAND)):
                figures = [_measure(code, notebook, folder / f"out.{suffix}")
                           for _ in range(runs)]
                seconds = statistics.median(f[0] for f in figures)
                mib = statistics.median(f[1] for f in figures)
                print(f"{suffix.upper()} {name:<22}{seconds:>9.2f}{mib:>10.0f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
