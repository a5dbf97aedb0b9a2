"""The OK / Cancel row at the foot of a dialog.

Every form dialog built the same button box and wired OK to ``accept`` and
Cancel (and Esc) to ``reject`` by hand; this is that wiring once, so a dialog
cannot forget one half of it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox


def ok_cancel(dialog: QDialog, name: str = "") -> QDialogButtonBox:
    """A button box child of ``dialog``, OK → ``accept``, Cancel → ``reject``.

    ``name`` is its object name (tests and screenshots find it by name).
    """
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    if name:
        buttons.setObjectName(name)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
