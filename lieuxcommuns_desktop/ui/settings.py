"""The user's preferences and recent notebooks, kept in one INI file.

The file's path is computed from ``QStandardPaths`` at each use rather than
cached by ``QSettings()``, so tests that move ``XDG_CONFIG_HOME`` get a fresh,
isolated set of settings.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

log = logging.getLogger(__name__)

MAX_RECENT = 10


INI_NAME = "lieuxcommuns.ini"


def config_dir() -> Path:
    """The folder of the INI file (``…/Lieux Communs``, never doubled)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation))


def settings() -> QSettings:
    return QSettings(str(config_dir() / INI_NAME), QSettings.Format.IniFormat)


def data_dir() -> Path:
    """The user data folder (default notebook, demo, logs, personal templates)."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def personal_templates_dir() -> Path:
    return data_dir() / "modeles"


def default_notebook_path() -> Path:
    return data_dir() / "carnet.lieux"


def demo_notebook_path() -> Path:
    return data_dir() / "demo.lieux"


def last_notebook() -> Path | None:
    """The notebook used last, if it is still there (the launch without a file opens it)."""
    files = recent_files()
    if files and Path(files[0]).is_file():
        return Path(files[0])
    return None


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]  # type: ignore[union-attr]  # QSettings returns a list or a string here


def recent_files() -> list[str]:
    return _as_list(settings().value("recent/files"))


def add_recent(path: Path | str) -> None:
    text = str(Path(path).resolve())
    files = [f for f in recent_files() if f != text]
    files.insert(0, text)
    settings().setValue("recent/files", files[:MAX_RECENT])


def remove_recent(path: Path | str) -> None:
    text = str(path)
    settings().setValue("recent/files", [f for f in recent_files() if f != text])


def language() -> str | None:
    value = settings().value("ui/language")
    return str(value) if value else None


def set_language(lang: str) -> None:
    settings().setValue("ui/language", lang)


def _int(key: str, default: int, low: int, high: int) -> int:
    try:
        number = int(settings().value(key, default))  # type: ignore[arg-type]  # QSettings' value is untyped (object)
    except (TypeError, ValueError):
        return default
    return max(low, min(number, high))


def photo_quality() -> int:
    """JPEG quality of imported photos (preferences; 30–95)."""
    from ..core.photos.decode import DEFAULT_QUALITY

    return _int("photos/quality", DEFAULT_QUALITY, 30, 95)


def photo_long_side() -> int:
    """Longest side of imported photos in pixels (preferences; 640–4,096)."""
    from ..core.photos.decode import DEFAULT_LONG_SIDE

    return _int("photos/long_side", DEFAULT_LONG_SIDE, 640, 4096)


def set_photo_preferences(quality: int, long_side: int) -> None:
    settings().setValue("photos/quality", int(quality))
    settings().setValue("photos/long_side", int(long_side))


def value(key: str, default: object = None) -> object:
    return settings().value(key, default)


def set_value(key: str, data: object) -> None:
    settings().setValue(key, data)


def migrate_doubled_folders(app_name: str) -> None:
    """Bring back the files older versions kept in ``…/Lieux Communs/Lieux Communs``.

    Called once at start-up, after the application's names are set and before
    anything (the log) writes in the data folder. The recent list follows the
    notebooks that moved, so the last notebook used opens again.
    """
    from .folder_migration import merge_doubled

    merge_doubled(config_dir(), app_name)
    data = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    result = merge_doubled(data, app_name)
    if not result.moved:
        return
    files = recent_files()
    updated = [str(result.new_path(Path(f)) or f) for f in files]
    if updated != files:
        settings().setValue("recent/files", updated)
