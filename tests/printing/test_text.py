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
