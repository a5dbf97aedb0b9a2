"""The *lettre de suivi* is offered in the print dialog with an atelier too: unticked,
printed after the kit (or alone), with the same "changed since" option and HTML page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.printing.options import DOCUMENTS
from lieuxcommuns_desktop.ui.printing.dialog import PrintDialog
from tests.printing.test_print_dialog_letter import doc  # noqa: F401 - the shared notebook

D = dt.date
TITLE = "Lettre de suivi des expérimentations"


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def _dialog(qtbot, document) -> PrintDialog:
    atelier = records.all_of(document.notebook, m.Atelier)[0]
    dialog = PrintDialog(document, atelier.id)
    qtbot.addWidget(dialog)
    return dialog


def test_the_letter_is_offered_unticked_after_the_kit(qtbot, doc, tmp_path) -> None:  # noqa: F811
    dialog = _dialog(qtbot, doc)
    assert list(dialog.checks) == [*DOCUMENTS, "letter"]
    assert not dialog.checks["letter"].isChecked()
    assert not dialog.letter_html_button.isEnabled()
    assert dialog.paper.isVisibleTo(dialog)  # the kit's own options stay
    assert dialog.wait_ready()
    kit_only = dialog.save_pdf(str(tmp_path / "kit.pdf"))
    assert TITLE not in _text(kit_only)
    dialog.checks["letter"].setChecked(True)
    assert dialog.letter_html_button.isEnabled()
    assert dialog.wait_ready()
    both = dialog.save_pdf(str(tmp_path / "kit-lettre.pdf"))
    assert len(PdfReader(both).pages) > len(PdfReader(kit_only).pages)
    text = _text(both)
    assert TITLE in text and "Le parc" in text
    assert text.index(TITLE) > text.index("Le parc")  # the kit first, the letter after
    assert "Comité d'usagers <b>du parc</b>" in text and "Ancienne expérimentation" in text


def test_the_letter_alone_changed_since_a_date(qtbot, doc, tmp_path) -> None:  # noqa: F811
    dialog = _dialog(qtbot, doc)
    for key, box in dialog.checks.items():
        box.setChecked(key == "letter")
    dialog.letter_only_since.setChecked(True)
    dialog.letter_since.setDate(QDate(2026, 10, 1))
    assert dialog.letter_since_date() == D(2026, 10, 1)
    assert dialog.wait_ready()
    text = _text(dialog.save_pdf(str(tmp_path / "lettre.pdf")))
    assert TITLE in text and "Lancement validé" in text
    assert "Ancienne expérimentation" not in text
    assert "Feuille d'émargement" not in text  # only what was ticked
    page = dialog.save_letter_html(str(tmp_path / "lettre.html"))
    assert page is not None and "Ancienne" not in page.read_text(encoding="utf-8")
