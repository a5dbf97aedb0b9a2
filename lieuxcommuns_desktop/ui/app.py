"""The QApplication: names, icon, language and error handling, set up once."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__, language

log = logging.getLogger(__name__)

_qt_translators: list[QTranslator] = []
_current = language.DEFAULT


def current_language() -> str:
    """The language the interface speaks (what :func:`install_language` installed).

    Shipped data that exists per language — the guide, the built-in templates —
    follows it.
    """
    return _current


def chosen_language() -> str:
    """Préférences first, then the environment, then French."""
    from .settings import language as stored

    lang = stored()
    return lang if lang in language.SUPPORTED else language.from_environment()


def qt_translations_dirs() -> list[str]:
    """Where Qt's own catalogues (``qtbase_fr.qm``…) may be.

    Qt's configured path first; then PySide6's own folder, for a build whose
    ``QLibraryInfo`` points elsewhere (a bundle keeps ``PySide6/Qt/translations``).
    """
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    try:
        import PySide6

        folders.append(str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"))
    except (ImportError, TypeError):
        pass
    return [f for f in dict.fromkeys(folders) if f]


def install_language(lang: str) -> None:
    """Our translations plus Qt's own (standard buttons, file dialogs, context menus).

    French is our source language but not Qt's: without ``qtbase_fr`` a French
    window would show "Cancel", "Look in:" or "Select All" in its standard
    dialogs.
    """
    global _current
    language.install(lang)
    _current = lang if lang in language.SUPPORTED else language.DEFAULT
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en"
                               else QLocale.Language.French))
    for translator in _qt_translators:
        QCoreApplication.removeTranslator(translator)
    _qt_translators.clear()
    for folder in qt_translations_dirs():
        translator = QTranslator()
        if translator.load(f"qtbase_{lang}", folder):
            QCoreApplication.installTranslator(translator)
            _qt_translators.append(translator)
            return
    log.warning("Qt's own translations (qtbase_%s) not found in %s", lang,
                ", ".join(qt_translations_dirs()))


def configure(app: QApplication) -> None:
    """Names, which also make the user folders: ``…/Lieux Communs`` (data, settings).

    No organisation name: Qt would put it before the application's, and with
    both "Lieux Communs" the folders were doubled (``Lieux Communs/Lieux Communs``);
    :func:`settings.migrate_doubled_folders` moves such a folder's files up.
    """
    app.setOrganizationName("")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.lieuxcommuns.LieuxCommuns")  # build/linux/*.desktop


def create_app(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, replacing a bare QCoreApplication the CLI may have made."""
    existing = QCoreApplication.instance()
    if existing is not None and not isinstance(existing, QApplication):
        # cli.main() installs a translator on a QCoreApplication before the GUI starts.
        existing.shutdown()
        language.forget()
        existing = None
    app = existing or QApplication(argv if argv is not None else sys.argv)
    configure(app)
    from .errors import install_excepthook, setup_logging
    from .icons import app_icon
    from .settings import migrate_doubled_folders

    migrate_doubled_folders(APP_NAME)  # before the log writes in the data folder
    setup_logging()
    install_excepthook()
    # Fitting every window to the screen is installed by the main window once its
    # first screen is painted: see ui/screen_fit.py for why not here.
    install_language(chosen_language())
    app.setWindowIcon(app_icon())
    return app  # type: ignore[return-value]  # create_app made a QApplication
