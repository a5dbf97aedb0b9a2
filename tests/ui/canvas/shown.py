"""The map tool as the tests drive it: shown, exposed, fitted to its cards.

Every canvas test opened the tool with the same six lines; the size (room for
the legend and the cards) and whether it takes the keyboard focus (relation
mode) are what they vary.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from lieuxcommuns_desktop.ui.canvas.tool import MapTool
from lieuxcommuns_desktop.ui.document import Document


def shown_map_tool(qtbot: QtBot, doc: Document, atelier_id: str,
                   size: tuple[int, int] = (1200, 800), *, activate: bool = False) -> MapTool:
    """A :class:`MapTool` of ``atelier_id``, shown at ``size`` and fitted (active if asked)."""
    widget = MapTool(doc, atelier_id)
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    if activate:
        widget.activateWindow()
    widget.fit()
    return widget
