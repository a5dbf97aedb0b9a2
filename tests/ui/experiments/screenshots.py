"""Take the experiment page's screenshots for the guides (a script, not a test).

The demo notebook in the real main window at 1024×768: the sheet (origin,
partners, review ateliers) and the indicators tab (chart, measures list,
delete buttons) of an experiment with measures, in French and in English::

    xvfb-run -a -s "-screen 0 1024x768x24" \\
        python tests/ui/experiments/screenshots.py fr docs/screenshots
    xvfb-run -a -s "-screen 0 1024x768x24" \\
        python tests/ui/experiments/screenshots.py en docs/screenshots

French pictures are ``experiments-*.png``, English ones ``en-experiments-*.png``
(and ``en-tables-experimentations.png``, the page as first opened, which
``tests/ui/window/guide_screenshots.py`` also takes).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
from tests.ui.shots import SIZE, isolated_home, shown_window  # noqa: E402 - after sys.path

HOME = isolated_home("lc-exp-shots-")


def main(lang: str, out: Path) -> None:
    os.environ["LIEUXCOMMUNS_LANG"] = lang
    from lieuxcommuns_desktop.core.demo import build_demo
    from lieuxcommuns_desktop.core.model import Atelier
    from lieuxcommuns_desktop.core.services import experiments as ex
    from lieuxcommuns_desktop.core.services import experiments_views as views
    from lieuxcommuns_desktop.core.services import records
    from lieuxcommuns_desktop.core.services.notebook import Notebook
    from lieuxcommuns_desktop.ui import settings
    from lieuxcommuns_desktop.ui.app import create_app

    out.mkdir(parents=True, exist_ok=True)
    app = create_app([])
    path = build_demo(HOME / "demo.lieux")
    # One experiment reviewed at a later atelier, as the sheet's new row shows.
    nb = Notebook.open(path)
    pages = views.all_pages(nb)
    chosen = max(pages, key=lambda p: sum(len(i.values) for i in p.indicators))
    born = {a.atelier_id for a in chosen.ateliers}
    later = [a for a in records.all_of(nb, Atelier, Atelier.date) if a.id not in born]
    if later:
        ex.link_atelier(nb, chosen.id, later[-1].id)
    nb.close()
    settings.add_recent(path)
    window = shown_window()
    prefix = "" if lang == "fr" else f"{lang}-"

    def snap(name: str) -> None:
        window.resize(*SIZE)
        for _ in range(10):
            app.processEvents()
        target = out / f"{prefix}{name}.png"
        window.grab().save(str(target))
        print(target)

    window.open_path(path)
    for _ in range(10):
        app.processEvents()
    if not window.navigation.select("page", "experimentations"):
        raise SystemExit("no experiments page")
    page = window.current_page
    if lang != "fr":
        snap("tables-experimentations")
    page.select(chosen.id)
    page.detail.tabs.setCurrentIndex(0)
    snap("experiments-sheet")
    page.detail.tabs.setCurrentIndex(1)
    page.detail.indicators.setCurrentCell(0, 0)
    page.detail.measures.setFocus()
    snap("experiments-indicators")
    window.close()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
