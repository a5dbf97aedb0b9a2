"""The experiments page as its tests open it: in the window's central area, a fixed today.

Three test modules built it with the same lines; the sheet of one experiment
(:func:`shown_detail`) is what most of them then drive.
"""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.experiments.detail import ExperimentDetail
from lieuxcommuns_desktop.ui.experiments.page import ExperimentsPage

#: The tests' today: after every measure and milestone of their notebooks.
TODAY = dt.date(2026, 11, 30)


def shown_page(qtbot: QtBot, doc: Document) -> ExperimentsPage:
    """The page, shown at the size of the central area beside the navigation tree."""
    page = ExperimentsPage(doc, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1024 - 260, 768 - 110)
    page.show()
    return page


def shown_detail(qtbot: QtBot, doc: Document, experimentation_id: str) -> ExperimentDetail:
    """The sheet of one experiment, selected in :func:`shown_page`."""
    page = shown_page(qtbot, doc)
    assert page.select(experimentation_id)
    return page.detail
