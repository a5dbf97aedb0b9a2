"""``lieuxcommuns-desktop check FILE``: is this notebook healthy? Never modifies it.

The file is read through a ``mode=ro`` SQLite connection after its header was
validated, so a file of another application, a newer or a truncated notebook
is refused before SQLite touches it and no journal is ever created beside it.
An older notebook is reported as such (it will be upgraded when opened) and
checked as it is. A notebook whose last commit was interrupted (a "hot"
rollback journal beside it) is checked on a temporary copy where SQLite has
replayed the journal: the state the file will have once opened.
"""

from __future__ import annotations

import argparse
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.i18n import QT_TRANSLATE_NOOP, tr, translate

if TYPE_CHECKING:  # imported lazily at run time: the CLI starts fast
    from ..core.store import Header

NAME = "check"
HELP = QT_TRANSLATE_NOOP(
    "cli", "vérifier un carnet sans le modifier : format, version, intégrité, clés étrangères"
)
CTX = "check"
CLI = "cli"  # a name, not a literal: lupdate reads tr("cli", x) as a message "cli"

#: Problems listed per check before "… and N more".
SHOWN = 10


@dataclass
class Diagnosis:
    """What ``check`` found: lines for the report, and problems if any."""

    version: int
    current: int
    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)
    missing_tables: list[str] = field(default_factory=list)
    interrupted: bool = False

    @property
    def problems(self) -> list[str]:
        missing = (
            [tr(CTX, QT_TRANSLATE_NOOP("check", "tables manquantes : {tables}"),
                tables=", ".join(self.missing_tables))]
            if self.missing_tables else []
        )
        return [*self.integrity, *self.foreign_keys, *missing]

    @property
    def healthy(self) -> bool:
        return not self.problems


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", help=tr(CLI, QT_TRANSLATE_NOOP("cli", "carnet .lieux à vérifier"))
    )


def diagnose(path: Path) -> Diagnosis:
    """Check ``path`` read-only; raises :class:`StoreError` when it is not a notebook.

    A file with a hot journal, or one another tool switched to WAL, is checked
    on a repaired temporary copy: opening it in place would write (a rollback,
    or ``-wal``/``-shm`` sidecars left beside it).
    """
    from ..core.store import has_hot_journal, recovered_copy, validate_header

    header = validate_header(path)
    interrupted = has_hot_journal(path)
    if not interrupted and not header.wal:
        return _diagnose(path, path, header.user_version)
    scratch, copy = recovered_copy(path)
    try:
        diagnosis = _diagnose(path, copy, validate_header_as(copy, path).user_version)
    finally:
        scratch.cleanup()
    diagnosis.interrupted = interrupted
    return diagnosis


def validate_header_as(copy: Path, path: Path) -> Header:
    """Validate ``copy`` but name ``path`` in any error."""
    from ..core.errors import StoreError
    from ..core.store import validate_header

    try:
        return validate_header(copy)
    except StoreError as exc:
        raise StoreError(exc.code, **{**exc.params, "path": path}) from exc


def _diagnose(path: Path, source: Path, version: int) -> Diagnosis:
    from ..core.errors import StoreError
    from ..core.store import SCHEMA_VERSION, TABLES_SQL, missing_tables

    diagnosis = Diagnosis(version=version, current=SCHEMA_VERSION)
    try:
        conn = sqlite3.connect(f"file:{source.resolve().as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError("unreadable", path=path, reason=_first_line(exc)) from exc
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.execute("PRAGMA query_only=ON")
        diagnosis.integrity = [
            str(row) for (row,) in conn.execute("PRAGMA integrity_check") if row != "ok"
        ]
        diagnosis.foreign_keys = [
            tr(CTX, QT_TRANSLATE_NOOP(
                "check", "ligne {rowid} de « {table} » : référence absente dans « {parent} »"
            ), table=table, rowid=rowid, parent=parent)
            for table, rowid, parent, _fkid in conn.execute("PRAGMA foreign_key_check")
        ]
        if version == SCHEMA_VERSION:
            present = {name for (name,) in conn.execute(TABLES_SQL)}
            diagnosis.missing_tables = missing_tables(present)
    except sqlite3.Error as exc:
        raise StoreError("corrupt", path=path, reason=_first_line(exc)) from exc
    finally:
        conn.close()
    return diagnosis


def report(path: Path, diagnosis: Diagnosis) -> list[str]:
    ok = tr(CTX, QT_TRANSLATE_NOOP("check", "ok"))
    lines = [
        tr(CTX, QT_TRANSLATE_NOOP("check", "Fichier : {path}"), path=path),
        tr(CTX, QT_TRANSLATE_NOOP("check", "Format : carnet Lieux Communs")),
    ]
    if diagnosis.version < diagnosis.current:
        lines.append(tr(CTX, QT_TRANSLATE_NOOP(
            "check", "Version du schéma : ancien format {version}, sera mis à jour à "
            "l'ouverture (format actuel : {current})"
        ), version=diagnosis.version, current=diagnosis.current))
    else:
        lines.append(tr(CTX, QT_TRANSLATE_NOOP(
            "check", "Version du schéma : {version} (à jour)"
        ), version=diagnosis.version))
    if diagnosis.interrupted:
        lines.append(tr(CTX, QT_TRANSLATE_NOOP(
            "check", "Dernière modification interrompue : elle sera annulée à l'ouverture "
            "(vérification faite sur une copie)"
        )))
    lines.append(tr(CTX, QT_TRANSLATE_NOOP("check", "Intégrité (integrity_check) : {result}"),
                    result=ok if not diagnosis.integrity else _count(diagnosis.integrity)))
    lines.extend(_listed(diagnosis.integrity))
    lines.append(tr(CTX, QT_TRANSLATE_NOOP(
        "check", "Clés étrangères (foreign_key_check) : {result}"
    ), result=ok if not diagnosis.foreign_keys else _count(diagnosis.foreign_keys)))
    lines.extend(_listed(diagnosis.foreign_keys))
    if diagnosis.missing_tables:
        lines.append(tr(CTX, QT_TRANSLATE_NOOP("check", "Tables : manquantes : {tables}"),
                        tables=", ".join(diagnosis.missing_tables)))
    lines.append(
        tr(CTX, QT_TRANSLATE_NOOP("check", "Résultat : carnet en bon état"))
        if diagnosis.healthy
        else tr(CTX, QT_TRANSLATE_NOOP("check", "Résultat : carnet endommagé"))
    )
    return lines


def run(args: argparse.Namespace) -> int:
    from ..core.errors import StoreError
    from ..core.terminal import clean

    path = Path(args.file)
    diagnosis = diagnose(path)
    print("\n".join(clean(line) for line in report(path, diagnosis)), flush=True)
    if not diagnosis.healthy:
        problems = diagnosis.problems
        reason = " ".join(problems[0].split())
        if len(problems) > 1:
            reason += translate("check", " (et %n autre(s) problème(s))", None,
                                len(problems) - 1)
        raise StoreError("corrupt", path=path, reason=reason)
    return 0


def _count(problems: list[str]) -> str:
    return translate("check", "%n problème(s)", None, len(problems))


def _listed(problems: list[str]) -> list[str]:
    lines = [f"  - {p}" for p in problems[:SHOWN]]
    if len(problems) > SHOWN:
        lines.append("  " + translate("check", "… et %n autre(s)", None,
                                      len(problems) - SHOWN))
    return lines


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
