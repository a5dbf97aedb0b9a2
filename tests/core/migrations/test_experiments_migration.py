"""Schema 2 → current: experiments keep their rows and log, old statuses are mapped.

Built on the committed ``tests/fixtures/schema-v2.lieux`` (never modified: a
copy is edited to hold the two statuses schema 3 no longer offers).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import select

from lieuxcommuns_desktop.core import interchange, tool_kinds
from lieuxcommuns_desktop.core.enums import ExperimentationStatus as S
from lieuxcommuns_desktop.core.model import (
    Experimentation,
    ExperimentationLog,
    StatusTransition,
    ToolKind,
)
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.store import SCHEMA_VERSION

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "schema-v2.lieux"
EXP = "00000000-0000-4000-8000-000000000023"  # the fixture's experiment
LOG = "00000000-0000-4000-8000-000000000024"
OTHER = "00000000-0000-4000-8000-000000000099"


def _v2_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "carnet.lieux"
    shutil.copyfile(FIXTURE, copy)
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        conn.execute("UPDATE experimentation SET status='suspendue' WHERE id=?", (EXP,))
        conn.execute(
            "INSERT INTO experimentation (id, modified_at, collectivite_id, title, tool_tested, "
            "hypothesis, status, start_date, end_date, description) VALUES "
            "(?, '2024-06-01 10:00:00.000000', NULL, 'Fini', '', '', 'terminee', NULL, NULL, '')",
            (OTHER,))
        conn.commit()
    finally:
        conn.close()
    return copy


def test_schema_v2_experiments_are_upgraded_with_their_log(tmp_path: Path) -> None:
    nb = Notebook.open(_v2_copy(tmp_path))
    try:
        with nb.read() as session:
            exps = {e.id: e for e in session.scalars(select(Experimentation))}
            assert exps[EXP].status is S.EN_COURS
            assert exps[EXP].title == "Convention d'usage"
            assert exps[EXP].lessons == "" and exps[EXP].tool_kind_id is None
            assert exps[OTHER].status is S.EVALUEE
            logs = list(session.scalars(select(ExperimentationLog)))
            assert [(r.id, r.experimentation_id) for r in logs] == [(LOG, EXP)]
            assert logs[0].text == "Première réunion\r\nOK"
            moves = {t.experimentation_id: t for t in session.scalars(select(StatusTransition))}
            assert (moves[EXP].from_status, moves[EXP].to_status) == (S.SUSPENDUE, S.EN_COURS)
            assert "suspendue" in moves[EXP].reason
            assert (moves[OTHER].from_status, moves[OTHER].to_status) == (S.TERMINEE, S.EVALUEE)
            kinds = [k.name for k in session.scalars(select(ToolKind).order_by(ToolKind.position))]
            assert kinds == [name for _key, name, _d in tool_kinds.SEED]
        assert nb.store.check() == []
    finally:
        nb.close()
    conn = sqlite3.connect(tmp_path / "carnet.lieux")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_a_deleted_experiment_still_takes_its_log_after_the_rebuild(tmp_path: Path) -> None:
    """The rebuilt table is still the log's parent: the cascade reaches the log."""
    nb = Notebook.open(_v2_copy(tmp_path))
    try:
        from lieuxcommuns_desktop.core.services import records

        records.delete(nb, Experimentation, EXP)
        with nb.read() as session:
            assert list(session.scalars(select(ExperimentationLog))) == []
    finally:
        nb.close()


def test_a_format_2_document_maps_statuses_and_fills_new_columns(tmp_path: Path) -> None:
    source = Notebook.open(_v2_copy(tmp_path))
    try:
        doc = json.loads(interchange.export_json(source))
    finally:
        source.close()
    # What the previous version wrote: no new tables, no new columns, old statuses.
    doc["format_version"], doc["schema_version"] = 2, 2
    for table in ("tool_kind", "experimentation_partner", "experimentation_atelier",
                  "experimentation_origin", "indicator", "indicator_value", "milestone",
                  "status_transition"):
        del doc[table]
    for row in doc["experimentation"]:
        for column in ("ressource_id", "tool_kind_id", "lessons"):
            del row[column]
        row["status"] = "suspendue" if row["id"] == EXP else "terminee"
    target = Notebook.create(tmp_path / "neuf.lieux")
    try:
        report = interchange.import_json(target, json.dumps(doc))
        assert report.conflicts == []
        with target.read() as session:
            exps = {e.id: e.status for e in session.scalars(select(Experimentation))}
            assert exps == {EXP: S.EN_COURS, OTHER: S.EVALUEE}
            moves = sorted((t.experimentation_id, t.to_status)
                           for t in session.scalars(select(StatusTransition)))
            assert moves == sorted([(EXP, S.EN_COURS), (OTHER, S.EVALUEE)])
    finally:
        target.close()


def test_an_edited_seeded_tool_kind_is_taken_without_a_conflict(tmp_path: Path) -> None:
    from lieuxcommuns_desktop.core.services import records

    source = Notebook.create(tmp_path / "a.lieux")
    target = Notebook.create(tmp_path / "b.lieux")
    try:
        kind = tool_kinds.seed_id("financement")
        records.update(source, ToolKind, kind, name="Financement participatif")
        report = interchange.import_json(target, interchange.export_json(source))
        assert report.conflicts == [] and report.updated == {"tool_kind": 1}
        assert records.get(target, ToolKind, kind).name == "Financement participatif"
        # Edited on both sides: a real conflict again, listed for the facilitator.
        records.update(target, ToolKind, kind, name="Financement local")
        records.update(source, ToolKind, kind, name="Financement mixte")
        report = interchange.import_json(target, interchange.export_json(source))
        assert [c.table for c in report.conflicts] == ["tool_kind"]
    finally:
        source.close()
        target.close()
