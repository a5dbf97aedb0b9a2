"""Where to save an output: the save dialog, then the gate no output may pass.

The print dialog's PDF and HTML and the matrices' CSV exports each asked for a
file name and then refused the open notebook (or any ``.lieux``, a folder, a
device) with :func:`ui.errors.output_refused`, in the same lines; they ask here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from .errors import output_refused


def ask_save_path(parent: QWidget, title: str, suggested: str, file_filter: str,
                  notebook: Path | None, target: str | Path | None = None) -> Path | None:
    """The path to write, or None when the user cancelled or the path was refused.

    ``target`` skips the dialog (tests, a path already known) but not the gate;
    a refusal has already been explained to the user when None comes back.
    """
    if not target:
        target, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        if not target:
            return None
    path = Path(target)
    return None if output_refused(parent, path, notebook) else path
