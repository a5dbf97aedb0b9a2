"""The damaged and foreign files every command is tried on (issue 12, "Prove it").

Each maker writes one kind of bad file into a folder and returns its path. They
are built from a real notebook (the committed fixture plus some notes), so a
"damaged page" or an "interrupted commit" is what a real crash or a bad USB
stick leaves, not a synthetic guess.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

from lieuxcommuns_desktop.core.model import APPLICATION_ID, Atelier, Note
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.store import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / f"schema-v{SCHEMA_VERSION}.lieux"
#: The fixture's atelier, the one every command is asked for.
ATELIER = "00000000-0000-4000-8000-000000000007"
PAGE = 4096


def real_notebook(path: Path, notes: int = 30) -> Path:
    """The fixture plus ``notes`` notes, closed: a notebook as users have them."""
    shutil.copyfile(FIXTURE, path)
    nb = Notebook.open(path)
    try:
        atelier = records.all_of(nb, Atelier)[0]
        records.create_many(nb, [Note(atelier_id=atelier.id, text=f"note {i} " + "x" * 500)
                                 for i in range(notes)])
    finally:
        nb.close()
    return path


def _sqlite(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()
    return path


def empty(folder: Path) -> Path:
    path = folder / "vide.lieux"
    path.write_bytes(b"")
    return path


def truncated(folder: Path) -> Path:
    data = real_notebook(folder / "bon.lieux").read_bytes()
    (folder / "bon.lieux").unlink()
    path = folder / "tronque.lieux"
    path.write_bytes(data[: len(data) // 2])
    return path


def header_only(folder: Path) -> Path:
    path = folder / "entete.lieux"
    path.write_bytes(FIXTURE.read_bytes()[:100])
    return path


def zeros(folder: Path) -> Path:
    path = folder / "zeros.lieux"
    path.write_bytes(bytes(FIXTURE.stat().st_size))
    return path


def random_bytes(folder: Path) -> Path:
    path = folder / "hasard.lieux"
    path.write_bytes(random.Random(2024).randbytes(64 * 1024))
    return path


def png(folder: Path) -> Path:
    path = folder / "image.lieux"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    return path


def zip_archive(folder: Path) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("carnet.lieux", FIXTURE.read_bytes()[:5000])
    path = folder / "archive.lieux"
    path.write_bytes(buffer.getvalue())
    return path


def json_text(folder: Path) -> Path:
    path = folder / "export.lieux"
    path.write_text('{"format": "lieuxcommuns-notebook"}\n', encoding="utf-8")
    return path


def other_app(folder: Path) -> Path:
    return _sqlite(folder / "autre.lieux",
                   "CREATE TABLE contacts (id INTEGER PRIMARY KEY, nom TEXT)",
                   "INSERT INTO contacts(nom) VALUES ('Alice')")


def our_id_no_tables(folder: Path) -> Path:
    """Our application id and schema version, but not one table."""
    return _sqlite(folder / "coquille.lieux", f"PRAGMA application_id={APPLICATION_ID}",
                   f"PRAGMA user_version={SCHEMA_VERSION}",
                   "CREATE TABLE bidon (x)", "DROP TABLE bidon")


def our_id_missing_table(folder: Path) -> Path:
    """A notebook that lost its ``note`` table (tables dropped by another tool)."""
    path = real_notebook(folder / "sans-notes.lieux", notes=0)
    return _sqlite(path, "PRAGMA foreign_keys=OFF", "DROP TABLE note")


def forged_older(folder: Path) -> Path:
    """Says "schema 0" but holds tables no migration expects: the upgrade fails."""
    path = real_notebook(folder / "ancien.lieux", notes=0)
    return _sqlite(path, "PRAGMA user_version=0")


def newer(folder: Path) -> Path:
    path = real_notebook(folder / "futur.lieux", notes=0)
    return _sqlite(path, f"PRAGMA user_version={SCHEMA_VERSION + 1}")


def wrong_app_id(folder: Path) -> Path:
    """Our tables, but another application id (edited by a foreign tool)."""
    path = real_notebook(folder / "etranger.lieux", notes=0)
    return _sqlite(path, "PRAGMA application_id=1234")


def damaged_page(folder: Path) -> Path:
    """Random bytes over the note table's pages only: a bad sector under the notes.

    ``sqlite_master`` stays readable, so the file opens and the damage shows only
    when a command reads the notes.
    """
    path = real_notebook(folder / "abime.lieux", notes=200)
    conn = sqlite3.connect(path)
    try:
        pages = [n for (n,) in conn.execute(
            "SELECT pageno FROM dbstat WHERE name='note' AND pagetype='leaf'")]
    finally:
        conn.close()
    rng = random.Random(7)
    with path.open("r+b") as fh:
        for page in pages:
            fh.seek((page - 1) * PAGE + 8)
            fh.write(rng.randbytes(PAGE - 8))
    return path


def damaged_schema(folder: Path) -> Path:
    """Page 1 after its header is scrambled: ``sqlite_master`` is unreadable."""
    path = real_notebook(folder / "schema-abime.lieux", notes=0)
    with path.open("r+b") as fh:
        fh.seek(100)
        fh.write(random.Random(3).randbytes(PAGE - 100))
    return path


def huge_header(folder: Path) -> Path:
    """Page count 2**32-1 in the header: far beyond the file's size."""
    path = real_notebook(folder / "entete-geant.lieux", notes=0)
    with path.open("r+b") as fh:
        fh.seek(28)
        fh.write((2**32 - 1).to_bytes(4, "big"))
    return path


