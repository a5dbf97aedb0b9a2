"""Write files the safe way: beside the target, synced, then renamed into place.

A failure (read-only folder, full disk, a crash half-way) leaves whatever was
at the target before untouched, and never a half-written file under its name.
The temporary file is created with ``open`` (not ``mkstemp``) so the result
gets the user's normal permissions.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from .errors import LieuxError


def part_path(target: Path) -> Path:
    """The temporary name used while ``target`` is being written."""
    return target.with_name(f".{target.name}.part")


def discard(path: Path) -> None:
    """Remove a temporary file if it exists; never raise while cleaning up."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def write_atomic(path: Path | str, text: str) -> Path:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path`` atomically."""
    return write_atomic_bytes(path, text.encode("utf-8"))


def write_atomic_bytes(path: Path | str, data: bytes) -> Path:
    path = Path(path)
    tmp = part_path(path)
    try:
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        discard(tmp)
        raise LieuxError("io", path=path, reason=exc.strerror or exc) from exc
    return path
