"""What commands print to a terminal is inert, and a huge note's snippet is bounded.

Issue 12, item 14: ``search`` printed ESC, BEL and CR from notes raw (a
terminal runs them), and a note of 20,000 repeated words made a 3-word query
take 23 s in FTS5's ``snippet()``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lieuxcommuns_desktop import cli
from lieuxcommuns_desktop.core import search, terminal
from lieuxcommuns_desktop.core.model import Atelier, Note, Sequence
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook

HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x1b[31mrouge\rcaché\x08\x9b31m\u202eesrever\u2028fin\tonglet"
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def test_clean_removes_every_control_and_bidi_override() -> None:
    cleaned = terminal.clean(HOSTILE)
    assert not CONTROLS.search(cleaned) and "\t" not in cleaned and "\n" not in cleaned
    assert "rouge" in cleaned and "caché" in cleaned and "esrever" in cleaned
    assert terminal.clean("Zoé 👩‍👩‍👧 שלום") == "Zoé 👩‍👩‍👧 שלום"  # letters and ZWJ stay
    assert terminal.fields("a\tb", "c\nd") == "a b\tc d"
    assert terminal.clean("carnet-\udcff.lieux") == "carnet-?.lieux"  # undecodable file name


def test_search_prints_no_control_character(tmp_path: Path, capsys) -> None:
    path = tmp_path / "carnet.lieux"
    nb = Notebook.create(path)
    atelier = records.create(nb, Atelier, title="Atelier " + HOSTILE)
    step = records.create(nb, Sequence, atelier_id=atelier.id, title="Étape\x1b[5m", minutes=5)
    records.create(nb, Note, atelier_id=atelier.id, sequence_id=step.id,
                   text=f"jardin {HOSTILE} partagé")
    nb.close()

    assert cli.main(["search", str(path), "jardin"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert len(lines) == 1
    assert len(lines[0].split("\t")) == 5
    assert not CONTROLS.search(out)
    assert "[jardin]" in out and "rouge" in out


def test_errors_that_quote_notebook_text_stay_inert(tmp_path: Path, capsys) -> None:
    """``--atelier`` ambiguity lists titles from the notebook on stderr."""
    path = tmp_path / "carnet.lieux"
    nb = Notebook.create(path)
    for _ in range(2):
        records.create(nb, Atelier, title="Même\x1b[2J\x07")
    nb.close()

    assert cli.main(["search", str(path), "x"]) == 0
    status = cli.main(["minutes", str(path), "--atelier", "Même\x1b[2J\x07",
                       "-o", str(tmp_path / "cr.md")])
    err = capsys.readouterr().err
    assert status == 1
    assert len(err.splitlines()) == 1 and not CONTROLS.search(err)


@pytest.mark.slow
def test_a_huge_repetitive_note_gets_a_short_snippet(tmp_path: Path) -> None:
    nb = Notebook.create(tmp_path / "carnet.lieux")
    atelier = records.create(nb, Atelier, title="A")
    long_text = "début " + " ".join(["atelier commun jardin"] * 6700) + " fin"
    huge = records.create(nb, Note, atelier_id=atelier.id, text=long_text)
    late = records.create(nb, Note, atelier_id=atelier.id,
                          text="x " * 3000 + "le jardin partagé de l'Été " + "y " * 3000)
    short = records.create(nb, Note, atelier_id=atelier.id, text="Un jardin, un atelier commun.")

    hits = {h.note_id: h for h in search.search(nb, "atelier commun jardin")}
    assert set(hits) == {huge.id, short.id}
    snippet = search.plain(hits[huge.id].snippet)
    assert len(snippet) < 400 and snippet.endswith("…")
    assert "[atelier] [commun] [jardin]" in snippet
    assert search.plain(hits[short.id].snippet) == "Un [jardin], un [atelier] [commun]."

    # Accent- and case-insensitive prefix match in a long note, past its first words.
    (hit,) = search.search(nb, "ete")
    assert hit.note_id == late.id
    assert "[Été]" in search.plain(hit.snippet) and search.plain(hit.snippet).startswith("…")
    nb.close()
