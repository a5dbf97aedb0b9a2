"""Schema 1 -> 2: hosts, participating collectivités and memberships derived from ateliers.

``tests/fixtures/programme-v1.lieux`` and ``interchange-v1.json`` were written
by the code of schema 1 (``make_fixture.py --programme-v1``); every value the
upgrade derives from them is checked here against what the fixture holds.
"""

from __future__ import annotations

import copy
import datetime as dt
import importlib.util
import json
import re
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from lieuxcommuns_desktop.core import interchange, migrate
from lieuxcommuns_desktop.core.enums import ExpeditionRole
from lieuxcommuns_desktop.core.errors import ValidationError
from lieuxcommuns_desktop.core.interchange.columns import UUID_PATTERN
from lieuxcommuns_desktop.core.interchange.upgrade import derived_id
from lieuxcommuns_desktop.core.model import (
    ENTITY_BY_TABLE,
    Atelier,
    AtelierCollectivite,
    Membership,
    Phase,
)
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from tests.fixtures import make_fixture

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures"


def _load(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module



revision_0002 = _load("revision_0002", migrate.SCRIPTS / "versions" / "0002_programme.py")
# The fixture maker's id and time helpers, shared.
_id, _t = make_fixture._id, make_fixture._t  # noqa: SLF001

#: What the upgrade of programme-v1.lieux must derive, worked out by hand from
#: PROGRAMME_V1: (collectivité, thématique) -> (joined_on, modified_at).
EXPECTED_MEMBERSHIPS = {
    # ateliers 121 (2024-03-05), 122 (2024-01-20); 126 has no thématique
    (_id(101), _id(111)): (dt.date(2024, 1, 20), _t(10)),
    # atelier 129 only, undated: joined unknown
    (_id(101), _id(112)): (None, _t(18)),
    # ateliers 123 (undated), 128 (2024-09-09)
    (_id(102), _id(111)): (dt.date(2024, 9, 9), _t(12)),
    # ateliers 124 (2024-06-01), 125 (2024-04-10)
    (_id(102), _id(112)): (dt.date(2024, 4, 10), _t(13)),
}
#: atelier -> its v1 collectivité, now host and participant (127 had none).
EXPECTED_HOSTS = {
    _id(121): _id(101), _id(122): _id(101), _id(123): _id(102), _id(124): _id(102),
    _id(125): _id(102), _id(126): _id(101), _id(128): _id(102), _id(129): _id(101),
    _id(127): None,
}


def _rows(nb: Notebook, entity: type) -> list[dict[str, Any]]:
    with nb.read() as session:
        return [dict(r._mapping) for r in session.execute(select(entity.__table__))]


@pytest.fixture
def upgraded(tmp_path: Path) -> Notebook:
    path = tmp_path / "programme.lieux"
    shutil.copyfile(FIXTURES / "programme-v1.lieux", path)
    nb = Notebook.open(path)
    yield nb
    nb.close()


def _check_derived(nb: Notebook) -> None:
    memberships = _rows(nb, Membership)
    assert len(memberships) == len(EXPECTED_MEMBERSHIPS)
    for row in memberships:
        key = (row["collectivite_id"], row["thematique_id"])
        joined, modified = EXPECTED_MEMBERSHIPS[key]
        assert row["role"] == ExpeditionRole.PARTICIPANTE, key
        assert row["joined_on"] == joined, key
        assert row["modified_at"] == modified, key
        assert row["id"] == derived_id("membership", *key)
        assert re.fullmatch(UUID_PATTERN, row["id"])

    participants = _rows(nb, AtelierCollectivite)
    by_atelier = {r["atelier_id"]: r for r in participants}
    assert len(participants) == len(by_atelier) == 8
    source = {r["id"]: r for r in make_fixture.PROGRAMME_V1["atelier"]}
    for atelier_id, host in EXPECTED_HOSTS.items():
        if host is None:
            assert atelier_id not in by_atelier
            continue
        row = by_atelier[atelier_id]
        assert row["collectivite_id"] == host
        assert row["modified_at"] == source[atelier_id]["modified_at"]
        assert row["id"] == derived_id("atelier_collectivite", atelier_id, host)
    hosts = {a.id: a.collectivite_id for a in records.all_of(nb, Atelier)}
    assert hosts == EXPECTED_HOSTS  # every atelier keeps its collectivité as host
    assert _rows(nb, Phase) == []


def test_upgrading_a_v1_programme_derives_hosts_participants_and_memberships(
    upgraded: Notebook,
) -> None:
    assert upgraded.store.check() == []
    _check_derived(upgraded)
    # Nothing of v1 changed on the way: every fixture row is there as written.
    for table, rows in make_fixture.PROGRAMME_V1.items():
        got = {r["id"]: r for r in _rows(upgraded, ENTITY_BY_TABLE[table])}
        assert got == {r["id"]: r for r in rows}, table


def test_upgrade_of_the_schema_v1_fixture(tmp_path: Path) -> None:
    path = tmp_path / "v1.lieux"
    shutil.copyfile(FIXTURES / "schema-v1.lieux", path)
    nb = Notebook.open(path)
    try:
        assert [(r["collectivite_id"], r["thematique_id"], r["role"], r["joined_on"],
                 r["modified_at"]) for r in _rows(nb, Membership)] == [
            (_id(2), _id(3), ExpeditionRole.PARTICIPANTE, dt.date(2024, 6, 3), _t(6))]
        assert [(r["atelier_id"], r["collectivite_id"]) for r in _rows(nb, AtelierCollectivite)
                ] == [(_id(7), _id(2))]
    finally:
        nb.close()


def test_migration_and_interchange_upgrade_agree_on_derived_ids() -> None:
    a, b = str(uuid.uuid4()), str(uuid.uuid4())
    assert revision_0002.DERIVED_NAMESPACE == interchange.upgrade.DERIVED_NAMESPACE
    for table in ("membership", "atelier_collectivite"):
        assert revision_0002.derived_id(table, a, b) == derived_id(table, a, b)
    assert derived_id("membership", a, b) != derived_id("membership", b, a)


# -- interchange documents of format 1 ------------------------------------------------
def _v1_text() -> str:
    return (FIXTURES / "interchange-v1.json").read_text(encoding="utf-8")


def test_the_v1_document_is_a_format_1_export() -> None:
    doc = json.loads(_v1_text())
    assert (doc["format_version"], doc["schema_version"]) == (1, 1)
    assert "membership" not in doc and "atelier_collectivite" not in doc


def test_importing_a_v1_document_into_a_new_notebook_derives_the_same_rows(
    tmp_path: Path, upgraded: Notebook
) -> None:
    nb = Notebook.create(tmp_path / "neuf.lieux")
    try:
        report = interchange.import_json(nb, _v1_text())
        assert report.programme == "adopted"
        assert report.added["membership"] == 4
        assert report.added["atelier_collectivite"] == 8
        assert report.conflicts == []
        _check_derived(nb)
        for entity in ENTITY_BY_TABLE.values():  # identical to the migrated file
            key = lambda r: r["id"]  # noqa: E731
            assert sorted(_rows(nb, entity), key=key) == sorted(_rows(upgraded, entity), key=key)
    finally:
        nb.close()


def test_importing_a_v1_document_into_its_upgraded_notebook_changes_nothing(
    upgraded: Notebook,
) -> None:
    report = interchange.import_json(upgraded, _v1_text())
    assert report.total_added == 0 and report.total_updated == 0
    assert report.conflicts == []


def test_a_derived_guess_never_overrides_a_role_set_since(upgraded: Notebook) -> None:
    pilot = derived_id("membership", _id(101), _id(111))
    records.update(upgraded, Membership, pilot, role=ExpeditionRole.PILOTE)
    # The same pair under another id (a membership made by hand on another laptop).
    with upgraded.write() as session:
        row = session.get(Membership, derived_id("membership", _id(102), _id(112)))
        session.delete(row)
        session.flush()
        session.add(Membership(collectivite_id=_id(102), thematique_id=_id(112),
                               role=ExpeditionRole.SECOND_CERCLE))

    report = interchange.import_json(upgraded, _v1_text())

    assert report.conflicts == [] and report.total_added == 0
    roles = {(r.collectivite_id, r.thematique_id): r.role
             for r in records.all_of(upgraded, Membership)}
    assert roles[(_id(101), _id(111))] == ExpeditionRole.PILOTE
    assert roles[(_id(102), _id(112))] == ExpeditionRole.SECOND_CERCLE
    assert len(roles) == 4


def test_an_atelier_scope_v1_document_derives_its_pair(tmp_path: Path) -> None:
    doc = json.loads(_v1_text())
    doc["scope"], doc["scope_id"] = "atelier", _id(125)
    doc["atelier"] = [a for a in doc["atelier"] if a["id"] == _id(125)]
    nb = Notebook.create(tmp_path / "neuf.lieux")
    try:
        interchange.import_json(nb, json.dumps(doc))
        (membership,) = records.all_of(nb, Membership)
        assert (membership.collectivite_id, membership.thematique_id) == (_id(102), _id(112))
        assert membership.joined_on == dt.date(2024, 4, 10)
        assert [(r.atelier_id, r.collectivite_id) for r in records.all_of(
            nb, AtelierCollectivite)] == [(_id(125), _id(102))]
    finally:
        nb.close()


def test_a_schema_older_than_1_is_still_refused(tmp_path: Path) -> None:
    doc = copy.deepcopy(json.loads(_v1_text()))
    doc["schema_version"] = 0
    nb = Notebook.create(tmp_path / "neuf.lieux")
    try:
        with pytest.raises(ValidationError, match="schema_version"):
            interchange.import_json(nb, json.dumps(doc))
        assert records.all_of(nb, Atelier) == []
    finally:
        nb.close()


def test_a_dangling_reference_in_a_v1_document_names_the_atelier(tmp_path: Path) -> None:
    doc = json.loads(_v1_text())
    doc["collectivite"] = [c for c in doc["collectivite"] if c["id"] != _id(102)]
    nb = Notebook.create(tmp_path / "neuf.lieux")
    try:
        with pytest.raises(ValidationError) as caught:
            interchange.import_json(nb, json.dumps(doc))
        assert "$.atelier[" in caught.value.message and "collectivite_id" in caught.value.message
        assert records.all_of(nb, Atelier) == []
    finally:
        nb.close()
