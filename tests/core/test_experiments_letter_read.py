"""The letter's read model: the last measure of each indicator and the count of new
ones come from the database (not from every measure), and agree with the page's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lieuxcommuns_desktop.core.services import experiments as ex
from lieuxcommuns_desktop.core.services import experiments_views as views
from lieuxcommuns_desktop.core.services.notebook import Notebook

D = dt.date
TODAY = D(2026, 11, 30)


def test_last_measure_and_new_measures_count(tmp_path: Path) -> None:
    nb = Notebook.create(tmp_path / "carnet.lieux")
    try:
        exp = ex.create(nb, "Régie", today=D(2026, 1, 5)).created("experimentation")[0]
        first = ex.add_indicator(nb, exp, "Usagers", "", 0, 20).created("indicator")[0]
        second = ex.add_indicator(nb, exp, "Réunions", "", 0, 10).created("indicator")[0]
        ex.add_indicator(nb, exp, "Jamais mesuré")
        # Entered out of date order: the last is the latest date, not the latest entry.
        for day, value in ((D(2026, 9, 1), 8), (D(2026, 11, 2), 15), (D(2026, 10, 1), 11)):
            ex.add_value(nb, first, day, value, today=TODAY)
        ex.add_value(nb, second, D(2026, 6, 1), 3, today=TODAY)
        other = ex.create(nb, "Autre", today=D(2026, 1, 5)).created("experimentation")[0]
        every = views.letter(nb, today=TODAY)
        since = views.letter(nb, since=D(2026, 9, 15), today=TODAY)
        page = views.page(nb, exp)
    finally:
        nb.close()
    item = next(i for i in every.items if i.page.id == exp)
    lasts = [(i.name, i.last.value if i.last else None) for i in item.page.indicators]
    assert lasts == [("Usagers", 15.0), ("Réunions", 3.0), ("Jamais mesuré", None)]
    assert [i.progress for i in item.page.indicators] == \
        [p.progress for p in page.indicators]  # the page reads every measure
    assert item.new_measures == 4
    assert next(i for i in every.items if i.page.id == other).new_measures == 0
    changed = next(i for i in since.items if i.page.id == exp)
    assert changed.new_measures == 2  # 1 October and 2 November
