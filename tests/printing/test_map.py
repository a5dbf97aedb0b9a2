"""Maps are printed as vectors from the data, with their legend, and embedded as SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pypdf
from reportlab.lib.pagesizes import A3, landscape

from lieuxcommuns_desktop.printing import blog, kit, map_svg
from lieuxcommuns_desktop.printing.data import load
from lieuxcommuns_desktop.printing.options import KitOptions

SVG = "{http://www.w3.org/2000/svg}"


def test_map_and_blank_templates_on_a3(notebook, mapped_atelier, tmp_path) -> None:
    out = kit.write_kit(notebook, mapped_atelier.id, tmp_path / "map.pdf",
                        KitOptions(documents=("map", "templates"), paper="a3"))
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 3  # the map, the blank onion, the blank grid
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (
            round(landscape(A3)[0]), round(landscape(A3)[1]))
    first = reader.pages[0].extract_text()
    assert "Aujourd'hui" in first and "Catégories" in first and "Financement" in first
    assert "CŒUR" in first and "Subvention <b>" in first
    assert "Agence de l'eau" in first or "Agence de l" in first
    grid = reader.pages[2].extract_text()
    assert "ACTEURS CLÉS" in grid and "Pouvoir" in grid and "Intérêt" in grid


def test_map_as_svg_parses_and_escapes(notebook, mapped_atelier) -> None:
    data = load(notebook, mapped_atelier.id)
    svg = map_svg.render(data.maps[0])
    root = ET.fromstring(svg)
    texts = [t.text or "" for t in root.iter(f"{SVG}text")]
    assert "Subvention <b>" in texts
    assert any(t.startswith("Collectif Friche") for t in texts)
    assert len(list(root.iter(f"{SVG}polygon"))) > 10  # shapes and arrowheads
    page = blog.html_page(data, blog.first_map_svg(data))
    assert page.count("<svg") == 1 and "Subvention &lt;b&gt;" in page
