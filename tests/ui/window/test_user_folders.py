"""The user folders: ``…/Lieux Communs`` once, and an old doubled folder brought back."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.ui import settings
from lieuxcommuns_desktop.ui.app import configure


def test_data_and_config_folders_are_not_doubled(app):
    configure(app)
    data = settings.data_dir()
    config = settings.config_dir()
    assert data.name == "Lieux Communs" and data.parent.name != "Lieux Communs"
    assert config.name == "Lieux Communs" and config.parent.name != "Lieux Communs"
    assert settings.default_notebook_path().parent == data


def _title(path: Path) -> str:
    with closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT title FROM programme").fetchone()[0]


def _old_layout(tmp: Path) -> tuple[Path, Path]:
    """What versions up to now left: data and settings under ``Lieux Communs/Lieux Communs``."""
    data = settings.data_dir()
    old_data = data / "Lieux Communs"
    (old_data / "modeles").mkdir(parents=True)
    (old_data / "modeles" / "perso.json").write_text("{}", encoding="utf-8")
    (old_data / "logs").mkdir()
    (old_data / "logs" / "lieuxcommuns.log").write_text("ancien\n", encoding="utf-8")
    nb = Notebook.create(old_data / "carnet.lieux", title="Mon carnet")
    nb.close()
    old_config = settings.config_dir() / "Lieux Communs"
    old_config.mkdir(parents=True)
    (old_config / settings.INI_NAME).write_text(
        f"[recent]\nfiles={(old_data / 'carnet.lieux').resolve()}, {tmp / 'ailleurs.lieux'}"
        "\n\n[ui]\nlanguage=en\n",
        encoding="utf-8")
    return old_data, old_config


def test_doubled_folders_move_up_and_the_recent_list_follows(app, tmp_path):
    configure(app)
    old_data, old_config = _old_layout(tmp_path)
    data = settings.data_dir()
    (data / "logs").mkdir()  # a log the new version already wrote: merged, not replaced
    (data / "logs" / "lieuxcommuns.log").write_text("nouveau\n", encoding="utf-8")

    settings.migrate_doubled_folders("Lieux Communs")

    notebook = data / "carnet.lieux"
    assert notebook.is_file() and not old_config.exists()
    assert _title(notebook) == "Mon carnet"  # the user's notebook, whole
    assert (data / "modeles" / "perso.json").is_file()
    assert settings.language() == "en"
    assert settings.recent_files() == [str(notebook.resolve()), str(tmp_path / "ailleurs.lieux")]
    assert settings.last_notebook() == notebook.resolve()
    # The same-named log of the new folder is kept; the old one stays where it was.
    assert (data / "logs" / "lieuxcommuns.log").read_text(encoding="utf-8") == "nouveau\n"
    assert (old_data / "logs" / "lieuxcommuns.log").read_text(encoding="utf-8") == "ancien\n"
    # Run again (every start): nothing moves twice, nothing is lost.
    settings.migrate_doubled_folders("Lieux Communs")
    assert notebook.is_file()


def test_a_notebook_of_the_same_name_is_never_overwritten(app, tmp_path):
    configure(app)
    old_data, _ = _old_layout(tmp_path)
    mine = Notebook.create(settings.data_dir() / "carnet.lieux", title="Nouveau")
    mine.close()
    settings.migrate_doubled_folders("Lieux Communs")
    assert _title(settings.data_dir() / "carnet.lieux") == "Nouveau"
    assert (old_data / "carnet.lieux").is_file()  # still there, found by the recent list
    assert settings.recent_files()[0] == str((old_data / "carnet.lieux").resolve())


def test_a_notebook_open_in_an_older_instance_stays(app, tmp_path):
    from lieuxcommuns_desktop.ui.lock import NotebookLock

    configure(app)
    old_data, _ = _old_layout(tmp_path)
    held = NotebookLock(old_data / "carnet.lieux")
    held.acquire()
    try:
        from lieuxcommuns_desktop.ui.folder_migration import merge_doubled

        result = merge_doubled(settings.data_dir(), "Lieux Communs")
    finally:
        held.release()
    assert result.kept == {(old_data / "carnet.lieux").resolve(): "open"}
    assert (old_data / "carnet.lieux").is_file()
    assert (settings.data_dir() / "modeles" / "perso.json").is_file()
