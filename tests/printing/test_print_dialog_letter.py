"""The *lettre de suivi* from the print dialog (no atelier): PDF in the preview and saved,
HTML page, all experiments or those changed since a date, never onto a notebook."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import html5lib
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import ExperimentationStatus as S
from lieuxcommuns_desktop.core.enums import NoteKind
from lieuxcommuns_desktop.core.services import experiments as ex
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.ui import errors
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.printing.dialog import PrintDialog

D = dt.date
NS = {"h": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def doc(tmp_path: Path):
    path = tmp_path / "carnet.lieux"
    nb = Notebook.create(path, title="Parcours test")
    lead = records.create(nb, m.Collectivite, name="Montreuil")
    atelier = records.create(nb, m.Atelier, title="Le parc", collectivite_id=lead.id)
    note = records.create(nb, m.Note, atelier_id=atelier.id, kind=NoteKind.DECISION,
                          text="Comité d'usagers <b>du parc</b>")
    exp = ex.create_from_note(nb, note.id, today=D(2026, 3, 1)).created("experimentation")[0]
    ex.change_status(nb, exp, S.EN_COURS, "Lancement validé", date=D(2026, 10, 5))
    ind = ex.add_indicator(nb, exp, "Usagers présents", "personnes", 0, 15)
    ex.add_value(nb, ind.created("indicator")[0], D(2026, 10, 28), 12)
    old = ex.create(nb, "Ancienne expérimentation", today=D(2026, 1, 5))
    nb.close()
    conn = sqlite3.connect(path)  # "Ancienne" was last touched in January
    conn.execute("UPDATE experimentation SET modified_at='2026-01-05 10:00:00.000000' "
                 "WHERE id=?", (old.created("experimentation")[0],))
    conn.commit()
    conn.close()
    document = Document(Notebook.open(path))
    yield document
    document.close()


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def _only_letter(dialog: PrintDialog) -> None:
    for key, box in dialog.checks.items():
        box.setChecked(key == "letter")


def test_the_letter_alone_previewed_and_saved_as_pdf(qtbot, doc, tmp_path) -> None:
    dialog = PrintDialog(doc, None)
    qtbot.addWidget(dialog)
    assert "letter" in dialog.checks and not dialog.checks["letter"].isChecked()
    assert not dialog.letter_html_button.isEnabled()
    _only_letter(dialog)
    assert dialog.letter_html_button.isEnabled() and not dialog.letter_since.isEnabled()
    assert dialog.wait_ready()
    saved = dialog.save_pdf(str(tmp_path / "lettre.pdf"))
    text = _text(saved)
    assert "Lettre de suivi des expérimentations" in text
    assert "Toutes les expérimentations" in text
    assert "Comité d'usagers <b>du parc</b>" in text and "Ancienne expérimentation" in text
    assert "Usagers présents" in text and "12 personnes le 28/10/2026" in text
    assert "Affiche" not in text  # only what was ticked


def test_changed_since_a_date_keeps_only_what_changed(qtbot, doc, tmp_path) -> None:
    dialog = PrintDialog(doc, None)
    qtbot.addWidget(dialog)
    _only_letter(dialog)
    dialog.letter_only_since.setChecked(True)
    assert dialog.letter_since.isEnabled()
    dialog.letter_since.setDate(QDate(2026, 10, 1))
    assert dialog.letter_since_date() == D(2026, 10, 1)
    assert dialog.wait_ready()
    text = _text(dialog.save_pdf(str(tmp_path / "depuis.pdf")))
    assert "Changements depuis le 1er octobre 2026" in text or "1 octobre 2026" in text
    assert "Comité d'usagers" in text and "Ancienne expérimentation" not in text
    assert "Lancement validé" in text
    # The HTML page: the same scope, parsed, the typed markup shown as text.
    page = dialog.save_letter_html(str(tmp_path / "depuis.html"))
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(
        page.read_text(encoding="utf-8"))
    titles = ["".join(h.itertext()) for h in tree.findall(".//h:h2", NS)]
    assert any("Comité d'usagers <b>du parc</b>" in t for t in titles)
    assert not any("Ancienne" in t for t in titles)
    assert not tree.findall(".//h:b", NS)


def test_with_the_programme_documents_the_letter_follows_them(qtbot, doc, tmp_path) -> None:
    dialog = PrintDialog(doc, None)
    qtbot.addWidget(dialog)
    assert dialog.wait_ready()
    without = dialog.pdf.pageCount()
    dialog.checks["letter"].setChecked(True)
    assert dialog.wait_ready()
    assert dialog.pdf.pageCount() > without
    text = _text(dialog.save_pdf(str(tmp_path / "tout.pdf")))
    assert "Lettre de suivi des expérimentations" in text


def test_never_written_onto_a_notebook(qtbot, doc, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(errors, "_interactive", False)  # the refusal printed, not modal
    dialog = PrintDialog(doc, None)
    qtbot.addWidget(dialog)
    _only_letter(dialog)
    notebook = Path(doc.notebook.path)
    before = notebook.read_bytes()
    assert dialog.save_letter_html(str(notebook)) is None
    other = tmp_path / "autre.lieux"
    other.write_bytes(b"x")
    assert dialog.save_letter_html(str(other)) is None
    assert dialog.wait_ready()
    assert dialog.save_pdf(str(notebook)) is None
    assert notebook.read_bytes() == before and other.read_bytes() == b"x"
    refusals = capsys.readouterr().err.strip().splitlines()
    assert len(refusals) == 3 and all(".lieux" in line or "carnet" in line
                                      for line in refusals)
