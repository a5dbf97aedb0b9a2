"""Experiments, photos, votes and the map backdrop in the published site."""

from __future__ import annotations

import io
import re
from pathlib import Path

import html5lib
from PIL import Image

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.services import backdrop, photos, records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.publishing.publish import prepare, publish

from .site_checks import broken_or_external, pages, parse_strict, snapshot


def _tree(path: Path):
    return html5lib.parse(path.read_bytes(), namespaceHTMLElements=False)


def _text(el) -> str:
    return "".join(el.itertext())


def _publish(path: Path, folder: Path):
    nb = Notebook.open(path, readonly=True)
    try:
        return publish(nb, folder)
    finally:
        nb.close()


def _photo_atelier(site: Path) -> Path:
    found = [p for p in (site / "ateliers").glob("*.html") if b"<img" in p.read_bytes()]
    assert len(found) == 1
    return found[0]


def test_every_experiment_has_a_page_linked_from_the_index_and_its_ateliers(demo_site):
    index = demo_site / "experimentations" / "index.html"
    parse_strict(index)
    linked = {a.get("href") for a in _tree(index).iter("a")}
    experiment_pages = sorted(p for p in (demo_site / "experimentations").glob("*.html")
                              if p.name != "index.html")
    assert len(experiment_pages) >= 3
    for page in experiment_pages:
        assert f"../experimentations/{page.name}" in linked  # from the index
        parse_strict(page)
        tree = _tree(page)
        h1 = tree.findall(".//h1")
        assert len(h1) == 1 and _text(h1[0]).startswith("Expérimentation : ")
        atelier_links = [a.get("href") for a in tree.iter("a")
                         if a.get("href", "").startswith("../ateliers/")]
        assert atelier_links, page.name  # where it was born or reviewed
        for href in atelier_links:  # and that atelier's page links back to it
            back = (page.parent / href).resolve()
            assert f"../experimentations/{page.name}" in back.read_text("utf-8"), (page, back)
    # the nav bar of every page leads to the index
    for page in pages(demo_site):
        assert re.search(r'href="(\.\./)?experimentations/index\.html"',
                         page.read_text("utf-8")), page


def test_an_experiment_page_shows_indicators_with_a_chart_and_its_table(demo_site):
    with_measures = [p for p in (demo_site / "experimentations").glob("*.html")
                     if b'id="indicateurs"' in p.read_bytes()]
    assert with_measures
    tree = _tree(with_measures[0])
    section = next(s for s in tree.iter("section") if s.get("aria-labelledby") == "indicateurs")
    assert section.findall(".//{http://www.w3.org/2000/svg}svg") and section.findall(".//table")


def test_the_atelier_page_shows_its_photo_as_a_file_with_alt_text_and_no_metadata(demo_site):
    page = _photo_atelier(demo_site)
    tree = _tree(page)
    images = tree.findall(".//img")
    assert len(images) == 1
    img = images[0]
    assert img.get("alt", "").startswith("Un tableau de papier")
    assert re.fullmatch(r"\.\./photos/[0-9a-f-]{36}\.jpg", img.get("src"))
    data = (page.parent / img.get("src")).read_bytes()
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG" and not image.getexif() and "exif" not in image.info
        assert (str(image.width), str(image.height)) == (img.get("width"), img.get("height"))


def test_the_atelier_page_shows_the_votes_ranked(demo_site):
    tree = _tree(_photo_atelier(demo_site))
    section = next(s for s in tree.iter("section") if s.get("aria-labelledby") == "votes")
    tables = section.findall(".//table")
    assert tables
    rows = [[_text(c) for c in tr] for tr in tables[0].find("tbody")]
    counts = [int(r[2]) for r in rows]
    assert counts == sorted(counts, reverse=True) and rows[0][0].startswith("1")


def _demo_photo(nb: Notebook) -> m.Photo:
    return records.all_of(nb, m.Photo)[0]


