"""One CSV file per matrix of an atelier, for a spreadsheet (Qt-free).

UTF-8 with a byte-order mark and ``;`` as separator: that is what a French
spreadsheet (Excel, LibreOffice) opens correctly by double-click. Acteur names
are the headers; cells hold the words shown in the window (R/A/C/I, the
participation level's words, the principle's status). Cells a spreadsheet
would run as a formula get a leading apostrophe (:mod:`core.csv_safe`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from . import csv_safe
from .enums import MatrixVersion
from .errors import LieuxError
from .fileio import check_output
from .i18n import QT_TRANSLATE_NOOP, tr
from .matrix_labels import (
    CTX,
    DECISIONS,
    HEADERS,
    ROLES,
    cell_text,
    principle_label,
    status_label,
)
from .services import commons, matrices
from .services.notebook import Notebook

log = logging.getLogger(__name__)

FILES = {
    "roles": "roles.csv",
    "aujourdhui": "decisions-aujourdhui.csv",
    "cible": "decisions-cible.csv",
    "communs": "communs.csv",
}

COMMONS_HEADERS = (
    QT_TRANSLATE_NOOP("matrices", "N°"),
    QT_TRANSLATE_NOOP("matrices", "Principe"),
    QT_TRANSLATE_NOOP("matrices", "Statut"),
    QT_TRANSLATE_NOOP("matrices", "Note"),
)


def matrix_rows(data: matrices.MatrixData) -> list[list[str]]:
    """A matrix as CSV rows: a header of acteur names, then one line per row."""
    out = [[tr(CTX, HEADERS[data.matrix])] + [c.name for c in data.columns]]
    for row in data.rows:
        out.append([row.label] + [cell_text(data.matrix, data.cells.get((row.id, c.acteur_id)))
                                  for c in data.columns])
    return out


def commons_rows(nb: Notebook, atelier_id: str) -> list[list[str]]:
    out = [[tr(CTX, h) for h in COMMONS_HEADERS]]
    for p in commons.read_commons(nb, atelier_id):
        out.append([str(p.number), principle_label(p.number), status_label(p.status), p.note])
    return out


def write_csv(path: Path, rows: Sequence[Sequence[str]], delimiter: str = ";") -> Path:
    """Atomically, with formula-like cells neutralised (see :mod:`core.csv_safe`)."""
    return csv_safe.write_csv(path, rows, delimiter)


def export_matrix(data: matrices.MatrixData, path: Path | str, delimiter: str = ";") -> Path:
    """One matrix to one CSV file (the tools' « Exporter en CSV » button)."""
    return write_csv(Path(path), matrix_rows(data), delimiter)


def export_atelier_matrices(
    nb: Notebook, atelier_id: str, folder: Path | str, delimiter: str = ";"
) -> list[Path]:
    """Write roles.csv, decisions-aujourdhui.csv, decisions-cible.csv and communs.csv."""
    folder = check_output(folder, folder=True)
    for name in FILES.values():  # all four refused or none written
        check_output(folder / name)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LieuxError("io", path=folder, reason=exc.strerror or exc) from exc
    written = [
        export_matrix(matrices.read_matrix(nb, atelier_id, ROLES), folder / FILES["roles"],
                      delimiter),
    ]
    for version in MatrixVersion:
        data = matrices.read_matrix(nb, atelier_id, DECISIONS, version)
        written.append(export_matrix(data, folder / FILES[version.value], delimiter))
    written.append(write_csv(folder / FILES["communs"], commons_rows(nb, atelier_id), delimiter))
    log.info("exported %d matrix files to %s", len(written), folder)
    return written
