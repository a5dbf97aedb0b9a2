"""The kit read back with pypdf: pages, sizes, names, hard strings printed literally."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.pagesizes import A4, landscape

from lieuxcommuns_desktop.core.errors import LieuxError
from lieuxcommuns_desktop.printing import data as kit_data
from lieuxcommuns_desktop.printing import kit
from lieuxcommuns_desktop.printing.documents import attendance
from lieuxcommuns_desktop.printing.options import DOCUMENTS, KitOptions

ROOT = Path(__file__).resolve().parents[2]


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def sizes(path: Path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in pypdf.PdfReader(path).pages]


def test_whole_kit_pages_footer_and_literal_text(notebook, atelier, tmp_path) -> None:
    out = kit.write_kit(notebook, atelier.id, tmp_path / "kit.pdf")
    reader = pypdf.PdfReader(out)
    total = len(reader.pages)
    assert total >= 10
    text = text_of(out)
    for number in (1, total):
        assert f"page {number}/{total}" in reader.pages[number - 1].extract_text()
    assert text.count("CC BY-SA 4.0") >= total
    assert "Lieux Communs — parcours 2026" in text
    for word in ("Gestion de l'eau", "œuvre", "« Élan »", "’", "€", "Łódź", "Привет", "Ελλάδα",
                 "Zola00", "Émile", "Mairie — service urbanisme", "9h30", "Accueil café"):
        assert word in text, word
    assert "<b>gras</b>" in text and "<font color='red'>" in text
    assert 'src="file:/etc/passwd"' in text
    assert "\u25a0" not in text
    assert (round(A4[0]), round(A4[1])) in sizes(out)


def test_only_selected_documents_and_canvas_paper(notebook, atelier, tmp_path) -> None:
    out = kit.write_kit(notebook, atelier.id, tmp_path / "a.pdf",
                        KitOptions(documents=("cover", "roles"), paper="a4"))
    text = text_of(out)
    assert "Matrice des rôles" in text and "Feuille d'émargement" not in text
    assert (round(landscape(A4)[0]), round(landscape(A4)[1])) in sizes(out)


def test_attendance_rows_prefilled_then_blank(notebook, atelier) -> None:
    data = kit_data.load(notebook, atelier.id)
    (section,) = attendance.build(data, KitOptions(blank_rows=14))
    table = next(f for f in section.flowables if hasattr(f, "_cellvalues"))
    assert len(table._cellvalues) == 1 + 12 + 14
    assert table.repeatRows == 1
    names = [row[0] for row in table._cellvalues[1:13]]
    assert names == sorted(names)


def test_failure_keeps_previous_pdf(notebook, atelier, tmp_path, monkeypatch) -> None:
    target = tmp_path / "kit.pdf"
    target.write_bytes(b"previous kit")

    def broken(data, options):
        raise RuntimeError("half-way")

    monkeypatch.setitem(kit.BUILDERS, "minutes", broken)
    with pytest.raises(RuntimeError):
        kit.write_kit(notebook, atelier.id, target)
    assert target.read_bytes() == b"previous kit"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_unwritable_target_reports_reason(notebook, atelier, tmp_path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(LieuxError) as info:
        kit.write_kit(notebook, atelier.id, blocker / "kit.pdf")
    assert "Impossible d'écrire" in info.value.message


def test_cli_kit_and_errors(notebook, atelier, notebook_path, tmp_path) -> None:
    notebook.close()
    out = tmp_path / "cli.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "lieuxcommuns_desktop", "kit", str(notebook_path),
         "--atelier", atelier.title.upper(), "-o", str(out), "--only", "attendance",
         "--blank-rows", "3"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Feuille d'émargement" in text_of(out)
    bad = subprocess.run(
        [sys.executable, "-m", "lieuxcommuns_desktop", "kit", str(notebook_path),
         "--atelier", "nope", "-o", str(tmp_path / "x.pdf")],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert bad.returncode == 1
    assert len(bad.stderr.strip().splitlines()) == 1 and "Traceback" not in bad.stderr
    assert "introuvable" in bad.stderr


def test_all_documents_known() -> None:
    assert set(DOCUMENTS) >= set(kit.BUILDERS)


def test_attendance_notice_on_every_page_and_names_wrap_whole(notebook, atelier,
                                                              tmp_path) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph

    from lieuxcommuns_desktop.core import model as m
    from lieuxcommuns_desktop.core.services import records
    from lieuxcommuns_desktop.printing import fonts

    structure = "Association pour la sauvegarde du patrimoine de Montreuil-sous-Bois"
    person = records.create(notebook, m.Participant, last_name="Long" * 30,
                            structure=structure)
    records.create(notebook, m.Attendance, atelier_id=atelier.id, participant_id=person.id)
    out = kit.write_kit(notebook, atelier.id, tmp_path / "sheet.pdf",
                        KitOptions(documents=("attendance",), blank_rows=40))
    pages = pypdf.PdfReader(out).pages
    assert len(pages) >= 2
    assert all("Données personnelles" in page.extract_text() for page in pages)
    flat = " ".join(text_of(out).split())
    assert structure in flat and "…" not in flat  # whole, wrapped between words, never cut
    data = kit_data.load(notebook, atelier.id)
    (section,) = attendance.build(data, KitOptions())
    table = next(f for f in section.flowables if hasattr(f, "_cellvalues"))
    for row in table._cellvalues[1:]:
        for value, width in zip(row[:4], table._colWidths[:4], strict=True):
            if isinstance(value, Paragraph):
                value.wrap(width - 12, 1e9)
                assert all(w <= width - 12 for w in value.getActualLineWidths0())
            else:
                assert stringWidth(value, fonts.REGULAR, 9) <= width - 12
