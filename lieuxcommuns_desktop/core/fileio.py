"""Write files the safe way: beside the target, synced, then renamed into place.

A failure (read-only folder, full disk, a crash half-way) leaves whatever was
at the target before untouched, and never a half-written file under its name.
The temporary file is created with ``open`` (not ``mkstemp``) so the result
gets the user's normal permissions.

:func:`check_output` is the one gate every output goes through (the
commands' ``-o`` and the window's save dialogs): a rename onto the open
notebook, another ``.lieux`` or a device would destroy it silently, so such a
target is refused before anything is computed or written.

:func:`read_input` is the matching gate on the way in, for the files a user
names (an export to import, a source to merge): one clear error line whether
the file is missing, a folder, or unreadable.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

from .errors import LieuxError, RefusedOutputError

#: Names that hold a notebook or one of its sidecars (journal, lock).
NOTEBOOK_SUFFIXES = (".lieux", ".lieux-journal", ".lieux-wal", ".lieux-shm", ".lieux.lock")
_SIDECARS = ("-journal", "-wal", "-shm")


def part_path(target: Path) -> Path:
    """The temporary name used while ``target`` is being written."""
    return target.with_name(f".{target.name}.part")


def discard(path: Path) -> None:
    """Remove a temporary file if it exists; never raise while cleaning up."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _same(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        if os.path.samefile(a, b):
            return True
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):  # a symlink loop: compare the names as given
        return a.absolute() == b.absolute()


def _notebook_files(notebook: Path) -> list[Path]:
    """The notebook, its SQLite sidecars and the window's lock file."""
    notebook = Path(notebook)
    files = [notebook, notebook.with_name(f".{notebook.name}.lock")]
    files += [notebook.with_name(notebook.name + s) for s in _SIDECARS]
    return files


def check_output(
    path: Path | str, *, notebook: Path | str | None = None, folder: bool = False
) -> Path:
    """``path`` if an output may be written there, else :class:`RefusedOutputError`.

    Refused: the open ``notebook`` or its sidecars (links resolved), any
    ``.lieux`` file, a folder where a file is expected (a file where a folder
    is expected when ``folder``), and any existing file that is not a regular
    file (a device, a pipe, a socket): ``os.replace`` would turn it into a
    plain file.
    """
    path = Path(path)
    resolved = path.resolve()
    if notebook is not None and any(_same(path, f) for f in _notebook_files(Path(notebook))):
        raise RefusedOutputError("output_notebook", path=path)
    if any(name.lower().endswith(NOTEBOOK_SUFFIXES) for name in (path.name, resolved.name)):
        raise RefusedOutputError("output_lieux", path=path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return path
    except OSError as exc:
        raise LieuxError("io", path=path, reason=exc.strerror or exc) from exc
    if folder:
        if not stat.S_ISDIR(mode):
            raise RefusedOutputError("output_not_folder", path=path)
    elif stat.S_ISDIR(mode):
        raise RefusedOutputError("output_folder", path=path)
    elif not stat.S_ISREG(mode):
        raise RefusedOutputError("output_special", path=path)
    return path


def read_input(path: Path | str, size: int = -1) -> bytes:
    """The bytes of a file the user named (the first ``size`` of them if given).

    Import, the sync's JSON source and ``merge``'s sniffing of a source each
    checked the same three cases by hand; a :class:`LieuxError` (``missing``,
    ``not_a_file``, ``unreadable``) tells the user which, in their language.
    """
    path = Path(path)
    if not path.exists():
        raise LieuxError("missing", path=path)
    if not path.is_file():
        raise LieuxError("not_a_file", path=path)
    try:
        with path.open("rb") as fh:
            return fh.read(size)
    except OSError as exc:
        raise LieuxError("unreadable", path=path, reason=exc.strerror or exc) from exc


def write_atomic(path: Path | str, text: str) -> Path:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path`` atomically."""
    return write_atomic_bytes(path, text.encode("utf-8"))


def write_atomic_bytes(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically, after :func:`check_output`."""
    with atomic_path(path) as tmp, tmp.open("wb") as fh:
        fh.write(data)
    return Path(path)


def copy_atomic(source: Path | str, path: Path | str) -> Path:
    """Copy the file ``source`` to ``path`` atomically (a preview saved where asked)."""
    with atomic_path(path) as tmp:
        shutil.copyfile(source, tmp)
    return Path(path)


@contextlib.contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """The temporary path to write ``path``'s content to; renamed into place on success.

    For writers that want a file name rather than bytes (reportlab's PDF
    builder, a copy): on leaving the block the file is synced to disk and
    renamed onto ``path``; on any error it is removed and ``path`` keeps what it
    held before. An ``OSError`` becomes ``LieuxError("io")``.
    """
    target = check_output(path)
    tmp = part_path(target)
    try:
        yield tmp
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        discard(tmp)
        raise LieuxError("io", path=target, reason=exc.strerror or exc) from exc
    except BaseException:
        discard(tmp)
        raise
