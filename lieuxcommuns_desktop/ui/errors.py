"""Errors the facilitator must see: store errors, unexpected exceptions, the log.

Every edit is committed before its call returns, so an unexpected exception
never loses data: it is written to a rotating log in the user data folder and
shown in a dialog with the details and the log's path, and the app goes on.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .screen_fit import watch

log = logging.getLogger(__name__)

LOG_NAME = "lieuxcommuns.log"
_handler: logging.handlers.RotatingFileHandler | None = None
_showing = False
#: ``--smoke`` runs unattended: errors go to stderr instead of a modal dialog.
_interactive = True


def set_interactive(interactive: bool) -> None:
    global _interactive
    _interactive = interactive


def log_path() -> Path:
    from .settings import data_dir

    return data_dir() / "logs" / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the package's logs to a rotating file (1 MB × 3)."""
    global _handler
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("lieuxcommuns_desktop")
    if _handler is not None and _handler.baseFilename == str(path):
        return path
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    return path



def make_error_box(parent: QWidget | None, title: str, text: str,
                   details: str = "") -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("errorDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote user text: never markup
    watch(box)  # it may come before the main window fits every window (a failed start)
    box.setAccessibleName(title)
    if details:
        box.setDetailedText(details)
    return box


def show_error(parent: QWidget | None, message: str) -> None:
    """A store or service error (already translated) as a modal dialog."""
    log.warning("error shown: %s", message)
    if not _interactive:
        print(message, file=sys.stderr)
        return
    title = QCoreApplication.translate("errors_ui", "Lieux Communs — erreur")
    box = make_error_box(parent, title, message)
    box.exec()


def output_refused(parent: QWidget | None, path: Path | str, notebook: Path | str | None,
                   *, folder: bool = False) -> bool:
    """True, after telling the user why, when a save dialog's choice must not be written.

    The same gate as the commands' ``-o`` (:func:`core.fileio.check_output`):
    the open notebook, any ``.lieux``, a folder or a device is refused.
    """
    from ..core.errors import LieuxError
    from ..core.fileio import check_output

    try:
        check_output(path, notebook=notebook, folder=folder)
    except LieuxError as exc:
        show_error(parent, exc.message)
        return True
    return False


def _qt_context() -> str:
    """Which window and widget had the focus: where the user was when it failed."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return ""

    def name(widget: QWidget | None) -> str:
        if widget is None:
            return "-"
        return f"{type(widget).__module__}.{type(widget).__qualname__}" \
               f" '{widget.objectName()}'"

    modal = QApplication.activeModalWidget()
    shown = ", ".join(name(w) for w in QApplication.topLevelWidgets() if w.isVisible())
    return (f"Qt context: active window {name(QApplication.activeWindow())}, "
            f"modal {name(modal)}, focus {name(QApplication.focusWidget())}, "
            f"windows shown: {shown or '-'}\n")


def describe_exception(exc_type: type[BaseException], exc: BaseException,
                       tb: TracebackType | None) -> str:
    """The full traceback, and more when Qt gave none.

    An exception raised while Qt calls Python code itself (a Python override of
    a virtual method such as ``QDialog.done``, an event filter, a model method)
    reaches the hook without a traceback: the message alone says nothing of
    where. Then the Python stack at that moment and the window, dialog and
    widget that had the focus are recorded, so the log says where it happened.
    """
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    if tb is None and exc.__traceback__ is None:
        stack = "".join(traceback.format_stack()[:-2])
        text = ("Traceback: none from Qt (raised while Qt was calling Python code, e.g. a "
                "Python override of a Qt virtual method)\n" + text
                + "Python stack when reported (most recent call last):\n"
                + (stack or "  <the Qt event loop>\n") + _qt_context())
    return text


def handle_exception(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None) -> None:
    """``sys.excepthook``: log, then tell the user where the details are."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = describe_exception(exc_type, exc, tb)
    try:
        path = setup_logging()
    except OSError:
        path = Path("?")
    logging.getLogger("lieuxcommuns_desktop").error("unexpected exception\n%s", details)
    if QApplication.instance() is None or _showing or not _interactive:
        sys.__excepthook__(exc_type, exc, tb)
        return
    _showing = True
    try:
        text = QCoreApplication.translate("errors_ui",
            "Une erreur inattendue s'est produite : {error}\n\n"
            "Vos données sont en sécurité : chaque modification est enregistrée "
            "dès qu'elle est faite. Vous pouvez continuer à travailler.\n\n"
            "Les détails sont dans le journal : {log}"
        ).format(error=f"{exc_type.__name__}: {exc}", log=path)
        parent = QApplication.activeWindow()
        title = QCoreApplication.translate("errors_ui", "Lieux Communs — erreur inattendue")
        box = make_error_box(parent, title, text, details)
        box.setObjectName("exceptionDialog")
        box.exec()
    finally:
        _showing = False


def install_excepthook() -> None:
    sys.excepthook = handle_exception
