"""The search examples the documentation gives find notes in the demo notebook."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lieuxcommuns_desktop.core.demo import build_demo
from lieuxcommuns_desktop.core.search import search
from lieuxcommuns_desktop.core.services.notebook import Notebook

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _examples() -> list[str]:
    """Queries in the docs: ``… search carnet.lieux "QUERY"`` and "(`word` trouve/finds …)"."""
    found: list[str] = []
    for doc in sorted(DOCS.glob("*.md")):
        text = doc.read_text(encoding="utf-8")
        found += re.findall(r'search \S+\.lieux "([^"]+)"', text)
        found += re.findall(r"`(\w+)` (?:trouve|finds) ", text)
    return found


def test_docs_give_search_examples():
    assert len(_examples()) >= 2


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    nb = Notebook.open(build_demo(tmp_path_factory.mktemp("demo") / "demo.lieux"))
    yield nb
    nb.close()


@pytest.mark.parametrize("query", sorted(set(_examples())))
def test_each_documented_query_finds_a_note_of_the_demo(demo, query):
    assert search(demo, query), f"the docs' example {query!r} finds nothing in the demo"
