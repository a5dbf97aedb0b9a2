"""Fichier › Exporter / Importer (JSON): the core's functions, the import's summary shown."""

from __future__ import annotations

import json

import pytest

from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.ui.dialogs.interchange import export_json, import_json
from lieuxcommuns_desktop.ui.document import Document


def test_export_then_import_into_an_empty_notebook_shows_what_was_added(
        window, sample_path, tmp_path, monkeypatch):
    from lieuxcommuns_desktop.ui.dialogs import interchange

    monkeypatch.setattr(interchange, "show_error", lambda _parent, text: pytest.fail(text))
    told: list[str] = []  # QMessageBox.information is modal: record its text instead
    monkeypatch.setattr(interchange.QMessageBox, "information",
                        lambda _parent, _title, text: told.append(text))
    assert window.open_path(sample_path)
    exported = tmp_path / "drome.json"
    assert export_json(window, window.doc, exported)
    assert json.loads(exported.read_text(encoding="utf-8"))["format"]
    assert str(exported) in told[-1]

    empty = Notebook.create(tmp_path / "vide.lieux", title="Vide")
    doc = Document(empty)
    try:
        assert import_json(window, doc, exported)
    finally:
        doc.close()
    summary = told[-1]
    assert "Ajoutés" in summary and "Conflits : 0" in summary
    assert "ImportReport" not in summary  # the summary a person reads, not a repr


def test_an_unreadable_file_is_one_line_and_nothing_changes(window, sample_path, tmp_path,
                                                           monkeypatch):
    from lieuxcommuns_desktop.ui.dialogs import interchange

    errors: list[str] = []
    monkeypatch.setattr(interchange, "show_error", lambda _parent, text: errors.append(text))
    assert window.open_path(sample_path)
    bad = tmp_path / "abime.json"
    bad.write_text("{pas du json", encoding="utf-8")
    assert not import_json(window, window.doc, bad)
    assert len(errors) == 1 and "\n" not in errors[0]
