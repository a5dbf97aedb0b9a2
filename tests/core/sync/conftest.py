"""Fixtures of the sync tests (see ``helpers.py``)."""

from tests.core.sync.helpers import pair  # noqa: F401 - a fixture
