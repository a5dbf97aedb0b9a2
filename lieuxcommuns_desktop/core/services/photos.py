"""Photos of the paper boards: import, place in the day, caption, move, delete.

Import works file by file: each file is decoded and cleaned *outside* any
transaction (``core.photos.decode``, the slow part), then written with its
bytes in **one committed transaction**. A folder import killed half-way
therefore leaves a valid notebook holding only complete photos, and a refused
file leaves nothing at all. Every edit returns an :class:`~.edits.Edit`
(rows before and after), so the window's undo stack replays it exactly as the
programme page does.

Listing never reads image bytes (they live in ``photo_data``): the gallery,
the notes feed and the minutes' outline stay fast with hundreds of photos, and
:func:`thumbnail` / :func:`image` fetch one photo's bytes when it is shown.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..enums import PhotoTimeSource
from ..errors import LieuxError
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..model import Photo, PhotoData, Sequence, StakeholderMap, new_id
from ..photos import decode, timing
from ..photos.errors import PhotoError
from .edits import Edit, Tracker, redo, undo
from .notebook import Notebook

log = logging.getLogger(__name__)

CTX = "photos"

__all__ = ["Edit", "redo", "undo"]

#: File name endings a folder import looks at (RAW and HEIC included, so that
#: they are reported by name rather than silently skipped).
IMAGE_SUFFIXES = frozenset({
    ".jpg", ".jpeg", ".jpe", ".png", ".webp", ".tif", ".tiff", ".bmp", ".gif",
    ".heic", ".heif", ".avif", *decode.RAW_SUFFIXES,
})

ALT_SUGGESTION = QT_TRANSLATE_NOOP("photos", "Photo du tableau de la séquence « {title} »")
ALT_SUGGESTION_ATELIER = QT_TRANSLATE_NOOP("photos", "Photo d'un tableau de l'atelier « {title} »")


@dataclass(frozen=True)
class PhotoInfo:
    """A photo as listed (no image bytes)."""

    id: str
    atelier_id: str
    sequence_id: str | None
    taken_at: dt.datetime
    time_source: PhotoTimeSource
    caption: str
    alt_text: str
    width: int
    height: int
    position: int
    original_name: str


@dataclass
class ImportResult:
    """What became of one file: a photo (and where it went), or why it was refused."""

    path: Path
    photo_id: str | None = None
    sequence_id: str | None = None
    #: Ambiguous time: the séquences to ask about (the photo is attached to
    #: ``sequence_id`` meanwhile, None = the atelier).
    candidates: tuple[str, ...] = ()
    error: str = ""
    #: The original held a GPS position (removed).
    had_location: bool = False
    had_metadata: bool = False
    edit: Edit | None = None

    @property
    def ok(self) -> bool:
        return self.photo_id is not None


@dataclass
class ImportReport:
    results: list[ImportResult] = field(default_factory=list)
    cancelled: bool = False

    @property
    def imported(self) -> list[ImportResult]:
        return [r for r in self.results if r.ok]

    @property
    def refused(self) -> list[ImportResult]:
        return [r for r in self.results if not r.ok]

    @property
    def ambiguous(self) -> list[ImportResult]:
        return [r for r in self.results if r.ok and len(r.candidates) > 1]

    def edit(self) -> Edit:
        """Every imported photo's rows as one edit (one undo step for the import)."""
        merged = Edit()
        for result in self.imported:
            if result.edit is None:
                continue
            for table, rows in result.edit.before.items():
                merged.before.setdefault(table, {}).update(rows)
            for table, rows in result.edit.after.items():
                merged.after.setdefault(table, {}).update(rows)
        return merged


# -- reading ------------------------------------------------------------------------
def _info(photo: Photo) -> PhotoInfo:
    return PhotoInfo(photo.id, photo.atelier_id, photo.sequence_id, photo.taken_at,
                     PhotoTimeSource(photo.time_source), photo.caption, photo.alt_text,
                     photo.width, photo.height, photo.position, photo.original_name)


def list_photos(nb: Notebook, atelier_id: str) -> list[PhotoInfo]:
    """An atelier's photos in the order they were taken (no image bytes read)."""
    with nb.read() as session:
        rows = session.scalars(select(Photo).where(Photo.atelier_id == atelier_id)
                               .order_by(Photo.taken_at, Photo.position, Photo.id))
        return [_info(p) for p in rows]


