"""Correcting one measured value: checked like a new one, nothing written when refused,
one Edit (so one undo step)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.services import experiments as ex
from lieuxcommuns_desktop.core.services import experiments_views as views
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook

TODAY = dt.date(2026, 11, 30)
D = dt.date


@pytest.fixture
def measure(tmp_path: Path):
    nb = Notebook.create(tmp_path / "carnet.lieux", title="Lieux Communs")
    exp_id = ex.create(nb, "Comité d'usagers", today=TODAY).created("experimentation")[0]
    ind = ex.add_indicator(nb, exp_id, "Usagers", "personnes", 0, 20).created("indicator")[0]
    value_id = ex.add_value(nb, ind, D(2026, 5, 28), 12, "avant l'été",
                            today=TODAY).created("indicator_value")[0]
    yield nb, exp_id, value_id
    nb.close()


def _row(nb: Notebook, value_id: str) -> tuple[dt.date, float, str]:
    row = records.get(nb, m.IndicatorValue, value_id)
    return row.date, row.value, row.comment


def test_a_measure_is_corrected_in_one_undoable_edit(measure) -> None:
    nb, exp_id, value_id = measure
    edit = ex.edit_value(nb, value_id, date=D(2026, 6, 2), value="14,5",
                         comment=" compté deux fois ", today=TODAY)
    assert _row(nb, value_id) == (D(2026, 6, 2), 14.5, "compté deux fois")
    assert [v.value for v in views.page(nb, exp_id).indicators[0].values] == [14.5]
    ex.undo(nb, edit)
    assert _row(nb, value_id) == (D(2026, 5, 28), 12.0, "avant l'été")
    ex.redo(nb, edit)
    assert _row(nb, value_id) == (D(2026, 6, 2), 14.5, "compté deux fois")
    assert records.count(nb, m.IndicatorValue) == 1


@pytest.mark.parametrize(("typed", "words"), [
    ("douze", "n'est pas un nombre"),
    ("", "n'est pas un nombre"),
    ("nan", "pas une valeur mesurable"),
    ("2e6", "hors des limites"),
    ("-2e6", "hors des limites"),
])
def test_a_bad_value_is_refused_in_one_line_and_nothing_changes(measure, typed, words) -> None:
    nb, _exp_id, value_id = measure
    with pytest.raises(ex.ExperimentError) as caught:
        ex.edit_value(nb, value_id, date=D(2026, 6, 2), value=typed, today=TODAY)
    assert words in caught.value.message and "\n" not in caught.value.message
    assert _row(nb, value_id) == (D(2026, 5, 28), 12.0, "avant l'été")


def test_a_measure_moved_into_the_future_is_refused(measure) -> None:
    nb, _exp_id, value_id = measure
    with pytest.raises(ex.ExperimentError, match="futur") as caught:
        ex.edit_value(nb, value_id, date=TODAY + dt.timedelta(days=1), value=13, today=TODAY)
    assert "\n" not in caught.value.message
    assert _row(nb, value_id) == (D(2026, 5, 28), 12.0, "avant l'été")
