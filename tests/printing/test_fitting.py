"""Names on map cards and matrix headers: whole when they can be, cut right when not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.units import mm

from lieuxcommuns_desktop.printing import cells
from lieuxcommuns_desktop.printing.layout import styles
from lieuxcommuns_desktop.printing.map_drawing import CARD_SIZES, LEADING, _fit, fit_lines
from lieuxcommuns_desktop.printing.map_svg import SvgPainter

P = SvgPainter()
WIDTH, HEIGHT = 102.0, 38.0


def _linear_fit(text: str, width: float, size: float) -> str:
    """The old one-character-at-a-time elision, as the reference for short texts."""
    if P.text_width(text, size) <= width:
        return text
    while text and P.text_width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzMWéè .-", max_size=80),
       st.floats(min_value=20, max_value=150))
def test_bisection_finds_what_the_linear_search_found(text: str, width: float) -> None:
    assert _fit(P, text, width, 11) == _linear_fit(text, width, 11)


def test_realistic_names_print_whole_on_their_card() -> None:
    for name in ("Mairie de Montreuil", "Mairie de Montreuil — direction de l'urbanisme",
                 "Association des habitants du quartier de la Boissière et des Ruffins",
                 "Établissement public foncier d'Île-de-France"):
        lines, size = fit_lines(P, name, WIDTH, HEIGHT)
        assert " ".join(lines) == name
        assert all(P.text_width(line, size) <= WIDTH for line in lines)
        assert len(lines) * size * LEADING <= HEIGHT


def test_a_name_too_long_for_any_size_is_cut_with_an_ellipsis() -> None:
    for name in ("X" * 40_000, "mot " * 250_000, "Nom " * 150):
        lines, size = fit_lines(P, name, WIDTH, HEIGHT)
        assert size == CARD_SIZES[-1]
        assert lines[-1].endswith("…")
        assert all(P.text_width(line, size) <= WIDTH for line in lines)
        assert len(lines) * size * LEADING <= HEIGHT


def test_header_names_shrink_then_wrap_then_are_abridged() -> None:
    st_ = styles()
    short = cells.bounded("Ville de Montreuil — direction de l'urbanisme", st_.cell_bold,
                          30 * mm, 30 * mm)
    assert not short.elided
    assert short.paragraph.wrap(30 * mm, 30 * mm)[1] <= 30 * mm
    long = cells.bounded("Acteur " * 90, st_.cell_bold, 20 * mm, 30 * mm)
    assert long.elided
    assert long.paragraph.wrap(20 * mm, 30 * mm)[1] <= 30 * mm
    assert long.paragraph.text.endswith("…")


def test_a_long_cell_becomes_one_row_per_piece_and_keeps_its_styles() -> None:
    from reportlab.platypus import Paragraph

    from lieuxcommuns_desktop.printing.layout import paragraphs
    from lieuxcommuns_desktop.printing.tables import kit_table

    st_ = styles()
    long = "mot " * 2600  # 10,400 characters
    rows = [["Tâche", "R"], [paragraphs(long, st_.cell), Paragraph("A", st_.cell)],
            ["Suite", "C"]]
    table = kit_table(rows, [60 * mm, 20 * mm], repeat_rows=1,
                      commands=[("BACKGROUND", (1, 1), (1, 1), "#888888")])
    values = table._cellvalues
    assert len(values) == 1 + 6 + 1  # header, six pieces of at most 2,000 characters, last row
    assert values[1][1].text == "A" and all(row[1] == "" for row in values[2:7])
    assert " ".join(row[0].text for row in values[1:7]).split() == long.split()
    assert values[7][0] == "Suite"
    backgrounds = [c for c in table._bkgrndcmds if c[0] == "BACKGROUND"]
    assert backgrounds[0][1:3] == ((1, 1), (1, 6))  # the row's colour covers all its pieces
