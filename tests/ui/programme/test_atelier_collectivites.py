"""The atelier's sheet: host collectivité and the collectivités taking part, by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lieuxcommuns_desktop.core.model import Atelier, AtelierCollectivite, Membership
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.editors.atelier import AtelierForm
from lieuxcommuns_desktop.ui.roles import Role
from tests.core.programme_sample import Sample


@pytest.fixture
def form(qtbot, s: Sample) -> AtelierForm:
    widget = AtelierForm(Document(s.nb), s["u1"])
    qtbot.addWidget(widget)
    widget.show()
    return widget


def taking_part(s: Sample, key: str) -> set[str]:
    return {row.collectivite_id for row in records.all_of(s.nb, AtelierCollectivite)
            if row.atelier_id == s[key]}


def row_of(form: AtelierForm, collectivite_id: str) -> int:
    items = form.participants
    return next(i for i in range(items.count())
                if items.item(i).data(Role.ID) == collectivite_id)


def test_list_shows_host_and_participants(form: AtelierForm, s: Sample) -> None:
    items = form.participants
    checked = {items.item(i).data(Role.ID) for i in range(items.count())
               if items.item(i).checkState() == Qt.CheckState.Checked}
    assert checked == taking_part(s, "u1") == {s["A"], s["B"]}
    assert "accueil" in items.item(row_of(form, s["A"])).text()


def test_space_adds_a_collectivite_which_joins_the_expedition(
    qtbot, form: AtelierForm, s: Sample
) -> None:
    items = form.participants
    items.setFocus()
    items.setCurrentRow(row_of(form, s["C"]))
    qtbot.keyClick(items, Qt.Key.Key_Space)
    assert taking_part(s, "u1") == {s["A"], s["B"], s["C"]}
    assert any(m.collectivite_id == s["C"] and m.thematique_id == s["U"]
               for m in records.all_of(s.nb, Membership))
    form.doc.undo_stack.undo()  # one step takes back both
    assert taking_part(s, "u1") == {s["A"], s["B"]}
    assert not any(m.collectivite_id == s["C"] and m.thematique_id == s["U"]
                   for m in records.all_of(s.nb, Membership))


def test_the_host_cannot_be_withdrawn(qtbot, form: AtelierForm, s: Sample) -> None:
    errors: list[str] = []
    form.doc.error.connect(errors.append)
    items = form.participants
    items.setFocus()
    items.setCurrentRow(row_of(form, s["A"]))
    qtbot.keyClick(items, Qt.Key.Key_Space)
    assert errors and "Arcueil" in errors[0]
    assert taking_part(s, "u1") == {s["A"], s["B"]}
    assert items.item(row_of(form, s["A"])).checkState() == Qt.CheckState.Checked


def test_a_new_host_takes_part(form: AtelierForm, s: Sample) -> None:
    combo = form.combos["collectivite_id"]
    combo.setCurrentIndex(combo.findData(s["C"]))
    combo.activated.emit(combo.currentIndex())
    assert records.get(s.nb, Atelier, s["u1"]).collectivite_id == s["C"]
    assert taking_part(s, "u1") == {s["A"], s["B"], s["C"]}
    assert "accueil" in form.participants.item(row_of(form, s["C"])).text()
    form.doc.undo_stack.undo()
    assert records.get(s.nb, Atelier, s["u1"]).collectivite_id == s["A"]
    assert taking_part(s, "u1") == {s["A"], s["B"]}
