"""The experiments page (*mise en test*): list, experiment sheet, chart, comparison."""

from __future__ import annotations


def name_fields(form: object) -> None:
    """Give each field of a QFormLayout its label's words as accessible name."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    assert isinstance(form, QFormLayout)
    for row in range(form.rowCount()):
        caption = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if caption is None or field is None or field.widget() is None:
            continue
        text = caption.widget().text() if isinstance(caption.widget(), QLabel) else ""
        words = text.replace("&", "").rstrip(" :\u00a0")
        if words and not field.widget().accessibleName():
            field.widget().setAccessibleName(words)


def name_buttons(*buttons: object) -> None:
    """Buttons' accessible names from their text (the accelerator's & removed)."""
    for button in buttons:
        button.setAccessibleName(button.text().replace("&", ""))  # type: ignore[attr-defined]  # any QAbstractButton
