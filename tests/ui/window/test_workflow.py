"""Prepare an atelier end to end in the real window, close, reopen and find everything."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core import templates
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.ui.editors.atelier import AtelierPage


def _agenda(window):
    page = window.current_page
    assert isinstance(page, AtelierPage)
    page.show_tool("agenda")
    return page.tools["agenda"]


def test_create_edit_reorder_undo_close_reopen(window, qtbot, tmp_path):
    path = tmp_path / "atelier.lieux"
    assert window.create_notebook(path, "Parcours test")
    assert window.windowTitle().startswith("atelier.lieux")
    doc = window.doc

    atelier_id = window.new_atelier()
    page = window.current_page
    form = page.form
    form.title.setText("Atelier rivière")
    form.title.editingFinished.emit()
    form.place.setText("Salle des fêtes")
    form.place.editingFinished.emit()
    form.start_time.setTime(form.start_time.time().fromString("14:00", "HH:mm"))
    form.start_time.editingFinished.emit()
    form.planned.setValue(30)
    form.planned.editingFinished.emit()
    assert page.heading.text() == "Atelier rivière"
    assert "Enregistré à" in window.saved_label.text()
    assert window.navigation.current() == ("atelier", atelier_id)

    editor = _agenda(window)
    editor.add_step()
    editor.add_step()
    editor.add_step()
    model = editor.model
    assert model.rowCount() == 3
    for row, (title, minutes) in enumerate((("Accueil", 15), ("Carte", 20), ("Clôture", 5))):
        assert model.setData(model.index(row, 2), title)
        assert model.setData(model.index(row, 3), minutes)
    assert model.data(model.index(1, 0)) == "14:15"
    assert model.data(model.index(2, 1)) == "14:40"
    assert editor.banner.isVisibleTo(editor)  # 40 min > 30 min planned
    assert "40 min" in editor.banner.text()

    # drag "Clôture" before "Carte"
    mime = model.mimeData([model.index(2, 2)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, model.index(-1, -1))
    assert [s.title for s in model.rows] == ["Accueil", "Clôture", "Carte"]
    assert model.data(model.index(2, 0)) == "14:20"

    stack = doc.undo_stack
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    stack.undo()
    assert [s.title for s in model.rows] == ["Accueil", "Carte", "Clôture"]
    assert window.redo_action.isEnabled()
    stack.redo()
    assert [s.title for s in model.rows] == ["Accueil", "Clôture", "Carte"]
    form.planned.setValue(60)
    form.planned.editingFinished.emit()
    assert not editor.banner.isVisibleTo(editor)
    stack.undo()
    assert editor.banner.isVisibleTo(editor)
    stack.redo()

    window.close()
    assert not (tmp_path / ".atelier.lieux.lock").exists()

    from lieuxcommuns_desktop.ui.main_window import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    assert again.open_path(path)
    assert again.navigation.atelier_ids() == [atelier_id]
    again.navigation.select("atelier", atelier_id)
    assert again.current_page.form.title.text() == "Atelier rivière"
    atelier = records.get(again.doc.notebook, m.Atelier, atelier_id)
    assert atelier.start_time == dt.time(14, 0) and atelier.planned_minutes == 60
    agenda = _agenda(again)
    assert [s.title for s in agenda.model.rows] == ["Accueil", "Clôture", "Carte"]
    again.close()


def test_atelier_from_template_duplicate_and_personal_template(window, tmp_path):
    window.create_notebook(tmp_path / "modele.lieux")
    template = next(t for t in templates.list_templates() if t.key == "gestion-eau")
    atelier_id = window.new_atelier_from_template(template)
    assert atelier_id
    editor = window.current_page.tools["agenda"]
    assert window.current_page.current_key == "agenda"
    assert editor.model.total == template.total_minutes
    assert [s.title for s in editor.model.rows] == [s.title for s in template.steps]

    window.doc.undo_stack.undo()
    assert records.count(window.doc.notebook, m.Atelier) == 0
    window.doc.undo_stack.redo()
    assert records.get(window.doc.notebook, m.Atelier, atelier_id).title == template.title

    window.open_atelier(atelier_id)
    copy_id = window.duplicate_atelier()
    assert copy_id and copy_id != atelier_id
    assert records.count(window.doc.notebook, m.Sequence, atelier_id=copy_id) == len(
        template.steps)

    from lieuxcommuns_desktop.ui.agenda.editor import AgendaEditor
    from lieuxcommuns_desktop.ui.editors.ateliers import save_as_template
    from lieuxcommuns_desktop.ui.settings import personal_templates_dir

    saved = save_as_template(window.doc, copy_id, "Ma rivière", personal_templates_dir())
    mine = [t for t in templates.list_templates(personal_templates_dir()) if not t.builtin]
    assert saved.exists() and [t.title for t in mine] == ["Ma rivière"]
    assert mine[0].total_minutes == template.total_minutes

    # add two steps of another template to the copy's agenda, in one undo step
    from lieuxcommuns_desktop.ui.dialogs.templates import TemplateStepsDialog

    window.open_atelier(copy_id, "agenda")
    editor = window.current_page.tools["agenda"]
    assert isinstance(editor, AgendaEditor)
    before = [s.title for s in editor.model.rows]
    dialog = TemplateStepsDialog()
    dialog.combo.setCurrentIndex(len(dialog.templates) - 1)
    dialog.check([0, 1])
    other = dialog.selected_template()
    editor.table.selectRow(0)
    editor.add_template_steps(other, dialog.selected_indexes())
    after = [s.title for s in editor.model.rows]
    assert after == [before[0], other.steps[0].title, other.steps[1].title, *before[1:]]
    window.doc.undo_stack.undo()
    assert [s.title for s in editor.model.rows] == before
    window.doc.undo_stack.redo()
    assert [s.title for s in editor.model.rows] == after


def test_open_demo_creates_it_once(window):
    from lieuxcommuns_desktop.ui.settings import demo_notebook_path

    assert window.start_page.buttons["demo"].isEnabled()
    assert window.open_demo()
    path = demo_notebook_path()
    assert window.doc.notebook.path == path and len(window.navigation.atelier_ids()) >= 3
    stamp = path.stat().st_mtime_ns
    window.close_notebook()
    assert window.open_demo()
    assert path.stat().st_mtime_ns == stamp  # opened, not rebuilt
