"""Bad interchange files are rejected with the offending path, and nothing is written."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from lieuxcommuns_desktop.core import enums, interchange, model
from lieuxcommuns_desktop.core.errors import LieuxError, ValidationError
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook

GHOST = "00000000-0000-4000-8000-000000000000"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def source_doc(tmp_path_factory) -> dict[str, Any]:
    """A small valid export with two acteurs, an attendance, a séquence and a note."""
    nb = Notebook.create(tmp_path_factory.mktemp("src") / "src.lieux", title="Source")
    at = records.create(nb, model.Atelier, title="Atelier", date=dt.date(2026, 2, 1),
                        start_time=dt.time(14, 0))
    mairie = records.create(nb, model.Acteur, name="Mairie",
                            category=enums.ActeurCategory.COLLECTIVITE)
    records.create(nb, model.Acteur, name="Collectif")
    p = records.create(nb, model.Participant, first_name="Sam")
    records.create(nb, model.Attendance, atelier_id=at.id, participant_id=p.id, present=True)
    records.create(nb, model.Sequence, atelier_id=at.id, title="Tour de table", minutes=20)
    records.create(nb, model.Note, atelier_id=at.id, text="Une note")
    smap = records.create(nb, model.StakeholderMap, atelier_id=at.id)
    records.create(nb, model.MapPlacement, map_id=smap.id, acteur_id=mairie.id, x=10.0, y=-20.0)
    doc = interchange.export_document(nb)
    nb.close()
    return doc


@pytest.fixture
def target(tmp_path: Path) -> Notebook:
    nb = Notebook.create(tmp_path / "target.lieux", title="Cible")
    records.create(nb, model.Acteur, name="Local")
    yield nb
    nb.close()


def _set(table: str, index: int, column: str, value: Any) -> Callable[[dict], None]:
    def mutate(doc: dict) -> None:
        doc[table][index][column] = value
    return mutate


def _delete(table: str, index: int, column: str) -> Callable[[dict], None]:
    def mutate(doc: dict) -> None:
        del doc[table][index][column]
    return mutate


def _top(key: str, value: Any = None, *, delete: bool = False) -> Callable[[dict], None]:
    def mutate(doc: dict) -> None:
        if delete:
            del doc[key]
        else:
            doc[key] = value
    return mutate


def _duplicate(table: str) -> Callable[[dict], None]:
    def mutate(doc: dict) -> None:
        doc[table].append(copy.deepcopy(doc[table][0]))
    return mutate


def _twin_attendance(doc: dict) -> None:
    twin = copy.deepcopy(doc["attendance"][0])
    twin["id"] = GHOST
    doc["attendance"].append(twin)


def _second_programme(doc: dict) -> None:
    extra = copy.deepcopy(doc["programme"][0])
    extra["id"] = GHOST
    doc["programme"].append(extra)


CASES: list[tuple[str, Callable[[dict], None], str, str]] = [
    ("missing header field", _top("format", delete=True), "$.format", "absent"),
    ("wrong format", _top("format", "autre-chose"), "$.format", "Lieux Communs"),
    ("newer format", _top("format_version", interchange.FORMAT_VERSION + 1), "$.format_version",
     "plus récente"),
    ("format version as text", _top("format_version", "1"), "$.format_version", "entier"),
    ("newer schema", _top("schema_version", 99), "$.schema_version", "plus récente"),
    ("bad exported_at", _top("exported_at", "hier"), "$.exported_at", "date"),
    ("bad scope", _top("scope", "monde"), "$.scope", "monde"),
    ("unknown table", _top("tableau", []), "$.tableau", "inconnu"),
    ("odd unknown key", _top("a\nb", []), '$["a\\nb"]', "inconnu"),
    ("table not an array", _top("acteur", {}), "$.acteur", "liste"),
    ("record not an object", _top("acteur", [1]), "$.acteur[0]", "objet"),
    ("unknown column", _set("acteur", 1, "colour", "red"), "$.acteur[1].colour", "inconnu"),
    ("missing column", _delete("acteur", 1, "name"), "$.acteur[1].name", "absent"),
    ("text as number", _set("acteur", 0, "name", 5), "$.acteur[0].name", "texte"),
    ("null in required", _set("acteur", 0, "name", None), "$.acteur[0].name", "obligatoire"),
    ("bool as int", _set("attendance", 0, "present", 1), "$.attendance[0].present", "true"),
    ("int as text", _set("sequence", 0, "minutes", "20"), "$.sequence[0].minutes", "entier"),
    ("int as bool", _set("sequence", 0, "minutes", True), "$.sequence[0].minutes", "entier"),
    ("int as float", _set("sequence", 0, "minutes", 2.5), "$.sequence[0].minutes", "entier"),
    ("bad enum", _set("acteur", 1, "category", "elus"), "$.acteur[1].category", "services_publics"),
    ("enum by name", _set("note", 0, "kind", "IDEE"), "$.note[0].kind", "inconnue"),
    ("bad uuid", _set("acteur", 0, "id", "42"), "$.acteur[0].id", "UUID"),
    ("uppercase uuid", lambda d: d["acteur"][0].update(id=d["acteur"][0]["id"].upper()),
     "$.acteur[0].id", "UUID"),
    ("impossible date", _set("atelier", 0, "date", "2026-02-30"), "$.atelier[0].date", "date"),
    ("date in another format", _set("atelier", 0, "date", "01/02/2026"), "$.atelier[0].date",
     "AAAA-MM-JJ"),
    ("bad time", _set("atelier", 0, "start_time", "25:00"), "$.atelier[0].start_time", "HH"),
    ("bad datetime", _set("note", 0, "created_at", "2026-13-01T00:00:00"),
     "$.note[0].created_at", "date"),
    ("dangling reference", _set("note", 0, "atelier_id", GHOST), "$.note[0].atelier_id",
     "atelier"),
    ("dangling nullable reference", _set("note", 0, "sequence_id", GHOST),
     "$.note[0].sequence_id", "sequence"),
    ("duplicate id", _duplicate("acteur"), "$.acteur[2].id", "$.acteur[0]"),
    ("duplicate natural key", _twin_attendance, "$.attendance[1]", "atelier_id, participant_id"),
    ("two programmes", _second_programme, "$.programme[1]", "programme"),
    # Values the store or the printers cannot hold (issue 12, item 10).
    ("schema version 0", _top("schema_version", 0), "$.schema_version", "commencent à 1"),
    ("huge minutes", _set("sequence", 0, "minutes", 2**62), "$.sequence[0].minutes",
     "hors limites (de 0 à 1440)"),
    ("negative minutes", _set("sequence", 0, "minutes", -5), "$.sequence[0].minutes",
     "hors limites"),
    ("huge planned minutes", _set("atelier", 0, "planned_minutes", 10**9),
     "$.atelier[0].planned_minutes", "hors limites"),
    ("principle 9", lambda d: d["commons_assessment"].append(_principle(d, 9)),
     "$.commons_assessment[0].principle", "de 1 à 8"),
    ("principle 0", lambda d: d["commons_assessment"].append(_principle(d, 0)),
     "$.commons_assessment[0].principle", "de 1 à 8"),
    ("answer 6", lambda d: _answer(d, 6), "$.evaluation_answer[0].value", "de 1 à 5"),
    ("1e400 read as infinity", _set("map_placement", 0, "x", "__1e400__"),
     "$.map_placement[0].x", "hors limites"),
    ("huge coordinate", _set("map_placement", 0, "y", -1e300), "$.map_placement[0].y",
     "hors limites"),
    ("lone surrogate", _set("acteur", 0, "name", "ab\ud800"), "$.acteur[0].name", "U+D800"),
    ("lone low surrogate in a note", _set("note", 0, "text", "\udfff"), "$.note[0].text",
     "U+DFFF"),
    ("year 9999 with an offset", _set("note", 0, "created_at", "9999-12-31T23:59:59-05:00"),
     "$.note[0].created_at", "date"),
    ("year 1 with an offset", _set("note", 0, "modified_at", "0001-01-01T00:00:00+05:00"),
     "$.note[0].modified_at", "date"),
    ("year 9999 date", _set("atelier", 0, "date", "9999-12-31"), "$.atelier[0].date", "date"),
]


def _principle(doc: dict, number: int) -> dict:
    return {"id": GHOST, "atelier_id": doc["atelier"][0]["id"], "principle": number,
            "status": "absent", "note": "", "modified_at": "2026-01-01T00:00:00Z"}


def _answer(doc: dict, value: int) -> None:
    atelier = doc["atelier"][0]["id"]
    question = "00000000-0000-4000-8000-000000000001"
    form = "00000000-0000-4000-8000-000000000002"
    stamp = "2026-01-01T00:00:00Z"
    doc["evaluation_question"].append({"id": question, "atelier_id": atelier, "position": 0,
                                       "text": "Q", "kind": "scale5", "modified_at": stamp})
    doc["evaluation_form"].append({"id": form, "atelier_id": atelier, "number": 1,
                                   "modified_at": stamp})
    doc["evaluation_answer"].append({"id": GHOST, "form_id": form, "question_id": question,
                                     "value": value, "text": "", "modified_at": stamp})


@pytest.mark.parametrize(("mutate", "where", "reason"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_invalid_document_is_rejected_with_its_path(source_doc, target, tmp_path, mutate,
                                                    where, reason) -> None:
    doc = copy.deepcopy(source_doc)
    mutate(doc)
    bad = tmp_path / "bad.json"
    # ASCII: a lone surrogate travels as its JSON escape; 1e400 as the literal JSON allows.
    text = json.dumps(doc, ensure_ascii=True).replace('"__1e400__"', "1e400")
    bad.write_text(text, encoding="utf-8")
    before = sha256(target.path)
    with pytest.raises(ValidationError) as exc:
        interchange.import_file(target, bad)
    assert exc.value.code == "invalid_json"
    assert exc.value.params["where"] == where
    assert reason in exc.value.params["reason"]
    assert where in str(exc.value) and "\n" not in str(exc.value)
    assert sha256(target.path) == before
    assert records.count(target, model.Acteur) == 1


RAW_CASES = [
    ("truncated JSON", b'{"format": "lieuxcommuns-notebook", ', "ligne 1, colonne 37", "JSON"),
    ("empty file", b"", "ligne 1, colonne 1", "JSON"),
    ("not an object", b"[]", "$", "objet"),
    ("NaN", b'{"x": NaN}', "$", "NaN"),
    ("duplicate key", b'{"format": 1, "format": 2}', "$", "format"),
    ("not UTF-8", b'{"format": "\xff"}', "octet 12", "UTF-8"),
]


@pytest.mark.parametrize(("data", "where", "reason"), [c[1:] for c in RAW_CASES],
                         ids=[c[0] for c in RAW_CASES])
def test_malformed_bytes_are_rejected(target, data, where, reason) -> None:
    before = sha256(target.path)
    with pytest.raises(ValidationError) as exc:
        interchange.import_json(target, data)
    assert exc.value.params["where"] == where
    assert reason in exc.value.params["reason"]
    assert sha256(target.path) == before


def test_reference_to_a_local_record_is_accepted(source_doc, target) -> None:
    """A file may point at rows that exist only in the receiving notebook."""
    local = records.all_of(target, model.Acteur)[0]
    doc = copy.deepcopy(source_doc)
    doc["participant"][0]["acteur_id"] = local.id
    report = interchange.import_json(target, json.dumps(doc))
    assert report.added["participant"] == 1
    participant = records.get(target, model.Participant, doc["participant"][0]["id"])
    assert participant.acteur_id == local.id


def test_error_after_many_valid_records_writes_none_of_them(source_doc, target) -> None:
    doc = copy.deepcopy(source_doc)
    doc["note"][0]["atelier_id"] = GHOST  # the last table checked; acteurs are all valid
    before = sha256(target.path)
    with pytest.raises(ValidationError):
        interchange.import_json(target, json.dumps(doc))
    assert sha256(target.path) == before
    assert records.count(target, model.Atelier) == 0


def test_missing_and_readonly_inputs(tmp_path, target, source_doc) -> None:
    with pytest.raises(LieuxError) as missing:
        interchange.import_file(target, tmp_path / "absent.json")
    assert missing.value.code == "missing"
    good = tmp_path / "good.json"
    good.write_text(json.dumps(source_doc), encoding="utf-8")
    readonly = Notebook.open(target.path, readonly=True)
    before = sha256(target.path)
    with pytest.raises(LieuxError) as refused:
        interchange.import_file(readonly, good)
    assert refused.value.code == "readonly_notebook"
    assert sha256(target.path) == before
    readonly.close()


@pytest.mark.parametrize("value", ["1000-01-01T00:00:00+00:01", "2999-12-31T23:59:00-00:01"])
def test_an_offset_never_carries_a_time_out_of_the_written_years(value: str) -> None:
    from lieuxcommuns_desktop.core.interchange.columns import InvalidValueError, parse_datetime

    with pytest.raises(InvalidValueError):
        parse_datetime(value)
    assert parse_datetime("1000-01-01T00:01:00+00:01").year == 1000
