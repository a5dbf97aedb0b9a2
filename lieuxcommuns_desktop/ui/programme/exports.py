"""*Fichier › Exporter le calendrier…*: the dated ateliers as an iCalendar file.

The UIDs come from the ateliers' UUIDs (``core.ical``), so a calendar that
imports the file again updates its events instead of duplicating them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...core.errors import LieuxError
from ...core.ical import write_calendar
from ..document import Document

translate = QCoreApplication.translate


def export_calendar(parent: QWidget, doc: Document, target: Path | None = None) -> Path | None:
    """Ask where (unless ``target`` is given), write, say where it went or why not."""
    source = doc.notebook.path
    if target is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent, translate("calendar", "Exporter le calendrier"),
            str(source.with_suffix(".ics")),
            translate("calendar", "Calendriers iCalendar (*.ics)"))
        if not chosen:
            return None
        target = Path(chosen)
    try:
        written = write_calendar(doc.notebook, target, notebook_path=source)
    except LieuxError as exc:
        QMessageBox.warning(parent, translate("calendar", "Export impossible"), exc.message)
        return None
    except OSError as exc:
        QMessageBox.warning(parent, translate("calendar", "Export impossible"),
                            LieuxError("io", path=target, reason=exc.strerror or exc).message)
        return None
    return written
