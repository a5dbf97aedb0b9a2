"""À propos shows the version and the licence of every shipped component."""

from __future__ import annotations

from lieuxcommuns_desktop import __version__
from lieuxcommuns_desktop.ui.dialogs.about import AboutDialog


def test_about_lists_version_and_licences(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert __version__ in text
    for name, licence in (("Qt", "LGPL-3.0"), ("PySide6", "LGPL-3.0"), ("SQLAlchemy", "MIT"),
                          ("Alembic", "MIT"), ("reportlab", "BSD-3-Clause"),
                          ("DejaVu", "Bitstream-Vera"), ("Lieux Communs", "GPL-3.0")):
        assert name in text and licence in text, name
