"""What a notebook file holds, read the way no code of ours could skew.

The storage tests check the disk, not the app's view of it: through a separate
read-only ``sqlite3`` connection, without SQLAlchemy. Each wrote the same
open / query / close lines; they call :func:`on_disk`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def on_disk(path: Path | str, sql: str, *params: object) -> list[tuple[Any, ...]]:
    """The rows of ``sql`` in the file at ``path``, opened read-only (never written)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
