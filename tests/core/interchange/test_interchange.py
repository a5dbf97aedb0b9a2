"""JSON interchange: round trip, idempotence, merge of a colleague's copy, atelier scope."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from lieuxcommuns_desktop.core import enums, interchange, model, tool_kinds
from lieuxcommuns_desktop.core.errors import LieuxError
from lieuxcommuns_desktop.core.interchange.columns import tables
from lieuxcommuns_desktop.core.services import lookup, records
from lieuxcommuns_desktop.core.services.notebook import ChangeSet, Notebook

ROOT = Path(__file__).resolve().parents[3]
FIXED = dt.datetime(2026, 5, 1, 12, 0, 0)
T0 = dt.datetime(2026, 1, 1, 9, 0, 0)


# -- helpers --------------------------------------------------------------------
def dump(path: Path) -> dict[str, list[tuple]]:
    """Every exchanged table of a notebook file, as raw SQLite values sorted by id."""
    con = sqlite3.connect(path)
    con.text_factory = bytes
    try:
        return {
            e.__tablename__: con.execute(
                f"SELECT * FROM {e.__tablename__} ORDER BY id"
            ).fetchall()
            for e in tables()
        }
    finally:
        con.close()


def fts_ids(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT note_id FROM note_fts")}
    finally:
        con.close()


def set_times(nb: Notebook, entity: type[model.Record], record_id: str, at: dt.datetime,
              **values: Any) -> None:
    """Edit a record with a controlled ``modified_at`` (as if edited at ``at``)."""
    with nb.write() as session:
        session.info["keep_modified"] = True
        obj = session.get(entity, record_id)
        for name, value in values.items():
            setattr(obj, name, value)
        obj.modified_at = at


#: A real JPEG's first bytes followed by arbitrary ones: the file keeps bytes as they are.
JPEG_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) + b"\xff\xd9"


def build_full(path: Path) -> tuple[Notebook, dict[str, str]]:
    """A notebook with at least one record in every table, through the services."""
    nb = Notebook.create(path, title="Parcours Lieux Communs")
    c = records.create(nb, model.Collectivite, name="Ville-sur-Eau",
                       circle=enums.Circle.SECOND_CERCLE, territory="Vallée")
    th = records.create(nb, model.Thematique, name="Gestion de l'eau", position=2)
    rs = records.create(nb, model.Ressource, name="Rivière", kind=enums.ResourceKind.EAU,
                        collectivite_id=c.id)
    a1 = records.create(nb, model.Acteur, name="Mairie", collectivite_id=c.id,
                        category=enums.ActeurCategory.COLLECTIVITE)
    a2 = records.create(nb, model.Acteur, name="Association des riverains",
                        category=enums.ActeurCategory.ASSOCIATIONS)
    p = records.create(nb, model.Participant, first_name="Inès", last_name="Martin",
                       acteur_id=a2.id, email="ines@example.org")
    at = records.create(nb, model.Atelier, title="Eau commune", thematique_id=th.id,
                        ressource_id=rs.id, collectivite_id=c.id, date=dt.date(2026, 3, 14),
                        start_time=dt.time(9, 30), planned_minutes=180,
                        status=enums.AtelierStatus.PRET)
    records.create_many(nb, [
        model.Membership(collectivite_id=c.id, thematique_id=th.id,
                         role=enums.ExpeditionRole.PILOTE, joined_on=dt.date(2026, 1, 5)),
        model.Phase(kind=enums.PhaseKind.PARCOURS_APPRENANT, title="Parcours",
                    start_date=dt.date(2026, 1, 1), end_date=dt.date(2026, 8, 31)),
        model.AtelierCollectivite(atelier_id=at.id, collectivite_id=c.id),
    ])
    sq = records.create(nb, model.Sequence, atelier_id=at.id, title="Accueil", minutes=15,
                        tool=enums.Tool.CARTE, actual_start=dt.datetime(2026, 3, 14, 8, 31, 2, 5))
    records.create(nb, model.Attendance, atelier_id=at.id, participant_id=p.id, present=True,
                   arrived_at=dt.time(9, 41, 7))
    m = records.create(nb, model.StakeholderMap, atelier_id=at.id, title="Aujourd'hui",
                       layout=enums.MapLayout.POWER_INTEREST)
    records.create_many(nb, [
        model.MapPlacement(map_id=m.id, acteur_id=a1.id, x=-120.5, y=33.25),
        model.MapPlacement(map_id=m.id, acteur_id=a2.id, x=1e-7, y=499.999),
        model.Relation(map_id=m.id, source_id=a1.id, target_id=a2.id,
                       kind=enums.RelationKind.FINANCEMENT, label="subvention", two_way=True),
        model.MatrixColumn(atelier_id=at.id, matrix="roles", acteur_id=a1.id),
        model.MatrixColumn(atelier_id=at.id, matrix="decisions", acteur_id=a2.id, position=1),
    ])
    resp = records.create(nb, model.Responsibility, atelier_id=at.id, label="Ouvrir le lieu")
    records.create(nb, model.RoleCell, responsibility_id=resp.id, acteur_id=a1.id,
                   value=enums.Raci.A)
    dec = records.create(nb, model.Decision, atelier_id=at.id, label="Règles d'usage")
    records.create_many(nb, [
        model.DecisionCell(decision_id=dec.id, acteur_id=a2.id,
                           version=enums.MatrixVersion.AUJOURDHUI,
                           level=enums.ParticipationLevel.CONSULTE),
        model.DecisionCell(decision_id=dec.id, acteur_id=a2.id,
                           version=enums.MatrixVersion.CIBLE,
                           level=enums.ParticipationLevel.CO_DECIDE),
        model.CommonsAssessment(atelier_id=at.id, principle=3,
                                status=enums.PrincipleStatus.EN_PLACE, note="oui"),
    ])
    n = records.create(nb, model.Note, atelier_id=at.id, sequence_id=sq.id,
                       kind=enums.NoteKind.ACTION, text="Écrire la convention",
                       owner_participant_id=p.id, owner_acteur_id=a1.id,
                       due_date=dt.date(2026, 4, 1), done=True)
    q = records.create(nb, model.EvaluationQuestion, atelier_id=at.id, text="Utile ?")
    f = records.create(nb, model.EvaluationForm, atelier_id=at.id, number=1)
    records.create(nb, model.EvaluationAnswer, form_id=f.id, question_id=q.id, value=4,
                   text="très")
    ph = records.create(nb, model.Photo, atelier_id=at.id, sequence_id=sq.id,
                        taken_at=dt.datetime(2026, 3, 14, 8, 40), caption="Le tableau",
                        alt_text="Post-it sur un tableau", width=4, height=3,
                        time_source=enums.PhotoTimeSource.EXIF_OFFSET)
    records.create(nb, model.PhotoData, photo_id=ph.id, data=JPEG_BYTES,
                   thumbnail=JPEG_BYTES[:50] + b"\x00\xff\xd9")
    set_times(nb, model.StakeholderMap, m.id, dt.datetime(2026, 3, 14, 10, 0),
              backdrop_photo_id=ph.id, backdrop_scale=0.5, backdrop_opacity=0.3)
    v = records.create(nb, model.Vote, atelier_id=at.id, sequence_id=sq.id,
                       question="Par quoi commencer ?")
    vo = records.create(nb, model.VoteOption, vote_id=v.id, label="Règles d'usage",
                        source_kind=enums.VoteSource.DECISION, source_id=dec.id)
    vr = records.create(nb, model.VoteRound, vote_id=v.id, name="Importance")
    records.create(nb, model.VoteCount, round_id=vr.id, option_id=vo.id, count=6)
    ex = records.create(nb, model.Experimentation, collectivite_id=c.id, title="Régie",
                        start_date=dt.date(2026, 6, 1), status=enums.ExperimentationStatus.EN_COURS)
    records.create(nb, model.ExperimentationLog, experimentation_id=ex.id,
                   date=dt.date(2026, 6, 2), text="Lancement")
    ind = records.create(nb, model.Indicator, experimentation_id=ex.id, name="Usagers",
                         unit="personnes", baseline=2.0, target=30.0)
    records.create_many(nb, [
        model.ExperimentationPartner(experimentation_id=ex.id, collectivite_id=c.id),
        model.ExperimentationAtelier(experimentation_id=ex.id, atelier_id=at.id,
                                     atelier_title="Eau commune"),
        model.ExperimentationOrigin(experimentation_id=ex.id, note_id=n.id, atelier_id=at.id,
                                    text="Écrire la convention"),
        model.IndicatorValue(indicator_id=ind.id, date=dt.date(2026, 7, 1), value=12.5),
        model.Milestone(experimentation_id=ex.id, title="Signature",
                        due_date=dt.date(2026, 9, 1)),
        model.StatusTransition(experimentation_id=ex.id, date=dt.date(2026, 6, 1),
                               from_status=enums.ExperimentationStatus.EN_PREPARATION,
                               to_status=enums.ExperimentationStatus.EN_COURS, reason="Go"),
    ])
    return nb, {"atelier": at.id, "acteur1": a1.id, "acteur2": a2.id, "participant": p.id,
                "note": n.id, "collectivite": c.id}


@pytest.fixture
def full(tmp_path: Path) -> tuple[Notebook, dict[str, str]]:
    nb, ids = build_full(tmp_path / "source.lieux")
    yield nb, ids
    nb.close()


# -- export ----------------------------------------------------------------------
def test_export_has_header_every_table_and_typed_values(full) -> None:
    nb, _ids = full
    doc = json.loads(interchange.export_json(nb, exported_at=FIXED))
    assert list(doc)[:7] == ["format", "format_version", "schema_version", "exported_at",
                             "app_version", "scope", "scope_id"]
    assert doc["format"] == "lieuxcommuns-notebook"
    assert doc["format_version"] == interchange.FORMAT_VERSION
    assert doc["exported_at"] == "2026-05-01T12:00:00.000000Z"
    assert doc["scope"] == "notebook" and doc["scope_id"] is None
    assert list(doc)[7:] == [e.__tablename__ for e in model.ENTITIES]
    assert "note_fts" not in doc
    for entity in model.ENTITIES:
        rows = doc[entity.__tablename__]
        assert rows, entity.__tablename__
        assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
        for row in rows:
            assert list(row) == sorted(entity.__table__.columns.keys())
    note = doc["note"][0]
    assert note["kind"] == "action" and note["done"] is True
    assert note["due_date"] == "2026-04-01"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", note["created_at"])
    assert doc["attendance"][0]["arrived_at"] == "09:41:07"
    assert {c["level"] for c in doc["decision_cell"]} == {"2", "4"}


def test_two_exports_are_byte_identical(full, monkeypatch) -> None:
    nb, _ = full
    assert interchange.export_json(nb, exported_at=FIXED) == interchange.export_json(
        nb, exported_at=FIXED)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    first = interchange.export_json(nb)
    assert first == interchange.export_json(nb)
    assert '"exported_at": "2026-01-01T00:00:00.000000Z"' in first


def test_new_column_is_exported_without_code(full) -> None:
    """The exporter reads the model: every column of every table appears."""
    nb, _ = full
    doc = interchange.export_document(nb)
    for entity in model.ENTITIES:
        assert set(doc[entity.__tablename__][0]) == {c.name for c in entity.__table__.columns}


# -- round trip --------------------------------------------------------------------
def test_export_import_into_empty_notebook_reproduces_every_row(full, tmp_path) -> None:
    nb, ids = full
    text = interchange.export_json(nb, exported_at=FIXED)
    target = Notebook.create(tmp_path / "copy.lieux")
    events: list[ChangeSet] = []
    target.subscribe(events.append)
    report = target_report = interchange.import_json(target, text)
    assert report.programme == "adopted"
    # The seeded tool kinds are already in every new notebook, identical.
    assert report.unchanged == len(tool_kinds.SEED)
    assert report.total_added == sum(len(r) for r in dump(nb.path).values()) - report.unchanged
    assert report.conflicts == []
    assert dump(target.path) == dump(nb.path)
    assert fts_ids(target.path) == {ids["note"]}
    assert len(events) == 1 and ids["note"] in events[0].created["note"]
    assert interchange.export_json(target, exported_at=FIXED) == text
    assert target.store.check() == []

    before = dump(target.path)
    again = interchange.import_json(target, text)
    assert (again.total_added, again.total_updated, again.conflicts) == (0, 0, [])
    assert again.unchanged == target_report.total_added + target_report.unchanged
    assert dump(target.path) == before
    assert len(events) == 1  # nothing changed, nothing published
    target.close()


def test_import_keeps_local_programme_of_a_used_notebook(full, tmp_path) -> None:
    nb, _ = full
    target = Notebook.create(tmp_path / "other.lieux", title="Mon parcours")
    records.create(target, model.Acteur, name="Déjà là")
    report = interchange.import_json(target, interchange.export_json(nb))
    assert report.programme == "kept"
    assert report.local_programme == "Mon parcours"
    assert report.incoming_programme == "Parcours Lieux Communs"
    programmes = records.all_of(target, model.Programme)
    assert [p.title for p in programmes] == ["Mon parcours"]
    assert records.count(target, model.Acteur) == 3
    target.close()


# -- a colleague's copy ---------------------------------------------------------------
def test_colleague_copy_merges_without_duplicates_and_reports_conflicts(tmp_path) -> None:
    mine = Notebook.create(tmp_path / "mine.lieux", title="P")
    at = records.create(mine, model.Atelier, title="Atelier")
    acteurs = {k: records.create(mine, model.Acteur, name=k).id
               for k in ("only_mine", "only_theirs", "both_mine_newer", "both_theirs_newer",
                         "untouched")}
    p = records.create(mine, model.Participant, first_name="Léa")
    for aid in acteurs.values():
        set_times(mine, model.Acteur, aid, T0)
    theirs_path = tmp_path / "theirs.lieux"
    shutil.copyfile(mine.path, theirs_path)
    theirs = Notebook.open(theirs_path)

    t = T0 + dt.timedelta(days=1)
    set_times(mine, model.Acteur, acteurs["only_mine"], t, name="moi")
    set_times(theirs, model.Acteur, acteurs["only_theirs"], t, name="collègue")
    set_times(mine, model.Acteur, acteurs["both_mine_newer"], t + dt.timedelta(hours=2),
              name="moi, plus tard")
    set_times(theirs, model.Acteur, acteurs["both_mine_newer"], t + dt.timedelta(hours=1),
              name="collègue, plus tôt")
    set_times(mine, model.Acteur, acteurs["both_theirs_newer"], t + dt.timedelta(hours=1),
              name="moi, plus tôt", category=enums.ActeurCategory.HABITANTS)
    set_times(theirs, model.Acteur, acteurs["both_theirs_newer"], t + dt.timedelta(hours=3),
              name="collègue, plus tard")
    records.create(mine, model.Acteur, name="nouveau chez moi")
    new_theirs = records.create(theirs, model.Acteur, name="nouveau chez la collègue")
    note = records.create(theirs, model.Note, atelier_id=at.id, text="prise sur l'autre portable",
                          owner_acteur_id=new_theirs.id)
    # Both ticked Léa present: two attendance rows, two ids, one natural key.
    records.create(mine, model.Attendance, atelier_id=at.id, participant_id=p.id, present=True)
    twin = records.create(theirs, model.Attendance, atelier_id=at.id, participant_id=p.id,
                          present=True, walk_in=True)

    exported = tmp_path / "theirs.json"
    interchange.write_atomic(exported, interchange.export_json(theirs))
    report = interchange.import_file(mine, exported)

    assert report.added == {"acteur": 1, "note": 1}
    assert report.programme is None
    by_name = {a.id: a for a in records.all_of(mine, model.Acteur)}
    assert len(by_name) == 7  # 5 shared + 1 mine + 1 theirs, no duplicates
    assert by_name[acteurs["only_mine"]].name == "moi"
    assert by_name[acteurs["only_theirs"]].name == "collègue"
    assert by_name[acteurs["both_mine_newer"]].name == "moi, plus tard"
    assert by_name[acteurs["both_theirs_newer"]].name == "collègue, plus tard"
    assert by_name[acteurs["both_theirs_newer"]].category == enums.ActeurCategory.AUTRES
    assert by_name[acteurs["both_theirs_newer"]].modified_at == t + dt.timedelta(hours=3)
    winners = {(c.table, c.id): c.winner for c in report.conflicts}
    assert winners[("acteur", acteurs["only_mine"])] == interchange.LOCAL
    assert winners[("acteur", acteurs["only_theirs"])] == interchange.INCOMING
    assert winners[("acteur", acteurs["both_mine_newer"])] == interchange.LOCAL
    assert winners[("acteur", acteurs["both_theirs_newer"])] == interchange.INCOMING
    assert ("acteur", acteurs["untouched"]) not in winners
    labels = {c.id: c.label for c in report.conflicts}
    assert labels[acteurs["both_theirs_newer"]] == "collègue, plus tard"
    # The twin attendance merged into the local row (newer, walk_in set), not duplicated.
    attendance = records.all_of(mine, model.Attendance)
    assert len(attendance) == 1 and attendance[0].walk_in is True
    assert attendance[0].id != twin.id
    assert winners[("attendance", attendance[0].id)] == interchange.INCOMING
    assert records.get(mine, model.Note, note.id).owner_acteur_id == new_theirs.id
    assert note.id in fts_ids(mine.path)
    assert report.total_updated == 3  # only_theirs, both_theirs_newer, attendance
    assert mine.store.check() == []

    before = dump(mine.path)
    again = interchange.import_file(mine, exported)
    assert (again.total_added, again.total_updated) == (0, 0)
    assert {c.winner for c in again.conflicts} == {interchange.LOCAL}
    assert dump(mine.path) == before
    mine.close()
    theirs.close()


# -- atelier scope ------------------------------------------------------------------------
def test_atelier_export_holds_its_dependencies_only(full, tmp_path) -> None:
    nb, ids = full
    other = records.create(nb, model.Atelier, title="Autre atelier")
    records.create(nb, model.Note, atelier_id=other.id, text="ailleurs")
    unused = records.create(nb, model.Acteur, name="Pas dans l'atelier")
    doc = interchange.export_document(nb, atelier_id=ids["atelier"], exported_at=FIXED)
    assert doc["scope"] == "atelier" and doc["scope_id"] == ids["atelier"]
    assert [a["id"] for a in doc["atelier"]] == [ids["atelier"]]
    assert {a["id"] for a in doc["acteur"]} == {ids["acteur1"], ids["acteur2"]}
    assert unused.id not in json.dumps(doc)
    assert [n["id"] for n in doc["note"]] == [ids["note"]]
    assert [p["id"] for p in doc["participant"]] == [ids["participant"]]
    assert [c["id"] for c in doc["collectivite"]] == [ids["collectivite"]]
    assert len(doc["thematique"]) == len(doc["ressource"]) == 1
    for table in ("sequence", "attendance", "stakeholder_map", "map_placement", "relation",
                  "matrix_column", "responsibility", "role_cell", "decision", "decision_cell",
                  "commons_assessment", "evaluation_question", "evaluation_form",
                  "evaluation_answer"):
        assert doc[table], table
    assert doc["programme"] == doc["experimentation"] == doc["experimentation_log"] == []

    target = Notebook.create(tmp_path / "atelier.lieux", title="Réception")
    report = interchange.import_json(target, interchange.dumps(doc))
    assert report.programme is None
    assert report.total_added == sum(len(doc[e.__tablename__]) for e in model.ENTITIES)
    assert target.store.check() == []
    assert records.get(target, model.Programme,
                       records.all_of(target, model.Programme)[0].id).title == "Réception"
    reexport = interchange.export_document(target, atelier_id=ids["atelier"], exported_at=FIXED)
    assert interchange.dumps(reexport) == interchange.dumps(doc)
    target.close()


def test_atelier_lookup_by_id_or_title(full) -> None:
    nb, ids = full
    assert lookup.atelier_by_id_or_title(nb, ids["atelier"]).id == ids["atelier"]
    assert lookup.atelier_by_id_or_title(nb, "  EAU COMMUNE ").id == ids["atelier"]
    with pytest.raises(LieuxError) as missing:
        lookup.atelier_by_id_or_title(nb, "Forêt")
    assert missing.value.code == "not_found"
    records.create(nb, model.Atelier, title="eau commune")
    with pytest.raises(LieuxError) as twice:
        lookup.atelier_by_id_or_title(nb, "Eau commune")
    assert twice.value.code == "ambiguous" and ids["atelier"] in str(twice.value)


def test_export_of_unknown_atelier_is_refused(full) -> None:
    nb, _ = full
    with pytest.raises(LieuxError) as exc:
        interchange.export_json(nb, atelier_id="00000000-0000-4000-8000-000000000000")
    assert exc.value.code == "not_found"


# -- schema --------------------------------------------------------------------------------
def test_committed_schema_is_the_generated_one() -> None:
    committed = (ROOT / "docs" / "interchange.schema.json").read_text(encoding="utf-8")
    assert committed == interchange.schema_text(), (
        "regenerate: python -c 'from lieuxcommuns_desktop.core.interchange import "
        "schema_text; print(schema_text(), end=\"\")' > docs/interchange.schema.json"
    )


def _conforms(value: Any, schema: dict, root: dict) -> bool:
    """A tiny evaluator for the keywords the generated schema uses."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        return _conforms(value, root["$defs"][name], root)
    if "oneOf" in schema:
        return sum(_conforms(value, s, root) for s in schema["oneOf"]) == 1
    if "const" in schema and value != schema["const"]:
        return False
    if "enum" in schema and value not in schema["enum"]:
        return False
    kinds = {"string": str, "integer": int, "number": (int, float), "boolean": bool,
             "null": type(None), "array": list, "object": dict}
    if "type" in schema:
        if isinstance(value, bool) and schema["type"] in ("integer", "number"):
            return False
        if not isinstance(value, kinds[schema["type"]]):
            return False
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value < schema.get("minimum", value) or value > schema.get("maximum", value):
            return False
    if "pattern" in schema and isinstance(value, str):
        if not re.search(schema["pattern"], value):
            return False
    if isinstance(value, list) and "items" in schema:
        return all(_conforms(v, schema["items"], root) for v in value)
    if isinstance(value, dict) and "properties" in schema:
        props = schema["properties"]
        if any(k not in value for k in schema.get("required", [])):
            return False
        if schema.get("additionalProperties") is False and any(k not in props for k in value):
            return False
        return all(_conforms(v, props[k], root) for k, v in value.items() if k in props)
    return True


def test_exports_conform_to_the_schema(full) -> None:
    nb, ids = full
    schema = interchange.json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    for doc in (interchange.export_document(nb),
                interchange.export_document(nb, atelier_id=ids["atelier"])):
        assert _conforms(json.loads(interchange.dumps(doc)), schema, schema)
    bad = interchange.export_document(nb)
    bad["acteur"][0]["category"] = "inconnue"
    assert not _conforms(bad, schema, schema)
    bad = interchange.export_document(nb)
    bad["note"][0]["extra"] = 1
    assert not _conforms(bad, schema, schema)
    bad = interchange.export_document(nb)
    bad["sequence"][0]["minutes"] = 2**62
    assert not _conforms(bad, schema, schema)
