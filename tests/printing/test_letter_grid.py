"""The letter's drawn indicator table: split between rows with the header repeated,
long words cut to stay in their column, read back with pypdf."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.services import experiments as ex
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.printing.letter import write_letter
from lieuxcommuns_desktop.printing.letter_grid import _wrap

TODAY = dt.date(2026, 11, 30)
LONG_WORD = "Participation" * 30


def test_a_long_table_splits_with_its_header_and_long_words_stay_in_the_page(
        tmp_path: Path) -> None:
    nb = Notebook.create(tmp_path / "carnet.lieux", title="Programme")
    lead = records.create(nb, m.Collectivite, name="Montreuil")
    exp = ex.create(nb, "Régie de quartier", collectivite_id=lead.id,
                    today=dt.date(2026, 1, 5)).created("experimentation")[0]
    for n in range(70):
        name = LONG_WORD if n == 3 else f"Indicateur numéro {n + 1}"
        ind = ex.add_indicator(nb, exp, name, "personnes", 0, 50).created("indicator")[0]
        ex.add_value(nb, ind, dt.date(2026, 10, 28), n, today=TODAY)
    try:
        out = write_letter(nb, tmp_path / "lettre.pdf", today=TODAY)
    finally:
        nb.close()
    reader = PdfReader(out)
    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) >= 3
    text = " ".join(" ".join(pages).split())
    for n in (1, 2, 35, 70):
        assert f"Indicateur numéro {n} " in text
    assert "69 personnes le 28/10/2026" in text
    # The header row is repeated on each page the table runs over.
    assert sum("Dernière mesure" in page for page in pages) >= 3
    # The unbroken name is cut into lines inside the page, none lost.
    assert LONG_WORD in "".join("".join(pages).split())
    width = float(reader.pages[0].mediabox.width)
    xs: list[float] = []

    def visit(text_piece, _cm, tm, _font, _size) -> None:
        if text_piece.strip():
            xs.append(tm[4])

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    assert xs and max(xs) < width - 30  # nothing starts in the right margin


def test_wrap_cuts_words_wider_than_the_column() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from lieuxcommuns_desktop.printing import fonts
    from lieuxcommuns_desktop.printing.letter_grid import SIZE

    fonts.register()
    lines = _wrap(LONG_WORD, fonts.REGULAR, 120.0)
    assert "".join(lines) == LONG_WORD and len(lines) > 5  # 390 characters: not clipped
    assert all(stringWidth(piece, fonts.REGULAR, SIZE) <= 120.0 for piece in lines)
    assert _wrap("12 personnes", fonts.REGULAR, 120.0) == ("12 personnes",)


def test_a_pasted_huge_name_still_prints(tmp_path: Path) -> None:
    nb = Notebook.create(tmp_path / "carnet.lieux", title="Programme")
    exp = ex.create(nb, "Énorme", today=dt.date(2026, 1, 5)).created("experimentation")[0]
    ex.add_indicator(nb, exp, "x" * 100_000 + " fin", "u" * 5000, 0, 50)
    try:
        out = write_letter(nb, tmp_path / "lettre.pdf", today=TODAY)
    finally:
        nb.close()
    text = "".join("".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "xxxxxxxxxx…" in text and "Énorme" in text
