"""An atelier's minutes (kit PDF, Markdown, HTML) list the experiments born in or reviewed at it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import html5lib
from pypdf import PdfReader

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import NoteKind
from lieuxcommuns_desktop.core.services import experiments as ex
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.printing import blog
from lieuxcommuns_desktop.printing.data import load
from lieuxcommuns_desktop.printing.kit import write_kit
from lieuxcommuns_desktop.printing.options import KitOptions

NS = {"h": "http://www.w3.org/1999/xhtml"}


def _notebook(tmp_path: Path) -> tuple[Notebook, str, str]:
    nb = Notebook.create(tmp_path / "carnet.lieux", title="Programme")
    lead = records.create(nb, m.Collectivite, name="Montreuil")
    first = records.create(nb, m.Atelier, title="Lancement", collectivite_id=lead.id,
                           date=dt.date(2026, 3, 1))
    review = records.create(nb, m.Atelier, title="Bilan", collectivite_id=lead.id,
                            date=dt.date(2026, 10, 1))
    note = records.create(nb, m.Note, atelier_id=first.id, kind=NoteKind.DECISION,
                          text="Comité <b>d'usagers</b>")
    exp = ex.create_from_note(nb, note.id).created("experimentation")[0]
    ex.link_atelier(nb, exp, review.id)
    return nb, first.id, review.id


def test_kit_minutes_list_born_and_reviewed_experiments(tmp_path: Path) -> None:
    nb, first, review = _notebook(tmp_path)
    try:
        options = KitOptions(documents=("minutes",))
        born = write_kit(nb, first, tmp_path / "a.pdf", options)
        reviewed = write_kit(nb, review, tmp_path / "b.pdf", options)
    finally:
        nb.close()
    born_text = " ".join(" ".join(p.extract_text() for p in PdfReader(born).pages).split())
    reviewed_text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(reviewed).pages).split())
    assert "Expérimentations" in born_text
    assert "« Comité <b>d'usagers</b> » — née de cet atelier — Envisagée (portée par " \
           "Montreuil)" in born_text
    assert "suivie lors de cet atelier" in reviewed_text


def test_markdown_and_html_minutes_list_them_escaped(tmp_path: Path) -> None:
    nb, first, _review = _notebook(tmp_path)
    try:
        data = load(nb, first)
    finally:
        nb.close()
    markdown = blog.markdown(data)
    assert "## Expérimentations" in markdown
    assert "née de cet atelier" in markdown and "<b>" not in markdown
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(
        blog.html_page(data))
    items = tree.findall(".//h:ul[@class='experiments']/h:li", NS)
    assert [li.text for li in items] == [
        "« Comité <b>d'usagers</b> » — née de cet atelier — Envisagée (portée par Montreuil)"]
    assert not tree.findall(".//h:b", NS)


def test_an_atelier_without_experiments_has_no_such_section(tmp_path: Path) -> None:
    nb = Notebook.create(tmp_path / "carnet.lieux")
    try:
        atelier = records.create(nb, m.Atelier, title="Seul")
        data = load(nb, atelier.id)
    finally:
        nb.close()
    assert data.experiments == [] and "Expérimentations" not in blog.markdown(data)
