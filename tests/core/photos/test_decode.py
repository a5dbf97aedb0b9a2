"""Photos are checked before decoding, turned upright and stripped of metadata."""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

import pytest
from PIL import Image

from lieuxcommuns_desktop.core.photos import decode
from lieuxcommuns_desktop.core.photos.decode import TimeSource, encode
from lieuxcommuns_desktop.core.photos.errors import PhotoError


def phone_jpeg(
    path: Path,
    size: tuple[int, int] = (400, 300),
    *,
    when: str | None = "2026:03:14 10:05:00",
    offset: str | None = "+01:00",
    orientation: int | None = None,
    gps: bool = True,
) -> Path:
    """A JPEG as a phone writes it: EXIF time, offset, orientation, GPS, camera serial."""
    image = Image.new("RGB", size, (200, 30, 30))
    # A marker in the top-left corner tells the orientation back after rotation.
    image.paste((0, 0, 255), (0, 0, 40, 20))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0xA431] = "SERIAL-12345"  # BodySerialNumber (EXIF IFD in real files)
    if orientation:
        exif[0x0112] = orientation
    sub = exif.get_ifd(decode.EXIF_IFD)
    if when:
        sub[decode.TAG_DATETIME_ORIGINAL] = when
    if offset:
        sub[decode.TAG_OFFSET_ORIGINAL] = offset
    if gps:
        exif.get_ifd(decode.GPS_IFD).update({1: "N", 2: (48.0, 51.0, 24.0)})
    image.save(path, format="JPEG", exif=exif.tobytes())
    return path


def test_exif_time_with_offset_becomes_utc(tmp_path: Path) -> None:
    photo = encode(phone_jpeg(tmp_path / "board.jpg"))
    assert photo.time_source is TimeSource.EXIF_OFFSET
    assert photo.taken_at == dt.datetime(2026, 3, 14, 9, 5, 0)


def test_exif_time_without_offset_is_local_time(tmp_path: Path) -> None:
    photo = encode(phone_jpeg(tmp_path / "board.jpg", offset=None))
    assert photo.time_source is TimeSource.EXIF_LOCAL
    local = dt.datetime(2026, 3, 14, 10, 5, 0).astimezone()
    assert photo.taken_at == local.astimezone(dt.UTC).replace(tzinfo=None)


def test_file_time_is_the_last_resort(tmp_path: Path) -> None:
    path = phone_jpeg(tmp_path / "board.jpg", when=None, offset=None)
    stamp = dt.datetime(2026, 5, 2, 14, 30, tzinfo=dt.UTC).timestamp()
    os.utime(path, (stamp, stamp))
    photo = encode(path)
    assert photo.time_source is TimeSource.FILE_TIME
    assert photo.taken_at == dt.datetime(2026, 5, 2, 14, 30)


def test_orientation_is_applied_to_the_pixels(tmp_path: Path) -> None:
    # Orientation 6: the camera was turned; the upright picture is 300 wide, 400 high.
    photo = encode(phone_jpeg(tmp_path / "board.jpg", orientation=6))
    kept = Image.open(io.BytesIO(photo.data))
    assert kept.size == (300, 400)
    # Rotated 90° clockwise, the blue marker moves from the top-left to the top-right.
    r, _g, b = kept.getpixel((kept.width - 5, 5))
    assert b > 150 and r < 100


def test_no_metadata_survives(tmp_path: Path) -> None:
    photo = encode(phone_jpeg(tmp_path / "board.jpg", orientation=3))
    assert photo.had_location and photo.had_metadata
    for blob in (photo.data, photo.thumbnail):
        kept = Image.open(io.BytesIO(blob))
        assert not kept.getexif()
        assert "exif" not in kept.info
        assert b"SERIAL-12345" not in blob and b"PhoneMaker" not in blob


def test_long_side_is_bounded_and_a_thumbnail_made(tmp_path: Path) -> None:
    photo = encode(phone_jpeg(tmp_path / "big.jpg", size=(4000, 3000)), long_side=2560)
    assert (photo.width, photo.height) == (2560, 1920)
    thumb = Image.open(io.BytesIO(photo.thumbnail))
    assert max(thumb.size) == decode.THUMBNAIL_SIDE


def test_transparent_png_is_laid_on_white(tmp_path: Path) -> None:
    path = tmp_path / "postit.png"
    Image.new("RGBA", (50, 50), (0, 0, 0, 0)).save(path)
    photo = encode(path)
    assert Image.open(io.BytesIO(photo.data)).getpixel((25, 25))[0] > 240


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.jpg", b"", "empty"),
        ("notes.jpg", b"Liste des participants\n" * 10, "not_image"),
        ("IMG_0002.dng", b"II*\x00" + b"\x00" * 64, "unsupported"),
    ],
)
def test_foreign_files_are_refused_with_their_reason(
    tmp_path: Path, name: str, content: bytes, code: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(PhotoError) as caught:
        encode(path)
    assert caught.value.code == code
    assert name in str(caught.value) and "\n" not in str(caught.value)


def test_corrupt_jpeg_is_refused(tmp_path: Path) -> None:
    whole = phone_jpeg(tmp_path / "whole.jpg", size=(800, 600)).read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(PhotoError) as caught:
        encode(cut)
    assert caught.value.code == "truncated"


@pytest.mark.parametrize(
    ("side", "code"), [(12_500, "too_large"), (15_000, "too_large_unknown")]
)
def test_decompression_bomb_is_refused_before_decoding(
    tmp_path: Path, side: int, code: str
) -> None:
    path = tmp_path / "bomb.png"
    Image.new("1", (side, side)).save(path)  # a few kB on disk, 156 or 225 MP decoded
    assert path.stat().st_size < 1_000_000
    with pytest.raises(PhotoError) as caught:
        encode(path)
    assert caught.value.code == code
    if code == "too_large":
        assert f"{side} × {side}" in str(caught.value)
