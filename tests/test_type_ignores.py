"""Every ``type: ignore`` names its error code and says why (issue 13, item 6).

A bare ``# type: ignore`` silences every error of its line, including the ones
added later; one without a reason leaves the next reader to guess whether it
still holds. mypy's ``warn_unused_ignores`` (strict mode) removes the stale
ones in the checked layers; this test keeps the form everywhere.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("lieuxcommuns_desktop", "tests", "benchmarks", "build")
IGNORE = re.compile(r"#\s*type:\s*ignore\b")
#: ``# type: ignore[code, code]  # a reason`` and nothing else.
WELL_FORMED = re.compile(r"#\s*type:\s*ignore\[[a-z][a-z-]*(?:,\s*[a-z][a-z-]*)*\]  # \S")


def bad_ignores(source: str) -> list[int]:
    """Line numbers of the comments that ignore types without a code or a reason."""
    bad = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT and IGNORE.search(token.string):
            if not WELL_FORMED.search(token.string):
                bad.append(token.start[0])
    return bad


def test_the_check_tells_the_forms_apart() -> None:
    source = (
        "a = 1  # type: ignore\n"
        "b = 2  # type: ignore[assignment]\n"
        "c = 3  # type: ignore[assignment]  # the column is NOT NULL\n"
        "d = '# type: ignore'  # in a string: not a comment\n"
    )
    assert bad_ignores(source) == [1, 2]


def test_every_type_ignore_has_a_code_and_a_reason() -> None:
    found = []
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if ".venv" in path.parts:
                continue
            text = path.read_text(encoding="utf-8")
            if "type:" not in text:
                continue
            found += [f"{path.relative_to(ROOT)}:{n}" for n in bad_ignores(text)]
    assert found == [], "write `# type: ignore[code]  # why`:\n" + "\n".join(found)
