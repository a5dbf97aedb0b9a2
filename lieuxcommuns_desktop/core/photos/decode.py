"""Turn a photo file into a clean, bounded JPEG for the notebook.

Why each step:

- the file is *inspected* before any pixel is decoded: a 15,000 × 15,000 image
  (a decompression bomb, or a scan at the wrong setting) would take gigabytes,
  and a RAW file would decode wrongly or not at all;
- HEIC (iPhones' default) is read through pillow-heif, imported only when a
  HEIC file comes (its libraries weigh ~25 MB and most imports are JPEG); where
  it is missing or broken, the file is refused with a one-line explanation;
- orientation from EXIF is applied to the pixels, because the metadata that
  carried it is dropped;
- nothing of the original metadata is written back: a phone's EXIF holds the
  GPS position of the town hall, the phone's serial number and sometimes the
  owner's name, none of which belongs in a published programme;
- the long side is bounded (2,560 px by default) so that a notebook of a few
  hundred photos stays small enough to mail.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
import warnings
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from .errors import PhotoError

#: Longest side kept in the notebook, in pixels (preference, this default).
DEFAULT_LONG_SIDE = 2560
#: JPEG quality of the kept photo (preference, this default).
DEFAULT_QUALITY = 82
THUMBNAIL_SIDE = 320
THUMBNAIL_QUALITY = 70
#: Above this many pixels a file is refused unopened (a 108 MP phone passes).
MAX_PIXELS = 120_000_000

#: Formats Pillow decodes faithfully; everything else is refused by name.
SUPPORTED = {"JPEG", "MPO", "PNG", "WEBP", "TIFF", "BMP", "GIF", "HEIF"}
RAW_SUFFIXES = {
    ".cr2", ".cr3", ".nef", ".nrw", ".arw", ".srf", ".sr2", ".dng", ".orf", ".rw2",
    ".raf", ".pef", ".srw", ".x3f", ".3fr", ".erf", ".kdc", ".mrw", ".raw", ".rwl",
}
HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif"}

EXIF_IFD = 0x8769
GPS_IFD = 0x8825
TAG_DATETIME = 0x0132
ORIENTATION = 0x0112
TAG_DATETIME_ORIGINAL = 0x9003
TAG_OFFSET_ORIGINAL = 0x9011


class TimeSource(StrEnum):
    """Where a photo's time came from, from most to least trustworthy."""

    EXIF_OFFSET = "exif_offset"  # DateTimeOriginal with OffsetTimeOriginal
    EXIF_LOCAL = "exif_local"  # DateTimeOriginal read as this computer's local time
    FILE_TIME = "file_time"  # the file's modification time, a last resort


@dataclass(frozen=True)
class EncodedPhoto:
    """A photo ready to store: JPEG bytes without metadata, and what was learnt."""

    data: bytes
    thumbnail: bytes
    width: int
    height: int
    #: Naive UTC, like every recorded time of the notebook.
    taken_at: dt.datetime
    time_source: TimeSource
    #: The original held a GPS position (now removed): the app says so.
    had_location: bool
    #: The original held metadata of any kind (all removed).
    had_metadata: bool


def _heif_brand(head: bytes) -> bool:
    return len(head) >= 12 and head[4:8] == b"ftyp" and head[8:12] in HEIF_BRANDS


@functools.cache
def heif_available() -> bool:
    """Register pillow-heif's opener with Pillow, once; False where it cannot load.

    Lazy on purpose: importing it loads libheif, libde265 and x265 (~25 MB),
    which a notebook of JPEGs never needs. pillow-heif applies the HEIF
    rotation while decoding and resets the EXIF orientation to 1, so
    :func:`encode` never turns a HEIC photo twice.
    """
    try:
        import pillow_heif
    except (ImportError, OSError):  # not installed, or its shared libraries do not load
        return False
    pillow_heif.register_heif_opener()
    return True


