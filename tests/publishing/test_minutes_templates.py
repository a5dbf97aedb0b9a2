"""The one-atelier HTML minutes render through the site's templates: same markup, standalone."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import html5lib

from lieuxcommuns_desktop import cli
from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.services import backdrop, records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.publishing.publish import publish

from .site_checks import parse_strict

SVG_IMAGE = "{http://www.w3.org/2000/svg}image"


def _section(page: str, key: str) -> str:
    found = re.search(rf'<section aria-labelledby="{key}">.*?</section>', page, re.S)
    assert found, key
    return found.group(0)


def _photo_atelier(nb: Notebook) -> m.Atelier:
    photo = records.all_of(nb, m.Photo)[0]
    return records.get(nb, m.Atelier, photo.atelier_id)


def _minutes(path: Path, atelier_id: str, out: Path) -> str:
    assert cli.main(["minutes", str(path), "--atelier", atelier_id, "--format", "html",
                     "-o", str(out)]) == 0
    return out.read_text("utf-8")


def test_minutes_and_site_share_the_atelier_markup(demo_path: Path, tmp_path: Path) -> None:
    nb = Notebook.open(demo_path, readonly=True)
    try:
        atelier = _photo_atelier(nb)
        publish(nb, tmp_path / "site")
    finally:
        nb.close()
    minutes = _minutes(demo_path, atelier.id, tmp_path / "cr.html")
    site_page = next(p for p in (tmp_path / "site" / "ateliers").glob("*.html")
                     if b"<img" in p.read_bytes()).read_text("utf-8")
    for key in ("deroule", "notes", "votes", "communs"):  # the same partials, byte for byte
        assert _section(minutes, key) == _section(site_page, key), key
    photos_minutes, photos_site = _section(minutes, "photos"), _section(site_page, "photos")
    assert re.sub(r'src="[^"]*"', "", photos_minutes) == re.sub(r'src="[^"]*"', "", photos_site)
    assert 'src="data:image/jpeg;base64,' in photos_minutes


def test_minutes_stand_alone_with_the_site_style_inline(demo_path: Path, tmp_path: Path) -> None:
    nb = Notebook.open(demo_path, readonly=True)
    try:
        atelier = _photo_atelier(nb)
    finally:
        nb.close()
    out = tmp_path / "cr.html"
    page = _minutes(demo_path, atelier.id, out)
    parse_strict(out)
    tree = html5lib.parse(page, namespaceHTMLElements=False)
    assert tree.findall(".//script") == [] and tree.findall(".//link") == []
    (style,) = tree.iter("style")
    css = style.text or ""
    assert "figure.photo" in css and "dl.facts" in css  # the site's own stylesheet
    assert "@font-face" not in css and "url(" not in css  # nothing to load beside the file
    refs = [v for el in tree.iter() for k, v in el.attrib.items()
            if k in ("href", "src") and not v.startswith(("data:", "#"))]
    assert refs == []
    assert tree.find(".//main") is not None and tree.find(".//footer") is not None


def test_minutes_map_carries_the_backdrop_as_data_uri_only_when_on(demo_path, tmp_path):
    nb = Notebook.open(demo_path)
    try:
        atelier = _photo_atelier(nb)
        photo = records.all_of(nb, m.Photo)[0]
        smap = next(s for s in records.all_of(nb, m.StakeholderMap)
                    if s.atelier_id == atelier.id)
        backdrop.set_backdrop(nb, smap.id, photo_id=photo.id, scale=0.8, opacity=0.5,
                              in_print=False)
    finally:
        nb.close()

    def images() -> list:
        page = _minutes(demo_path, atelier.id, tmp_path / "cr.html")
        return list(html5lib.parse(page, namespaceHTMLElements=False).iter(SVG_IMAGE))

    assert images() == []
    nb = Notebook.open(demo_path)
    try:
        backdrop.set_backdrop(nb, smap.id, in_print=True)
        jpeg = records.get(nb, m.PhotoData, records.all_of(nb, m.PhotoData)[0].id).data
    finally:
        nb.close()
    (image,) = images()
    assert image.get("opacity") == "0.50"
    assert float(image.get("width")) == round(photo.width * 0.8, 1)
    assert base64.b64decode(image.get("href").split(",", 1)[1]) == jpeg


def test_a_photo_under_one_of_two_same_named_steps_is_shown_once(tmp_path: Path) -> None:
    import datetime as dt

    from lieuxcommuns_desktop.core.services import photos
    from lieuxcommuns_desktop.printing import blog
    from lieuxcommuns_desktop.printing.data import load
    from tests.core.photos.test_decode import phone_jpeg

    start = dt.datetime(2026, 3, 14, 9, 0)
    nb = Notebook.create(tmp_path / "carnet.lieux", title="Parcours")
    try:
        atelier = records.create(nb, m.Atelier, title="Deux pauses")
        for i in range(2):
            records.create(nb, m.Sequence, atelier_id=atelier.id, position=i, title="Pause",
                           actual_start=start + dt.timedelta(hours=i),
                           actual_end=start + dt.timedelta(hours=i, minutes=30))
        result = photos.import_file(nb, atelier.id, phone_jpeg(
            tmp_path / "IMG_1.jpg", (300, 200), when="2026:03:14 10:10:00"))
        photos.edit_photo(nb, result.photo_id, alt_text="Le tableau de la pause")
        data = load(nb, atelier.id)
        site_files = publish(nb, tmp_path / "site")
    finally:
        nb.close()
    page = blog.html_page(data)
    assert page.count("<img ") == 1
    (atelier_page,) = (tmp_path / "site" / "ateliers").glob("*.html")
    assert atelier_page.read_text("utf-8").count("<img ") == 1
    assert "photos/" + result.photo_id + ".jpg" in " ".join(site_files.written)
