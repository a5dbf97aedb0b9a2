"""``report FILE --evaluation``: the programme's evaluation report from the command line."""

from __future__ import annotations

from pathlib import Path

import html5lib
from pypdf import PdfReader

from lieuxcommuns_desktop import cli
from lieuxcommuns_desktop.core.demo import build_demo


def test_evaluation_report_as_pdf_and_html(tmp_path: Path, capsys) -> None:
    notebook = build_demo(tmp_path / "demo.lieux")
    pdf, page = tmp_path / "evaluation.pdf", tmp_path / "evaluation.html"
    assert cli.main(["report", str(notebook), "--evaluation", "-o", str(pdf)]) == 0
    text = "\n".join(p.extract_text() or "" for p in PdfReader(pdf).pages)
    assert "valuation" in text  # "Évaluation" in the report's heading
    assert cli.main(["report", str(notebook), "--evaluation", "--format", "html",
                     "-o", str(page)]) == 0
    html5lib.HTMLParser(strict=True).parse(page.read_bytes())


def test_one_report_at_a_time_and_never_onto_the_notebook(tmp_path: Path, capsys) -> None:
    notebook = build_demo(tmp_path / "demo.lieux")
    before = notebook.read_bytes()
    assert cli.main(["report", str(notebook), "--evaluation", "--experiments",
                     "-o", str(tmp_path / "r.pdf")]) == 2
    assert cli.main(["report", str(notebook), "--evaluation", "-o", str(notebook)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("lieuxcommuns-desktop:") for line in err)
    assert notebook.read_bytes() == before
    assert not (tmp_path / "r.pdf").exists()
