"""Fixtures of the team window tests: an in-memory keyring, the team tests' PostgreSQL.

The keyring double is a real ``keyring`` backend set for the test (a
legitimate stand-in for the system's Secret Service, which a test machine
lacks); the server is hteam's throwaway cluster, skipped with its reason when
PostgreSQL is not installed.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend

from tests.team import cluster as pg
from tests.team.conftest import TeamDatabase, pg_cluster, team_db  # noqa: F401 - fixtures

PG_MISSING = pg.missing_reason()


class MemoryKeyring(KeyringBackend):
    """Passwords in a dict: what the app would put in the system keyring."""

    priority = 10  # type: ignore[assignment]  # keyring's backend priority

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _no_session_passwords() -> Iterator[None]:
    from lieuxcommuns_desktop.ui.team import secrets

    secrets._session.clear()  # noqa: SLF001 - forget the session's remembered passwords
    yield
    secrets._session.clear()  # noqa: SLF001 - as above


needs_pg = pytest.mark.skipif(PG_MISSING is not None, reason=PG_MISSING or "")
__all__ = ["MemoryKeyring", "TeamDatabase", "needs_pg"]


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    """Texts of every QMessageBox shown (it returns at once, as if OK was clicked)."""
    from PySide6.QtWidgets import QMessageBox

    texts: list[str] = []

    def fake_exec(self) -> int:
        texts.append(self.text())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return texts


@pytest.fixture
def window(qapp, qtbot, shown):
    from lieuxcommuns_desktop import language
    from lieuxcommuns_desktop.ui import app as app_module
    from lieuxcommuns_desktop.ui.main_window import MainWindow

    app_module.configure(qapp)
    language.install("fr")
    win = MainWindow()
    qtbot.addWidget(win)
    yield win
    win.close()


@pytest.fixture
def sample_path(tmp_path):
    from tests.ui.window import sample

    return sample.build(tmp_path / "drome.lieux", ateliers=3)
