"""*Fichier › Publier…*: the review of names, then the site written where chosen."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.demo import build_demo
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.lieux")


@pytest.fixture
def window(qtbot, demo_master: Path, tmp_path: Path):
    from lieuxcommuns_desktop.ui.main_window import MainWindow

    path = tmp_path / "demo.lieux"
    shutil.copyfile(demo_master, path)
    nb = Notebook.open(path)
    try:
        person = records.all_of(nb, m.Participant, m.Participant.id)[0]
        records.update(nb, m.Participant, person.id, consent=True)
    finally:
        nb.close()
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_path(path)
    assert win.doc is not None
    return win


def _dialog(window):
    from lieuxcommuns_desktop.ui.dialogs.publish import PublishDialog

    return PublishDialog(window.doc, window)


def test_the_review_lists_names_places_and_replacements(qtbot, window) -> None:
    dialog = _dialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() <= 1024 and dialog.height() <= 768
    rows = [[dialog.review.topLevelItem(i).text(c) for c in range(4)]
            for i in range(dialog.review.topLevelItemCount())]
    assert rows
    assert any(name != published for name, _, published, _ in rows)  # someone replaced
    assert any(flag == "à vérifier" for *_, flag in rows)
    assert "mention" in dialog.summary.text()
    assert dialog.publish_button.isEnabled()


def test_publish_writes_the_site_into_the_chosen_folder(qtbot, window, tmp_path, monkeypatch):
    dialog = _dialog(window)
    qtbot.addWidget(dialog)
    target = tmp_path / "site"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",  # the file dialog's user
                        lambda *_a, **_k: str(target))
    dialog.show()
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    assert dialog.folder.text() == str(target)
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (target / "index.html").is_file() and dialog.report.written


def test_a_folder_of_the_users_is_refused_in_one_line(qtbot, window, tmp_path) -> None:
    taken = tmp_path / "documents"
    taken.mkdir()
    (taken / "a-garder.txt").write_text("x")
    dialog = _dialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder.setText(str(taken))
    dialog.publish_button.click()
    assert "n'est pas vide" in dialog.summary.text()
    assert dialog.isVisible() and [p.name for p in taken.iterdir()] == ["a-garder.txt"]


def test_the_menu_offers_publish(qtbot, window) -> None:
    action = window.actions_by_key["publish"]
    assert action.isEnabled()
    menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()), "menu_file")
    assert action in menu.actions()


def test_the_programme_sheet_offers_the_cc_licences(qtbot, window) -> None:
    from lieuxcommuns_desktop.ui.editors.programme import ProgrammeEditor

    editor = ProgrammeEditor(window.doc)
    qtbot.addWidget(editor)
    licence = editor.fields["licence"]
    model = licence.completer().model()
    codes = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert codes[0] == "CC BY-SA 4.0" and "CC BY-NC-SA 4.0" in codes and "CC0 1.0" in codes
    licence.setText("CC BY 4.0")
    licence.editingFinished.emit()
    programme = records.all_of(window.doc.notebook, m.Programme)[0]
    assert programme.licence == "CC BY 4.0"
    window.doc.undo_stack.undo()
    assert records.all_of(window.doc.notebook, m.Programme)[0].licence == "CC BY-SA 4.0"


@pytest.mark.parametrize("suffix", [".pdf", ".html"])
def test_the_menu_writes_the_evaluation_report(qtbot, window, tmp_path, monkeypatch, suffix):
    target = tmp_path / f"evaluation{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",  # the file dialog's user
                        lambda *_a, **_k: (str(target), ""))
    window.actions_by_key["evaluation_report"].trigger()
    if suffix == ".pdf":
        import pypdf

        text = "".join(p.extract_text() for p in pypdf.PdfReader(target).pages)
    else:
        text = target.read_text("utf-8")
    assert "Questions partagées" in text and "co-décision" in text


def test_the_evaluation_report_refuses_the_notebook(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from lieuxcommuns_desktop.ui.dialogs.evaluation_report import save_evaluation_report

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **_k: shown.append(a[2]))
    before = window.doc.notebook.path.read_bytes()
    assert save_evaluation_report(window, window.doc, window.doc.notebook.path) is None
    assert shown and "carnet" in shown[0]
    assert window.doc.notebook.path.read_bytes() == before
