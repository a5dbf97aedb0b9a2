"""Every window and dialog inside the screen it opens on.

A facilitator's laptop or a projector may give 1024×768: a window restored or
opened at 1280×760 (the main window) or 1100×720 (the print dialog) would put
its buttons off-screen. :func:`fit_to_screen` shrinks a top-level widget to the
screen's available area (without the task bar) and moves it inside;
:func:`install` makes the application do it for every window and dialog when it
is shown, so new dialogs need nothing of their own.

:func:`install` is an application-wide event filter: every event of every
object then passes through Python, and the first object of a class PySide6
cannot name (a private Qt class such as the undo view's model) makes it load
every type of QtCore, QtGui and QtWidgets with their enums — about a tenth of
a second, more than half a bare window's whole start. So the main window
installs it once its first screen is painted (:mod:`.main_window`), and the
dialogs that can appear before — the lock question, an error — :func:`watch`
themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

#: Window types that are the user's windows (not menus, tooltips, completer popups).
_WINDOW_TYPES = {Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet,
                 Qt.WindowType.Tool}


def available_rect(widget: QWidget | None = None) -> QRect:
    """The usable area of the screen the widget is on (else the primary screen)."""
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = widget.screen() if widget.isVisible() or parent is None else parent.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def fit_size(wanted: QSize, available: QRect) -> QSize:
    """``wanted`` shrunk to ``available``: never bigger than the screen."""
    return QSize(min(wanted.width(), available.width()),
                 min(wanted.height(), available.height()))


def fit_to_screen(widget: QWidget, available: QRect | None = None,
                  wanted: QSize | None = None) -> None:
    """Resize (to ``wanted`` if given) and move the window so that it lies inside."""
    if widget.windowState() & (Qt.WindowState.WindowFullScreen
                               | Qt.WindowState.WindowMaximized):
        return  # the window system sizes those to the screen
    area = available if available is not None else available_rect(widget)
    frame = widget.frameGeometry()
    inner = widget.geometry()
    extra = QSize(max(0, frame.width() - inner.width()),
                  max(0, frame.height() - inner.height()))
    room = QSize(max(1, area.width() - extra.width()), max(1, area.height() - extra.height()))
    size = fit_size(wanted if wanted is not None else widget.size(), QRect(QPoint(), room))
    # QWidget's own resize/move: a subclass may have a method of the same name.
    if size != widget.size():
        QWidget.resize(widget, size)
    frame = widget.frameGeometry()
    x = min(max(frame.x(), area.x()), area.x() + area.width() - frame.width())
    y = min(max(frame.y(), area.y()), area.y() + area.height() - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        QWidget.move(widget, max(x, area.x()), max(y, area.y()))


class _ShowFilter(QObject):
    """Fits the user windows it sees shown (a Show event, before it is mapped).

    Installed on the application it sees every window; on one window, that one.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) \
                and watched.isWindow() and watched.windowType() in _WINDOW_TYPES:
            fit_to_screen(watched)
            # Once more after its own showEvent: a QMessageBox only takes its size
            # there, after this filter, and may then reach past the screen's edge.
            QTimer.singleShot(0, watched, lambda: fit_to_screen(watched))
        return False


def installed(app: QApplication) -> bool:
    """Whether ``app`` already fits every window it shows (:func:`install` ran)."""
    return app.findChild(_ShowFilter, "screen_fit") is not None


def install(app: QApplication) -> None:
    """Fit every window and dialog of ``app`` to its screen when shown (once per app)."""
    if not installed(app):
        fitter = _ShowFilter(app)
        fitter.setObjectName("screen_fit")
        app.installEventFilter(fitter)


def uninstall(app: QApplication) -> None:
    """Stop fitting every window of ``app`` (the windows that :func:`watch` still fit)."""
    for fitter in app.findChildren(_ShowFilter, "screen_fit"):
        app.removeEventFilter(fitter)
        fitter.setObjectName("")
        fitter.deleteLater()


def install_soon(owner: QObject) -> None:
    """:func:`install` as soon as the event loop is free: the screen being painted comes first.

    Not if ``owner`` (the window asking) is gone by then.
    """
    app = QApplication.instance()
    if isinstance(app, QApplication) and not installed(app):
        QTimer.singleShot(0, owner, lambda: install(app))


#: At the latest, seconds after :func:`install_after_paint` (a window that never paints).
LATEST = 2.0


class _AfterPaint(QObject):
    """Once its widget has painted, installs the application-wide fitting."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Two hops: after the paint, then after what the paint itself queued.
            QTimer.singleShot(0, watched, lambda: install_soon(watched))
        return False


def install_after_paint(widget: QWidget) -> None:
    """:func:`install` once ``widget`` (the first screen) has painted, or at the latest soon after.

    The main window's first screen is on screen before the whole application
    pays for the filter (see the module's docstring).
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication) or installed(app):
        return
    widget.installEventFilter(_AfterPaint(widget))
    QTimer.singleShot(int(LATEST * 1000), widget, lambda: install(app))


def watch(window: QWidget) -> None:
    """Fit this one window whenever it is shown, whether or not :func:`install` ran yet."""
    window.installEventFilter(_ShowFilter(window))
