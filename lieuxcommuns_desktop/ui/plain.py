"""User text shown by Qt widgets as text, never as markup.

Qt shows a QLabel, a tooltip or a QMessageBox text in *automatic* format:
anything that looks like HTML is rendered, so an atelier titled
``<span style="font-size:60pt">…<img src="file:///…">`` would show giant text
and load a local file. Labels that show user text are set to plain text with
:func:`plain`; labels that are rich by design escape the user's part with
:func:`html.escape`; strings handed to Qt's automatic format (tooltips, static
QMessageBox helpers, item tooltips) go through :func:`literal`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's namespace
from PySide6.QtWidgets import QLabel

from ..core.bidi import isolate

__all__ = ["isolate", "literal", "plain", "rich"]


def plain(label: QLabel) -> QLabel:
    """``label`` set to show its text literally; returned for chaining."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def rich(label: QLabel) -> QLabel:
    """``label`` marked rich by design: its user parts must be escaped by the caller."""
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def literal(text: str) -> str:
    """``text`` as Qt's automatic format will show it: literally.

    Unchanged when Qt would take it for plain text anyway (so ordinary
    messages stay byte-identical); otherwise escaped and wrapped in a
    paragraph that keeps its line breaks.
    """
    if not GuiQt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"
