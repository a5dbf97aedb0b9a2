"""Photos of the paper boards: import (files, folder, drag and drop), gallery, viewer."""

from __future__ import annotations

import re

_PLACE = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """``%1``…``%9`` of a translated template filled in one pass.

    One pass, so that a file name or caption holding ``%2`` is not filled in turn.
    """
    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _PLACE.sub(one, template)
