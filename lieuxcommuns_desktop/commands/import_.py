"""``lieuxcommuns-desktop import FILE IN.json``: merge a colleague's export."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.i18n import QT_TRANSLATE_NOOP, tr

if TYPE_CHECKING:  # imported lazily at run time: the CLI starts fast
    import datetime as dt

    from ..core.interchange.merge import ImportReport

NAME = "import"
HELP = QT_TRANSLATE_NOOP("cli", "fusionner un fichier JSON exporté dans un carnet")
CTX = "cli"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=tr(CTX, QT_TRANSLATE_NOOP("cli", "carnet .lieux à compléter")))
    parser.add_argument(
        "source", metavar="IN.json",
        help=tr(CTX, QT_TRANSLATE_NOOP("cli", "fichier d'échange JSON à importer")),
    )


def run(args: argparse.Namespace) -> int:
    from ..core.interchange import import_file
    from ..core.services.notebook import Notebook

    with window_lock(Path(args.file)):
        nb = Notebook.open(Path(args.file))
        try:
            report = import_file(nb, Path(args.source))
        finally:
            nb.close()
    from ..core.terminal import clean

    for line in report_lines(report):
        print(clean(line))
    return 0


@contextmanager
def window_lock(path: Path) -> Iterator[None]:
    """Hold the notebook's lock (the window's, ``ui/lock.py``) while importing.

    A notebook open in a window is refused in one line, not written behind the
    window's back; and a window opening it during the import sees it taken.
    Where no lock can be written (read-only folder) the store refuses the
    write anyway.
    """
    from ..core.errors import LieuxError
    from ..ui.lock import LockState, NotebookLock

    if not path.is_file():
        yield  # the store says what is wrong with it
        return
    lock = NotebookLock(path)
    state = lock.acquire()
    if state == LockState.HELD:
        holder = lock.holder
        who = tr(CTX, QT_TRANSLATE_NOOP("cli", "processus {pid} sur {host}"),
                 pid=holder.pid, host=holder.hostname or "?") if holder else "?"
        raise LieuxError("locked", path=path, holder=who)
    try:
        yield
    finally:
        lock.release()


def report_lines(report: ImportReport) -> list[str]:
    """The import summary a person reads: counts, then one line per conflict."""
    from ..core.interchange import INCOMING

    lines = [
        tr(CTX, QT_TRANSLATE_NOOP("cli", "Ajoutés : {added}{detail}"),
           added=report.total_added, detail=_detail(report.added)),
        tr(CTX, QT_TRANSLATE_NOOP("cli", "Mis à jour : {updated}{detail}"),
           updated=report.total_updated, detail=_detail(report.updated)),
        tr(CTX, QT_TRANSLATE_NOOP("cli", "Conflits : {conflicts}"),
           conflicts=len(report.conflicts)),
    ]
    for c in report.conflicts:
        if c.winner == INCOMING:
            text = QT_TRANSLATE_NOOP(
                "cli", "  {table} « {label} » ({id}) : version importée retenue "
                "(modifiée le {theirs}, locale le {mine})"
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "cli", "  {table} « {label} » ({id}) : version locale conservée "
                "(modifiée le {mine}, importée le {theirs})"
            )
        lines.append(tr(
            CTX, text, table=c.table, label=c.label, id=c.id,
            mine=_when(c.local_modified_at), theirs=_when(c.incoming_modified_at),
        ))
    if report.programme == "kept":
        lines.append(tr(CTX, QT_TRANSLATE_NOOP(
            "cli", "Programme : celui du carnet (« {mine} ») est conservé ; celui du fichier "
            "(« {theirs} ») n'a pas été importé."
        ), mine=report.local_programme, theirs=report.incoming_programme))
    elif report.programme == "adopted":
        lines.append(tr(CTX, QT_TRANSLATE_NOOP(
            "cli", "Programme : le carnet était vide, il reprend celui du fichier (« {theirs} »)."
        ), theirs=report.incoming_programme))
    return lines


def _detail(counts: dict[str, int]) -> str:
    if not counts:
        return ""
    return " (" + ", ".join(f"{table} {n}" for table, n in counts.items() if n) + ")"


def _when(value: dt.datetime) -> str:  # naive UTC
    return value.strftime("%Y-%m-%d %H:%M:%S") + " UTC"
