"""The *lettre de suivi*: PDF read back with pypdf, HTML parsed with html5lib, the CLI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import html5lib
import pytest
from pypdf import PdfReader

from lieuxcommuns_desktop import cli
from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import ExperimentationStatus as S
from lieuxcommuns_desktop.core.enums import NoteKind
from lieuxcommuns_desktop.core.services import experiments as ex
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.tool_kinds import seed_id
from lieuxcommuns_desktop.printing.letter import write_letter
from lieuxcommuns_desktop.printing.letter_html import render, write_letter_html

TODAY = dt.date(2026, 11, 30)
D = dt.date
HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)> \u202eevil\u202c \x00"
NS = {"h": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def notebook(tmp_path: Path) -> Path:
    path = tmp_path / "carnet.lieux"
    nb = Notebook.create(path, title="Parcours test")
    lead = records.create(nb, m.Collectivite, name="Montreuil")
    atelier = records.create(nb, m.Atelier, title="Le parc", collectivite_id=lead.id)
    note = records.create(nb, m.Note, atelier_id=atelier.id, kind=NoteKind.DECISION,
                          text="Comité d'usagers " + HOSTILE)
    exp = ex.create_from_note(nb, note.id, today=D(2026, 3, 1)).created("experimentation")[0]
    ex.edit(nb, exp, tool_kind_id=seed_id("implication_habitants"))
    ex.change_status(nb, exp, S.EN_COURS, "Lancement validé", date=D(2026, 10, 5), today=TODAY)
    ind = ex.add_indicator(nb, exp, "Usagers présents", "personnes", 0, 15)
    ex.add_value(nb, ind.created("indicator")[0], D(2026, 10, 28), 12, today=TODAY)
    ex.add_milestone(nb, exp, "Bilan à un an", D(2027, 4, 15))
    old = ex.create(nb, "Ancienne expérimentation", today=D(2026, 1, 5))
    records.delete(nb, m.Note, note.id)  # the origin is gone: the letter still names it
    nb.close()
    # "Ancienne" was last touched in January: out of a letter since October.
    import sqlite3
    conn = sqlite3.connect(path)
    conn.execute("UPDATE experimentation SET modified_at='2026-01-05 10:00:00.000000' "
                 "WHERE id=?", (old.created("experimentation")[0],))
    conn.commit()
    conn.close()
    return path


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_pdf_letter_lists_changes_indicators_and_next_milestones(notebook, tmp_path) -> None:
    nb = Notebook.open(notebook, readonly=True)
    try:
        out = write_letter(nb, tmp_path / "lettre.pdf", since=D(2026, 10, 1), today=TODAY)
    finally:
        nb.close()
    text = " ".join(_pdf_text(out).split())
    assert "Lettre de suivi des expérimentations" in text
    assert "Changements depuis le 1 octobre 2026" in text
    assert "Envisagée → En cours — Lancement validé" in text
    assert "Usagers présents" in text and "12 personnes le 28/10/2026" in text
    assert "80 %" in text  # 12 of a 0 → 15 way
    assert "15/04/2027 : Bilan à un an" in text
    assert "note d'origine supprimée" in text
    assert "Ancienne expérimentation" not in text
    assert "page 1/" in text and "CC BY-SA" in text


def test_pdf_letter_of_everything_and_of_nothing(notebook, tmp_path) -> None:
    nb = Notebook.open(notebook, readonly=True)
    try:
        everything = _pdf_text(write_letter(nb, tmp_path / "a.pdf", today=TODAY))
        later = dt.date.today() + dt.timedelta(days=1)  # after every edit made above
        nothing = _pdf_text(write_letter(nb, tmp_path / "b.pdf", since=later, today=later))
    finally:
        nb.close()
    assert "Ancienne expérimentation" in everything and "Toutes les" in everything
    assert "Aucune expérimentation n'a changé depuis le" in " ".join(nothing.split())


def test_html_letter_is_valid_escaped_and_inert(notebook, tmp_path) -> None:
    nb = Notebook.open(notebook, readonly=True)
    try:
        out = write_letter_html(nb, tmp_path / "lettre.html", since=D(2026, 10, 1),
                                today=TODAY)
    finally:
        nb.close()
    source = out.read_text(encoding="utf-8")
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    tree = parser.parse(source)  # strict: any parse error raises
    assert tree.tag.endswith("html") and tree.get("lang") == "fr"
    assert not tree.findall(".//h:script", NS) and not tree.findall(".//h:img", NS)
    assert all("onerror" not in el.attrib for el in tree.iter())
    titles = [el.text for el in tree.findall(".//h:article/h:h2", NS)]
    assert len(titles) == 1 and "Comité d'usagers <script>alert(1)</script>" in titles[0]
    assert "\x00" not in source and "\u2068" in titles[0]  # the RTL override is isolated
    cells = [td.text for td in tree.findall(".//h:table[@class='indicators']//h:td", NS)]
    assert cells[:2] == ["Usagers présents", "12\u00a0personnes le 28/10/2026"]
    changes = [li.text for li in tree.findall(".//h:ul[@class='changes']/h:li", NS)]
    assert changes[0] == "05/10/2026 : Envisagée → En cours — Lancement validé"


def test_an_empty_letter_renders_a_page_too(tmp_path) -> None:
    nb = Notebook.create(tmp_path / "vide.lieux")
    try:
        from lieuxcommuns_desktop.core.services.experiments_views import letter

        page = render(letter(nb, today=TODAY))
    finally:
        nb.close()
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(page)
    empty = tree.find(".//h:p[@class='empty']", NS)
    assert empty.text == "Aucune expérimentation n'est suivie dans ce carnet."


def test_cli_writes_pdf_and_html(notebook, tmp_path, capsys) -> None:
    pdf, page = tmp_path / "l.pdf", tmp_path / "l.html"
    assert cli.main(["report", str(notebook), "--experiments", "--since", "2026-10-01",
                     "--format", "pdf", "-o", str(pdf)]) == 0
    assert cli.main(["report", str(notebook), "--experiments", "--format", "html",
                     "-o", str(page)]) == 0
    assert PdfReader(pdf).pages and "<!DOCTYPE html>" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("since", ["2026-13-01", "01/10/2026", "demain", "0001-01-01",
                                   "2026-10-1",
                                   "２０２６-10-01"])  # noqa: RUF001 - full-width digits: hostile input
def test_cli_bad_since_is_one_line_exit_2_and_nothing_written(notebook, tmp_path, capsys,
                                                              since) -> None:
    out = tmp_path / "l.pdf"
    status = cli.main(["report", str(notebook), "--experiments", "--since", since,
                       "--format", "pdf", "-o", str(out)])
    err = capsys.readouterr().err
    assert status == 2
    assert len(err.strip().splitlines()) == 1 and "AAAA-MM-JJ" in err
    assert not out.exists() and list(tmp_path.glob("l.*")) == []


def test_cli_refuses_to_write_over_the_notebook(notebook, capsys) -> None:
    before = notebook.read_bytes()
    status = cli.main(["report", str(notebook), "--experiments", "--format", "html",
                       "-o", str(notebook)])
    assert status == 2 and notebook.read_bytes() == before
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