def test_a_photo_without_alt_text_is_withheld_and_listed_in_the_review(demo_path, tmp_path):
    nb = Notebook.open(demo_path)
    try:
        photo = _demo_photo(nb)
        photos.edit_photo(nb, photo.id, alt_text="", caption="Le mur des idées")
        publication = prepare(nb)
        report = publish(nb, tmp_path / "site")
    finally:
        nb.close()
    site = tmp_path / "site"
    assert not (site / "photos").exists()
    assert not any(b"<img" in p.read_bytes() for p in pages(site))
    assert "photos" not in {f.split("/")[0] for f in report.written}
    withheld = [r for r in publication.review if "texte alternatif manquant" in r.published]
    assert len(withheld) == 1 and withheld[0].flagged
    assert "Le mur des idées" in withheld[0].name and "photos" in withheld[0].where


def test_captions_and_vote_labels_are_scanned_for_names(demo_path, tmp_path):
    nb = Notebook.open(demo_path)
    try:
        records.create(nb, m.Participant, first_name="Zélie", last_name="Quenouille",
                       role="jardinière")
        photos.edit_photo(nb, _demo_photo(nb).id, caption="Zélie Quenouille au tableau",
                          alt_text="Zélie Quenouille devant les post-it")
        option = records.all_of(nb, m.VoteOption)[0]
        records.update(nb, m.VoteOption, option.id, label="L'idée de Zélie Quenouille")
        publication = prepare(nb)
    finally:
        nb.close()
    blob = b"".join(publication.files[p] for p in publication.files if p.endswith(".html"))
    assert b"Quenouille" not in blob and "jardinière au tableau".encode() in blob
    wheres = {r.where for r in publication.review if r.name == "Zélie Quenouille"}
    assert any(w.endswith("photos") for w in wheres) and any(w.endswith("votes") for w in wheres)


def test_the_map_backdrop_is_in_the_svg_only_when_switched_on_for_print(demo_path, tmp_path):
    nb = Notebook.open(demo_path)
    try:
        photo = _demo_photo(nb)
        smap = next(s for s in records.all_of(nb, m.StakeholderMap)
                    if s.atelier_id == photo.atelier_id)
        backdrop.set_backdrop(nb, smap.id, photo_id=photo.id, x=40.0, y=-20.0, scale=0.5,
                              opacity=0.35, in_print=False)
    finally:
        nb.close()
    folder = tmp_path / "site"
    _publish(demo_path, folder)
    page = _photo_atelier(folder)
    assert _tree(page).findall(".//{http://www.w3.org/2000/svg}image") == []
    assert not list((folder / "photos").glob("fond-*.jpg"))
    nb = Notebook.open(demo_path)
    try:
        backdrop.set_backdrop(nb, smap.id, in_print=True)
    finally:
        nb.close()
    _publish(demo_path, folder)
    parse_strict(page)
    images = _tree(page).findall(".//{http://www.w3.org/2000/svg}image")
    assert len(images) == 1
    image = images[0]
    width, height = photo.width * 0.5, photo.height * 0.5
    assert float(image.get("width")) == round(width, 1)
    assert float(image.get("x")) == round(40.0 - width / 2, 1)
    assert float(image.get("y")) == round(-20.0 - height / 2, 1)
    assert image.get("opacity") == "0.35" and image.get("aria-hidden") == "true"
    href = image.get("href")
    assert re.fullmatch(r"\.\./photos/fond-[0-9a-f]{16}\.jpg", href)
    assert (page.parent / href).read_bytes() == (
        folder / "photos" / f"{photo.id}.jpg").read_bytes()
    assert broken_or_external(folder) == []


def test_republishing_with_experiments_photos_and_a_backdrop_rewrites_nothing(demo_path,
                                                                             tmp_path):
    nb = Notebook.open(demo_path)
    try:
        photo = _demo_photo(nb)
        smap = next(s for s in records.all_of(nb, m.StakeholderMap)
                    if s.atelier_id == photo.atelier_id)
        backdrop.set_backdrop(nb, smap.id, photo_id=photo.id, in_print=True)
    finally:
        nb.close()
    folder = tmp_path / "site"
    _publish(demo_path, folder)
    before = snapshot(folder)
    assert any(p.startswith("photos/fond-") for p in before)
    assert any(p.startswith("experimentations/") for p in before)
    report = _publish(demo_path, folder)
    assert report.written == [] and snapshot(folder) == before
