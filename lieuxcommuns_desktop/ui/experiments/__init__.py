"""The experiments page (*mise en test*): list, experiment sheet, chart, comparison."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """Qt's ``%1``…``%9`` filled in one pass (a value holding "%2" stays as typed)."""
    return _PLACEHOLDER.sub(lambda m: str(values[int(m.group(1)) - 1]), template)
