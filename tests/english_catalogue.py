"""The English catalogue compiled from the committed ``.ts``, served as the app's own.

The tests that read English (the printed documents, the translation check, the
window's languages) must not trust a ``.qm`` left by an earlier build: they
compile ``resources/i18n/lieuxcommuns_en.ts`` into a temporary folder and make
``resources.resource("i18n", …)`` answer from there. Each then installs the
language its own way (``language.install`` or the app's ``install_language``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lieuxcommuns_desktop import resources

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "lieuxcommuns_en.ts"


def serve_english_catalogue(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Compile the English ``.ts`` into ``folder``; the app's i18n resources come from there.

    Skips the test when PySide6's ``pyside6-lrelease`` is not beside the interpreter.
    """
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease not installed")
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(folder / "lieuxcommuns_en.qm")],
                   check=True, capture_output=True, timeout=60)
    real = resources.resource
    monkeypatch.setattr(resources, "resource",
                        lambda *parts: folder.joinpath(*parts[1:]) if parts[:1] == ("i18n",)
                        else real(*parts))
