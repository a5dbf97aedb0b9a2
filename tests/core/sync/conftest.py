"""Fixtures of the sync tests (see ``helpers.py``)."""

import pytest

from tests.core.sync.helpers import pair  # noqa: F401 - a fixture


@pytest.fixture(params=["whole", "partial"])
def local_read(request, monkeypatch) -> str:
    """Run a test with the local state read whole, then restricted to what the merge touches.

    The notebooks of the tests are small, so ``relevant.read_relevant`` reads them whole
    unless its threshold is lowered, as here.
    """
    from lieuxcommuns_desktop.core.sync import relevant

    if request.param == "partial":
        monkeypatch.setattr(relevant, "FULL_READ_BELOW", 0)
        monkeypatch.setattr(relevant, "FULL_READ_SHARE", float("inf"))
    return str(request.param)
