"""``lieuxcommuns-desktop sync``: the password's sources, the report, refusals writing nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from lieuxcommuns_desktop import cli
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.store import SCHEMA_VERSION
from lieuxcommuns_desktop.core.team import credentials, schema
from lieuxcommuns_desktop.core.team.server import TeamServer

from . import cluster as pg
from .teamkit import edit, ids, make_notebook


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in memory (the system's is not the tests' to touch)."""

    priority = 10  # type: ignore[assignment]  # keyring's backend priority

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def shared(tmp_path, ready_db, monkeypatch, capsys):
    nb = make_notebook(tmp_path / "carnet.lieux")
    nb.close()
    monkeypatch.setenv("LIEUX_PASSWORD", ready_db.password())
    assert cli.main(["sync", str(tmp_path / "carnet.lieux"), ready_db.url(), "--share"]) == 0
    return tmp_path / "carnet.lieux", ready_db, capsys.readouterr().out


def _folder(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if p.is_file()}


def test_share_then_sync_print_the_report(shared, capsys) -> None:
    path, db, out = shared
    assert f"Serveur : {db.url()}" in out and "Carnet partagé sur le serveur." in out
    assert "Envoyés au serveur : " in out
    assert cli.main(["sync", str(path), db.url()]) == 0
    out = capsys.readouterr().out
    assert "Conflits : 0" in out and "Envoyé au serveur : 0 enregistrement" in out


def test_conflicts_are_listed_one_per_line_with_the_choice(shared, tmp_path, capsys,
                                                           monkeypatch) -> None:
    path, db, _out = shared
    copy = tmp_path / "copie.lieux"
    copy.write_bytes(path.read_bytes())
    for target, name in ((path, "Nom A"), (copy, "Nom B")):
        nb = Notebook.open(target)
        edit(nb, "acteur", ids(nb, "acteur")[0], name=name)
        nb.close()
    monkeypatch.setenv("LIEUX_PASSWORD", db.password("anim_b"))
    assert cli.main(["sync", str(copy), db.url("anim_b")]) == 0
    monkeypatch.setenv("LIEUX_PASSWORD", db.password("anim_a"))
    capsys.readouterr()
    assert cli.main(["sync", str(path), db.url(), "--prefer", "theirs"]) == 0
    out = capsys.readouterr().out.splitlines()
    conflicts = [line for line in out if line.startswith("  acteur")]
    assert len(conflicts) == 1
    assert "champ name" in conflicts[0] and "leur version prise « Nom B »" in conflicts[0]


@pytest.mark.parametrize("case", ["other_app", "newer", "rights", "auth", "oversized",
                                  "malformed"])
def test_a_refused_server_leaves_the_notebook_and_its_folder_byte_identical(
        shared, case, capsys, monkeypatch) -> None:
    path, db, _out = shared
    user = pg.FACILITATORS[0]
    if case == "other_app":
        with db.admin() as conn:
            conn.execute(f"DROP TABLE {schema.MARKER.name}")
    elif case == "newer":
        with db.admin() as conn:
            conn.execute(f"UPDATE {schema.MARKER.name} SET schema_version = %s",
                         (SCHEMA_VERSION + 1,))
    elif case in ("oversized", "malformed"):
        bad = {"oversized": ("x" * 2_000_000, "habitants"), "malformed": ("Intrus", "pirate")}
        name, category = bad[case]
        with db.admin() as conn:
            conn.execute("INSERT INTO acteur (id, name, category, description, modified_at) "
                         "VALUES ('intrus-1', %s, %s, '', now())", (name, category))
            conn.execute("INSERT INTO sync_row (tbl, row_id, replica, counter) "
                         "VALUES ('acteur', 'intrus-1', 'intrus', 1)")
            conn.execute("INSERT INTO sync_vector (replica, counter) VALUES ('intrus', 1)")
    elif case == "rights":
        user = pg.NOBODY
        monkeypatch.setenv("LIEUX_PASSWORD", pg.PASSWORDS[pg.NOBODY])
    else:
        monkeypatch.setenv("LIEUX_PASSWORD", "faux")
    before = _folder(path)
    capsys.readouterr()
    assert cli.main(["sync", str(path), db.url(user)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Le carnet local n'a pas été modifié" in err[0]
    assert _folder(path) == before


def test_the_password_comes_from_the_keyring_when_not_in_the_environment(
        shared, memory_keyring, monkeypatch, capsys) -> None:
    path, db, _out = shared
    monkeypatch.delenv("LIEUX_PASSWORD")
    assert credentials.available()
    assert credentials.set_password(db.url(), db.password())
    assert cli.main(["sync", str(path), db.url()]) == 0
    # The keyring's entry names the server without user nor password; the file holds no password.
    assert list(memory_keyring.kept) == [(credentials.service_name(db.url()), "anim_a")]
    assert db.password().encode() not in path.read_bytes()
    credentials.forget_password(db.url())
    assert credentials.get_password(db.url()) is None
    capsys.readouterr()
    assert cli.main(["sync", str(path), db.url()]) == 1  # stdin is not a terminal: no prompt
    assert "demande un mot de passe" in capsys.readouterr().err


def test_without_a_working_keyring_nothing_is_stored(monkeypatch) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not credentials.available()
        assert credentials.set_password("postgresql://a@h/db", "secret") is False
        assert credentials.get_password("postgresql://a@h/db") is None
    finally:
        keyring.set_keyring(previous)


def test_a_password_in_the_url_is_used_but_never_shown_nor_stored(shared, capsys) -> None:
    path, db, _out = shared
    os.environ.pop("LIEUX_PASSWORD", None)
    url = db.url().replace("anim_a@", f"anim_a:{db.password()}@")
    assert cli.main(["sync", str(path), url]) == 0
    out = capsys.readouterr().out
    assert db.password() not in out and f"Serveur : {db.url()}" in out
    nb = Notebook.open(path)
    try:
        from lieuxcommuns_desktop.core.team.sync import team_servers

        assert team_servers(nb) == [db.url()]
    finally:
        nb.close()
    with TeamServer.connect(url, None) as server:
        assert server.url == db.url()


def test_messages_follow_the_language(shared, monkeypatch, capsys, qapp) -> None:
    # qapp: English needs a Qt application; without one the command would make a bare
    # QCoreApplication that later widget tests of the same process cannot live with.
    path, db, _out = shared
    monkeypatch.setenv("LIEUXCOMMUNS_LANG", "en")
    monkeypatch.setenv("LIEUX_PASSWORD", "faux")
    try:
        assert cli.main(["sync", str(path), db.url()]) == 1
        err = capsys.readouterr().err
        assert "refused the user name or password of “anim_a”" in err
        assert "The local notebook was not changed." in err
    finally:
        from lieuxcommuns_desktop import language

        language.install("fr")


def test_sync_on_a_missing_file_makes_it_from_the_server(shared, tmp_path, capsys) -> None:
    path, db, _out = shared
    target = tmp_path / "portable2.lieux"
    assert cli.main(["sync", str(target), db.url()]) == 0
    assert "Nouveau carnet créé avec le programme du serveur." in capsys.readouterr().out
    nb, theirs = Notebook.open(target), Notebook.open(path)
    try:
        from .teamkit import differences

        assert differences(nb, theirs) == []
    finally:
        nb.close()
        theirs.close()
