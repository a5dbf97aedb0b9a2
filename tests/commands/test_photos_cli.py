"""``lieuxcommuns-desktop photos``: one line per photo, bad files refused one by one."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from PIL import Image

from lieuxcommuns_desktop.core.model import Atelier, Sequence
from lieuxcommuns_desktop.core.services import photos, records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from tests.cli import run_cli
from tests.core.photos.test_decode import phone_jpeg

START = dt.datetime(2026, 3, 14, 9, 0)


def test_every_kind_of_bad_file_is_refused_and_the_good_ones_placed(tmp_path: Path) -> None:
    path = tmp_path / "carnet.lieux"
    nb = Notebook.create(path)
    atelier = records.create(nb, Atelier, title="La Halle")
    records.create(nb, Sequence, atelier_id=atelier.id, title="Carte \x1b[31mdes acteurs",
                   actual_start=START, actual_end=START + dt.timedelta(minutes=60))
    nb.close()
    folder = tmp_path / "DCIM"
    folder.mkdir()
    for i in range(20):
        phone_jpeg(folder / f"IMG_{i:04d}.jpg", (80, 60), when="2026:03:14 10:30:00")
    phone_jpeg(folder / "IMG_late.jpg", (80, 60), when="2026:03:14 18:00:00")
    (folder / "corrompue.jpg").write_bytes(
        phone_jpeg(tmp_path / "src.jpg", (800, 600)).read_bytes()[:700])
    (folder / "texte.jpg").write_text("Bonjour\n", encoding="utf-8")
    (folder / "vide.jpg").write_bytes(b"")
    Image.new("1", (15_000, 15_000)).save(folder / "bombe.png")
    (folder / "brut.nef").write_bytes(b"MM\x00*" + bytes(100))
    result = run_cli("photos", path, "--atelier", "La Halle", folder)
    assert result.returncode == 1, result.stderr
    lines = dict(line.split("\t") for line in result.stdout.splitlines())
    assert len(lines) == 26
    placed = [n for n, where in lines.items() if where == "séquence « Carte  [31mdes acteurs »"]
    assert len(placed) == 20 and "\x1b" not in result.stdout
    assert lines["IMG_late.jpg"] == "atelier (prise hors des séquences)"
    assert "endommagée" in lines["corrompue.jpg"]
    assert "pas une image lisible" in lines["texte.jpg"]
    assert "est vide" in lines["vide.jpg"]
    assert "mégapixels" in lines["bombe.png"]
    assert "NEF" in lines["brut.nef"]
    assert all(lines[n].startswith("refusée") for n in
               ("corrompue.jpg", "texte.jpg", "vide.jpg", "bombe.png", "brut.nef"))
    assert "21 importées, 5 refusées" in result.stderr
    assert "GPS" in result.stderr
    nb = Notebook.open(path, readonly=True)
    try:
        listed = photos.list_photos(nb, atelier.id)
        assert len(listed) == 21
        for photo in listed[:3]:
            data = photos.image(nb, photo.id)
            with Image.open(io.BytesIO(data)) as stored:
                assert not stored.getexif()
            assert b"SERIAL-12345" not in data
    finally:
        nb.close()


def test_unknown_atelier_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "carnet.lieux"
    Notebook.create(path).close()
    photo = phone_jpeg(tmp_path / "a.jpg")
    result = run_cli("photos", path, "--atelier", "Nulle part", photo)
    assert result.returncode == 1 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "Nulle part" in result.stderr
