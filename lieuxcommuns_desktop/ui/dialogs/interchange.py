"""JSON export and import from the Fichier menu, through ``core.interchange``."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...commands.import_ import report_lines
from ...core.errors import LieuxError
from ...core.fileio import write_atomic
from ...core.interchange import export_json as export_notebook
from ...core.interchange import import_file
from ..document import Document
from ..errors import output_refused, show_error
from ..plain import literal

log = logging.getLogger(__name__)


def export_json(parent: QWidget, doc: Document, target: Path) -> bool:
    if output_refused(parent, target, doc.notebook.path):
        return False
    try:
        write_atomic(target, export_notebook(doc.notebook))
    except LieuxError as exc:
        show_error(parent, exc.message)
        return False
    except OSError as exc:
        show_error(parent, str(exc))
        return False
    QMessageBox.information(parent, QCoreApplication.translate("interchange_ui", "Exporter (JSON)"),
                            literal(QCoreApplication.translate(
                                "interchange_ui", "Carnet exporté dans « {path} ».").format(
                                path=target)))
    return True


def import_json(parent: QWidget, doc: Document, source: Path) -> bool:
    try:
        report = import_file(doc.notebook, source)
    except LieuxError as exc:
        show_error(parent, exc.message)
        return False
    # The merge is not an undoable step: older undo steps may no longer apply.
    doc.undo_stack.clear()
    text = "\n".join(report_lines(report))  # the same summary as the ``import`` command
    QMessageBox.information(parent, QCoreApplication.translate("interchange_ui", "Importer (JSON)"),
                            literal(QCoreApplication.translate("interchange_ui", "Import terminé.")
                                    + (f"\n\n{text}" if text else "")))
    return True
