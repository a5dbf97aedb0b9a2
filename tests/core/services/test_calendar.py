"""``calendar FILE -o OUT.ics``: one event per dated atelier, parsed back with icalendar."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from icalendar import Calendar

from lieuxcommuns_desktop.core import ical
from lieuxcommuns_desktop.core.errors import LieuxError
from lieuxcommuns_desktop.core.model import Atelier
from lieuxcommuns_desktop.core.services import programme, records
from tests.cli import run_cli
from tests.core.programme_sample import Sample


def events(path: Path) -> dict[str, object]:
    cal = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_cli_writes_one_event_per_dated_atelier(s: Sample, tmp_path: Path) -> None:
    out = tmp_path / "programme.ics"
    done = run_cli("calendar", str(s.nb.path), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    found = events(out)
    dated = ["u1", "u2", "u3", "u4", "e1", "e2"]  # e3 has no date
    assert set(found) == {f"{s[k]}@lieuxcommuns.atelier" for k in dated}
    u4 = found[f"{s['u4']}@lieuxcommuns.atelier"]
    assert u4.decoded("DTSTART") == dt.datetime(2025, 10, 1, 9, 30)
    assert u4.decoded("DTEND") == dt.datetime(2025, 10, 1, 12, 0)  # agenda: 30 + 120 min
    assert str(u4["SUMMARY"]) == "Atelier u4"
    assert str(u4["LOCATION"]) == "Salle u4"
    assert str(u4["DESCRIPTION"]) == "Objectif de u4"
    assert str(u4["STATUS"]) == "TENTATIVE"  # brouillon
    e1 = found[f"{s['e1']}@lieuxcommuns.atelier"]
    assert "DTEND" not in e1  # no agenda and no planned slot: no invented end
    assert str(e1["STATUS"]) == "CONFIRMED"
    cal = Calendar.from_ical(out.read_bytes())
    assert str(cal["X-WR-CALNAME"]) == "Lieux Communs — essai"


def test_uids_are_stable_across_exports(s: Sample, tmp_path: Path) -> None:
    first, second, third = (tmp_path / f"{n}.ics" for n in ("a", "b", "c"))
    with s.nb.write() as session:  # made last year: SEQUENCE counts seconds
        session.info["keep_modified"] = True
        for key in ("u1", "u2"):
            session.get(Atelier, s[key]).modified_at = dt.datetime(2025, 1, 2, 3, 4, 5)
    ical.write_calendar(s.nb, first)
    ical.write_calendar(s.nb, second)
    assert first.read_bytes() == second.read_bytes()  # unchanged notebook, same bytes
    programme.move_atelier(s.nb, s["u2"], dt.date(2025, 3, 17))
    records.update(s.nb, Atelier, s["u3"], title="Atelier u3, reporté")
    ical.write_calendar(s.nb, third)
    before, after = events(first), events(third)
    assert set(before) == set(after)  # the same events, updated in place
    uid = f"{s['u2']}@lieuxcommuns.atelier"
    assert after[uid].decoded("DTSTART") == dt.datetime(2025, 3, 17, 9, 30)
    assert int(after[uid]["SEQUENCE"]) > int(before[uid]["SEQUENCE"])  # an update
    same = f"{s['u1']}@lieuxcommuns.atelier"
    assert int(after[same]["SEQUENCE"]) == int(before[same]["SEQUENCE"])
    assert str(after[f"{s['u3']}@lieuxcommuns.atelier"]["SUMMARY"]) == "Atelier u3, reporté"


def test_planned_slot_all_day_and_hard_text(s: Sample, tmp_path: Path) -> None:
    records.update(s.nb, Atelier, s["e1"], planned_minutes=90, start_time=dt.time(14, 0))
    records.update(s.nb, Atelier, s["e2"], start_time=None,
                   title="Eau\u0000 \u202eevil\u202c\r\nligne 2 ; DTSTART:19700101",
                   place="Salle, « B » \\ 2")
    out = ical.write_calendar(s.nb, tmp_path / "dur.ics")
    assert b"\x00" not in out.read_bytes()
    found = events(out)
    e1 = found[f"{s['e1']}@lieuxcommuns.atelier"]
    assert e1.decoded("DTEND") - e1.decoded("DTSTART") == dt.timedelta(minutes=90)
    e2 = found[f"{s['e2']}@lieuxcommuns.atelier"]
    assert e2.decoded("DTSTART") == dt.date(2025, 7, 15)
    assert e2.decoded("DTEND") == dt.date(2025, 7, 16)
    assert str(e2["SUMMARY"]) == "Eau evil\nligne 2 ; DTSTART:19700101"
    assert str(e2["LOCATION"]) == "Salle, « B » \\ 2"
    assert len(found) == 6  # the injected "DTSTART" made no event


def test_refuses_to_write_onto_a_notebook(s: Sample, tmp_path: Path) -> None:
    target = tmp_path / "autre.LIEUX"
    target.write_bytes(b"precious")
    digest = hashlib.sha256(s.nb.path.read_bytes()).hexdigest()
    done = run_cli("calendar", str(s.nb.path), "-o", str(target))
    assert done.returncode == 2  # refused output: the usage-error status, like argparse's
    assert len(done.stderr.strip().splitlines()) == 1 and "carnet Lieux Communs" in done.stderr
    assert target.read_bytes() == b"precious"
    with pytest.raises(LieuxError, match="carnet"):
        ical.write_calendar(s.nb, s.nb.path)
    with pytest.raises(LieuxError, match="carnet"):  # the notebook itself, whatever its name
        ical.write_calendar(s.nb, s.nb.path, notebook_path=s.nb.path)
    assert hashlib.sha256(s.nb.path.read_bytes()).hexdigest() == digest
    with pytest.raises(LieuxError):
        ical.write_calendar(s.nb, tmp_path)  # a folder
