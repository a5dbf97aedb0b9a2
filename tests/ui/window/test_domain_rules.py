"""The editors show the service's refusal (a title never empty) and keep what was there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.ui.editors.atelier import AtelierPage
from lieuxcommuns_desktop.ui.window import notebooks


def test_an_emptied_title_is_refused_with_the_service_message(window, tmp_path,
                                                              monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(notebooks, "show_error", lambda _parent, text: shown.append(text))
    assert window.create_notebook(tmp_path / "regles.lieux", "Règles")
    atelier_id = window.new_atelier()
    page = window.current_page
    assert isinstance(page, AtelierPage)
    title = page.form.title
    before = records.get(window.doc.notebook, m.Atelier, atelier_id).title
    steps = window.doc.undo_stack.count()

    title.setFocus()
    title.selectAll()
    QTest.keyClick(title, Qt.Key.Key_Delete)
    QTest.keyClick(title, Qt.Key.Key_Return)

    assert shown == ["Le titre ne peut pas être vide."]
    assert records.get(window.doc.notebook, m.Atelier, atelier_id).title == before
    assert title.text() == before  # the sheet shows the notebook's title again
    assert window.doc.undo_stack.count() == steps

    page.show_tool("agenda")
    agenda = page.tools["agenda"]
    agenda.add_step()
    model = agenda.model
    assert not model.setData(model.index(0, 2), "   ")
    assert not model.setData(model.index(0, 3), 24 * 60 + 1)
    assert shown[1:] == ["Le titre ne peut pas être vide.",
                         "La durée doit être comprise entre 0 et 1440 minutes."]
