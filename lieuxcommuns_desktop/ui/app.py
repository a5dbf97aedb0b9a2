"""The QApplication: names, icon, language and error handling, set up once."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, ORG_NAME, __version__, language

log = logging.getLogger(__name__)

_qt_translators: list[QTranslator] = []


def chosen_language() -> str:
    """Préférences first, then the environment, then French."""
    from .settings import language as stored

    lang = stored()
    return lang if lang in language.SUPPORTED else language.from_environment()


def install_language(lang: str) -> None:
    """Our translations plus Qt's own (buttons of standard dialogs)."""
    language.install(lang)
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en"
                               else QLocale.Language.French))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if translator.load(f"qtbase_{lang}", folder):
        QCoreApplication.installTranslator(translator)
        _qt_translators.append(translator)


def configure(app: QApplication) -> None:
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.lieuxcommuns.LieuxCommuns")  # build/linux/*.desktop


def create_app(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, replacing a bare QCoreApplication the CLI may have made."""
    existing = QCoreApplication.instance()
    if existing is not None and not isinstance(existing, QApplication):
        # cli.main() installs a translator on a QCoreApplication before the GUI starts.
        existing.shutdown()
        del language._installed[:]
        existing = None
    app = existing or QApplication(argv if argv is not None else sys.argv)
    configure(app)
    from .errors import install_excepthook, setup_logging
    from .icons import app_icon
    from .screen_fit import install as fit_windows_to_screen

    setup_logging()
    install_excepthook()
    fit_windows_to_screen(app)
    install_language(chosen_language())
    app.setWindowIcon(app_icon())
    return app  # type: ignore[return-value]