def get_photo(nb: Notebook, photo_id: str) -> PhotoInfo:
    with nb.read() as session:
        return _info(get_record(session, photo_id))


def _bytes(nb: Notebook, photo_id: str, column: str) -> bytes:
    with nb.read() as session:
        data = session.scalar(select(getattr(PhotoData, column))
                              .where(PhotoData.photo_id == photo_id))
    if data is None:
        raise LieuxError("not_found", what="photo", key=photo_id)
    return bytes(data)


def thumbnail(nb: Notebook, photo_id: str) -> bytes:
    """The photo's thumbnail JPEG (at most 320 px)."""
    return _bytes(nb, photo_id, "thumbnail")


def image(nb: Notebook, photo_id: str) -> bytes:
    """The photo's stored JPEG (no metadata)."""
    return _bytes(nb, photo_id, "data")


def spans(nb: Notebook, atelier_id: str) -> list[timing.Span]:
    """The atelier's séquences as live mode recorded them (started ones only)."""
    with nb.read() as session:
        rows = session.execute(select(Sequence.id, Sequence.actual_start, Sequence.actual_end)
                               .where(Sequence.atelier_id == atelier_id,
                                      Sequence.actual_start.is_not(None)))
        return [timing.Span(sid, start, end) for sid, start, end in rows if start is not None]


def sequence_titles(nb: Notebook, atelier_id: str) -> dict[str, str]:
    with nb.read() as session:
        return dict(session.execute(select(Sequence.id, Sequence.title)
                                    .where(Sequence.atelier_id == atelier_id)).all())


def suggest_alt_text(nb: Notebook, photo_id: str) -> str:
    """An alt text to start from: the séquence's title, else the atelier's."""
    from ..model import Atelier

    with nb.read() as session:
        photo = get_record(session, photo_id)
        if photo.sequence_id is not None:
            sequence = session.get(Sequence, photo.sequence_id)
            if sequence is not None:
                return tr(CTX, ALT_SUGGESTION, title=sequence.title)
        atelier = session.get(Atelier, photo.atelier_id)
        return tr(CTX, ALT_SUGGESTION_ATELIER, title=atelier.title if atelier else "")


def missing_alt_text(nb: Notebook, atelier_id: str) -> list[PhotoInfo]:
    """Photos that still need an alt text before the minutes are published."""
    return [p for p in list_photos(nb, atelier_id) if not p.alt_text.strip()]


# -- importing ----------------------------------------------------------------------
def expand(paths: Iterable[Path | str]) -> list[Path]:
    """Files to import: named files as given, folders' image files sorted by name.

    A folder is walked recursively (a phone's ``DCIM`` holds sub-folders);
    hidden files and files of other kinds (videos, ``.txt``) in it are skipped.
    """
    files: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            found = [p for p in path.rglob("*")
                     if p.is_file() and not p.name.startswith(".")
                     and p.suffix.lower() in IMAGE_SUFFIXES]
            files.extend(sorted(found, key=lambda p: (str(p.parent), p.name.lower())))
        else:
            files.append(path)
    return files


