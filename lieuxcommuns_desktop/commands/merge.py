"""``lieuxcommuns-desktop merge FILE OTHER.lieux|OTHER.json [--prefer mine|theirs]``.

A three-way merge by dots (``docs/merge.md``): what changed on one side only
comes in without a question; conflicts are resolved by ``--prefer`` (mine by
default) and listed one per line. ``OTHER`` is only read; ``FILE`` is backed
up beside itself before anything is written.
"""

from __future__ import annotations

import argparse
import enum
import os
import sys
from pathlib import Path
from typing import Any

from ..core.i18n import QT_TRANSLATE_NOOP, tr, translate

NAME = "merge"
HELP = QT_TRANSLATE_NOOP("cli", "fusionner un autre carnet (.lieux) ou un export JSON dans un "
                                "carnet, suppressions et conflits compris")
CTX = "cli"
PROG = "lieuxcommuns-desktop"
SQLITE_MAGIC = b"SQLite format 3\x00"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=tr(CTX, QT_TRANSLATE_NOOP("cli", "carnet .lieux à compléter")))
    parser.add_argument(
        "other", metavar="OTHER",
        help=tr(CTX, QT_TRANSLATE_NOOP(
            "cli", "carnet .lieux ou export JSON à fusionner (jamais modifié)")),
    )
    parser.add_argument(
        "--prefer", choices=("mine", "theirs"), default="mine",
        help=tr(CTX, QT_TRANSLATE_NOOP(
            "cli", "en cas de conflit, garder ma version (mine, par défaut) ou la leur (theirs)")),
    )


def run(args: argparse.Namespace) -> int:
    from ..core.errors import LieuxError
    from ..core.services.notebook import Notebook
    from ..core.sync.merge import merge_into
    from .import_ import window_lock

    file, other = Path(args.file), Path(args.other)
    if _same_file(file, other):
        return _refuse(tr(CTX, QT_TRANSLATE_NOOP(
            "cli", "« {other} » est le carnet lui-même : rien à fusionner."), other=other))
    try:
        state = load_source(other)
    except LieuxError as exc:
        return _refuse(exc.message)
    with window_lock(file):
        nb = Notebook.open(file)
        try:
            report = merge_into(nb, state, prefer=args.prefer, peer=other.name)
        finally:
            nb.close()
    from ..core.terminal import clean

    for line in report_lines(report, args.prefer):
        print(clean(line))
    return 0


def load_source(path: Path) -> Any:
    """The state of ``path``: a notebook file (by its first bytes), else a JSON export."""
    from ..core.fileio import read_input
    from ..core.sync.sources import state_of_file, state_of_json

    head = read_input(path, len(SQLITE_MAGIC))
    if head == SQLITE_MAGIC or path.suffix.lower() == ".lieux":
        return state_of_file(path)
    return state_of_json(path)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def _refuse(message: str) -> int:
    from ..core.terminal import clean

    print(f"{PROG}: {' '.join(clean(message).split())}", file=sys.stderr, flush=True)
    return 2


def report_lines(report: Any, prefer: str) -> list[str]:
    """The summary: counts per table, then one line per conflict with what was kept."""
    from ..core.sync.merge import FieldConflict

    lines = [
        tr(CTX, QT_TRANSLATE_NOOP("cli", "Ajoutés : {added}{detail}"),
           added=sum(report.added.values()), detail=_detail(report.added)),
        tr(CTX, QT_TRANSLATE_NOOP("cli", "Mis à jour : {updated}{detail}"),
           updated=sum(report.updated.values()), detail=_detail(report.updated)),
        tr(CTX, QT_TRANSLATE_NOOP("cli", "Supprimés : {deleted}{detail}"),
           deleted=sum(report.deleted.values()), detail=_detail(report.deleted)),
        tr(CTX, QT_TRANSLATE_NOOP("cli", "Conflits : {conflicts}"),
           conflicts=len(report.conflicts)),
    ]
    for c in report.conflicts:
        key = (c.table, c.id, c.column if isinstance(c, FieldConflict) else None)
        choice = report.choices.get(key, prefer)
        if isinstance(c, FieldConflict):
            kept, dropped = (c.mine, c.theirs) if choice == "mine" else (c.theirs, c.mine)
            text = (QT_TRANSLATE_NOOP("cli", "  {table} « {label} » ({id}), champ {column} : "
                                             "ma version gardée « {kept} », la leur écartée "
                                             "« {dropped} »")
                    if choice == "mine" else
                    QT_TRANSLATE_NOOP("cli", "  {table} « {label} » ({id}), champ {column} : "
                                             "leur version prise « {kept} », la mienne écartée "
                                             "« {dropped} »"))
            lines.append(tr(CTX, text, table=c.table, label=c.label, id=c.id[:8],
                            column=c.column, kept=_value(kept), dropped=_value(dropped)))
            continue
        if c.deleted_by == "theirs":
            text = (QT_TRANSLATE_NOOP("cli", "  {table} « {label} » ({id}) : supprimé de leur "
                                             "côté, modifié ici : conservé")
                    if choice == "mine" else
                    QT_TRANSLATE_NOOP("cli", "  {table} « {label} » ({id}) : supprimé de leur "
                                             "côté, modifié ici : supprimé"))
        else:
            text = (QT_TRANSLATE_NOOP("cli", "  {table} « {label} » ({id}) : supprimé ici, "
                                             "modifié de leur côté : reste supprimé")
                    if choice == "mine" else
                    QT_TRANSLATE_NOOP("cli", "  {table} « {label} » ({id}) : supprimé ici, "
                                             "modifié de leur côté : rétabli"))
        lines.append(tr(CTX, text, table=c.table, label=c.label, id=c.id[:8]))
    if report.backup is not None:
        lines.append(tr(CTX, QT_TRANSLATE_NOOP("cli", "Copie d'avant la fusion : {path}"),
                        path=report.backup))
    return lines


def _detail(counts: dict[str, int]) -> str:
    if not counts:
        return ""
    return " (" + ", ".join(f"{table} {n}" for table, n in sorted(counts.items()) if n) + ")"


def _value(value: Any) -> str:
    """A field's value on one short line (an image is named by its size)."""
    from ..core.interchange.columns import one_line

    if isinstance(value, bytes):
        return translate("cli", "image de %n octet(s)", None, len(value))
    if isinstance(value, enum.Enum):
        value = value.value
    return one_line("" if value is None else str(value), 60)
