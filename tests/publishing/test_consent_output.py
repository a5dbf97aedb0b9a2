"""Consent in the published site: names only with consent, contacts and attendance never."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import NoteKind
from lieuxcommuns_desktop.core.errors import LieuxError
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.publishing.consent import Censor, PersonInfo
from lieuxcommuns_desktop.publishing.publish import prepare, publish

from .site_checks import all_bytes, broken_or_external, pages, parse_strict

HIDDEN = ("Zélie", "Quenouille")
NAMED = ("Anatole", "Brindille")
EMAIL, PHONE = "zelie.q@exemple.org", "06 12 34 56 78"


@pytest.fixture
def consent_book(demo_path: Path) -> tuple[Path, dict[str, str]]:
    nb = Notebook.open(demo_path)
    try:
        atelier = records.all_of(nb, m.Atelier, m.Atelier.id)[0]
        hidden = records.create(nb, m.Participant, first_name=HIDDEN[0], last_name=HIDDEN[1],
                                structure="Service des espaces verts", email=EMAIL,
                                phone=PHONE, role="jardinière")
        named = records.create(nb, m.Participant, first_name=NAMED[0], last_name=NAMED[1],
                               consent=True, email="anatole@exemple.org")
        records.create(nb, m.Attendance, atelier_id=atelier.id, participant_id=hidden.id,
                       present=True)
        records.create(nb, m.Note, atelier_id=atelier.id, kind=NoteKind.ACTION,
                       text="Arroser les bacs", owner_participant_id=hidden.id)
        records.create(nb, m.Note, atelier_id=atelier.id, kind=NoteKind.ACTION,
                       text="Écrire au service", owner_participant_id=named.id)
        records.create(nb, m.Note, atelier_id=atelier.id, kind=NoteKind.NOTE,
                       text=f"zélie quenouille propose ({EMAIL}, {PHONE}) ; Quenouille insiste.")
        records.update(nb, m.Atelier, atelier.id,
                       facilitators=f"{HIDDEN[0]} {HIDDEN[1]}, {NAMED[0]} {NAMED[1]}")
        ids = {"atelier": atelier.id, "hidden": hidden.id, "named": named.id}
    finally:
        nb.close()
    return demo_path, ids


def test_a_non_consenting_name_appears_nowhere_in_the_site(consent_book, tmp_path) -> None:
    path, _ = consent_book
    folder = tmp_path / "site"
    nb = Notebook.open(path, readonly=True)
    try:
        publish(nb, folder)
    finally:
        nb.close()
    blob = all_bytes(folder).decode("utf-8", "replace").casefold()
    assert HIDDEN[1].casefold() not in blob
    assert f"{HIDDEN[0]} {HIDDEN[1]}".casefold() not in blob
    assert EMAIL not in blob and PHONE not in blob and "@exemple.org" not in blob
    assert "service des espaces verts" in blob  # what stands for her
    assert f"{NAMED[0]} {NAMED[1]}".casefold() in blob
    assert "personnes présentes" not in blob and "inscrites" not in blob  # no attendance


def test_the_review_lists_every_name_its_place_and_its_replacement(consent_book) -> None:
    path, _ = consent_book
    nb = Notebook.open(path, readonly=True)
    try:
        review = prepare(nb).review
    finally:
        nb.close()
    hers = [r for r in review if r.name == "Zélie Quenouille"]
    places = {r.where for r in hers}
    assert any(w.endswith("responsable d'une action") for w in places)
    assert any(w.endswith("notes") for w in places)
    assert any(w.endswith("animation (et crédits)") for w in places)
    assert {r.published for r in hers} == {"jardinière, Service des espaces verts"}
    assert all(r.flagged for r in hers if not r.where.endswith("responsable d'une action"))
    his = [r for r in review if r.name == "Anatole Brindille"]
    assert his and {r.published for r in his} == {"Anatole Brindille"}


def test_replacements_follow_structure_role_or_category() -> None:
    censor = Censor([
        PersonInfo("1", "Aïcha", "Benali", False, category="habitants"),
        PersonInfo("2", "Jean", "Roy", False),
        PersonInfo("3", "Lina", "Moreau", False, structure="Le service des espaces verts"),
    ])
    assert censor.person("1", "x") == "une personne (Habitants & usagers)"
    assert censor.person("2", "x") == "une personne participante"
    assert censor.person("3", "x") == "Le service des espaces verts"
    # a short surname alone is left (too common a word), the full name is not
    assert censor.text("Roy et jean roy", "x") == "Roy et une personne participante"
    assert censor.text("écrire à a.b@c.fr ou +33 6 00 00 00 00", "x") == (
        "écrire à [courriel masqué] ou [téléphone masqué]")
    assert censor.text("saison 2026-2027, budget 10 000 000 €", "x") == (
        "saison 2026-2027, budget 10 000 000 €")


def _hostile():
    here = Path(__file__).resolve().parents[1] / "hostile" / "hostile_data.py"
    spec = importlib.util.spec_from_file_location("hostile_data_publish", here)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_hostile_strings_are_published_as_inert_text(tmp_path: Path) -> None:
    hostile = _hostile()
    path, _ = hostile.build(tmp_path / "hostile.lieux")
    folder = tmp_path / "site"
    nb = Notebook.open(path)
    try:
        with pytest.raises(LieuxError):  # the licence field holds markup: refused, not guessed
            publish(nb, folder)
        programme = records.all_of(nb, m.Programme)[0]
        records.update(nb, m.Programme, programme.id, licence="CC BY-SA 4.0")
        publish(nb, folder)
    finally:
        nb.close()
    import html5lib

    for page in pages(folder):
        parse_strict(page)
        tree = html5lib.parse(page.read_bytes(), namespaceHTMLElements=False)
        assert tree.findall(".//script") == [], page
        # the only images are the notebook's own photos, as files of the site
        assert all(re.fullmatch(r"\.\./photos/[0-9a-f-]{36}\.jpg", img.get("src", ""))
                   for img in tree.findall(".//img")), page
        assert all(not k.startswith("on") and k != "style"
                   for el in tree.iter() for k in el.attrib), page
        assert b"\x1b" not in page.read_bytes() and b"\x07" not in page.read_bytes()
    assert broken_or_external(folder) == []
    index = (folder / "index.html").read_text("utf-8")
    assert "&lt;script&gt;" in index or "&lt;span" in index


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_minutes_for_the_blog_respect_consent_too(consent_book, tmp_path, fmt) -> None:
    from lieuxcommuns_desktop import cli

    path, ids = consent_book
    target = tmp_path / f"cr.{fmt}"
    assert cli.main(["minutes", str(path), "--atelier", ids["atelier"], "--format", fmt,
                     "-o", str(target)]) == 0
    text = target.read_text("utf-8")
    assert "Quenouille" not in text and EMAIL not in text and PHONE not in text
    assert "jardinière, Service des espaces verts" in text
    assert "Anatole Brindille" in text
