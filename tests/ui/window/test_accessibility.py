"""Every interactive widget of the main screens has an objectName and an accessibleName."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
               QPlainTextEdit)


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QTabBar):
            continue
        parent = widget.parentWidget()
        inner = False
        while parent is not None and parent is not root:
            if isinstance(parent, INTERACTIVE):
                inner = True  # a part of a composite widget (spin box's line edit…)
                break
            parent = parent.parentWidget()
        if inner or not widget.isVisibleTo(root):
            continue
        if not widget.objectName() or not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} "
                           f"{getattr(widget, 'text', lambda: '')()!r}")
    return missing


def test_start_page_and_atelier_screens_are_named(window, sample_path):
    window.show()
    window.show_start_page()
    assert unnamed(window) == []
    window.open_path(sample_path)
    assert unnamed(window) == []
    atelier_id = window.navigation.atelier_ids()[0]
    window.open_atelier(atelier_id, "sheet")
    assert unnamed(window) == []
    window.open_atelier(atelier_id, "agenda")
    assert unnamed(window) == []


def test_the_check_finds_an_unnamed_button(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    QVBoxLayout(root).addWidget(QPushButton("Sans nom", root))
    root.show()
    assert len(unnamed(root)) == 1
