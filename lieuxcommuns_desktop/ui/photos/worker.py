"""Importing photos on a worker thread, so that the window stays responsive.

Decoding a 12-megapixel JPEG takes a noticeable fraction of a second; a phone's
folder holds hundreds. The worker calls the same service as the CLI
(``core.services.photos.import_files``): one committed transaction per photo,
so *Annuler* (or closing the window) stops between two photos and leaves only
complete ones. Progress and each file's result come back as queued signals.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ...core.errors import LieuxError
from ...core.services import photos
from ...core.services.notebook import Notebook

log = logging.getLogger(__name__)


class ImportWorker(QObject):
    """Runs in its own thread; never touches a widget."""

    #: (done, total, the file's result)
    progressed = Signal(int, int, object)
    #: the ImportReport
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, nb: Notebook, atelier_id: str, paths: list[Path], *,
                 long_side: int, quality: int) -> None:
        super().__init__()
        self.nb, self.atelier_id, self.paths = nb, atelier_id, paths
        self.long_side, self.quality = long_side, quality
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Thread-safe: the import stops before its next photo."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            report = photos.import_files(
                self.nb, self.atelier_id, self.paths, long_side=self.long_side,
                quality=self.quality, cancelled=self._cancel.is_set,
                progress=lambda i, n, r: self.progressed.emit(i, n, r))
        except LieuxError as exc:
            self.failed.emit(exc.message)
            return
        except Exception as exc:
            log.exception("photo import failed")
            self.failed.emit(str(exc))
            return
        self.finished.emit(report)


def start(parent: QObject, worker: ImportWorker) -> QThread:
    """Move ``worker`` to a new thread (owned by ``parent``) and start it."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.start()
    return thread
