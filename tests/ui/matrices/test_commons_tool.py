"""The commons grid: status by keyboard, note in place, trend across ateliers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import PrincipleStatus
from lieuxcommuns_desktop.core.services import commons, records
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.matrices.commons import NOTE, STATUS, CommonsGridTool
from tests.ui.matrices.sample import build


@pytest.fixture
def setup(qtbot, notebook):
    sample = build(notebook)
    doc = Document(notebook)
    tool = CommonsGridTool(doc, sample.atelier_id)
    qtbot.addWidget(tool)
    tool.resize(1100, 700)
    tool.show()
    return tool, doc, sample


def test_status_with_keys_and_undo(qtbot, setup) -> None:
    tool, doc, sample = setup
    view = tool.view
    view.setFocus()
    view.setCurrentIndex(tool.model.index(3, STATUS))  # 4. surveillance: absent
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert (commons.read_commons(doc.notebook, sample.atelier_id)[3].status
            == PrincipleStatus.EN_PLACE)
    assert tool.model.index(3, STATUS).data() == "✓ en place"
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert tool.model.index(3, STATUS).data() == "◐ en discussion"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert commons.read_commons(doc.notebook, sample.atelier_id)[3].status == PrincipleStatus.ABSENT
    assert tool.model.index(3, STATUS).data() == "✗ absent"


def test_note_edit_is_one_undoable_command(qtbot, setup) -> None:
    tool, doc, sample = setup
    index = tool.model.index(4, NOTE)
    assert tool.model.setData(index, "Exclusion après trois rappels") is False
    assert commons.read_commons(doc.notebook, sample.atelier_id)[4].note == \
        "Exclusion après trois rappels"
    assert tool.model.index(4, NOTE).data() == "Exclusion après trois rappels"
    tool.model.setData(index, "Exclusion après trois rappels")  # unchanged: no command
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert tool.model.index(4, NOTE).data() == ""


def test_trend_oldest_to_newest_follows_edits(qtbot, setup) -> None:
    tool, _doc, _sample = setup
    assert tool.trend_view.isVisible()
    trend = tool.trend_model
    headers = [trend.headerData(c, Qt.Orientation.Horizontal) for c in range(trend.columnCount())]
    assert headers[0].startswith("Découverte de la friche") and "03/02/2026" in headers[0]
    assert headers[1].startswith("Qui décide à la Friche ?")
    assert headers[2] == "Tendance"
    assert trend.index(1, 0).data() == "✗ absent" and trend.index(1, 1).data() == \
        "◐ en discussion"
    assert trend.index(1, 2).data() == "↗ progresse"
    tool.view.setFocus()
    tool.view.setCurrentIndex(tool.model.index(1, STATUS))
    qtbot.keyClick(tool.view, Qt.Key.Key_0)
    assert trend.index(1, 2).data() == "→ stable"


def test_atelier_without_ressource_explains_the_trend(qtbot, notebook) -> None:
    atelier = records.create(notebook, m.Atelier, title="Seul")
    tool = CommonsGridTool(Document(notebook), atelier.id)
    qtbot.addWidget(tool)
    tool.show()
    assert not tool.trend_view.isVisible()
    assert "ressource" in tool.trend_title.text()
    assert [tool.model.index(r, STATUS).data() for r in range(8)] == ["✗ absent"] * 8


def test_csv_export_button(qtbot, setup, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    tool, _doc, _sample = setup
    target = tmp_path / "communs.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    tool.csv_button.click()
    lines = target.read_text("utf-8-sig").splitlines()
    assert lines[0] == "N°;Principe;Statut;Note"
    assert lines[1] == ("1;Des limites clairement définies;en place;"
                        "Périmètre : bâtiment A et la cour.")
