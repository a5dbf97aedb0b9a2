"""Screenshots of the team dialogs for the guides (a script, not a test).

The conflict review (with a few conflicts over the demo notebook) and the
share dialog, at 1024×768::

    xvfb-run -a -s "-screen 0 1024x768x24" \\
        python tests/ui/team/team_screenshots.py fr docs/screenshots

Pictures: ``team-review.png``, ``team-share.png`` (``en-team-*.png`` in English).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
from tests.ui.shots import isolated_home, shown_window  # noqa: E402 - after sys.path

HOME = isolated_home("lc-team-shots-")


def _conflicts(demo: Path) -> list:
    """Conflicts of a real merge: two copies of the demo edited apart, then planned."""
    from lieuxcommuns_desktop.core.model import Atelier, Note, Participant
    from lieuxcommuns_desktop.core.services import records
    from lieuxcommuns_desktop.core.services.notebook import Notebook
    from lieuxcommuns_desktop.core.store import backup_file
    from lieuxcommuns_desktop.core.sync.merge import plan_merge
    from lieuxcommuns_desktop.core.sync.sources import state_of_file

    mine = backup_file(demo, HOME / "mine.lieux")
    theirs = backup_file(demo, HOME / "carnet-de-marie.lieux")
    edits = {
        mine: ("Balade urbaine — version de Paul", "Maison des habitants",
               "s.leroy@mairie-die.fr", "Réserver la salle polyvalente pour le 12 (confirmé)"),
        theirs: ("Balade urbaine — friche Sainte-Claire", "Friche Sainte-Claire, hangar B",
                 "sophie.leroy@exemple.org", None),
    }
    for path, (title, place, email, note_text) in edits.items():
        nb = Notebook.open(path)
        try:
            atelier = sorted(records.all_of(nb, Atelier), key=lambda a: a.id)[0]
            records.update(nb, Atelier, atelier.id, title=title, place=place)
            person = sorted(records.all_of(nb, Participant), key=lambda p: p.id)[0]
            records.update(nb, Participant, person.id, email=email)
            note = sorted(records.all_of(nb, Note), key=lambda n: n.id)[0]
            if note_text is None:
                records.delete(nb, Note, note.id)
            else:
                records.update(nb, Note, note.id, text=note_text)
        finally:
            nb.close()
    return plan_merge(state_of_file(mine), state_of_file(theirs)).conflicts


def _save(widget, target: Path, app) -> None:
    for _ in range(10):
        app.processEvents()
    widget.grab().save(str(target))
    print(target, widget.width(), widget.height())


def main(lang: str, out: Path) -> None:
    os.environ["LIEUXCOMMUNS_LANG"] = lang
    from lieuxcommuns_desktop.core.demo import build_demo
    from lieuxcommuns_desktop.ui.app import create_app
    from lieuxcommuns_desktop.ui.team.review import ConflictReviewDialog
    from lieuxcommuns_desktop.ui.team.share import ShareDialog

    prefix = "" if lang == "fr" else f"{lang}-"  # the English guide's pictures: en-*.png
    out.mkdir(parents=True, exist_ok=True)
    app = create_app([])
    path = build_demo(HOME / "demo.lieux")
    window = shown_window(at_origin=False)
    window.open_path(path)
    review = ConflictReviewDialog(_conflicts(path), window, source="carnet-de-marie.lieux")
    review.show()
    review.table.selectRow(1)
    review.choose_selected("theirs")
    review.table.selectRow(0)
    _save(review, out / f"{prefix}team-review.png", app)
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
    _save(share, out / f"{prefix}team-share.png", app)
    share.reject()
    window.close()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
