"""Programme records travel in interchange files and merge between laptops."""

from __future__ import annotations

import datetime as dt
import json

from lieuxcommuns_desktop.core import interchange
from lieuxcommuns_desktop.core.enums import ExpeditionRole
from lieuxcommuns_desktop.core.model import AtelierCollectivite, Membership, Phase
from lieuxcommuns_desktop.core.services import programme, records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.store import SCHEMA_VERSION
from tests.core.programme_sample import TODAY, Sample


def test_a_whole_notebook_copies_memberships_participants_and_phases(s: Sample, tmp_path) -> None:
    doc = json.loads(interchange.export_json(s.nb))
    assert doc["format_version"] == interchange.FORMAT_VERSION
    assert doc["schema_version"] == SCHEMA_VERSION
    assert len(doc["membership"]) == 5 and len(doc["phase"]) == 2
    assert len(doc["atelier_collectivite"]) == 12
    copy = Notebook.create(tmp_path / "copie.lieux")
    try:
        report = interchange.import_json(copy, json.dumps(doc))
        assert report.conflicts == []
        for entity in (Membership, Phase, AtelierCollectivite):
            assert {r.id for r in records.all_of(copy, entity)} == {
                r.id for r in records.all_of(s.nb, entity)}
    finally:
        copy.close()


def test_an_atelier_file_carries_the_collectivites_taking_part(s: Sample) -> None:
    doc = interchange.export_document(s.nb, atelier_id=s["u1"])
    assert {r["collectivite_id"] for r in doc["atelier_collectivite"]} == {s["A"], s["B"]}
    assert {r["id"] for r in doc["collectivite"]} >= {s["A"], s["B"]}
    assert doc["membership"] == [] and doc["phase"] == []


def test_the_same_membership_made_on_two_laptops_merges_by_its_key(s: Sample, tmp_path) -> None:
    other = Notebook.create(tmp_path / "collegue.lieux")
    try:
        interchange.import_json(other, interchange.export_json(s.nb))
        # Both laptops add Dammarie to Urbanisme, each under its own new id.
        mine = programme.join_expedition(s.nb, s["D"], s["U"], ExpeditionRole.PARTICIPANTE,
                                         today=TODAY)
        theirs = programme.join_expedition(other, s["D"], s["U"], ExpeditionRole.PILOTE,
                                           dt.date(2025, 7, 1), today=TODAY)
        assert mine.created("membership") != theirs.created("membership")
        report = interchange.import_json(s.nb, interchange.export_json(other))
        rows = [r for r in records.all_of(s.nb, Membership)
                if (r.collectivite_id, r.thematique_id) == (s["D"], s["U"])]
        assert len(rows) == 1 and rows[0].id == mine.created("membership")[0]
        assert rows[0].role == ExpeditionRole.PILOTE  # the colleague's later edit wins
        assert [c.table for c in report.conflicts] == ["membership"]
    finally:
        other.close()
