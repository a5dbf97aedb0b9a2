"""User text reaches paper literally, without controls and without empty boxes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lieuxcommuns_desktop.printing import fonts
from lieuxcommuns_desktop.printing.text import REPLACEMENT, clean, line, para


def test_markup_is_escaped_and_newlines_kept() -> None:
    assert para("<b>x</b> & y\r\nz") == "&lt;b&gt;x&lt;/b&gt; &amp; y<br/>z"


def test_controls_and_bidi_overrides_are_dropped() -> None:
    assert clean("a\x00b\x07c\u202ed\u200de") == "abcde"


def test_uncovered_characters_become_the_replacement_mark() -> None:
    text = clean("ok \U0001fae0 \U00013000")  # a recent emoji, an Egyptian hieroglyph
    assert text.startswith("ok ") and text.count(REPLACEMENT) == 2


def test_line_elides_long_text() -> None:
    assert line("x" * 300, 20) == "x" * 19 + "…"


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=200))
def test_every_printed_character_is_in_the_font(value: str) -> None:
    assert all(ch in "\n\t" or fonts.supported(ch) for ch in clean(value))


@given(st.text(alphabet="ab \n", max_size=9000), st.integers(min_value=5, max_value=3000))
def test_chunks_are_bounded_and_rejoin_to_the_text(value: str, limit: int) -> None:
    from lieuxcommuns_desktop.printing.text import chunks

    pieces = chunks(value, limit)
    assert all(len(piece) <= limit for piece in pieces)
    # Cut at a line end or a space (dropped), or inside an over-long word (kept whole).
    rejoined = "".join(pieces)
    assert rejoined.replace(" ", "").replace("\n", "") == \
        clean(value).replace(" ", "").replace("\n", "")
    if len(clean(value)) <= limit:
        assert pieces == [clean(value)]


def test_french_plural_marks_follow_french_rules() -> None:
    from lieuxcommuns_desktop.core.i18n import translate

    text = "%n personne(s) venue(s), (un|des) journa(l|ux), (ce|ces) bureau(x)"
    assert translate("printing", text, None, 0) == "0 personne venue, un journal, ce bureau"
    assert translate("printing", text, None, 1) == "1 personne venue, un journal, ce bureau"
    assert translate("printing", text, None, 2) == "2 personnes venues, des journaux, ces bureaux"
    assert translate("printing", "{who} : %n note(s)", None, 3, who="Léa") == "Léa : 3 notes"
