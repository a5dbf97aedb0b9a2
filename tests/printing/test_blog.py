"""The minutes for the blog: Markdown and HTML, escaped, licensed."""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from lieuxcommuns_desktop.printing import blog
from lieuxcommuns_desktop.printing.data import load

ROOT = Path(__file__).resolve().parents[2]


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)

    def handle_data(self, data) -> None:
        self.text.append(data)


def test_markdown_escapes_and_carries_licence(notebook, atelier) -> None:
    md = blog.markdown(load(notebook, atelier.id))
    assert "CC BY-SA 4.0" in md and "# Compte-rendu" in md
    assert "\\<b\\>gras\\</b\\>" in md
    assert "| Qui | Quoi | Pour quand | Fait |" in md
    assert "Accueil café" in md


def test_html_is_self_contained_and_inert(notebook, atelier) -> None:
    page = blog.html_page(load(notebook, atelier.id))
    parser = Tags()
    parser.feed(page)
    assert "img" not in parser.tags and "font" not in parser.tags and "b" not in parser.tags
    text = "".join(parser.text)
    assert "<b>gras</b>" in text and "CC BY-SA 4.0" in text
    assert "http" not in page.replace("http-equiv", "")


def test_cli_minutes_md_and_html(notebook, atelier, notebook_path, tmp_path) -> None:
    notebook.close()
    for fmt in ("md", "html"):
        out = tmp_path / f"cr.{fmt}"
        done = subprocess.run(
            [sys.executable, "-m", "lieuxcommuns_desktop", "minutes", str(notebook_path),
             "--atelier", atelier.id, "--format", fmt, "-o", str(out)],
            cwd=ROOT, capture_output=True, text=True, timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert "Compte-rendu" in out.read_text(encoding="utf-8")
