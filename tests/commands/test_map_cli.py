"""The ``map`` command draws with the Qt-free renderer of the printed map, never with Qt."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from lieuxcommuns_desktop.printing import map_image
from tests.ui.canvas import sample

ROOT = Path(__file__).resolve().parents[2]

#: Runs the command in-process and reports which Qt modules it left in ``sys.modules``.
PROBE = (
    "import json, sys\n"
    "from lieuxcommuns_desktop import cli\n"
    "status = cli.main(sys.argv[1:])\n"
    "print(json.dumps({'status': status,\n"
    "                  'qt': sorted(m for m in sys.modules if m.split('.')[0] in\n"
    "                               ('PySide6', 'shiboken6'))}))\n"
)


def _probe(args: list[str], lang: str, tmp_path: Path) -> dict:
    env = {"PYTHONPATH": str(ROOT), "LIEUXCOMMUNS_LANG": lang, "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path)}  # no DISPLAY, no QT_QPA_PLATFORM: nothing to fall back on
    done = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def map_file(notebook) -> str:
    sample.build(notebook)
    path = str(notebook.path)
    notebook.close()
    return path


def test_command_never_imports_qt(map_file: str, tmp_path: Path) -> None:
    out = tmp_path / "carte.png"
    french = _probe(["map", map_file, "--atelier", "friche des tanneries", "-o", str(out),
                     "--width", "600"], "fr", tmp_path)
    assert french == {"status": 0, "qt": []}
    english = _probe(["map", map_file, "--atelier", "friche des tanneries", "-o",
                      str(tmp_path / "map.svg")], "en", tmp_path)
    assert english["status"] == 0
    # English loads Qt's translator (QtCore) and nothing that paints.
    assert not [m for m in english["qt"] if m.startswith(("PySide6.QtGui", "PySide6.QtWidgets",
                                                         "PySide6.QtSvg"))]


def test_png_and_svg_outputs(map_file: str, tmp_path: Path) -> None:
    env = {"PYTHONPATH": str(ROOT), "LIEUXCOMMUNS_LANG": "fr", "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path)}
    base = [sys.executable, "-m", "lieuxcommuns_desktop", "map", map_file,
            "--atelier", "friche des tanneries"]
    png, svg = tmp_path / "carte.png", tmp_path / "carte.svg"
    for out, width in ((png, 900), (svg, 1200)):
        done = subprocess.run([*base, "-o", str(out), "--width", str(width)], cwd=ROOT,
                              env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == str(out)
    with Image.open(png) as image:
        assert image.size == (900, map_image.height_for(900))
        assert len(image.convert("RGB").getcolors(1 << 20) or ()) > 8  # a drawn map
    root = ET.parse(svg).getroot()
    assert root.attrib["width"] == "1200"
    texts = " ".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith("text"))
    for name in ("Aujourd'hui", "Conseil citoyen", "Catégories"):
        assert name in texts
    assert not list(tmp_path.glob(".*.part"))  # written atomically, nothing left behind
    too_wide = subprocess.run([*base, "-o", str(png), "--width", "99999"], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)
    assert too_wide.returncode == 1 and too_wide.stderr.count("\n") == 1


def test_dashes_cover_the_pattern_and_plain_lines_stay_whole() -> None:
    pieces = map_image.dashes((0.0, 0.0), (10.0, 0.0), [3.0, 2.0])
    assert pieces == [((0.0, 0.0), (3.0, 0.0)), ((5.0, 0.0), (8.0, 0.0))]
    assert map_image.dashes((0.0, 0.0), (0.0, 4.0), []) == [((0.0, 0.0), (0.0, 4.0))]
