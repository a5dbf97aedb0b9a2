"""The review screen lists a photo left out of the site for want of an alt text."""

from __future__ import annotations

from pathlib import Path

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.demo import build_demo
from lieuxcommuns_desktop.core.services import photos, records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.ui.document import Document


def test_a_photo_without_alt_text_is_listed_not_dropped_silently(qtbot, tmp_path: Path):
    from lieuxcommuns_desktop.ui.dialogs.publish import PublishDialog

    path = build_demo(tmp_path / "demo.lieux")
    nb = Notebook.open(path)
    try:
        photo = records.all_of(nb, m.Photo)[0]
        photos.edit_photo(nb, photo.id, alt_text="", caption="Le mur des idées")
        dialog = PublishDialog(Document(nb))
        qtbot.addWidget(dialog)
        rows = [[dialog.review.topLevelItem(i).text(c) for c in range(4)]
                for i in range(dialog.review.topLevelItemCount())]
        summary = dialog.summary.text()
        assert dialog.publish_button.isEnabled()
        dialog.folder.setText(str(tmp_path / "site"))
        dialog.publish()
    finally:
        nb.close()
    withheld = [r for r in rows if "texte alternatif manquant" in r[2]]
    assert len(withheld) == 1 and "Le mur des idées" in withheld[0][0]
    assert withheld[0][3] == "à vérifier"
    assert "1 photo non publiée" in summary
    assert not (tmp_path / "site" / "photos").exists()
    assert (tmp_path / "site" / "index.html").is_file()
