"""Fichier › Fusionner un carnet… end to end on real .lieux files, through the real window.

A colleague's copy of the sample notebook is edited apart, then merged: what
came in is reported, one Ctrl+Z takes the whole merge back, a conflict goes
through the review dialog (Esc writes nothing), a backup is written first,
and a damaged, foreign or same file is one line.
"""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

pytest.importorskip("lieuxcommuns_desktop.core.sync.merge")

from lieuxcommuns_desktop.core.model import Atelier
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.store import backup_file
from lieuxcommuns_desktop.ui.team import merge_flow
from lieuxcommuns_desktop.ui.team.review import ConflictReviewDialog
from tests.core.sync.helpers import export_file


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(merge_flow, "show_error", lambda _parent, text: said.append(text))
    return said


def _colleague(sample_path, tmp_path, **changes):
    """A copy of the notebook, edited apart: ``changes`` on its first atelier."""
    copy = backup_file(sample_path, tmp_path / "carnet-de-marie.lieux")
    nb = Notebook.open(copy)
    try:
        atelier = sorted(records.all_of(nb, Atelier), key=lambda a: a.id)[0]
        records.update(nb, Atelier, atelier.id, **changes)
    finally:
        nb.close()
    return copy, atelier.id


def _atelier(window, atelier_id: str) -> Atelier:
    return records.get(window.doc.notebook, Atelier, atelier_id)


def _in_review(act) -> list[str]:
    """Run ``act(dialog)`` once the review dialog is up."""
    seen: list[str] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictReviewDialog):
            QTimer.singleShot(20, step)
            return
        seen.append(dialog.intro.text())
        act(dialog)

    QTimer.singleShot(0, step)
    return seen


def test_a_colleague_s_edit_comes_in_reported_and_one_undo_takes_it_back(
        window, sample_path, tmp_path, shown, errors, qtbot) -> None:
    copy, atelier_id = _colleague(sample_path, tmp_path, place="Friche Sainte-Claire")
    assert window.open_path(sample_path)
    before = _atelier(window, atelier_id).place
    steps = window.doc.undo_stack.count()
    report = window.team.merge(copy)
    assert errors == []
    assert report is not None and report.conflicts == []
    assert _atelier(window, atelier_id).place == "Friche Sainte-Claire"
    assert "Modifiés : 1 atelier" in shown[-1]
    assert "suppression" not in shown[-1]  # a notebook carries its deletions
    assert report.backup is not None and report.backup.is_file()  # written before the merge
    assert report.backup.name == "drome.avant-fusion.lieux"
    assert str(report.backup) in shown[-1]
    assert window.doc.undo_stack.count() == steps + 1
    assert window.doc.undo_stack.undoText() == "Fusion de « carnet-de-marie.lieux »"
    window.undo_action.trigger()
    assert _atelier(window, atelier_id).place == before
    window.redo_action.trigger()
    assert _atelier(window, atelier_id).place == "Friche Sainte-Claire"


def test_a_conflict_is_settled_in_the_review_dialog(window, sample_path, tmp_path, shown,
                                                    errors, qtbot) -> None:
    copy, atelier_id = _colleague(sample_path, tmp_path, title="Balade (version de Marie)")
    assert window.open_path(sample_path)
    records.update(window.doc.notebook, Atelier, atelier_id, title="Balade (ma version)")

    def take_theirs(dialog) -> None:
        qtbot.keyClick(dialog.table, Qt.Key.Key_T)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    seen = _in_review(take_theirs)
    report = window.team.merge(copy)
    assert seen and seen[0].startswith("1 conflit :")
    assert report is not None and len(report.conflicts) == 1
    assert _atelier(window, atelier_id).title == "Balade (version de Marie)"
    assert "1 conflit réglé — 1 pris de l'autre côté" in shown[-1]


def test_escape_in_the_review_writes_nothing(window, sample_path, tmp_path, shown, errors,
                                             qtbot) -> None:
    copy, atelier_id = _colleague(sample_path, tmp_path, title="Balade (version de Marie)",
                                  place="Friche")
    assert window.open_path(sample_path)
    records.update(window.doc.notebook, Atelier, atelier_id, title="Balade (ma version)")
    steps = window.doc.undo_stack.count()

    seen = _in_review(lambda dialog: qtbot.keyClick(dialog.table, Qt.Key.Key_Escape))
    assert window.team.merge(copy) is None
    assert seen
    atelier = _atelier(window, atelier_id)
    assert (atelier.title, atelier.place != "Friche") == ("Balade (ma version)", True)
    assert window.doc.undo_stack.count() == steps
    assert shown == [] and errors == []
    assert "rien n'a été écrit" in window.statusBar().currentMessage()


def test_a_json_export_merges_too(window, sample_path, tmp_path, shown, errors) -> None:
    copy, atelier_id = _colleague(sample_path, tmp_path, place="Salle des fêtes")
    exported = export_file(copy, tmp_path / "marie.json")
    assert window.open_path(sample_path)

    def take_all_theirs(dialog) -> None:
        dialog.choose_all("theirs")
        dialog.accept()

    _in_review(take_all_theirs)  # without sync metadata differing fields are conflicts
    report = window.team.merge(exported)
    assert errors == [] and report is not None
    assert _atelier(window, atelier_id).place == "Salle des fêtes"
    assert "aucune suppression n'a été reportée" in shown[-1]


@pytest.mark.parametrize("kind", ["damaged", "foreign", "missing", "same", "json"])
def test_a_bad_file_is_one_line_and_nothing_changes(window, sample_path, tmp_path, shown,
                                                    errors, kind) -> None:
    assert window.open_path(sample_path)
    target = tmp_path / "autre.lieux"
    if kind == "damaged":
        target.write_bytes(b"SQLite format 3\x00" + b"\xff" * 3000)
    elif kind == "foreign":
        with sqlite3.connect(target) as conn:
            conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    elif kind == "same":
        target = sample_path
    elif kind == "json":
        target = tmp_path / "abime.json"
        target.write_text('{"format": 3, "records": {"atelier": [{"id": ', encoding="utf-8")
    steps = window.doc.undo_stack.count()
    assert window.team.merge(target) is None
    assert len(errors) == 1 and "\n" not in errors[0], errors
    assert window.doc.undo_stack.count() == steps and shown == []
    if kind == "same":
        assert "carnet ouvert" in errors[0]


def test_the_menu_entry_asks_for_the_file_then_merges(window, sample_path, tmp_path, shown,
                                                      errors, monkeypatch) -> None:
    copy, atelier_id = _colleague(sample_path, tmp_path, place="Salle des fêtes")
    assert window.open_path(sample_path)
    asked: list[str] = []

    def pick(_parent, title, folder, filters):  # the file dialog's user picks Marie's copy
        asked.append(filters)
        return str(copy), ""

    monkeypatch.setattr(merge_flow.QFileDialog, "getOpenFileName", pick)
    window.actions_by_key["merge"].trigger()
    assert "*.lieux *.json" in asked[0]
    assert _atelier(window, atelier_id).place == "Salle des fêtes"
    monkeypatch.setattr(merge_flow.QFileDialog, "getOpenFileName", lambda *a: ("", ""))
    steps = window.doc.undo_stack.count()
    window.actions_by_key["merge"].trigger()  # the file dialog cancelled: nothing happens
    assert window.doc.undo_stack.count() == steps and errors == []
