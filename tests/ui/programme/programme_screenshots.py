"""Screenshots of the programme page for the guides (a script, not a test).

The main window at 1024×768 on the demo programme, in French and in English::

    xvfb-run -a -s "-screen 0 1024x768x24" \\
        python -m tests.ui.programme.programme_screenshots fr docs/screenshots
    xvfb-run -a -s "-screen 0 1024x768x24" \\
        python -m tests.ui.programme.programme_screenshots en docs/screenshots

Pictures: ``<lang>-programme-<tab>.png``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tests.ui.shots import SIZE, isolated_home, shown_window

HOME = isolated_home("lc-programme-shots-")


def main(lang: str, out: Path) -> None:
    os.environ["LIEUXCOMMUNS_LANG"] = lang
    from lieuxcommuns_desktop.core.demo import build_demo
    from lieuxcommuns_desktop.ui.app import create_app
    from lieuxcommuns_desktop.ui.programme.page import ProgrammePage

    out.mkdir(parents=True, exist_ok=True)
    app = create_app([])
    path = build_demo(HOME / "demo.lieux")
    window = shown_window()
    window.open_path(path)
    for _ in range(20):
        app.processEvents()
    window.navigation.select("programme", "")
    page = window.findChild(ProgrammePage)
    for key in ("timeline", "grid", "dashboard", "phases"):
        page.panel(key)
        window.resize(*SIZE)
        for _ in range(10):
            app.processEvents()
        target = out / f"{lang}-programme-{key}.png"
        window.grab().save(str(target))
        print(target, window.width(), window.height())
    window.close()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
