"""Small rooms (issue 13, item 5): no module of the package over 700 lines.

A module that grows past it holds more than one job; split it by concern (as
``core/services/commons.py`` left ``matrices.py``). The Alembic revisions are
history, frozen as written, and do not count.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "lieuxcommuns_desktop"
LIMIT = 700


def test_no_module_over_700_lines() -> None:
    sizes = {
        path.relative_to(PACKAGE).as_posix(): len(path.read_text("utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
        if "migrations/versions" not in path.as_posix()
    }
    assert len(sizes) > 100  # the package was found
    over = {name: n for name, n in sizes.items() if n > LIMIT}
    assert over == {}, f"split these by concern: {over}"
