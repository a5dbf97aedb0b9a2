"""Hard strings round-trip byte-identical through the store.

The list lives in ``naughty_strings.txt`` (one JSON string per line, so NUL
and control characters survive git); hypothesis covers the rest of Unicode.
Round-trip through the JSON interchange is tested with the interchange.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lieuxcommuns_desktop.core.model import Acteur, Atelier, Note, Programme
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from tests.on_disk import on_disk

NAUGHTY = Path(__file__).with_name("naughty_strings.txt")


def load_naughty_strings() -> list[str]:
    """Every string of the list; ``#`` lines and blank lines are comments."""
    text = NAUGHTY.read_text(encoding="utf-8")
    # Split on "\n" only: str.splitlines would also cut at U+2028, U+0085…
    return [json.loads(line) for line in text.split("\n") if line.strip() and line[0] != "#"]


STRINGS = load_naughty_strings()


def raw_text(path: Path, table: str, column: str, record_id: str) -> bytes:
    """The bytes SQLite holds, read without SQLAlchemy or our code."""
    rows = on_disk(path, f"SELECT CAST({column} AS BLOB) FROM {table} WHERE id = ?", record_id)
    assert rows
    return rows[0][0]


def test_the_list_holds_what_it_promises() -> None:
    joined = "".join(STRINGS)
    assert len(STRINGS) >= 150
    for needle in ("\x00", "\r\n", "\u202e", "\u0301", "\u200d", "\U0001f469", "'; DROP TABLE",
                   "<script>", "{0}", "%s", "\u2028", "\x1b"):
        assert needle in joined, repr(needle)
    assert max(len(s) for s in STRINGS) >= 10_000
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in joined)
    # Both forms of "é" are kept apart: the store must not normalise.
    assert "e\u0301" in STRINGS and "\u00e9" in STRINGS


@pytest.fixture
def nb(tmp_path: Path):
    notebook = Notebook.create(tmp_path / "carnet.lieux")
    records.create(notebook, Atelier, title="Atelier")
    yield notebook
    notebook.close()


def test_naughty_strings_round_trip_through_the_store(nb: Notebook) -> None:
    atelier_id = records.all_of(nb, Atelier)[0].id
    notes = [Note(atelier_id=atelier_id, text=s, owner_text=s[::-1]) for s in STRINGS]
    acteurs = [Acteur(name=s, description=s + s) for s in STRINGS]
    records.create_many(nb, [*notes, *acteurs])
    ids = [(n.id, a.id) for n, a in zip(notes, acteurs, strict=True)]
    path = nb.path
    nb.close()

    reopened = Notebook.open(path)
    try:
        for s, (note_id, acteur_id) in zip(STRINGS, ids, strict=True):
            note = records.get(reopened, Note, note_id)
            acteur = records.get(reopened, Acteur, acteur_id)
            assert note.text == s
            assert note.owner_text == s[::-1]
            assert acteur.name == s
            assert acteur.description == s + s
            assert raw_text(path, "note", "text", note_id) == s.encode("utf-8")
            assert raw_text(path, "acteur", "name", acteur_id) == s.encode("utf-8")
        assert reopened.store.check() == []
    finally:
        reopened.close()


def test_naughty_strings_survive_updates_one_edit_each(nb: Notebook) -> None:
    """Through ``records.create``/``update``, one transaction per string."""
    atelier_id = records.all_of(nb, Atelier)[0].id
    programme = records.all_of(nb, Programme)[0]
    sample = STRINGS[::7]
    for s in sample:
        note = records.create(nb, Note, atelier_id=atelier_id, text="avant")
        previous = records.update(nb, Note, note.id, text=s)
        assert previous == {"text": "avant"}
        records.update(nb, Programme, programme.id, title=s)
        assert raw_text(nb.path, "note", "text", note.id) == s.encode("utf-8")
        assert raw_text(nb.path, "programme", "title", programme.id) == s.encode("utf-8")
        assert records.get(nb, Note, note.id).text == s


def test_one_megabyte_of_hard_text(nb: Notebook) -> None:
    chunk = "".join(STRINGS[:120])
    text = (chunk * (1_100_000 // len(chunk.encode("utf-8")) + 1))
    encoded = text.encode("utf-8")
    assert len(encoded) >= 1_000_000
    atelier_id = records.all_of(nb, Atelier)[0].id
    note = records.create(nb, Note, atelier_id=atelier_id, text=text)
    path = nb.path
    nb.close()

    reopened = Notebook.open(path)
    try:
        assert records.get(reopened, Note, note.id).text == text
        assert raw_text(path, "note", "text", note.id) == encoded
    finally:
        reopened.close()


# -- the rest of Unicode -------------------------------------------------------------
ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=400)


@pytest.fixture(scope="module")
def shared_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hypothesis") / "carnet.lieux"
    nb = Notebook.create(path)
    records.create(nb, Atelier, title="Atelier")
    nb.close()
    return path


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ANY_TEXT, name=ANY_TEXT)
def test_any_text_round_trips(shared_path: Path, text: str, name: str) -> None:
    writer = Notebook.open(shared_path)
    try:
        atelier_id = records.all_of(writer, Atelier)[0].id
        note = records.create(writer, Note, atelier_id=atelier_id, text=text)
        acteur = records.create(writer, Acteur, name=name)
    finally:
        writer.close()

    reader = Notebook.open(shared_path, readonly=True)
    try:
        got_note = records.get(reader, Note, note.id)
        got_acteur = records.get(reader, Acteur, acteur.id)
    finally:
        reader.close()
    assert got_note.text == text
    assert got_acteur.name == name
    assert raw_text(shared_path, "note", "text", note.id) == text.encode("utf-8")
