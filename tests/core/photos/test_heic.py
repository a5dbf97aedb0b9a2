"""HEIC photos (iPhones' default) go through pillow-heif, loaded only when one comes.

The HEIC files are made here with pillow-heif's own encoder, as a phone writes
them: EXIF time and offset, orientation, GPS position and a camera serial.
Where pillow-heif is missing (simulated by hiding the module), a HEIC file is
refused with the one-line explanation, and nothing is stored.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from lieuxcommuns_desktop.core.model import Atelier, PhotoData, Sequence
from lieuxcommuns_desktop.core.photos import decode
from lieuxcommuns_desktop.core.photos.errors import PhotoError
from lieuxcommuns_desktop.core.services import photos, records
from lieuxcommuns_desktop.core.services.notebook import Notebook

#: Live mode recorded "Carte des acteurs" from 09:20 to 10:00 UTC.
START = dt.datetime(2026, 3, 14, 9, 20)


@pytest.fixture
def fresh_heif_state() -> Iterator[None]:
    """Forget whether pillow-heif loaded, before and after (the answer is cached)."""
    decode.heif_available.cache_clear()
    yield
    decode.heif_available.cache_clear()


def phone_heic(path: Path) -> Path:
    """A HEIC photo turned by the camera (orientation 6), with time, GPS and serial."""
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    image = Image.new("RGB", (400, 300), (200, 30, 30))
    image.paste((0, 0, 255), (0, 0, 40, 20))  # marker in the top-left corner
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0xA431] = "SERIAL-12345"
    exif[decode.ORIENTATION] = 6
    sub = exif.get_ifd(decode.EXIF_IFD)
    sub[decode.TAG_DATETIME_ORIGINAL] = "2026:03:14 10:40:00"
    sub[decode.TAG_OFFSET_ORIGINAL] = "+01:00"
    exif.get_ifd(decode.GPS_IFD).update({1: "N", 2: (48.0, 51.0, 24.0)})
    image.save(path, format="HEIF", exif=exif.tobytes(), quality=90)
    assert path.read_bytes()[4:12] == b"ftypheic"
    return path


@pytest.fixture
def nb(tmp_path: Path) -> Iterator[Notebook]:
    notebook = Notebook.create(tmp_path / "carnet.lieux")
    yield notebook
    notebook.close()


def _atelier(nb: Notebook) -> tuple[str, str]:
    atelier = records.create(nb, Atelier, title="La Halle")
    carte = records.create(nb, Sequence, atelier_id=atelier.id, title="Carte des acteurs",
                           position=0, actual_start=START,
                           actual_end=START + dt.timedelta(minutes=40))
    return atelier.id, carte.id


def test_heic_is_imported_upright_clean_and_stored_as_jpeg(
    nb: Notebook, tmp_path: Path, fresh_heif_state: None
) -> None:
    path = phone_heic(tmp_path / "IMG_0001.HEIC")
    atelier, carte = _atelier(nb)
    result = photos.import_file(nb, atelier, path)
    assert result.ok, result.error
    # 10:40 at +01:00 is 09:40 UTC: during "Carte des acteurs".
    assert result.sequence_id == carte
    assert result.had_location and result.had_metadata
    data = photos.image(nb, result.photo_id)
    with Image.open(io.BytesIO(data)) as stored:
        assert stored.format == "JPEG"
        # Upright: 300 wide, 400 high, the marker turned to the top-right corner.
        assert stored.size == (300, 400)
        r, _g, b = stored.convert("RGB").getpixel((stored.width - 5, 5))
        assert b > 150 and r < 100
        assert not stored.getexif() and "exif" not in stored.info
    assert b"SERIAL-12345" not in data and b"PhoneMaker" not in data
    with Image.open(io.BytesIO(photos.thumbnail(nb, result.photo_id))) as thumb:
        assert thumb.format == "JPEG" and not thumb.getexif()


def test_a_damaged_heic_is_refused_as_unreadable(tmp_path: Path, fresh_heif_state: None) -> None:
    whole = phone_heic(tmp_path / "whole.heic").read_bytes()
    cut = tmp_path / "IMG_0002.HEIC"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(PhotoError) as caught:
        decode.encode(cut)
    assert caught.value.code in {"not_image", "truncated"}


def test_without_pillow_heif_a_heic_gets_the_clear_message(
    nb: Notebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_heif_state: None
) -> None:
    # A HEIC file's head (an ISO box "ftyp" of brand "heic"); the rest is never read.
    path = tmp_path / "IMG_0003.HEIC"
    path.write_bytes(b"\x00\x00\x00\x18ftypheic" + bytes(64))
    monkeypatch.setitem(sys.modules, "pillow_heif", None)  # import now fails
    assert decode.heif_available() is False
    with pytest.raises(PhotoError) as caught:
        decode.encode(path)
    assert caught.value.code == "heic"
    atelier, _ = _atelier(nb)
    result = photos.import_file(nb, atelier, path)
    assert not result.ok
    assert "IMG_0003.HEIC" in result.error and "HEIC" in result.error
    assert "JPEG" in result.error and "\n" not in result.error
    assert photos.list_photos(nb, atelier) == []
    with nb.read() as session:
        assert session.scalars(select(PhotoData)).all() == []
