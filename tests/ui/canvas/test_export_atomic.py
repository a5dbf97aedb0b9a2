"""The window's PNG/SVG export writes in one atomic step: a failure keeps the previous file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPainter

from lieuxcommuns_desktop.ui.canvas import export
from lieuxcommuns_desktop.ui.canvas.scene import MapScene
from tests.ui.canvas import sample


@pytest.fixture
def scene(qtbot, notebook):
    _atelier_id, map_id, _ids = sample.build(notebook)
    scene = MapScene(notebook, map_id)
    yield scene
    scene.clear()


@pytest.mark.parametrize("suffix", [".svg", ".png"])
def test_a_failed_export_keeps_the_previous_file(scene: MapScene, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 suffix: str) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / f"carte{suffix}"
    target.write_bytes(b"previous export")

    def broken(painter: QPainter, *_args: object) -> None:
        painter.drawLine(0, 0, 10, 10)  # something drawn, then the renderer fails
        raise RuntimeError("half-way")

    monkeypatch.setattr(export, "render", broken)
    with pytest.raises(RuntimeError):
        export.export(scene, target, 600)
    assert target.read_bytes() == b"previous export"
    assert sorted(p.name for p in folder.iterdir()) == [target.name]


def test_an_export_replaces_the_file_whole(scene: MapScene, tmp_path: Path) -> None:
    svg = export.export(scene, tmp_path / "carte.svg", 600)
    assert svg.read_text(encoding="utf-8").rstrip().endswith("</svg>")
    png = export.export(scene, tmp_path / "carte.png", 600)
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert not list(tmp_path.glob(".*.part"))
