"""A participant's consent to be named: off by default, kept by upgrades and interchange."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from lieuxcommuns_desktop.core import interchange
from lieuxcommuns_desktop.core.model import Participant
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.store import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_new_participant_has_not_consented(tmp_path: Path) -> None:
    nb = Notebook.create(tmp_path / "c.lieux")
    try:
        p = records.create(nb, Participant, last_name="Martin", first_name="Zoé")
        assert records.get(nb, Participant, p.id).consent is False
    finally:
        nb.close()


def test_upgrading_a_schema_2_notebook_leaves_everyone_unnamed(tmp_path: Path) -> None:
    copy = tmp_path / "carnet.lieux"
    shutil.copyfile(FIXTURES / "schema-v2.lieux", copy)
    nb = Notebook.open(copy)
    try:
        people = records.all_of(nb, Participant)
        assert people and all(p.consent is False for p in people)
        records.update(nb, Participant, people[0].id, consent=True)
        assert records.get(nb, Participant, people[0].id).consent is True
    finally:
        nb.close()


def test_consent_travels_in_interchange_files(tmp_path: Path) -> None:
    nb = Notebook.create(tmp_path / "a.lieux")
    other = Notebook.create(tmp_path / "b.lieux")
    try:
        yes = records.create(nb, Participant, last_name="Oui", consent=True)
        no = records.create(nb, Participant, last_name="Non")
        text = interchange.export_json(nb)
        doc = json.loads(text)
        assert doc["schema_version"] == SCHEMA_VERSION
        assert {r["id"]: r["consent"] for r in doc["participant"]} == {yes.id: True, no.id: False}
        interchange.import_json(other, text)
        assert records.get(other, Participant, yes.id).consent is True
        assert records.get(other, Participant, no.id).consent is False
    finally:
        nb.close()
        other.close()


def test_a_document_written_before_consent_existed_imports_with_nobody_named(
    tmp_path: Path,
) -> None:
    nb = Notebook.create(tmp_path / "a.lieux")
    other = Notebook.create(tmp_path / "b.lieux")
    try:
        p = records.create(nb, Participant, last_name="Avant", consent=True)
        doc = json.loads(interchange.export_json(nb))
        doc["schema_version"] = 2
        for row in doc["participant"]:
            del row["consent"]
        interchange.import_json(other, json.dumps(doc))
        assert records.get(other, Participant, p.id).consent is False
    finally:
        nb.close()
        other.close()
