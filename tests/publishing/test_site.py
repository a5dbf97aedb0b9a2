"""The published site: valid HTML5, self-contained, licensed, deterministic, swapped whole."""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lieuxcommuns_desktop import cli
from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.errors import LieuxError
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.publishing import writer
from lieuxcommuns_desktop.publishing.publish import publish
from lieuxcommuns_desktop.publishing.slugs import slugify, unique_slugs
from lieuxcommuns_desktop.publishing.writer import MARKER

from .site_checks import broken_or_external, pages, parse_strict, snapshot

BY_SA = "https://creativecommons.org/licenses/by-sa/4.0/"


def _publish(path: Path, folder: Path) -> None:
    nb = Notebook.open(path, readonly=True)
    try:
        publish(nb, folder)
    finally:
        nb.close()


def test_every_page_is_strict_html5_with_landmarks_and_one_h1(demo_site: Path) -> None:
    found = pages(demo_site)
    assert len(found) >= 1 + 3 + 11 + 2  # home, expeditions, ateliers, decisions, credits
    for page in found:
        parse_strict(page)
        text = page.read_text("utf-8")
        assert re.search(r'<html lang="fr">', text), page
        for landmark in ("<header", "<nav", "<main", "<footer"):
            assert landmark in text, (page, landmark)
        assert text.count("<h1>") == 1, page
        levels = [int(n) for n in re.findall(r"<h([1-6])[ >]", text)]
        assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), (page, levels)


def test_every_page_states_the_licence_in_a_link_and_in_metadata(demo_site: Path) -> None:
    for page in pages(demo_site):
        text = page.read_text("utf-8")
        assert f'<link rel="license" href="{BY_SA}">' in text, page
        assert f'<a rel="license" href="{BY_SA}">CC BY-SA 4.0</a>' in text, page
        assert f'<meta name="dcterms.license" content="{BY_SA}">' in text, page


def test_every_reference_resolves_inside_the_site(demo_site: Path) -> None:
    assert broken_or_external(demo_site) == []
    everything = b"".join(p.read_bytes() for p in pages(demo_site))
    assert b"<script" not in everything
    for css in demo_site.rglob("*.css"):
        assert b"http" not in css.read_bytes()


def test_atelier_page_shows_map_as_svg_with_text_and_matrices_as_tables(demo_site: Path) -> None:
    with_map = [p for p in (demo_site / "ateliers").glob("*.html") if "<svg" in p.read_text()]
    assert with_map
    text = with_map[0].read_text("utf-8")
    assert 'role="img"' in text and "La carte en texte" in text
    assert '<table class="matrix">' in text and "<caption>" in text
    assert "Déroulé : prévu et réel" in text


