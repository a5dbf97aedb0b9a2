"""The tool contract: the registry's classes have the abilities the window wires up."""

from __future__ import annotations

from lieuxcommuns_desktop.ui import contracts, registry
from lieuxcommuns_desktop.ui.editors.atelier import AtelierPage


def _cls(key: str) -> type:
    return next(e for e in registry.entries() if e.key == key).load()


def test_the_registry_classes_meet_the_protocols_the_window_relies_on():
    assert issubclass(_cls("notes"), contracts.SelectsNotes)
    for key in ("agenda", "map"):
        assert issubclass(_cls(key), contracts.DeletesSelection), key
    # protocols with signals (data members) allow isinstance only: check the class attributes
    for key in ("search", "actions"):
        assert hasattr(_cls(key), "noteRequested"), key
    for key in ("live", "agenda", "attendance", "map"):
        assert hasattr(_cls(key), "toolRequested"), key
    assert isinstance(AtelierPage.current_key, property)


def test_edit_delete_removes_the_focused_sequence_as_one_undo_step(window, qtbot, sample_path):
    assert window.open_path(sample_path)
    window.open_atelier(window.navigation.atelier_ids()[0], "agenda")
    page = window.current_page
    assert isinstance(page, contracts.HostsTools) and page.current_key == "agenda"
    editor = page.tools["agenda"]
    assert isinstance(editor, contracts.DeletesSelection)
    window.show()
    count = editor.model.rowCount()
    assert count > 1
    editor.table.selectRow(0)
    first = editor.model.rows[0].title
    editor.table.setFocus()
    qtbot.waitUntil(editor.table.hasFocus)
    window.actions_by_key["delete"].trigger()
    assert editor.model.rowCount() == count - 1
    assert first not in [s.title for s in editor.model.rows]
    window.undo_action.trigger()
    assert editor.model.rowCount() == count


def test_search_results_lead_to_the_note(window, sample_path):
    assert window.open_path(sample_path)
    window.navigation.select("page", "search")
    assert isinstance(window.current_page, contracts.OpensNotes)


def test_edit_copy_and_paste_act_on_the_focused_text_field(window, qtbot):
    from PySide6.QtWidgets import QApplication, QLineEdit

    field = QLineEdit("Maison du quartier", window)
    other = QLineEdit(window)
    assert isinstance(field, contracts.EditsClipboard)
    window.show()
    QApplication.clipboard().clear()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    window.actions_by_key["copy"].trigger()
    assert QApplication.clipboard().text() == "Maison du quartier"
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    window.actions_by_key["paste"].trigger()
    assert other.text() == "Maison du quartier"
    field.selectAll()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    window.actions_by_key["cut"].trigger()
    assert field.text() == ""


def test_edit_copy_ignores_a_focused_widget_that_edits_no_text(window, qtbot):
    from PySide6.QtWidgets import QApplication, QPushButton

    button = QPushButton("Ouvrir", window)
    assert not isinstance(button, contracts.EditsClipboard)
    window.show()
    QApplication.clipboard().setText("avant")
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    window.actions_by_key["copy"].trigger()
    assert QApplication.clipboard().text() == "avant"