def odd_page_size(folder: Path) -> Path:
    """A page size that is not a power of two."""
    path = real_notebook(folder / "page-bizarre.lieux", notes=0)
    with path.open("r+b") as fh:
        fh.seek(16)
        fh.write((3000).to_bytes(2, "big"))
    return path


def hot_journal(folder: Path) -> Path:
    """What a crash mid-commit leaves: spilled pages and a hot rollback journal."""
    live = folder / "vivant"
    live.mkdir()
    source = real_notebook(live / "interrompu.lieux")
    conn = sqlite3.connect(source, isolation_level=None)
    conn.execute("PRAGMA cache_size=5")
    conn.execute("BEGIN")
    for i in range(200):
        conn.execute("UPDATE programme SET description=?", ("x" * 9000 + str(i),))
        conn.execute("INSERT INTO note_fts(note_id, text) VALUES (?, ?)", (str(i), "y" * 6000))
    path = folder / source.name
    shutil.copyfile(source, path)
    shutil.copyfile(f"{source}-journal", f"{path}-journal")
    conn.execute("ROLLBACK")
    conn.close()
    shutil.rmtree(live)
    size = path.stat().st_size
    with path.open("r+b") as fh:  # page 1 is written before the file grows
        fh.seek(28)
        fh.write((size // PAGE + 50).to_bytes(4, "big"))
    return path


def wal_mode(folder: Path) -> Path:
    """A notebook switched to WAL by another tool, with commits still in its -wal."""
    live = folder / "vivant-wal"
    live.mkdir()
    source = real_notebook(live / "wal.lieux", notes=0)
    conn = sqlite3.connect(source, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE programme SET title='dans le wal'")
    path = folder / source.name
    shutil.copyfile(source, path)
    shutil.copyfile(f"{source}-wal", f"{path}-wal")
    conn.close()
    shutil.rmtree(live)
    return path


def directory(folder: Path) -> Path:
    path = folder / "dossier.lieux"
    path.mkdir()
    return path


def symlink_loop(folder: Path) -> Path:
    path = folder / "boucle.lieux"
    os.symlink(path.name, path)
    return path


def dangling_symlink(folder: Path) -> Path:
    path = folder / "lien-mort.lieux"
    os.symlink("nulle-part.lieux", path)
    return path


def device(folder: Path) -> Path:
    path = folder / "peripherique.lieux"
    os.symlink("/dev/zero", path)
    return path


def fifo(folder: Path) -> Path:
    path = folder / "tube.lieux"
    os.mkfifo(path)
    return path


def missing(folder: Path) -> Path:
    return folder / "absent.lieux"


def read_only(folder: Path) -> Path:
    """A healthy notebook marked read-only: readable, never written."""
    path = real_notebook(folder / "protege.lieux", notes=0)
    path.chmod(0o444)
    return path


#: Every kind, by name. The first group is refused by every command.
REFUSED: dict[str, Callable[[Path], Path]] = {
    f.__name__: f for f in (
        missing, empty, truncated, header_only, zeros, random_bytes, png, zip_archive,
        json_text, other_app, our_id_no_tables, our_id_missing_table, forged_older, newer,
        wrong_app_id, damaged_page, damaged_schema, huge_header, odd_page_size, directory,
        symlink_loop, dangling_symlink, device, fifo,
    )
}
#: Kinds a reader can still read (after a crash, or edited by another tool).
READABLE: dict[str, Callable[[Path], Path]] = {
    f.__name__: f for f in (hot_journal, wal_mode, read_only)
}
