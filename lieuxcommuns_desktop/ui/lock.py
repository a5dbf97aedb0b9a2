"""One writer per notebook: a ``QLockFile`` beside the file.

The lock is a hidden ``.<name>.lieux.lock`` file (never ``<name>.lieux-…``,
which would look like one of SQLite's sidecars next to the notebook). A lock
left by a crashed process (its PID is gone) is taken over without asking; a
live one means another window or instance has the notebook open.
"""

from __future__ import annotations

import logging
import os
import socket
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QLockFile

log = logging.getLogger(__name__)


class LockState(Enum):
    LOCKED = "locked"          # we hold it
    HELD = "held"              # another live process or window holds it
    UNAVAILABLE = "unavailable"  # cannot write a lock here (read-only folder)


@dataclass
class Holder:
    pid: int
    hostname: str
    appname: str


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class NotebookLock:
    """The lock of one notebook file; release it when the notebook closes."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path(Path(path).resolve())
        self._lock = QLockFile(str(self.path))
        # Age alone never makes a lock stale: a workshop lasts hours.
        self._lock.setStaleLockTime(0)
        self.holder: Holder | None = None

    def acquire(self) -> LockState:
        if self._lock.tryLock(0):
            return LockState.LOCKED
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            info = self._lock.getLockInfo()
            if isinstance(info, tuple) and len(info) == 4:  # (ok, pid, host, app)
                info = info[1:] if info[0] else (0, "", "")
            pid, hostname, appname = info if isinstance(info, tuple) else (0, "", "")
            ok = bool(pid)
            if ok and hostname in ("", socket.gethostname()) and not _pid_alive(int(pid)):
                log.info("taking over stale lock %s (pid %s gone)", self.path, pid)
                if self._lock.removeStaleLockFile() and self._lock.tryLock(0):
                    return LockState.LOCKED
            self.holder = Holder(int(pid), str(hostname), str(appname)) if ok else None
            return LockState.HELD
        log.warning("cannot lock %s: %s", self.path, error)
        return LockState.UNAVAILABLE

    @property
    def locked(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
