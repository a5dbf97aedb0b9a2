"""The common state of a conflict (schema 7): kept by the triggers, used and pruned by merges."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from lieuxcommuns_desktop.core.enums import AtelierStatus, MapLayout
from lieuxcommuns_desktop.core.model import Atelier, Note, StakeholderMap
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.store import SCHEMA_VERSION
from lieuxcommuns_desktop.core.sync.base import read_bases
from lieuxcommuns_desktop.core.sync.merge import FieldConflict, merge_into
from lieuxcommuns_desktop.core.sync.sources import state_of_json
from tests.core.sync.helpers import edit, export_file, merge
from tests.fixtures.make_fixture import fixture_path

pytestmark = pytest.mark.usefixtures("local_read")

HOSTILE = "l'\"a\"\x00\x01\x1b[31m\n\t" + "é" * 5000 + "'); DROP TABLE note; --"


def _set(model, row_id: str, **values):
    def action(session) -> None:
        row = session.get(model, row_id)
        for name, value in values.items():
            setattr(row, name, value)
    return action


def _bases(path: Path) -> dict:
    nb = Notebook.open(path, readonly=True)
    try:
        with nb.read() as session:
            return read_bases(session.connection())
    finally:
        nb.close()


def _field_conflicts(report) -> dict[tuple[str, str], FieldConflict]:
    return {(c.id, c.column): c for c in report.conflicts if isinstance(c, FieldConflict)}


def test_both_sides_change_a_field_after_a_common_merge_the_conflict_has_the_common_value(
        pair) -> None:
    mine, theirs, base = pair
    note = base.notes[0]
    edit(mine, _set(Note, note, text="accordé"))
    edit(theirs, _set(Note, base.notes[1], text="autre"))
    assert merge(mine, theirs).conflicts == []
    assert merge(theirs, mine).conflicts == []  # both now hold "accordé"
    edit(mine, _set(Note, note, text="le mien"))
    edit(theirs, _set(Note, note, text="le leur"))
    conflict = _field_conflicts(merge(mine, theirs))[(note, "text")]
    assert (conflict.mine, conflict.theirs, conflict.base) == ("le mien", "le leur", "accordé")


def test_typed_fields_come_back_as_the_model_reads_them(pair) -> None:
    mine, theirs, base = pair
    edit(mine, _set(Atelier, base.atelier, date=dt.date(2026, 3, 14),
                    start_time=dt.time(9, 30), status=AtelierStatus.TERMINE, planned_minutes=90))
    edit(theirs, _set(Atelier, base.atelier, date=dt.date(2026, 3, 14),
                      start_time=dt.time(9, 30), status=AtelierStatus.TERMINE,
                      planned_minutes=90))
    merge(mine, theirs)
    merge(theirs, mine)
    edit(mine, _set(Atelier, base.atelier, date=dt.date(2027, 1, 2), start_time=dt.time(14, 0),
                    status=AtelierStatus.ANNULE, planned_minutes=None))
    edit(theirs, _set(Atelier, base.atelier, date=dt.date(2027, 5, 6), start_time=dt.time(8, 0),
                      status=AtelierStatus.EN_COURS, planned_minutes=45))
    conflicts = _field_conflicts(merge(mine, theirs))
    bases = {column: c.base for (_id, column), c in conflicts.items()}
    assert bases == {"date": dt.date(2026, 3, 14), "start_time": dt.time(9, 30),
                     "status": AtelierStatus.TERMINE, "planned_minutes": 90}
    assert type(bases["status"]) is AtelierStatus


def test_a_field_changed_many_times_keeps_one_entry_with_its_first_old_value(pair) -> None:
    mine, _theirs, base = pair
    for n in range(40):
        edit(mine, _set(Note, base.notes[0], text=f"version {n}", done=n % 2 == 0))
    bases = _bases(mine)
    assert set(bases) == {("note", base.notes[0], "text"), ("note", base.notes[0], "done")}
    assert bases[("note", base.notes[0], "text")][0] == "note 0"
    assert bases[("note", base.notes[0], "done")][0] is False


def test_the_common_state_is_unknown_against_a_json_export(pair, tmp_path) -> None:
    mine, theirs, base = pair
    edit(mine, _set(Note, base.notes[0], text="le mien"))
    edit(theirs, _set(Note, base.notes[0], text="le leur"))
    document = export_file(theirs, tmp_path / "leur.json")
    assert _bases(mine)  # the old value is kept, but the export never saw its dot
    nb = Notebook.open(mine)
    try:
        report = merge_into(nb, state_of_json(document))
    finally:
        nb.close()
    conflict = _field_conflicts(report)[(base.notes[0], "text")]
    assert (conflict.mine, conflict.theirs, conflict.base) == ("le mien", "le leur", None)


def test_a_merge_prunes_what_both_sides_agree_on_and_keeps_what_it_kept_of_mine(pair) -> None:
    mine, theirs, base = pair
    edit(mine, _set(Note, base.notes[0], text="seulement le mien"))
    edit(mine, _set(Note, base.notes[1], text="le mien"))
    edit(theirs, _set(Note, base.notes[1], text="le leur"))
    edit(theirs, _set(Note, base.notes[2], text="seulement le leur"))
    report = merge(mine, theirs)  # keeps mine for notes[1]
    assert set(_field_conflicts(report)) == {(base.notes[1], "text")}
    # notes[0] and notes[1]: mine, unknown to theirs yet; notes[2] came in without an entry.
    assert {k[1] for k in _bases(mine)} == {base.notes[0], base.notes[1]}
    assert {k[1] for k in _bases(theirs)} == {base.notes[1], base.notes[2]}
    merge(theirs, mine)  # mine's choice comes in knowingly; mine has seen every dot of theirs
    assert _bases(theirs) == {}
    merge(mine, theirs)  # and now theirs has seen every dot of mine
    assert _bases(mine) == {}


def test_a_deleted_record_leaves_no_entry(pair) -> None:
    mine, _theirs, base = pair
    edit(mine, _set(Note, base.notes[3], text="bientôt supprimée"))
    edit(mine, lambda s: s.delete(s.get(Note, base.notes[3])))
    assert _bases(mine) == {}


def test_a_hostile_value_round_trips(pair) -> None:
    mine, theirs, base = pair
    edit(mine, _set(Note, base.notes[0], text=HOSTILE))
    merge(theirs, mine)
    merge(mine, theirs)
    edit(mine, _set(Note, base.notes[0], text="le mien"))
    edit(theirs, _set(Note, base.notes[0], text="le leur"))
    conflict = _field_conflicts(merge(mine, theirs))[(base.notes[0], "text")]
    assert conflict.base == HOSTILE


def test_reals_keep_every_digit_and_enums_their_type(pair) -> None:
    mine, _theirs, base = pair
    made: list[str] = []

    def add_map(session) -> None:
        board = StakeholderMap(atelier_id=base.atelier, backdrop_x=0.1 + 0.2,
                               layout=MapLayout.ONION)
        session.add(board)
        session.flush()
        made.append(board.id)

    edit(mine, add_map)
    edit(mine, _set(StakeholderMap, made[0], backdrop_x=2.0, layout=MapLayout.FREE,
                    title="x" * 10))
    bases = _bases(mine)
    assert bases[("stakeholder_map", made[0], "backdrop_x")][0] == 0.1 + 0.2
    layout = bases[("stakeholder_map", made[0], "layout")][0]
    assert layout is MapLayout.ONION
    assert bases[("stakeholder_map", made[0], "title")][0] == ""


def test_a_schema_6_file_is_upgraded_and_then_keeps_old_values(tmp_path) -> None:
    path = tmp_path / "ancien.lieux"
    shutil.copyfile(fixture_path(6), path)
    nb = Notebook.open(path)
    try:
        with nb.read() as session:
            note = session.query(Note).first()
            assert note is not None
            note_id, old = note.id, note.text
    finally:
        nb.close()
    edit(path, _set(Note, note_id, text="changé"))
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    finally:
        conn.close()
    assert _bases(path)[("note", note_id, "text")][0] == old


def test_a_document_of_schema_6_still_imports(tmp_path) -> None:
    import json

    from lieuxcommuns_desktop.core import interchange
    from lieuxcommuns_desktop.core.services import records

    nb = Notebook.create(tmp_path / "a.lieux")
    other = Notebook.create(tmp_path / "b.lieux")
    try:
        atelier = records.create(nb, Atelier, title="D'avant")
        doc = json.loads(interchange.export_json(nb))
        doc["schema_version"] = 6  # schema 7 added bookkeeping only: nothing to convert
        interchange.import_json(other, json.dumps(doc))
        assert records.get(other, Atelier, atelier.id).title == "D'avant"
        assert _bases(tmp_path / "b.lieux") == {}  # imports write no common state
    finally:
        nb.close()
        other.close()
