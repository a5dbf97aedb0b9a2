"""Hard strings survive export then import byte for byte."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lieuxcommuns_desktop.core import interchange, model
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook

FIXED = dt.datetime(2026, 5, 1, 12, 0, 0)

#: In the spirit of the Big List of Naughty Strings.
NAUGHTY: list[str] = [
    "",
    " ",
    "\x00",
    "avant\x00après",
    "".join(chr(c) for c in range(0x20)) + "\x7f",
    "\x85\x9f\xa0",
    "ligne 1\nligne 2",
    "ligne 1\r\nligne 2\rligne 3",
    "\t\v\f",
    "\u2028\u2029",
    "\ufeffBOM en tête",
    "\u202eRTL override\u202c fin",
    "\u200f\u200e\u2066isolé\u2069",
    "שלום עולם مرحبا",
    "e\u0301 vs é",  # combining acute vs precomposed
    "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
    "👩🏽‍🌾👨‍👩‍👧‍👦🏳️‍🌈",
    "🇫🇷🇧🇪",
    "\U0010ffff\U000e0001",
    "Ω≈ç√∫˜µ≤≥÷",  # noqa: RUF001 - look-alike characters are the point of this input
    "田中さんにあげて下さい",
    "'; DROP TABLE acteur; --",
    "\" OR 1=1 --",
    "Robert'); DELETE FROM note WHERE ('1'='1",
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)//>",
    "{{7*7}} ${7*7} %s %d {0}",
    "]]></x><!--",
    "\\u0000 \\n \\\\",
    "NaN", "null", "true", "-0", "1e309",
    "$.acteur[0].name",
    "x" * 5000,
]
ONE_MB = ("Une phrase longue de carnet, avec des accents : éèà ç — ✓. " * 20000)[:1_048_576]


def raw_texts(path: Path, table: str, column: str) -> dict[str, bytes]:
    con = sqlite3.connect(path)
    con.text_factory = bytes
    try:
        rows = con.execute(f"SELECT id, {column} FROM {table}").fetchall()
        return {i.decode(): v for i, v in rows}
    finally:
        con.close()


def test_naughty_strings_round_trip_byte_identical(tmp_path) -> None:
    nb = Notebook.create(tmp_path / "source.lieux", title=NAUGHTY[11])
    at = records.create(nb, model.Atelier, title="Atelier \u202e", objective=ONE_MB)
    acteurs = records.create_many(nb, [model.Acteur(name=s, description=s[::-1])
                                       for s in NAUGHTY])
    notes = records.create_many(nb, [model.Note(atelier_id=at.id, text=s, owner_text=s)
                                     for s in [*NAUGHTY, ONE_MB]])
    text = interchange.export_json(nb, exported_at=FIXED)
    parsed = json.loads(text)
    assert {a["id"]: a["name"] for a in parsed["acteur"]} == {a.id: a.name for a in acteurs}

    target = Notebook.create(tmp_path / "target.lieux")
    exported = tmp_path / "naughty.json"
    interchange.write_atomic(exported, text)
    interchange.import_file(target, exported)
    for table, column in (("acteur", "name"), ("acteur", "description"), ("note", "text"),
                          ("note", "owner_text"), ("atelier", "objective"),
                          ("programme", "title")):
        assert raw_texts(target.path, table, column) == raw_texts(nb.path, table, column)
    expected = {n.id: n.text.encode("utf-8") for n in notes}
    assert raw_texts(target.path, "note", "text") == expected
    assert interchange.export_json(target, exported_at=FIXED) == text

    # The naughtiest label still prints as one safe line in a conflict report.
    with target.write() as session:
        session.info["keep_modified"] = True
        for acteur in acteurs[:12]:
            obj = session.get(model.Acteur, acteur.id)
            obj.name = obj.name + "\u202e\n"
            obj.modified_at = dt.datetime(2000, 1, 1)
    report = interchange.import_file(target, exported)
    assert len(report.conflicts) == 12
    for conflict in report.conflicts:
        assert conflict.winner == interchange.INCOMING
        assert not any(ch in conflict.label for ch in "\x00\n\r\u202e\u2028")
    assert raw_texts(target.path, "acteur", "name") == raw_texts(nb.path, "acteur", "name")
    nb.close()
    target.close()


_counter = itertools.count()


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",))),
       st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=200))
def test_any_text_round_trips(tmp_path_factory, name: str, note: str) -> None:
    folder = tmp_path_factory.mktemp(f"h{next(_counter)}")
    nb = Notebook.create(folder / "s.lieux", title=note)
    at = records.create(nb, model.Atelier, title=name)
    acteur = records.create(nb, model.Acteur, name=name, description=note)
    created = records.create(nb, model.Note, atelier_id=at.id, text=note, owner_text=name)
    text = interchange.export_json(nb, exported_at=FIXED)
    target = Notebook.create(folder / "t.lieux")
    interchange.import_json(target, text.encode("utf-8"))
    assert records.get(target, model.Acteur, acteur.id).name == name
    assert records.get(target, model.Acteur, acteur.id).description == note
    assert records.get(target, model.Note, created.id).text == note
    assert raw_texts(target.path, "note", "owner_text") == {created.id: name.encode()}
    assert interchange.export_json(target, exported_at=FIXED) == text
    nb.close()
    target.close()