def import_file(
    nb: Notebook, atelier_id: str, path: Path | str, *,
    long_side: int = decode.DEFAULT_LONG_SIDE, quality: int = decode.DEFAULT_QUALITY,
    placing: list[timing.Span] | None = None,
) -> ImportResult:
    """Decode, clean and store one photo; refusals come back as ``error`` (one line)."""
    path = Path(path)
    result = ImportResult(path=path)
    try:
        encoded = decode.encode(path, long_side=long_side, quality=quality)
    except PhotoError as exc:
        result.error = exc.message
        return result
    except (FileNotFoundError, PermissionError, IsADirectoryError) as exc:
        result.error = PhotoError("unreadable", name=path.name,
                                  reason=exc.strerror or str(exc)).message
        return result
    except (MemoryError, OSError, SyntaxError, ValueError) as exc:
        # Pillow reports a file cut short while reading its pixels as OSError.
        result.error = PhotoError("truncated", name=path.name, reason=str(exc)).message
        return result
    if placing is None:
        placing = spans(nb, atelier_id)
    place = timing.place(encoded.taken_at, placing)
    result.sequence_id = place.sequence_id
    result.candidates = place.candidates
    result.had_location = encoded.had_location
    result.had_metadata = encoded.had_metadata
    with nb.write() as session:
        from ..model import Atelier

        if session.get(Atelier, atelier_id) is None:
            raise LieuxError("not_found", what="atelier", key=atelier_id)
        last = session.scalar(select(func.max(Photo.position))
                              .where(Photo.atelier_id == atelier_id))
        track = Tracker(session)
        photo = Photo(
            id=new_id(), atelier_id=atelier_id, sequence_id=place.sequence_id,
            taken_at=encoded.taken_at, time_source=PhotoTimeSource(encoded.time_source.value),
            caption="", alt_text="", width=encoded.width, height=encoded.height,
            position=(last + 1) if last is not None else 0, original_name=path.name[:255],
        )
        track.add(photo)
        session.flush()  # the photo before its bytes (foreign key)
        track.add(PhotoData(id=new_id(), photo_id=photo.id, data=encoded.data,
                            thumbnail=encoded.thumbnail))
        result.edit = track.finish()
    result.photo_id = photo.id
    return result


def import_files(
    nb: Notebook, atelier_id: str, paths: Iterable[Path | str], *,
    long_side: int = decode.DEFAULT_LONG_SIDE, quality: int = decode.DEFAULT_QUALITY,
    progress: Callable[[int, int, ImportResult], None] | None = None,
    cancelled: Callable[[], bool] | None = None, keep_edits: bool = True,
) -> ImportReport:
    """Import files and folders one photo at a time; stops between photos when cancelled.

    ``keep_edits=False`` drops each photo's :class:`Edit` (its bytes, for undo)
    once written: the CLI has no undo, and 500 photos' bytes need not stay in memory.
    """
    files = expand(paths)
    placing = spans(nb, atelier_id)
    report = ImportReport()
    for index, path in enumerate(files, start=1):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        result = import_file(nb, atelier_id, path, long_side=long_side, quality=quality,
                             placing=placing)
        if not keep_edits:
            result.edit = None
        report.results.append(result)
        if progress is not None:
            progress(index, len(files), result)
    return report


# -- edits --------------------------------------------------------------------------
def get_record(session: Session, photo_id: str) -> Photo:
    photo = session.get(Photo, photo_id)
    if photo is None:
        raise LieuxError("not_found", what="photo", key=photo_id)
    return photo


def edit_photo(nb: Notebook, photo_id: str, *, caption: str | None = None,
               alt_text: str | None = None) -> Edit:
    """Change a photo's caption and/or alt text (stripped of outer spaces)."""
    with nb.write() as session:
        track = Tracker(session)
        track.touch(Photo, photo_id)
        photo = get_record(session, photo_id)
        if caption is not None:
            photo.caption = caption.strip()
        if alt_text is not None:
            photo.alt_text = alt_text.strip()
        return track.finish()


def move_photo(nb: Notebook, photo_id: str, sequence_id: str | None) -> Edit:
    """Attach the photo to another séquence of its atelier (None: to the atelier)."""
    with nb.write() as session:
        track = Tracker(session)
        track.touch(Photo, photo_id)
        photo = get_record(session, photo_id)
        if sequence_id is not None:
            sequence = session.get(Sequence, sequence_id)
            if sequence is None or sequence.atelier_id != photo.atelier_id:
                raise LieuxError("not_found", what="sequence", key=sequence_id)
        photo.sequence_id = sequence_id
        return track.finish()


def delete_photo(nb: Notebook, photo_id: str) -> Edit:
    """Delete a photo and its bytes; a map using it as backdrop loses it (undoable)."""
    with nb.write() as session:
        track = Tracker(session)
        photo = get_record(session, photo_id)
        for backdrop in session.scalars(select(StakeholderMap)
                                        .where(StakeholderMap.backdrop_photo_id == photo_id)):
            track.touch(StakeholderMap, backdrop.id)
            backdrop.backdrop_photo_id = None
        data = session.scalars(select(PhotoData).where(PhotoData.photo_id == photo_id)).first()
        if data is not None:
            track.delete(data)
        session.flush()
        track.delete(photo)
        return track.finish()
