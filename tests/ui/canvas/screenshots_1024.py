"""Screenshots of the map at 1024×768 in the real main window (docs/screenshots/map-1024-*).

    python -m tests.ui.canvas.screenshots_1024 docs/screenshots

Runs on Qt's offscreen platform with a 1024×768 screen (a projector's or a
small laptop's resolution): the demo notebook's map before and after a
layout switch, the folded legend opened, a relation made by keyboard with
its label, and the relation mode's hint.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HOME = Path(tempfile.mkdtemp(prefix="lc-map-1024-"))
SCREEN = HOME / "screen.json"
SCREEN.write_text(json.dumps({"screens": [{"name": "S", "x": 0, "y": 0, "width": 1024,
                                           "height": 768, "logicalDpi": 96,
                                           "logicalBaseDpi": 96, "dpr": 1}]}))
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
os.environ["XDG_CONFIG_HOME"] = str(HOME / "config")
os.environ["XDG_DATA_HOME"] = str(HOME / "data")
os.environ.setdefault("LIEUXCOMMUNS_LANG", "fr")


def main(out: Path) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from lieuxcommuns_desktop.core.demo import build_demo
    from lieuxcommuns_desktop.core.enums import MapLayout
    from lieuxcommuns_desktop.ui.app import create_app
    from lieuxcommuns_desktop.ui.canvas.relation_chooser import RelationTargetDialog
    from lieuxcommuns_desktop.ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    app = create_app([])
    window = MainWindow()
    window.show()
    window.setGeometry(app.primaryScreen().availableGeometry())

    def settle() -> None:
        for _ in range(10):
            app.processEvents()

    def snap(name: str) -> None:
        settle()
        path = out / f"map-1024-{name}.png"
        window.grab().save(str(path))
        print(path)

    window.open_path(build_demo(HOME / "demo.lieux"))
    tool = None
    for atelier_id in window.navigation.atelier_ids():
        window.open_atelier(atelier_id, "map")
        settle()
        tool = window.current_page.tools.get("map")
        if tool is not None and tool.scene is not None and tool.scene.cards:
            break
    assert tool is not None and tool.scene is not None
    snap("onion")
    tool.view.toggle_folded_legend()
    snap("legend-open")
    tool.view.toggle_folded_legend()
    tool.set_layout(MapLayout.POWER_INTEREST)
    snap("power-interest")
    tool.doc.undo_stack.undo()
    settle()

    cards = sorted(tool.scene.cards.values(), key=lambda c: c.row.name)
    # two cards with open ground between them, so the label reads clearly
    source = next((c for c in cards if c.row.name.startswith("Région")), cards[0])
    tool.scene.clearSelection()
    source.setSelected(True)
    tool.view.setFocus()
    QTest.keyClick(tool.view, "r")
    snap("relation-mode")
    others = [c for c in cards if c is not source and not (c.arrows & source.arrows)]
    target = next((c for c in others if c.row.name.startswith("Juris")), others[0])

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RelationTargetDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.filter.setText(target.row.name[:8])
        dialog.label.setText("prêt de matériel")
        settle()
        dialog.grab().save(str(out / "map-1024-relation-chooser.png"))
        print(out / "map-1024-relation-chooser.png")
        dialog.accept()

    QTimer.singleShot(0, answer)
    QTest.keyClick(tool.view, Qt.Key.Key_Return)
    tool.relation.set_on(False)
    settle()
    arrow = next(e for e in tool.scene.arrows.values()
                 if e.source is source and e.row.label == "prêt de matériel")
    tool.scene.clearSelection()
    tool.scene.arrow_item(arrow).setSelected(True)
    snap("relation-label")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
