"""Put a rendered site into its folder: whole or not at all, touching only what changed.

The new site is built in a hidden sibling folder, then swapped with the old
one by two renames, so a reader (or a sync client) never sees half a site. A
file whose bytes did not change is hard-linked from the previous publication
(copied where links are not possible), so it keeps its date and a sync
client skips it; the pages of deleted things are simply not in the new
folder. A folder is only ever replaced when it is empty or holds the marker
file of an earlier publication: a folder of the user's own is refused.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import LieuxError
from ..core.fileio import check_output

log = logging.getLogger(__name__)

MARKER = ".lieuxcommuns-site"
MARKER_TEXT = b"Lieux Communs: published site. This folder is replaced on each publication.\n"


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def is_publication(folder: Path) -> bool:
    return (folder / MARKER).is_file()


def check_folder(folder: Path | str) -> Path:
    """``folder`` if a site may be written there, else a :class:`LieuxError`."""
    folder = check_output(folder, folder=True)
    if folder.is_dir() and any(folder.iterdir()) and not is_publication(folder):
        raise LieuxError("site_folder_taken", path=folder)
    return folder


def _existing(folder: Path) -> dict[str, Path]:
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): p for p in folder.rglob("*")
            if p.is_file() and p.name != MARKER}


def _sibling(folder: Path, kind: str) -> Path:
    return folder.with_name(f".{folder.name}.{kind}-{os.getpid()}")


def _clear_leftovers(folder: Path) -> None:
    """Remove what an interrupted publication left beside the folder."""
    for kind in ("publishing", "previous"):
        for leftover in folder.parent.glob(f".{folder.name}.{kind}-*"):
            shutil.rmtree(leftover, ignore_errors=True)


def _place(target: Path, previous: Path | None, data: bytes) -> bool:
    """Write ``data`` at ``target``, or link the identical previous file; True if written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if previous is not None and previous.read_bytes() == data:
        try:
            os.link(previous, target)
        except OSError:
            shutil.copy2(previous, target)
        return False
    target.write_bytes(data)
    return True


def write_site(files: dict[str, bytes], folder: Path | str) -> WriteReport:
    folder = check_folder(Path(folder)).absolute()
    folder.parent.mkdir(parents=True, exist_ok=True)
    _clear_leftovers(folder)
    old = _existing(folder)
    report = WriteReport()
    staging = _sibling(folder, "publishing")
    staging.mkdir()
    try:
        for path in sorted(files):
            if _place(staging / path, old.get(path), files[path]):
                report.written.append(path)
            else:
                report.unchanged.append(path)
        _place(staging / MARKER, folder / MARKER if is_publication(folder) else None,
               MARKER_TEXT)
        report.removed = sorted(set(old) - set(files))
        aside = _sibling(folder, "previous")
        if folder.exists():
            os.rename(folder, aside)
        os.rename(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(aside, ignore_errors=True)
    log.info("published %s: %d written, %d unchanged, %d removed", folder,
             len(report.written), len(report.unchanged), len(report.removed))
    return report
