"""OK accepts and Cancel rejects in the form dialogs (``ui.dialogs.buttons.ok_cancel``)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from lieuxcommuns_desktop.ui import settings
from lieuxcommuns_desktop.ui.dialogs.preferences import PreferencesDialog
from lieuxcommuns_desktop.ui.dialogs.templates import TemplateChooserDialog


def press(dialog: QDialog, name: str, which: QDialogButtonBox.StandardButton) -> int:
    box = dialog.findChild(QDialogButtonBox, name)
    assert box is not None and box.parent() is dialog
    box.button(which).click()
    return dialog.result()


def test_preferences_cancel_keeps_the_settings_and_ok_saves_them(qtbot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    before = settings.photo_quality()
    dialog.photo_quality.setValue(before - 10)
    assert press(dialog, "preferencesButtons",
                 QDialogButtonBox.StandardButton.Cancel) == QDialog.DialogCode.Rejected
    assert settings.photo_quality() == before
    dialog.photo_quality.setValue(before - 10)
    assert press(dialog, "preferencesButtons",
                 QDialogButtonBox.StandardButton.Ok) == QDialog.DialogCode.Accepted
    assert settings.photo_quality() == before - 10


def test_template_chooser_ok_and_cancel(qtbot) -> None:
    dialog = TemplateChooserDialog()
    qtbot.addWidget(dialog)
    assert press(dialog, "templateChooserButtons",
                 QDialogButtonBox.StandardButton.Ok) == QDialog.DialogCode.Accepted
    assert dialog.selected() is not None
    assert press(dialog, "templateChooserButtons",
                 QDialogButtonBox.StandardButton.Cancel) == QDialog.DialogCode.Rejected
