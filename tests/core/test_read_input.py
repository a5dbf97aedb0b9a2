"""A file the user names to read (import, merge source) fails in one clear line.

``core.fileio.read_input`` is the one check behind ``interchange.import_file``,
``sync.sources.state_of_json`` and the ``merge`` command's sniffing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lieuxcommuns_desktop.core import interchange
from lieuxcommuns_desktop.core.errors import LieuxError
from lieuxcommuns_desktop.core.fileio import read_input
from lieuxcommuns_desktop.core.sync.sources import state_of_json


def test_read_input_reads_all_or_the_first_bytes(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(b'{"format": "x"}')
    assert read_input(path) == b'{"format": "x"}'
    assert read_input(str(path), 4) == b'{"fo'


@pytest.mark.parametrize("make, code", [
    (lambda p: p, "missing"),
    (lambda p: p.mkdir() or p, "not_a_file"),
])
def test_import_and_merge_sources_say_what_is_wrong_with_the_file(
        tmp_path: Path, notebook, make, code: str) -> None:
    path = make(tmp_path / "export.json")
    for read in (read_input, lambda p: interchange.import_file(notebook, p), state_of_json):
        with pytest.raises(LieuxError) as error:
            read(path)
        assert error.value.code == code
        assert str(path) in str(error.value)
