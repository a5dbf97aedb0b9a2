"""The share dialog: its checks, a real server's answers, where the password goes (and not)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lieuxcommuns_desktop import language
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.ui import settings
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.team import link as team_link
from lieuxcommuns_desktop.ui.team import secrets
from lieuxcommuns_desktop.ui.team.share import ShareDialog
from tests.ui.team.conftest import needs_pg


@pytest.fixture
def doc(qapp, tmp_path):
    language.install("fr")
    made = Document(Notebook.create(tmp_path / "equipe.lieux", title="Programme de la Drôme"))
    yield made
    made.close()


@pytest.fixture
def dialog(qtbot, doc) -> ShareDialog:
    made = ShareDialog(doc)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def _fill(qtbot, dialog: ShareDialog, url: str, user: str = "", password: str = "") -> None:
    for edit, text in ((dialog.url_edit, url), (dialog.user_edit, user),
                       (dialog.password_edit, password)):
        edit.clear()
        if text:
            qtbot.keyClicks(edit, text)


def _tested(qtbot, dialog: ShareDialog) -> bool:
    """*Tester la connexion* (on a worker) and its outcome, the dialog staying responsive."""
    with qtbot.waitSignal(dialog.worked, timeout=60_000) as blocker:
        assert dialog.test_connection(), dialog.status.text()
        assert not dialog.test_button.isEnabled()  # one check at a time, fields wait
    assert dialog.test_button.isEnabled()
    return bool(blocker.args[0])


def test_wrong_addresses_are_one_line_under_the_fields(qtbot, dialog) -> None:
    assert not dialog.test_connection()
    assert dialog.status.text() == "Indiquez l'adresse du serveur."
    _fill(qtbot, dialog, "https://serveur.exemple.org/lieux", "marie")
    assert not dialog.test_connection()
    assert "postgresql://" in dialog.status.text() and "\n" not in dialog.status.text()
    _fill(qtbot, dialog, "postgresql://serveur.exemple.org/lieux")
    assert not dialog.test_connection()
    assert dialog.status.text() == "Indiquez votre nom d'utilisateur sur le serveur."
    _fill(qtbot, dialog, "postgresql://paul@serveur.exemple.org/lieux", "marie")
    assert not dialog.test_connection()
    assert "paul" in dialog.status.text() and "marie" in dialog.status.text()
    assert team_link.load(dialog.doc.notebook.path) is None  # nothing remembered


def test_a_password_typed_in_the_url_moves_to_its_own_field(qtbot, dialog) -> None:
    _fill(qtbot, dialog, "postgresql://marie:s3cr%40t@127.0.0.1:9/lieux?sslmode=disable")
    fields = dialog.read_fields()
    assert fields is not None
    found, password = fields
    assert password == "s3cr@t"
    assert "s3cr" not in found.url and "s3cr" not in dialog.url_edit.text()
    assert dialog.password_edit.text() == "s3cr@t"
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password


def test_an_unreachable_server_is_said_and_nothing_kept(qtbot, dialog) -> None:
    _fill(qtbot, dialog, "postgresql://127.0.0.1:9/lieux?connect_timeout=2", "marie", "x")
    assert not _tested(qtbot, dialog)
    assert "injoignable" in dialog.status.text()
    assert team_link.load(dialog.doc.notebook.path) is None


@needs_pg
def test_connection_to_a_real_server_then_a_wrong_password(qtbot, dialog, team_db) -> None:
    _fill(qtbot, dialog, team_db.url(), "", team_db.password())
    assert _tested(qtbot, dialog), dialog.status.text()
    assert dialog.status.text().startswith("Connexion réussie")
    _fill(qtbot, dialog, team_db.url(), "", "pas-le-bon")
    assert not _tested(qtbot, dialog)
    assert "refusé" in dialog.status.text()


def test_the_password_stays_out_of_the_settings_and_in_the_keyring_only_when_asked(
        memory_keyring, doc) -> None:
    found, _ = team_link.parse("postgresql://serveur.exemple.org/lieux", "marie")
    team_link.save(doc.notebook.path, found)
    assert secrets.remember(found, "mot-de-passe-secret", keyring=False)
    assert memory_keyring.passwords == {}  # only this session's memory
    assert secrets.get(found) == "mot-de-passe-secret"
    secrets._session.clear()  # noqa: SLF001 - forget the session's remembered passwords
    assert secrets.get(found) is None
    assert secrets.remember(found, "mot-de-passe-secret", keyring=True)
    assert list(memory_keyring.passwords.values()) == ["mot-de-passe-secret"]
    secrets._session.clear()  # noqa: SLF001 - as above
    assert secrets.get(found) == "mot-de-passe-secret"  # a later session: from the keyring
    ini = settings.config_dir() / settings.INI_NAME
    settings.settings().sync()
    text = ini.read_text(encoding="utf-8")
    assert "serveur.exemple.org" in text and "marie" in text
    assert "mot-de-passe-secret" not in text
    assert b"mot-de-passe-secret" not in doc.notebook.path.read_bytes()
    secrets.forget(found)
    assert memory_keyring.passwords == {} and secrets.get(found) is None


def test_keys_reach_every_field(qtbot, dialog) -> None:
    dialog.url_edit.setFocus()
    for expected in (dialog.user_edit, dialog.password_edit, dialog.remember_box):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is expected
    assert dialog.share_button.isDefault()
