"""Move the user's files out of the doubled folder older versions used.

Versions up to 0.x set both the organisation and the application name to
"Lieux Communs", so Qt put the data in ``…/Lieux Communs/Lieux Communs`` (and
the settings in ``~/.config/Lieux Communs/Lieux Communs``). The app now sets
no organisation, and its folders are ``…/Lieux Communs``: the parent of the old
ones. At start-up, the content of an old folder moves up one level so that the
facilitator's default notebook, demo, logs and personal templates are found
again — without ever overwriting a file, and leaving alone a notebook that an
older instance still has open (its lock is live).
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

#: SQLite's sidecars travel with their notebook.
SIDECARS = ("-wal", "-shm", "-journal")


@dataclass
class Migration:
    """What moved (old path → new path) and what stayed behind, and why."""

    moved: dict[Path, Path] = field(default_factory=dict)
    kept: dict[Path, str] = field(default_factory=dict)

    def new_path(self, path: Path) -> Path | None:
        """Where ``path`` (a file that was in an old folder) is now, if it moved."""
        return self.moved.get(Path(path))


def _lock_is_live(notebook: Path) -> bool:
    """True when another process (an older instance) has the notebook open."""
    from .lock import LockState, NotebookLock

    lock = NotebookLock(notebook)
    state = lock.acquire()  # takes over a dead process's lock, which unlocking removes
    lock.release()
    return state == LockState.HELD


def _move(source: Path, target: Path, result: Migration) -> None:
    if target.exists() or target.is_symlink():
        if source.is_dir() and target.is_dir():
            for child in sorted(source.iterdir()):
                _move(child, target / child.name, result)
            _remove_if_empty(source)
            return
        result.kept[source] = "exists"
        log.warning("not moved (a file of that name exists): %s", source)
        return
    try:
        shutil.move(str(source), str(target))
    except OSError as exc:
        result.kept[source] = str(exc)
        log.warning("could not move %s: %s", source, exc)
        return
    result.moved[source] = target


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass  # not empty: something stayed behind and is reported


def merge_doubled(folder: Path, app_name: str) -> Migration:
    """Move ``folder/app_name/*`` into ``folder``; the notebooks first, with their sidecars."""
    result = Migration()
    old = folder / app_name
    if not old.is_dir() or old.is_symlink():
        return result
    folder = folder.resolve()  # the recent list holds resolved paths
    old = folder / app_name
    entries = sorted(old.iterdir())
    notebooks = [e for e in entries if e.suffix == ".lieux" and e.is_file()]
    handled: set[Path] = set()
    for notebook in notebooks:
        family = [notebook, *(notebook.with_name(notebook.name + s) for s in SIDECARS),
                  notebook.with_name(f".{notebook.name}.lock")]
        handled.update(family)
        if _lock_is_live(notebook):
            result.kept[notebook] = "open"
            log.warning("not moved (open in another window): %s", notebook)
            continue
        if (folder / notebook.name).exists():
            result.kept[notebook] = "exists"
            log.warning("not moved (a notebook of that name exists): %s", notebook)
            continue
        for member in family[1:-1]:
            if member.exists():
                _move(member, folder / member.name, result)
        _move(notebook, folder / notebook.name, result)
    for entry in entries:
        if entry not in handled:
            _move(entry, folder / entry.name, result)
    _remove_if_empty(old)
    if result.moved:
        log.info("moved %d item(s) out of the doubled folder %s", len(result.moved), old)
    return result
