"""Screenshots of the team dialogs for the guides (a script, not a test).

The conflict review (with a few conflicts over the demo notebook) and the
share dialog, at 1024×768::

    xvfb-run -a -s "-screen 0 1024x768x24" \\
        python tests/ui/team/team_screenshots.py fr docs/screenshots

Pictures: ``team-review.png``, ``team-share.png`` (``team-*.en.png`` in English).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
HOME = Path(tempfile.mkdtemp(prefix="lc-team-shots-"))
os.environ["XDG_CONFIG_HOME"] = str(HOME / "config")
os.environ["XDG_DATA_HOME"] = str(HOME / "data")
SIZE = (1024, 768)


def _conflicts() -> list:
    from tests.ui.team.conflicts import DeleteConflict, FieldConflict

    return [
        FieldConflict("atelier", "a1", "Balade urbaine de la friche", "title",
                      "Balade urbaine de la friche", "Balade urbaine — friche Sainte-Claire",
                      "Balade urbaine"),
        FieldConflict("atelier", "a1", "Balade urbaine de la friche", "place",
                      "Maison des habitants", "Friche Sainte-Claire, hangar B", None),
        FieldConflict("atelier", "a1", "Balade urbaine de la friche", "objective",
                      "Repérer les usages actuels du site avec les habitant·es et les "
                      "associations, avant l'atelier de programmation.",
                      "Repérer les usages du site et les envies des riverain·es ; préparer "
                      "la convention d'occupation temporaire.", None),
        DeleteConflict("note", "n1", "Réserver la salle polyvalente pour le 12", "theirs"),
        FieldConflict("participant", "p1", "Leroy Sophie", "email", "s.leroy@mairie-die.fr",
                      "sophie.leroy@exemple.org", "sophie@exemple.org"),
        FieldConflict("acteur", "c1", "Association des usagers de la friche", "description",
                      "Collectif d'habitant·es, 40 adhérent·es", "Association loi 1901, "
                      "40 adhérent·es, gère le jardin partagé", "Collectif d'habitant·es"),
        DeleteConflict("sequence", "s1", "Tour de table", "mine"),
    ]


def _save(widget, target: Path, app) -> None:
    for _ in range(10):
        app.processEvents()
    widget.grab().save(str(target))
    print(target, widget.width(), widget.height())


def main(lang: str, out: Path) -> None:
    os.environ["LIEUXCOMMUNS_LANG"] = lang
    from lieuxcommuns_desktop.core.demo import build_demo
    from lieuxcommuns_desktop.ui.app import create_app
    from lieuxcommuns_desktop.ui.main_window import MainWindow
    from lieuxcommuns_desktop.ui.team.review import ConflictReviewDialog
    from lieuxcommuns_desktop.ui.team.share import ShareDialog

    suffix = "" if lang == "fr" else f".{lang}"
    out.mkdir(parents=True, exist_ok=True)
    app = create_app([])
    path = build_demo(HOME / "demo.lieux")
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    window.open_path(path)
    review = ConflictReviewDialog(_conflicts(), window, source="carnet-de-marie.lieux")
    review.show()
    review.table.selectRow(2)
    review.choose_selected("theirs")
    review.table.selectRow(0)
    _save(review, out / f"team-review{suffix}.png", app)
    review.reject()
    share = ShareDialog(window.doc, window)
    share.url_edit.setText("postgresql://lieux.agglo-exemple.fr/programme_drome"
                           "?sslmode=require")
    share.user_edit.setText("marie.durand")
    share.password_edit.setText("motdepasse")
    share.remember_box.setChecked(True)
    share.show()
    share.say(share.tr("Connexion réussie : le serveur {server} peut recevoir ce carnet.")
              .format(server="lieux.agglo-exemple.fr:5432/programme_drome"))
    _save(share, out / f"team-share{suffix}.png", app)
    share.reject()
    window.close()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
