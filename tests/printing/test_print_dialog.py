"""The print dialog: preview generated off the GUI thread, save, print to a PDF printer."""

from __future__ import annotations

import pypdf
from PySide6.QtPrintSupport import QPrinter

from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.printing.dialog import PrintDialog


def test_preview_save_and_print(qtbot, notebook, atelier, tmp_path) -> None:
    dialog = PrintDialog(Document(notebook), atelier.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.wait_ready()
    full = dialog.pdf.pageCount()
    assert full >= 10 and dialog.save_button.isEnabled()

    for key, box in dialog.checks.items():
        box.setChecked(key == "attendance")
    assert dialog.wait_ready()
    assert 0 < dialog.pdf.pageCount() < full

    saved = dialog.save_pdf(str(tmp_path / "emargement.pdf"))
    reader = pypdf.PdfReader(saved)
    assert "Feuille d'émargement" in reader.pages[0].extract_text()

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_kit(printer)
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == dialog.pdf.pageCount()


def test_nothing_ticked_disables_output(qtbot, notebook, atelier) -> None:
    dialog = PrintDialog(Document(notebook), atelier.id)
    qtbot.addWidget(dialog)
    dialog.wait_ready()
    for box in dialog.checks.values():
        box.setChecked(False)
    dialog.wait_ready()
    assert not dialog.save_button.isEnabled()
    assert "au moins un document" in dialog.status.text()