def test_feed_and_sitemap_are_well_formed_and_list_every_atelier(demo_site: Path) -> None:
    feed = ET.parse(demo_site / "feed.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    entries = feed.findall(f"{atom}entry")
    experiments = [p for p in (demo_site / "experimentations").glob("*.html")
                   if p.name != "index.html"]
    assert experiments  # the demo's experiments are in the feed, with the ateliers
    assert len(entries) == len(list((demo_site / "ateliers").glob("*.html"))) + len(experiments)
    hrefs = {e.find(f"{atom}link").get("href") for e in entries}
    assert {f"experimentations/{p.name}" for p in experiments} <= hrefs
    newest = max(e.findtext(f"{atom}updated") for e in entries)
    assert feed.findtext(f"{atom}updated") >= newest
    for entry in entries:
        href = entry.find(f"{atom}link").get("href")
        assert (demo_site / href).is_file()
    urls = ET.parse(demo_site / "sitemap.xml").getroot()
    locs = [u.findtext("{http://www.sitemaps.org/schemas/sitemap/0.9}loc") for u in urls]
    assert sorted(locs) == sorted(p.relative_to(demo_site).as_posix() for p in pages(demo_site))


def test_credits_name_structures_and_the_fonts_licence(demo_site: Path) -> None:
    text = (demo_site / "credits.html").read_text("utf-8")
    assert "Ville de Pantin" in text and "LICENSE-DejaVu.txt" in text
    assert (demo_site / "assets" / "fonts" / "DejaVuSans.ttf").is_file()


def test_republishing_an_unchanged_notebook_changes_no_file(demo_path: Path, tmp_path) -> None:
    folder = tmp_path / "site"
    _publish(demo_path, folder)
    before = snapshot(folder)
    _publish(demo_path, folder)
    assert snapshot(folder) == before  # same bytes, same inodes: nothing rewritten


def test_an_edit_rewrites_its_pages_and_a_deleted_atelier_page_goes(demo_path, tmp_path) -> None:
    folder = tmp_path / "site"
    _publish(demo_path, folder)
    before = snapshot(folder)
    nb = Notebook.open(demo_path)
    try:
        ateliers = records.all_of(nb, m.Atelier, m.Atelier.id)
        gone, edited = ateliers[0], ateliers[1]
        records.delete(nb, m.Atelier, gone.id)
        records.update(nb, m.Atelier, edited.id, objective="Objectif revu")
    finally:
        nb.close()
    nb = Notebook.open(demo_path, readonly=True)
    try:
        report = publish(nb, folder)
    finally:
        nb.close()
    after = snapshot(folder)
    gone_page = f"ateliers/{slugify(gone.title, 'atelier')}.html"
    edited_page = f"ateliers/{slugify(edited.title, 'atelier')}.html"
    assert gone_page in before and gone_page not in after
    assert gone_page in report.removed and edited_page in report.written
    assert "Objectif revu" in after[edited_page][0].decode()
    assert "assets/site.css" in report.unchanged
    assert after["assets/site.css"][1] == before["assets/site.css"][1]
    assert not list(tmp_path.glob(".site.*"))  # no staging folder left beside it


def test_a_folder_of_the_users_is_refused_and_left_alone(demo_path: Path, tmp_path) -> None:
    folder = tmp_path / "mes documents"
    folder.mkdir()
    (folder / "lettre.txt").write_text("à garder")
    with pytest.raises(LieuxError) as info:
        _publish(demo_path, folder)
    assert info.value.code == "site_folder_taken"
    assert [p.name for p in folder.iterdir()] == ["lettre.txt"]


def test_a_failed_publication_leaves_the_previous_site(demo_path, tmp_path, monkeypatch) -> None:
    folder = tmp_path / "site"
    _publish(demo_path, folder)
    before = snapshot(folder)
    nb = Notebook.open(demo_path)
    try:
        atelier = records.all_of(nb, m.Atelier, m.Atelier.id)[0]
        records.update(nb, m.Atelier, atelier.id, objective="Nouvel objectif")
    finally:
        nb.close()
    real_place, calls = writer._place, []  # noqa: SLF001 - spies on the writer's one placement step

    def disk_full(target, previous, data):
        calls.append(target)
        if len(calls) == 10:
            raise OSError(28, "No space left on device")
        return real_place(target, previous, data)

    monkeypatch.setattr(writer, "_place", disk_full)
    with pytest.raises(OSError):
        _publish(demo_path, folder)
    assert snapshot(folder) == before  # the old site, whole
    assert not list(tmp_path.glob(".site.*"))


def test_an_unknown_licence_is_refused_and_another_cc_licence_is_used(demo_path, tmp_path):
    nb = Notebook.open(demo_path)
    try:
        programme = records.all_of(nb, m.Programme)[0]
        records.update(nb, m.Programme, programme.id, licence="Tous droits réservés")
        with pytest.raises(LieuxError) as info:
            publish(nb, tmp_path / "refuse")
        assert info.value.code == "unknown_licence"
        assert not (tmp_path / "refuse").exists()
        records.update(nb, m.Programme, programme.id, licence="cc by-nc-sa 4.0")
        publish(nb, tmp_path / "site")
    finally:
        nb.close()
    text = (tmp_path / "site" / "index.html").read_text("utf-8")
    assert '<a rel="license" href="https://creativecommons.org/licenses/by-nc-sa/4.0/">' in text


def test_slugs_are_readable_unique_and_stable() -> None:
    assert slugify("Friche de l'Ourcq : visite !", "x") == "friche-de-l-ourcq-visite"
    assert slugify("🎉", "atelier") == "atelier"
    first = unique_slugs([("b", "Même titre"), ("a", "Même titre"), ("c", "Autre")], "x")
    assert first == {"a": "meme-titre", "b": "meme-titre-b", "c": "autre"}
    assert unique_slugs([("c", "Autre"), ("a", "Même titre"), ("b", "Même titre")], "x") == first
    assert len(set(first.values())) == 3


def test_cli_publishes_and_refuses_the_notebook_as_output(demo_path, tmp_path, capsys) -> None:
    folder = tmp_path / "site"
    assert cli.main(["publish", str(demo_path), "-o", str(folder), "--quiet"]) == 0
    assert (folder / "index.html").is_file() and (folder / MARKER).is_file()
    assert cli.main(["publish", str(demo_path), "-o", str(demo_path)]) != 0
    assert "carnet" in capsys.readouterr().err


def test_the_site_templates_and_fonts_ship_in_the_bundle() -> None:
    import importlib.util

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("bundle_config_site",
                                                  root / "build" / "bundle_config.py")
    config = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(config)
    shipped = {Path(src).relative_to(root).as_posix() for src, _dest in config.datas()}
    for name in ("base.html", "atelier.html", "atelier_body.html", "minutes.html",
                 "evaluation.html", "feed.xml", "sitemap.xml"):
        assert f"resources/site/templates/{name}" in shipped
    assert {"resources/site/assets/site.css", "resources/site/assets/print.css",
            "resources/fonts/DejaVuSans.ttf"} <= shipped
    assert '"resources" = "lieuxcommuns_desktop/resources"' in (
        root / "pyproject.toml").read_text("utf-8")  # and in the wheel
