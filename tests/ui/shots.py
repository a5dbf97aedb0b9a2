"""What the screenshot scripts share (scripts run by hand for the guides, not tests).

Each takes its pictures in a throwaway home, so the user's settings and recent
notebooks are never touched, mostly from the real main window at a fixed size;
the French and the translated guides also shoot the same three dialogs. These
parts were copied from script to script; they live here once.
:func:`isolated_home` must run before Qt is imported (it sets where Qt's
settings go).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from lieuxcommuns_desktop.ui.main_window import MainWindow

#: A projector's or a small laptop's screen: what the guides show.
SIZE = (1024, 768)


def isolated_home(prefix: str) -> Path:
    """A fresh temporary folder for this run's settings and data (``XDG_*`` set to it)."""
    home = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    return home


def shown_window(size: tuple[int, int] = SIZE, *, at_origin: bool = True) -> MainWindow:
    """The real main window resized to ``size`` and shown (at the screen's top left)."""
    from lieuxcommuns_desktop.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(*size)
    if at_origin:
        window.move(0, 0)
    window.show()
    return window


def shoot_dialogs(window: MainWindow, notebook: Path, lock_host: str,
                  snap: Callable[[QWidget, str], None]) -> None:
    """The template chooser, the lock dialog (held by ``lock_host``) and À propos.

    Each is shown, shot by ``snap`` as ``modele``, ``verrou``, ``a-propos``, and closed.
    """
    from lieuxcommuns_desktop.ui.dialogs.about import AboutDialog
    from lieuxcommuns_desktop.ui.dialogs.lock import LockDialog
    from lieuxcommuns_desktop.ui.dialogs.templates import TemplateChooserDialog
    from lieuxcommuns_desktop.ui.lock import Holder

    dialogs: tuple[tuple[Callable[[], QWidget], str], ...] = (
        (lambda: TemplateChooserDialog(window), "modele"),
        (lambda: LockDialog(window, notebook, Holder(4242, lock_host, "python3")), "verrou"),
        (lambda: AboutDialog(window), "a-propos"),
    )
    for make, name in dialogs:
        dialog = make()
        dialog.show()
        snap(dialog, name)
        dialog.close()
