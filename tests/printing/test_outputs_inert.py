"""Minutes (md, html, PDF) and map SVGs: each note once under its own séquence,
hostile titles inert, characters XML 1.0 forbids never written."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import html5lib
import pypdf

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.printing import blog, kit, map_svg
from lieuxcommuns_desktop.printing.data import load
from lieuxcommuns_desktop.printing.options import KitOptions

ROOT = Path(__file__).resolve().parents[2]
ATTACK = 'Carte" onload="alert(document.domain)'
#: What XML 1.0 forbids and a store can hold (a lone surrogate cannot be stored: see below).
FORBIDDEN = "\x00\x07\x1b\x85\ufffe\uffff"
HTML_NS = "{http://www.w3.org/1999/xhtml}"


def _pauses(nb):
    """An atelier with three "Pause" steps, one note in each, another outside any."""
    atelier = records.create(nb, m.Atelier, title="Trois pauses")
    texts = []
    for i, title in enumerate(["Accueil", "Pause", "Atelier A", "Pause", "Atelier B", "Pause"]):
        step = records.create(nb, m.Sequence, atelier_id=atelier.id, position=i, title=title,
                              minutes=10)
        if title == "Pause":
            texts.append(f"Remarque pendant la pause {len(texts) + 1}")
            records.create(nb, m.Note, atelier_id=atelier.id, sequence_id=step.id, kind="idee",
                           text=texts[-1])
    records.create(nb, m.Note, atelier_id=atelier.id, kind="note", text="Remarque hors cadre")
    return atelier, texts


def test_notes_of_steps_sharing_a_title_are_printed_once(notebook, tmp_path) -> None:
    atelier, texts = _pauses(notebook)
    data = load(notebook, atelier.id)
    md = blog.markdown(data)
    page = blog.html_page(data)
    pdf = kit.write_kit(notebook, atelier.id, tmp_path / "m.pdf",
                        KitOptions(documents=("minutes",)))
    printed = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages).split())
    for output in (md, page, printed):
        for text in [*texts, "Remarque hors cadre"]:
            assert output.count(text) == 1, (text, output[:80])
    # Each note sits under its own Pause, in agenda order: the three headings in turn.
    assert md.count("### Pause") == 3
    sections = md.split("### Pause")[1:]
    for number, section in enumerate(sections, start=1):
        assert f"pause {number}" in section.split("###")[0]
    assert page.count("<h3>Pause</h3>") == 3
    assert printed.index(texts[0]) < printed.index(texts[1]) < printed.index(texts[2])


def _hostile(nb):
    atelier = records.create(nb, m.Atelier, title=f"<script>alert(1)</script>{FORBIDDEN}",
                             place='" autofocus onfocus="alert(2)')
    step = records.create(nb, m.Sequence, atelier_id=atelier.id, position=0, minutes=10,
                          title=f"<img src=x onerror=alert(3)>{FORBIDDEN}")
    acteur = records.create(nb, m.Acteur, name=f"Mairie{FORBIDDEN} <b onclick='x'>",
                            category="collectivite")
    smap = records.create(nb, m.StakeholderMap, atelier_id=atelier.id,
                          title=ATTACK + FORBIDDEN, layout="onion")
    records.create(nb, m.MapPlacement, map_id=smap.id, acteur_id=acteur.id, x=0.0, y=0.0)
    records.create(nb, m.Note, atelier_id=atelier.id, sequence_id=step.id, kind="action",
                   text=f"</li><script>alert(4)</script>{FORBIDDEN}\nligne 2",
                   owner_text="' onmouseover='alert(5)")
    return atelier


def _no_forbidden(text: str) -> None:
    assert not any(ch in text for ch in FORBIDDEN)
    assert all(ch in "\t\n\r" or ord(ch) >= 32 for ch in text)


def test_html_minutes_are_inert_and_parse(notebook) -> None:
    atelier = _hostile(notebook)
    data = load(notebook, atelier.id)
    page = blog.html_page(data, blog.first_map_svg(data))
    _no_forbidden(page)
    page.encode("utf-8")  # no lone surrogate left
    tree = html5lib.parse(page)  # namespaced etree
    elements = list(tree.iter())
    tags = {e.tag.split("}")[-1] for e in elements}
    assert "script" not in tags and "img" not in tags and "b" not in tags
    assert not [(e.tag, k) for e in elements for k in e.attrib if k.lower().startswith("on")]
    assert not [e for e in elements if "autofocus" in e.attrib]
    svg = next(e for e in elements if e.tag.endswith("}svg"))
    assert svg.attrib["aria-label"] == ATTACK
    text = "".join(tree.itertext())
    assert "<script>alert(4)</script>" in text and ATTACK in text
    md = blog.markdown(data)
    _no_forbidden(md)


def test_map_svg_is_well_formed_and_inert(notebook) -> None:
    atelier = _hostile(notebook)
    svg = map_svg.render(load(notebook, atelier.id).maps[0])
    _no_forbidden(svg)
    root = ET.fromstring(svg)  # XML 1.0: rejects NUL, ESC and the like
    assert root.attrib["aria-label"] == ATTACK
    assert not [k for e in root.iter() for k in e.attrib if k.lower().startswith("on")]
    assert root.find("{http://www.w3.org/2000/svg}title").text == ATTACK


def test_cli_outputs_parse(notebook, notebook_path, tmp_path) -> None:
    """``map`` (Qt's SVG generator) and ``minutes --format html`` written by the commands."""
    atelier = _hostile(notebook)
    notebook.close()
    outputs = {"svg": tmp_path / "carte.svg", "html": tmp_path / "cr.html"}
    for command, extra in (("map", ["-o", str(outputs["svg"])]),
                           ("minutes", ["--format", "html", "-o", str(outputs["html"])])):
        done = subprocess.run(
            [sys.executable, "-m", "lieuxcommuns_desktop", command, str(notebook_path),
             "--atelier", atelier.id, *extra],
            cwd=ROOT, capture_output=True, text=True, timeout=120,
        )
        assert done.returncode == 0, done.stderr
    svg = outputs["svg"].read_text(encoding="utf-8")
    _no_forbidden(svg)
    root = ET.parse(outputs["svg"]).getroot()
    assert not [k for e in root.iter() for k in e.attrib if k.lower().startswith("on")]
    assert ATTACK in "".join(root.itertext())
    page = outputs["html"].read_text(encoding="utf-8")
    _no_forbidden(page)
    assert not [e for e in html5lib.parse(page).iter() if e.tag == HTML_NS + "script"]


def test_lone_surrogates_and_references_never_reach_xml() -> None:
    from lieuxcommuns_desktop.printing.data import MapData, Placement
    from lieuxcommuns_desktop.printing.text import xml_safe, xml_safe_document

    assert xml_safe("a\ud800b\udfffc\x00d\te\n") == "abcd\te\n"
    svg = map_svg.render(MapData("T\ud800" + ATTACK, "onion",
                                 [Placement("a", "N\udc00om", "habitants", 0.0, 0.0)], []))
    svg.encode("utf-8")
    ET.fromstring(svg)
    assert xml_safe_document("<t a='&#0;&#x1B;&#65;&#x10FFFF;&#xFFFE;'>&#7;ok</t>") == \
        "<t a='&#65;&#x10FFFF;'>ok</t>"
