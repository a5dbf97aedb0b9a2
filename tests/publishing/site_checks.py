"""Checks every published site must pass, shared by the parser and browser tests."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import html5lib

#: The only absolute addresses a site may hold: the Creative Commons deeds.
ALLOWED_EXTERNAL = re.compile(r"^https://creativecommons\.org/(licenses|publicdomain)/")
REF_ATTRIBUTES = ("href", "src", "srcset", "action", "data", "poster", "xlink:href")
_CSS_URL = re.compile(r"url\(\s*[\"']?([^\"')]+)")


def pages(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.html"))


def parse_strict(path: Path) -> None:
    """Raises html5lib's ParseError on the first HTML5 parse error."""
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(path.read_bytes())


def references(path: Path) -> list[str]:
    """Addresses in the attributes of the parsed page (not in its text), or a CSS file's urls."""
    if path.suffix != ".html":
        return [r for r in _CSS_URL.findall(path.read_text("utf-8")) if r]
    tree = html5lib.parse(path.read_bytes(), namespaceHTMLElements=False)
    return [value for el in tree.iter() for key, value in el.attrib.items()
            if key.split("}")[-1] in REF_ATTRIBUTES and value]


def resolve(folder: Path, page: Path, ref: str) -> Path | None:
    """The file of the site ``ref`` points to from ``page``, None when it leaves the site."""
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc:
        return None
    if not parts.path:  # "#fragment" on the same page
        return page
    target = (page.parent / unquote(parts.path)).resolve()
    return target if target.is_relative_to(folder.resolve()) else None


def broken_or_external(folder: Path) -> list[str]:
    """Every reference that is neither a file of the site nor an allowed licence link."""
    problems = []
    for page in [*pages(folder), *folder.rglob("*.css")]:
        for ref in references(page):
            if ALLOWED_EXTERNAL.match(ref):
                continue
            target = resolve(folder, page, ref)
            if target is None or not target.is_file():
                problems.append(f"{page.relative_to(folder)} -> {ref}")
    return problems


def all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """path -> (bytes, inode) of every file: what a re-publication may change."""
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_ino)
            for p in sorted(folder.rglob("*")) if p.is_file()}