def _parse_exif_time(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.strptime(value.strip().rstrip("\x00")[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None


def _parse_offset(value: object) -> dt.timezone | None:
    if not isinstance(value, str):
        return None
    text = value.strip().rstrip("\x00")
    if len(text) != 6 or text[0] not in "+-" or text[3] != ":":
        return None
    try:
        hours, minutes = int(text[1:3]), int(text[4:6])
    except ValueError:
        return None
    if hours > 14 or minutes > 59:
        return None
    sign = 1 if text[0] == "+" else -1
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def _to_naive_utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def taken_at(image: Image.Image, path: Path) -> tuple[dt.datetime, TimeSource]:
    """When the photo was taken, as naive UTC, and how sure we are."""
    exif = image.getexif()
    sub = exif.get_ifd(EXIF_IFD)
    local = _parse_exif_time(sub.get(TAG_DATETIME_ORIGINAL)) or _parse_exif_time(
        exif.get(TAG_DATETIME)
    )
    if local is not None:
        offset = _parse_offset(sub.get(TAG_OFFSET_ORIGINAL))
        try:
            if offset is not None:
                return _to_naive_utc(local.replace(tzinfo=offset)), TimeSource.EXIF_OFFSET
            # A naive datetime's astimezone() reads it as this computer's local time.
            return _to_naive_utc(local.astimezone()), TimeSource.EXIF_LOCAL
        except (OverflowError, ValueError, OSError):
            pass
    mtime = os.stat(path).st_mtime
    return dt.datetime.fromtimestamp(mtime, dt.UTC).replace(tzinfo=None), TimeSource.FILE_TIME


def _open_checked(path: Path) -> Image.Image:
    """Open without decoding; refuse empty, foreign, RAW, oversized (and unreadable HEIC) files."""
    name = path.name
    try:
        with open(path, "rb") as handle:
            head = handle.read(32)
    except OSError as exc:
        raise PhotoError("unreadable", name=name, reason=exc.strerror or str(exc)) from exc
    if not head:
        raise PhotoError("empty", name=name)
    if _heif_brand(head) and not heif_available():
        raise PhotoError("heic", name=name)
    if path.suffix.lower() in RAW_SUFFIXES:
        raise PhotoError("unsupported", name=name, format=path.suffix.lstrip(".").upper())
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path)
    except Image.DecompressionBombError as exc:
        # Pillow's own guard (twice its default limit) fires before we see the size.
        raise PhotoError("too_large_unknown", name=name, limit=MAX_PIXELS // 1_000_000) from exc
    except (UnidentifiedImageError, SyntaxError, ValueError) as exc:
        raise PhotoError("not_image", name=name) from exc
    except OSError as exc:
        if exc.errno is None:  # Pillow's own "Truncated File Read": the file is cut short
            raise PhotoError("truncated", name=name, reason=str(exc)) from exc
        raise PhotoError("unreadable", name=name, reason=exc.strerror or str(exc)) from exc
    if image.format not in SUPPORTED:
        fmt = image.format or "?"
        image.close()
        raise PhotoError("unsupported", name=name, format=fmt)
    width, height = image.size
    if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
        image.close()
        raise PhotoError(
            "too_large", name=name, width=width, height=height, limit=MAX_PIXELS // 1_000_000
        )
    return image


def _flatten(image: Image.Image) -> Image.Image:
    """RGB pixels; transparency laid on white, as on a printed page."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB") if image.mode != "RGB" else image


def _jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    # No exif= and no comment: Pillow writes none of the original's metadata.
    image.save(out, format="JPEG", quality=quality)
    return out.getvalue()


def encode(
    path: Path | str,
    *,
    long_side: int = DEFAULT_LONG_SIDE,
    quality: int = DEFAULT_QUALITY,
) -> EncodedPhoto:
    """Read ``path`` and return the clean JPEG to store, or raise :class:`PhotoError`."""
    path = Path(path)
    long_side = max(64, min(int(long_side), 10_000))
    quality = max(30, min(int(quality), 95))
    image = _open_checked(path)
    try:
        when, source = taken_at(image, path)
        exif = image.getexif()
        had_location = bool(exif.get_ifd(GPS_IFD)) or GPS_IFD in exif
        had_metadata = bool(exif) or any(
            key in image.info for key in ("exif", "xmp", "comment", "XML:com.adobe.xmp")
        )
        orientation = exif.get(ORIENTATION, 1)
        try:
            # JPEG decoders can skip pixels when the result is to be much smaller.
            image.draft("RGB", (long_side, long_side))
            image.load()
            # Resized first, turned after: the bound is square, so the size is the
            # same either way, and turning the small image costs a fraction.
            pixels = _flatten(image)
            pixels.thumbnail((long_side, long_side), Image.Resampling.LANCZOS)
            if orientation in range(2, 9):
                pixels.getexif()[ORIENTATION] = orientation
                pixels = ImageOps.exif_transpose(pixels)
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
            raise PhotoError("truncated", name=path.name, reason=str(exc)) from exc
        data = _jpeg(pixels, quality)
        thumb = pixels.reduce(max(1, max(pixels.size) // (THUMBNAIL_SIDE * 2)))
        thumb.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE), Image.Resampling.BILINEAR)
        thumbnail = _jpeg(thumb, THUMBNAIL_QUALITY)
        return EncodedPhoto(
            data=data,
            thumbnail=thumbnail,
            width=pixels.width,
            height=pixels.height,
            taken_at=when,
            time_source=source,
            had_location=had_location,
            had_metadata=had_metadata,
        )
    finally:
        image.close()
