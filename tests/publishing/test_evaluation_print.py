"""The programme's evaluation report from the print dialog: PDF (preview, save) and HTML."""

from __future__ import annotations

from pathlib import Path

import html5lib
import pypdf

from lieuxcommuns_desktop import cli
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.printing.dialog import PrintDialog


def _text(pdf: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "") for p in pypdf.PdfReader(pdf).pages)
                    .split())


def test_the_report_is_offered_unticked_then_previewed_and_saved_as_pdf(qtbot, demo_path,
                                                                        tmp_path):
    nb = Notebook.open(demo_path)
    try:
        dialog = PrintDialog(Document(nb), None)
        qtbot.addWidget(dialog)
        assert not dialog.checks["evaluation_report"].isChecked()
        assert dialog.checks["poster"].isChecked() and dialog.checks["summary"].isChecked()
        for key, box in dialog.checks.items():
            box.setChecked(key == "evaluation_report")
        assert dialog.wait_ready()
        saved = dialog.save_pdf(str(tmp_path / "evaluation.pdf"))
    finally:
        dialog.done(0)
        nb.close()
    text = _text(saved)
    assert "Évaluation participative — " in text and "La co-décision a-t-elle progressé" in text
    assert "Les communs à travers le parcours" in text
    # the same content as the command line's report
    assert cli.main(["report", str(demo_path), "--evaluation", "-o",
                     str(tmp_path / "cli.pdf")]) == 0
    for heading in ("Questions partagées", "La co-décision a-t-elle progressé"):
        assert heading in _text(tmp_path / "cli.pdf") and heading in text


def test_the_report_saves_as_html_and_never_onto_the_notebook(qtbot, demo_path, tmp_path,
                                                              capsys, monkeypatch):
    from lieuxcommuns_desktop.ui import errors

    monkeypatch.setattr(errors, "_interactive", False)  # the refusal printed, not a modal box
    nb = Notebook.open(demo_path)
    try:
        dialog = PrintDialog(Document(nb), None)
        qtbot.addWidget(dialog)
        written = dialog.save_evaluation_html(str(tmp_path / "evaluation.html"))
        before = demo_path.read_bytes()
        refused = dialog.save_evaluation_html(str(demo_path))
    finally:
        dialog.done(0)
        nb.close()
    assert written == tmp_path / "evaluation.html"
    page = written.read_bytes()
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)
    assert tree.findall(".//script") == []
    assert "Questions partagées" in page.decode("utf-8")
    assert refused is None and demo_path.read_bytes() == before
    assert "carnet" in capsys.readouterr().err  # the one-line refusal


def test_an_atelier_kit_has_no_evaluation_report_button(qtbot, demo_path):
    nb = Notebook.open(demo_path)
    try:
        from lieuxcommuns_desktop.core import model as m
        from lieuxcommuns_desktop.core.services import records

        atelier = records.all_of(nb, m.Atelier)[0]
        dialog = PrintDialog(Document(nb), atelier.id)
        qtbot.addWidget(dialog)
        assert dialog.html_button is None and "evaluation_report" not in dialog.checks
    finally:
        dialog.done(0)
        nb.close()
