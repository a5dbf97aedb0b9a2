"""*En faire une expérimentation* on a row of the decision matrix (real tool, real notebook)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import AtelierLinkRole, OriginKind
from lieuxcommuns_desktop.core.services import experiments_views as views
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.matrices.decisions import DecisionMatrixTool
from tests.ui.matrices.sample import DECISIONS_LABELS, build


@pytest.fixture
def tool(qtbot, tmp_path: Path):
    nb = Notebook.create(tmp_path / "carnet.lieux", title="Programme")
    sample = build(nb)
    doc = Document(nb)
    widget = DecisionMatrixTool(doc, sample.atelier_id)
    qtbot.addWidget(widget)
    widget.resize(1024 - 260, 768 - 110)
    widget.show()
    yield widget, doc, sample
    doc.undo_stack.clear()
    nb.close()


def test_the_button_makes_an_experiment_of_the_chosen_decision(qtbot, tool) -> None:
    widget, doc, sample = tool
    view = widget.page("aujourdhui").view
    view.setFocus()
    view.setCurrentIndex(view.model().index(2, 1))  # "Budget annuel"
    qtbot.mouseClick(widget.experiment_button, Qt.MouseButton.LeftButton)
    pages = views.all_pages(doc.notebook)
    assert [p.title for p in pages] == ["Budget annuel"]
    page = pages[0]
    assert page.hypothesis == "Budget annuel"
    assert [(o.kind, o.text, o.removed) for o in page.origins] == \
        [(OriginKind.DECISION, "Budget annuel", False)]
    assert [(a.atelier_id, a.role) for a in page.ateliers] == \
        [(sample.atelier_id, AtelierLinkRole.ORIGINE)]
    assert "Expérimentation créée" in widget.experiment_done.text()
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert records.count(doc.notebook, m.Experimentation) == 0


def test_the_shortcut_works_from_the_matrix_and_the_origin_survives_the_row(qtbot,
                                                                            tool) -> None:
    widget, doc, _sample = tool
    view = widget.page("aujourdhui").view
    view.setFocus()
    view.setCurrentIndex(view.model().index(6, 0))
    qtbot.keyClick(view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert [p.title for p in views.all_pages(doc.notebook)] == [DECISIONS_LABELS[6]]
    assert widget.bar.remove_row()  # the decision row goes: the experiment keeps its text
    origin = views.all_pages(doc.notebook)[0].origins[0]
    assert origin.text == DECISIONS_LABELS[6] and origin.removed


def test_without_a_chosen_row_it_says_what_to_do(qtbot, tool) -> None:
    widget, doc, _sample = tool
    widget.page("aujourdhui").view.setCurrentIndex(widget.page("aujourdhui").model.index(-1, -1))
    assert widget.make_experiment() is None
    assert "Choisissez d'abord une décision" in widget.experiment_done.text()
    assert records.count(doc.notebook, m.Experimentation) == 0
