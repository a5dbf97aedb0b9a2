"""*Fichier › Rapport d'évaluation du programme…*: the parcours' evaluation, PDF or HTML.

The same report as ``report FILE --evaluation`` (``publishing.evaluation_report``):
shared questions per atelier, expedition and collectivité over time, co-decision
today → target, the commons grid across the parcours. The format follows the
chosen file's suffix; the notebook itself is never a valid target.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...core.errors import LieuxError
from ...core.fileio import check_output
from ..document import Document

translate = QCoreApplication.translate


def save_evaluation_report(parent: QWidget, doc: Document,
                           target: Path | None = None) -> Path | None:
    """Ask where (unless ``target`` is given), write, return the file or None."""
    from ...publishing.evaluation_report import write_report

    source = doc.notebook.path
    if target is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent, translate("evaluation_report", "Rapport d'évaluation du programme"),
            str(source.with_name(source.stem + "-evaluation.pdf")),
            translate("evaluation_report", "PDF (*.pdf);;Page web (*.html)"))
        if not chosen:
            return None
        target = Path(chosen)
    fmt = "html" if target.suffix.lower() in (".html", ".htm") else "pdf"
    try:
        check_output(target, notebook=source)
        return write_report(doc.notebook, target, fmt)
    except LieuxError as exc:
        message = exc.message
    except OSError as exc:
        message = LieuxError("io", path=target, reason=exc.strerror or exc).message
    QMessageBox.warning(parent, translate("evaluation_report", "Rapport impossible"), message)
    return None
