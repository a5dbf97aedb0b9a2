"""Photos per séquence and dot votes in the minutes: PDF, HTML (inline) and Markdown (files)."""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
from pathlib import Path

import html5lib
import pypdf
import pytest
from PIL import Image

from lieuxcommuns_desktop.core.model import Atelier, Sequence
from lieuxcommuns_desktop.core.services import photos, records, votes
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.printing import kit
from lieuxcommuns_desktop.printing.options import KitOptions
from tests.cli import run_cli
from tests.core.photos.test_decode import phone_jpeg

START = dt.datetime(2026, 3, 14, 9, 0)


@pytest.fixture
def filled(tmp_path: Path):
    path = tmp_path / "carnet.lieux"
    nb = Notebook.create(path, title="Parcours")
    atelier = records.create(nb, Atelier, title="La Halle")
    records.create(nb, Sequence, atelier_id=atelier.id, title="Idées <b>pour</b> la halle",
                   actual_start=START, actual_end=START + dt.timedelta(minutes=60))
    result = photos.import_file(nb, atelier.id, phone_jpeg(tmp_path / "IMG_1.jpg", (600, 400),
                                                           when="2026:03:14 10:30:00"))
    photos.edit_photo(nb, result.photo_id, caption="Le mur des idées",
                      alt_text='Post-it "jaunes" <sur> un mur')
    seq = photos.get_photo(nb, result.photo_id).sequence_id
    edit = votes.create_vote(nb, atelier.id, seq, "Par quoi commencer ?",
                             votes.typed_options("Charte\nJardin\nCafé"), ["Importance"])
    view = votes.get_vote(nb, edit.created("vote")[0])
    round_id = view.rounds[0].round_id
    for (option_id, _), count in zip(view.options, (5, 5, 2), strict=True):
        votes.set_count(nb, round_id, option_id, count)
    yield nb, path, atelier.id, result.photo_id
    nb.close()


def test_pdf_minutes_hold_the_photo_with_its_caption_and_the_ranked_votes(filled, tmp_path):
    nb, _path, atelier_id, _photo = filled
    out = kit.write_kit(nb, atelier_id, tmp_path / "cr.pdf", KitOptions(documents=("minutes",)))
    reader = pypdf.PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Photos par séquence" in text and "Le mur des idées" in text
    assert "Idées <b>pour</b> la halle" in text
    assert "Votes (gommettes)" in text and "Par quoi commencer ?" in text
    assert re.search(r"1 =\s*Charte\s*5", text) and re.search(r"1 =\s*Jardin\s*5", text)
    assert re.search(r"3\s*Café\s*2", text)
    images = [img for page in reader.pages for img in page.images]
    assert len(images) == 1


def test_html_inlines_the_photo_with_its_alt_text(filled, tmp_path):
    _nb, path, _atelier, _photo_id = filled
    out = tmp_path / "cr.html"
    result = run_cli("minutes", path, "--atelier", "La Halle", "--format", "html", "-o", out)
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    # the site's partials (photos_part.html, votes_part.html): parsed, not matched as text
    tree = html5lib.parse(page, namespaceHTMLElements=False)
    (img,) = tree.iter("img")
    assert img.get("alt") == 'Post-it "jaunes" <sur> un mur'
    assert [f.text for f in tree.iter("figcaption")] == ["Le mur des idées"]
    uri = re.fullmatch(r"data:image/jpeg;base64,(.+)", img.get("src")).group(1)
    with Image.open(io.BytesIO(base64.b64decode(uri))) as image:
        assert image.size == (600, 400) and not image.getexif()
    rows = [["".join(c.itertext()) for c in tr] for tr in tree.iter("tr")]
    assert ["1 =", "Charte", "5"] in rows and ["3", "Café", "2"] in rows
    assert not list(tmp_path.glob("cr-photos"))


def test_markdown_writes_the_images_beside_it_without_metadata(filled, tmp_path):
    _nb, path, _atelier, _photo_id = filled
    out = tmp_path / "cr.md"
    result = run_cli("minutes", path, "--atelier", "La Halle", "--format", "md", "-o", out)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    link = re.search(r"!\[([^\]]*)\]\((cr-photos/photo-[0-9a-f]{8}\.jpg)\)", text)
    assert link and "Post-it" in link.group(1)
    image_file = tmp_path / link.group(2)
    data = image_file.read_bytes()
    assert b"SERIAL-12345" not in data and b"PhoneMaker" not in data
    with Image.open(image_file) as image:
        assert not image.getexif() and "exif" not in image.info
    assert "| 1 = | Charte | 5 |" in text


def test_publishing_without_alt_text_is_refused_in_one_line(filled, tmp_path):
    nb, path, _atelier, photo_id = filled
    photos.edit_photo(nb, photo_id, alt_text="")
    out = tmp_path / "cr.html"
    result = run_cli("minutes", path, "--atelier", "La Halle", "--format", "html", "-o", out)
    assert result.returncode == 1 and not out.exists()
    assert len(result.stderr.strip().splitlines()) == 1
    assert "texte alternatif" in result.stderr and "Le mur des idées" in result.stderr


def test_the_map_backdrop_prints_only_when_asked(filled, tmp_path):
    from lieuxcommuns_desktop.core.model import StakeholderMap
    from lieuxcommuns_desktop.core.services import backdrop

    nb, _path, atelier_id, photo_id = filled
    smap = records.create(nb, StakeholderMap, atelier_id=atelier_id, title="Carte")
    backdrop.set_backdrop(nb, smap.id, photo_id=photo_id, scale=1.5, opacity=0.4,
                          in_print=False)

    def images() -> int:
        out = kit.write_kit(nb, atelier_id, tmp_path / "carte.pdf",
                            KitOptions(documents=("map",)))
        return sum(len(page.images) for page in pypdf.PdfReader(out).pages)

    assert images() == 0
    backdrop.set_backdrop(nb, smap.id, in_print=True)
    assert images() == 1
