"""Fuzzing the JSON import with numbers and dates (issue 12, item 10).

Whatever number or date a file holds, the import either stores a value the app
can use (inside the column's range, finite, a calendar date far from the
calendar's ends) and exports it back unchanged, or refuses the file with a
:class:`ValidationError` naming the value's JSON path, the notebook unchanged.
Never another exception.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import itertools
import json
import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lieuxcommuns_desktop.core import interchange, model
from lieuxcommuns_desktop.core.errors import ValidationError
from lieuxcommuns_desktop.core.interchange.columns import DATETIME_PATTERN
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook

_counter = itertools.count()
SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def source_doc(tmp_path_factory) -> dict[str, Any]:
    nb = Notebook.create(tmp_path_factory.mktemp("src") / "src.lieux", title="Source")
    at = records.create(nb, model.Atelier, title="Atelier", date=dt.date(2026, 2, 1))
    acteur = records.create(nb, model.Acteur, name="Mairie")
    records.create(nb, model.Sequence, atelier_id=at.id, title="Accueil", minutes=20)
    records.create(nb, model.Note, atelier_id=at.id, text="Une note")
    smap = records.create(nb, model.StakeholderMap, atelier_id=at.id)
    records.create(nb, model.MapPlacement, map_id=smap.id, acteur_id=acteur.id, x=1.0, y=2.0)
    doc = interchange.export_document(nb)
    nb.close()
    return doc


def _import(tmp_path_factory, doc: dict[str, Any], text: str | None = None):
    """Import ``doc`` into a fresh notebook: (notebook, error or None, file unchanged?)."""
    folder = tmp_path_factory.mktemp(f"f{next(_counter)}")
    nb = Notebook.create(folder / "t.lieux")
    before = hashlib.sha256(nb.path.read_bytes()).hexdigest()
    try:
        interchange.import_json(nb, text if text is not None else json.dumps(doc))
    except ValidationError as exc:
        after = hashlib.sha256(nb.path.read_bytes()).hexdigest()
        return nb, exc, before == after
    return nb, None, True


NUMBERS = st.one_of(
    st.integers(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, -1, 1440, 1441, 2**31, 2**62, 2**63, 1e400, -1e400, 1e6, 1e6 + 1]),
)


@SETTINGS
@given(minutes=NUMBERS, x=NUMBERS)
def test_any_number_is_stored_in_range_or_refused_with_its_path(
        tmp_path_factory, source_doc, minutes: Any, x: Any) -> None:
    doc = copy.deepcopy(source_doc)
    doc["sequence"][0]["minutes"] = minutes
    doc["map_placement"][0]["x"] = x
    # json.dumps writes 1e400 as Infinity, which JSON forbids; a file may hold the literal.
    text = json.dumps(doc).replace("-Infinity", "-1e400").replace("Infinity", "1e400")
    nb, error, unchanged = _import(tmp_path_factory, doc, text)
    try:
        if error is None:
            seq = records.get(nb, model.Sequence, doc["sequence"][0]["id"])
            place = records.get(nb, model.MapPlacement, doc["map_placement"][0]["id"])
            assert isinstance(seq.minutes, int) and 0 <= seq.minutes <= 24 * 60
            assert seq.minutes == minutes
            assert math.isfinite(place.x) and abs(place.x) <= 1e6 and place.x == x
            assert json.loads(interchange.export_json(nb))["sequence"][0]["minutes"] == minutes
        else:
            assert unchanged
            where = error.params["where"]
            assert where in ("$", "$.sequence[0].minutes", "$.map_placement[0].x"), where
            assert "\n" not in str(error)
    finally:
        nb.close()


OFFSETS = st.one_of(st.just(""), st.just("Z"), st.builds(
    lambda sign, h, m: f"{sign}{h:02d}:{m:02d}", st.sampled_from("+-"),
    st.integers(0, 23), st.integers(0, 59)))
DATETIMES = st.one_of(
    st.builds(lambda d, off: d.isoformat() + off, st.datetimes(), OFFSETS),
    st.from_regex(DATETIME_PATTERN, fullmatch=True),
    st.sampled_from(["9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00",
                     "2999-12-31T23:59:59.999999-23:59", "1000-01-01T00:00:00+23:59"]),
)
DATES = st.one_of(st.dates().map(dt.date.isoformat),
                  st.from_regex(r"^\d{4}-\d{2}-\d{2}$", fullmatch=True))


@SETTINGS
@given(created=DATETIMES, day=DATES)
def test_any_date_is_stored_usable_or_refused_with_its_path(
        tmp_path_factory, source_doc, created: str, day: str) -> None:
    doc = copy.deepcopy(source_doc)
    doc["note"][0]["created_at"] = created
    doc["atelier"][0]["date"] = day
    nb, error, unchanged = _import(tmp_path_factory, doc)
    try:
        if error is None:
            note = records.get(nb, model.Note, doc["note"][0]["id"])
            atelier = records.get(nb, model.Atelier, doc["atelier"][0]["id"])
            assert 1000 <= note.created_at.year <= 3000
            assert 1000 <= atelier.date.year <= 2999
            assert atelier.date.isoformat() == day
            # Usable: a day's worth of minutes either way never overflows.
            assert note.created_at + dt.timedelta(days=2) > note.created_at - dt.timedelta(days=2)
            exported = json.loads(interchange.export_json(nb))
            assert exported["atelier"][0]["date"] == day
        else:
            assert unchanged
            assert error.params["where"] in ("$.note[0].created_at", "$.atelier[0].date")
    finally:
        nb.close()
