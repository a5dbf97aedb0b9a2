"""The programme's poster and summary from the print dialog (no atelier chosen)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.printing.dialog import PrintDialog
from tests.core.programme_sample import Sample, build


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_poster_and_summary_preview_and_save(qtbot, s: Sample, tmp_path: Path) -> None:
    dialog = PrintDialog(Document(s.nb), None)
    qtbot.addWidget(dialog)
    assert set(dialog.checks) == {"poster", "summary", "evaluation_report", "letter"}
    assert not dialog.checks["evaluation_report"].isChecked()  # offered, asked for by name
    assert not dialog.checks["letter"].isChecked()
    assert not dialog.paper.isVisibleTo(dialog)  # the kit's canvas options do not apply
    assert dialog.wait_ready()
    target = dialog.save_pdf(str(tmp_path / "programme.pdf"))
    assert target is not None
    text = text_of(target)
    for name in ("Arcueil", "Bréval", "Cergy", "Dammarie", "Urbanisme transitoire",
                 "Gestion de l'eau", "Espaces naturels"):
        assert name in text, name
    assert "PDF" in dialog.status.text()
    # Only the summary: fewer pages, still the collectivités.
    dialog.checks["poster"].setChecked(False)
    assert dialog.wait_ready()
    only = dialog.save_pdf(str(tmp_path / "synthese.pdf"))
    assert len(PdfReader(only).pages) < len(PdfReader(target).pages)
    assert "Cergy" in text_of(only)


def test_print_menu_without_an_atelier_prints_the_programme(qtbot, tmp_path: Path) -> None:
    from lieuxcommuns_desktop.ui.main_window import MainWindow

    s = build(tmp_path / "programme.lieux")
    s.nb.close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(s.nb.path)
    window.navigation.select("programme", "")
    assert window.current_atelier is None
    action = window.actions_by_key["print"]
    assert action.isEnabled()
    seen: list[str] = []

    def close_it() -> None:  # the user reads the title, then closes the dialog
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(300, close_it)
    action.trigger()
    assert seen == ["Imprimer le programme"]
